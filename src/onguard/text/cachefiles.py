"""Files in OnGuard's cache folder that the process trusts: the compiled screens
(`screen`), the compiled rule programs and the parsed rule set (`compiled`).

A cached file is read back only if this user wrote it, nobody else may change it, and its
checksum (over the key it was written for and its body) is right; it is written atomically,
and only the newest few per name are kept. Anything unexpected reads as "not cached".
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)

KEEP_PER_NAME = 4


def cache_dir() -> Path | None:
    """`$ONGUARD_CACHE_DIR`, else the user's cache folder for onguard; None without one."""
    override = os.environ.get("ONGUARD_CACHE_DIR")
    if override:
        return Path(override)
    try:
        import platformdirs

        return Path(platformdirs.user_cache_dir("onguard", appauthor=False))
    except Exception:  # pragma: no cover - no home folder
        return None


def cache_path(kind: str, name: str, key: str, suffix: str) -> Path | None:
    """Where (kind, name, key) is kept, e.g. screens/rules-<key>.hsdb; None: no cache folder."""
    folder = cache_dir()
    return folder / kind / f"{name}-{key[:32]}{suffix}" if folder else None


def read_trusted(path: Path | None, key: str) -> bytes | None:
    """The body `write_trusted` kept at `path` for `key`; None when there is none to trust."""
    if path is None or not path.is_file():
        return None
    try:
        st = path.stat()
        # Only a file this user wrote and nobody else may change.
        if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
            return None
        blob = path.read_bytes()
    except OSError:
        return None
    digest, body = blob[:32], blob[32:]
    if hashlib.sha256(key.encode() + body).digest() != digest:
        return None  # truncated, corrupted or written for another key
    return body


def write_trusted(path: Path | None, key: str, body: bytes) -> bool:
    """Keep `body` at `path` (checksummed for `key`, written atomically) and drop all but the
    newest `KEEP_PER_NAME` files of the same name; False if it could not be written."""
    if path is None:
        return False
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
        with os.fdopen(fd, "wb") as f:
            f.write(hashlib.sha256(key.encode() + body).digest() + body)
        os.replace(tmp, path)  # atomic: concurrent processes never see half a file
        name = path.name[: path.name.rindex("-")]
        older = sorted(
            path.parent.glob(f"{name}-*{path.suffix}"),
            key=lambda f: f.stat().st_mtime,
            reverse=True,
        )
        for stale in older[KEEP_PER_NAME:]:
            stale.unlink(missing_ok=True)
    except OSError:
        log.info("could not write the cache file %s", path.name)
        return False
    return True


__all__ = ["KEEP_PER_NAME", "cache_dir", "cache_path", "read_trusted", "write_trusted"]
