"""Encryption at rest for free text about children (AES-256-GCM from `cryptography`).

Each value is sealed with a fresh 96-bit nonce and bound to its field name (associated
data), so a ciphertext copied into another column does not decrypt. Stored form:
``v1:`` + urlsafe base64 of nonce || ciphertext || tag.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from onguard.settings import Settings, write_secret_file

PREFIX = "v1:"


class CryptoError(Exception):
    """The encryption key is missing, malformed or does not match the store."""


def _decode_key(text: str) -> bytes:
    try:
        raw = base64.urlsafe_b64decode(text.strip().encode("ascii") + b"==")
    except (binascii.Error, ValueError, UnicodeEncodeError) as exc:
        raise CryptoError("the encryption key is not urlsafe base64") from exc
    if len(raw) != 32:
        raise CryptoError("the encryption key must be 32 bytes (urlsafe base64)")
    return raw


def generate_key() -> str:
    """A new random key as text (what `ONGUARD_KEY` expects)."""
    return base64.urlsafe_b64encode(AESGCM.generate_key(bit_length=256)).decode("ascii")


def load_key(settings: Settings) -> bytes:
    """`ONGUARD_KEY`, else the key file in `ONGUARD_HOME`, created on first use."""
    if settings.key:
        return _decode_key(settings.key)
    path = settings.key_path
    if not path.exists():
        with contextlib.suppress(FileExistsError):  # created by another process meanwhile
            write_secret_file(path, generate_key())
    return _decode_key(path.read_text(encoding="ascii"))


class Cipher:
    """Seal and open text fields. `field` names the column; it must match on both sides."""

    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, field: str, value: str | None) -> str | None:
        if value is None:
            return None
        nonce = os.urandom(12)
        sealed = self._aead.encrypt(nonce, value.encode("utf-8"), field.encode("ascii"))
        return PREFIX + base64.urlsafe_b64encode(nonce + sealed).decode("ascii")

    def open(self, field: str, token: str | None) -> str | None:
        if token is None:
            return None
        if not token.startswith(PREFIX):
            raise CryptoError(f"stored value of {field} is not in a known sealed format")
        try:
            raw = base64.urlsafe_b64decode(token[len(PREFIX) :].encode("ascii"))
            return self._aead.decrypt(raw[:12], raw[12:], field.encode("ascii")).decode("utf-8")
        except (InvalidTag, ValueError, binascii.Error) as exc:
            raise CryptoError(f"cannot decrypt {field}: wrong key or altered value") from exc
