"""Settings read from the environment, with safe local defaults.

- `ONGUARD_HOME`: folder for the SQLite database, the encryption key and secrets
  (default: a per-user data folder from platformdirs).
- `ONGUARD_DATABASE_URL`: SQLAlchemy URL; `postgresql+psycopg://...` selects PostgreSQL
  (default: SQLite file `onguard.db` in `ONGUARD_HOME`).
- `ONGUARD_KEY`: key for free text about children, urlsafe base64 of 32 bytes
  (default: generated into `ONGUARD_HOME/onguard.key` on first use).
- `ONGUARD_MAX_BODY_BYTES`: largest HTTP request body accepted (default 2 MiB).
- `ONGUARD_SESSION_SECRET`: secret for signing web sessions
  (default: generated into `ONGUARD_HOME/session.secret`).
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

DEFAULT_MAX_BODY_BYTES = 2 * 1024 * 1024


def write_secret_file(path: Path, value: str) -> None:
    """Create `path` readable by its owner only; never overwrite an existing secret."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="ascii") as fh:
        fh.write(value + "\n")


def read_or_create_secret(path: Path) -> str:
    """The secret stored at `path`, created with a fresh random value the first time."""
    if not path.exists():
        with contextlib.suppress(FileExistsError):  # another process created it a moment ago
            write_secret_file(path, secrets.token_urlsafe(48))
    return path.read_text(encoding="ascii").strip()


@dataclass(frozen=True)
class Settings:
    """Where OnGuard keeps its data and how it guards it. Build with `Settings.from_env()`."""

    home: Path
    database_url: str | None = None
    key: str | None = None
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    session_secret_value: str | None = None
    # Cheap argon2 parameters, for test suites only; never set from the environment.
    fast_password_hashing: bool = False

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> Settings:
        env = os.environ if environ is None else environ
        home = env.get("ONGUARD_HOME") or platformdirs.user_data_dir("onguard", appauthor=False)
        max_body = env.get("ONGUARD_MAX_BODY_BYTES")
        try:
            max_body_bytes = int(max_body) if max_body else DEFAULT_MAX_BODY_BYTES
        except ValueError as exc:
            raise ValueError("ONGUARD_MAX_BODY_BYTES must be a whole number of bytes") from exc
        return cls(
            home=Path(home).expanduser(),
            database_url=env.get("ONGUARD_DATABASE_URL") or None,
            key=env.get("ONGUARD_KEY") or None,
            max_body_bytes=max_body_bytes,
            session_secret_value=env.get("ONGUARD_SESSION_SECRET") or None,
        )

    @property
    def sqlite_path(self) -> Path:
        return self.home / "onguard.db"

    @property
    def key_path(self) -> Path:
        return self.home / "onguard.key"

    @property
    def db_url(self) -> str:
        """The SQLAlchemy URL of the store (SQLite in `home` unless a URL was given)."""
        return self.database_url or f"sqlite:///{self.sqlite_path}"

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    def session_secret(self) -> str:
        """Secret for signing web sessions: from the environment or a file in `home`."""
        if self.session_secret_value:
            return self.session_secret_value
        return read_or_create_secret(self.home / "session.secret")
