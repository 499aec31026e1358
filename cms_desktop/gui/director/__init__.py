"""The director's pages: roster & compliance, statistics, audit, settings."""
