"""The OnGuard HTTP API (FastAPI). `create_app()` builds it; `onguard serve` runs it."""

from onguard.api.app import create_app

__all__ = ["create_app"]
