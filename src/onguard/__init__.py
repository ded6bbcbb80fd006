"""OnGuard: spot and respond to the online exploitation of children."""

__version__ = "0.1.0"
