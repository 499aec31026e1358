"""CMS Desktop: the records system of a campus mediation office."""

__version__ = "0.1.0"
