"""Reading POSTed forms: a size limit, the CSRF check, and field-by-field errors."""

from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import Request
from starlette.datastructures import FormData, UploadFile

from onguard.web.render import PageError
from onguard.web.security import CSRF_FIELD, csrf_ok

# A whole form (including an uploaded chat export) may not be larger than this.
# Below the API's own body limit (2 MiB by default), so a page, not JSON, says what to fix.
MAX_FORM_BYTES = 1536 * 1024


async def read_form(request: Request, max_bytes: int = MAX_FORM_BYTES) -> FormData:
    """The request's form after the size and CSRF checks; PageError (413/403) otherwise."""
    length = request.headers.get("content-length")
    if length is not None:
        try:
            too_big = int(length) > max_bytes
        except ValueError:
            raise PageError(400, "The form could not be read", "Send the form again.") from None
        if too_big:
            raise PageError(
                413,
                "That is too much to send at once",
                f"The form may be at most {max_bytes // 1024} KB. Send a shorter conversation "
                "or split the export into parts.",
            )
    try:
        form = await request.form(max_files=1, max_fields=200)
    except Exception:  # malformed multipart bodies raise several kinds of error
        raise PageError(400, "The form could not be read", "Send the form again.") from None
    if not csrf_ok(request, form.get(CSRF_FIELD)):
        raise PageError(
            403,
            "This form has expired",
            "For your safety each form can only be sent from this site while your session is "
            "open. Go back, reload the page and send it again.",
        )
    return form


def text_field(form: FormData, name: str) -> str:
    value = form.get(name)
    return value.strip() if isinstance(value, str) else ""


def list_field(form: FormData, name: str) -> list[str]:
    return [v for v in form.getlist(name) if isinstance(v, str) and v]


def upload_field(form: FormData, name: str) -> UploadFile | None:
    value = form.get(name)
    if isinstance(value, UploadFile) and value.filename:
        return value
    return None


@dataclass
class FormErrors:
    """Errors keyed by field name; the page shows each next to its field and in a summary."""

    errors: dict[str, str] = field(default_factory=dict)

    def add(self, name: str, message: str) -> None:
        self.errors.setdefault(name, message)

    def __bool__(self) -> bool:
        return bool(self.errors)
