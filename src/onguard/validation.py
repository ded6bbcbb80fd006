"""One way to report a pydantic validation error: each bad field and why, never its value.

Values may be personal data (a child's name, a message), so errors name the field only.
"""

from __future__ import annotations

from pydantic import ValidationError


def describe_validation_error(err: ValidationError, whole: str = "(entry)") -> str:
    """`field.path: message; ...`; `whole` names an error about the entire object."""
    parts = []
    for e in err.errors():
        loc = ".".join(str(p) for p in e["loc"]) or whole
        parts.append(f"{loc}: {e['msg']}")
    return "; ".join(parts)
