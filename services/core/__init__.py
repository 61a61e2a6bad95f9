"""Contracts shared by every newsroom service: settings, models, queue and index names."""

__version__ = "0.1.0"
