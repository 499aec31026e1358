"""Shared helpers for the CMS Desktop test suite."""
