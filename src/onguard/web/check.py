"""Check a conversation: paste text or upload a chat export; see evidence, harms, risk, plan.

Nothing sent here is stored. The result page offers a signed-in user a form
to save the conversation as a concern; only that form stores anything.
"""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from onguard.web import backends
from onguard.web.forms import FormErrors, read_form, text_field, upload_field
from onguard.web.render import render
from onguard.web.security import current_user

router = APIRouter(include_in_schema=False)

MAX_PASTE_CHARS = 100_000
MAX_UPLOAD_BYTES = 1024 * 1024
MAX_MESSAGES = 2_000
AUDIENCES = {"parent": "A parent or carer", "practitioner": "A practitioner"}


def _form_page(
    request: Request, values: dict[str, str], errors: FormErrors | None = None, status: int = 200
) -> HTMLResponse:
    return render(
        request,
        "check.html",
        {
            "title": "Check a conversation" if not errors else "Check a conversation: please fix",
            "values": values,
            "errors": errors.errors if errors else {},
            "audiences": AUDIENCES,
            "max_paste_chars": MAX_PASTE_CHARS,
            "max_upload_kb": MAX_UPLOAD_BYTES // 1024,
        },
        status_code=status,
    )


@router.get("/check", response_class=HTMLResponse)
def check_form(request: Request) -> HTMLResponse:
    return _form_page(request, {"audience": "parent"})


@router.post("/check", response_class=HTMLResponse)
async def check_submit(request: Request) -> HTMLResponse:
    form = await read_form(request)
    values = {
        "conversation": text_field(form, "conversation"),
        "child_name": text_field(form, "child_name"),
        "child_age": text_field(form, "child_age"),
        "audience": text_field(form, "audience") or "parent",
    }
    errors = FormErrors()
    upload = upload_field(form, "export")
    if values["audience"] not in AUDIENCES:
        errors.add("audience", "Choose who the advice is for: a parent or a practitioner.")
    age: int | None = None
    if values["child_age"]:
        try:
            age = int(values["child_age"])
        except ValueError:
            age = -1
        if not 0 <= age <= 25:
            errors.add(
                "child_age",
                "Enter the child's age as a whole number from 0 to 25, or leave it empty.",
            )
    if len(values["child_name"]) > 100:
        errors.add("child_name", "Enter at most 100 characters for the child's name in the chat.")
    if len(values["conversation"]) > MAX_PASTE_CHARS:
        errors.add(
            "conversation",
            f"The pasted conversation has {len(values['conversation']):,} characters; paste at "
            f"most {MAX_PASTE_CHARS:,} (the most recent messages matter most).",
        )
        values["conversation"] = values["conversation"][:MAX_PASTE_CHARS]
    upload_bytes = b""
    if upload is not None:
        upload_bytes = await upload.read(MAX_UPLOAD_BYTES + 1)
        if len(upload_bytes) > MAX_UPLOAD_BYTES:
            errors.add(
                "export", f"The file is too large: upload at most {MAX_UPLOAD_BYTES // 1024} KB."
            )
        elif not upload_bytes:
            errors.add("export", "The file is empty: choose the exported chat file.")
    if values["conversation"] and upload is not None:
        errors.add("conversation", "Paste a conversation or upload a file, not both.")
    if not values["conversation"] and upload is None and "conversation" not in errors.errors:
        errors.add("conversation", "Paste the messages, or upload a chat export file.")
    if errors:
        return _form_page(request, values, errors, status=400)

    try:
        child = values["child_name"] or None
        if upload is not None:
            conversation = backends.read_upload(upload.filename or "upload", upload_bytes, child)
        else:
            conversation = backends.parse_pasted(values["conversation"], child)
    except backends.InputError as problem:
        errors.add("export" if upload is not None else "conversation", problem.message)
        return _form_page(request, values, errors, status=400)
    if not conversation.messages:
        errors.add(
            "export" if upload is not None else "conversation",
            "No messages were found. Put one message on each line as “Name: message”.",
        )
        return _form_page(request, values, errors, status=400)
    if len(conversation.messages) > MAX_MESSAGES:
        errors.add(
            "export" if upload is not None else "conversation",
            f"The conversation has {len(conversation.messages):,} messages; check at most "
            f"{MAX_MESSAGES:,} at a time.",
        )
        return _form_page(request, values, errors, status=400)
    if values["child_name"] and not conversation.child_ids():
        errors.add(
            "child_name",
            "Nobody in the conversation has that name. Enter the name exactly as it appears "
            "before the messages, or leave it empty.",
        )
        return _form_page(request, values, errors, status=400)

    audience = values["audience"]
    result = backends.check_conversation(request, conversation, audience=audience, child_age=age)
    user = current_user(request)
    return render(
        request,
        "check_result.html",
        {
            "title": "What we found in the conversation",
            "result": result,
            "audience": audience,
            "audiences": AUDIENCES,
            "can_save": user is not None and backends.can_record(user),
            "saved_text": values["conversation"]
            if upload is None
            else backends.as_text(conversation),
            "values": values,
        },
    )
