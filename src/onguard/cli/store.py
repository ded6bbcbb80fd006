"""`onguard users|db|audit|serve`: the case store from the command line.

Every command opens the store through `Store.open`, which creates and migrates the database
as needed, so they all work on a fresh ONGUARD_HOME. Secrets (passwords, tokens) are printed
to the terminal once and never logged.
"""

from __future__ import annotations

import json
import secrets
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from onguard.cases import SYSTEM, CaseError, Store
from onguard.cases.db import current_revision
from onguard.cases.schemas import ROLES
from onguard.settings import Settings

users_app = typer.Typer(help="Users of the case store and their API tokens.", no_args_is_help=True)
db_app = typer.Typer(help="The case store's database.", no_args_is_help=True)
audit_app = typer.Typer(help="The append-only audit log.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(users_app, name="users")
    app.add_typer(db_app, name="db")
    app.add_typer(audit_app, name="audit")
    app.command("serve")(serve)


def _open() -> Store:
    try:
        return Store.open(Settings.from_env())
    except (CaseError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


@contextmanager
def _store() -> Iterator[Store]:
    """The store, closed afterwards; a refused or invalid request (a `CaseError`) ends the
    command with its message and exit status 1."""
    store = _open()
    try:
        yield store
    except CaseError as exc:
        raise _fail(exc) from None
    finally:
        store.close()


def _fail(exc: Exception) -> typer.Exit:
    typer.echo(f"error: {exc}", err=True)
    return typer.Exit(1)


@users_app.command("add")
def users_add(
    name: str = typer.Argument(..., help="username: letters, digits, . _ @ -"),
    role: str = typer.Option(..., "--role", help=f"one of: {', '.join(ROLES)}"),
    password: str | None = typer.Option(
        None, "--password", help="the password (default: asked for on a terminal, else generated)"
    ),
    as_json: bool = typer.Option(False, "--json", help='print only {"token": "..."}'),
) -> None:
    """Create a user and print an API token for it (shown once; only its hash is stored)."""
    generated = False
    if password is None:
        if sys.stdin.isatty() and not as_json:
            password = (
                typer.prompt(
                    "password (empty: generate one)",
                    default="",
                    hide_input=True,
                    show_default=False,
                )
                or None
            )
            if password is not None:
                again = typer.prompt("repeat password", hide_input=True)
                if again != password:
                    raise _fail(ValueError("the passwords differ"))
        if password is None:
            password, generated = secrets.token_urlsafe(12), True
    with _store() as store:
        user = store.cases.create_user(SYSTEM, name, role, password)
        token = store.cases.issue_token(SYSTEM, user.username)
    if as_json:
        typer.echo(json.dumps({"token": token}))
        return
    typer.echo(f"created {user.username} ({user.role})")
    if generated:
        typer.echo(f"password: {password}")
    typer.echo(f"token: {token}")
    typer.echo("keep these now: they are not shown again")


@users_app.command("token")
def users_token(
    name: str = typer.Argument(..., help="the user"),
    as_json: bool = typer.Option(False, "--json", help='print only {"token": "..."}'),
) -> None:
    """Print a new API token for an existing user (shown once)."""
    with _store() as store:
        token = store.cases.issue_token(SYSTEM, name)
    typer.echo(json.dumps({"token": token}) if as_json else f"token: {token}")


@users_app.command("revoke")
def users_revoke(name: str = typer.Argument(..., help="the user")) -> None:
    """Revoke every API token of a user."""
    with _store() as store:
        count = store.cases.revoke_tokens(SYSTEM, name)
    typer.echo(f"revoked {count} token(s) of {name}")


@users_app.command("deactivate")
def users_deactivate(name: str = typer.Argument(..., help="the user")) -> None:
    """Deactivate a user: no more sign-in, API tokens revoked, web sessions end at once.
    Everything they recorded stays on record."""
    with _store() as store:
        store.cases.deactivate_user(SYSTEM, name)
    typer.echo(f"deactivated {name}")


@users_app.command("list")
def users_list(as_json: bool = typer.Option(False, "--json", help="print JSON")) -> None:
    """List users and their roles."""
    with _store() as store:
        users = store.cases.list_users(SYSTEM)
    if as_json:
        typer.echo(json.dumps([u.model_dump(mode="json") for u in users], indent=2))
        return
    for u in users:
        state = "" if u.active else "\tdeactivated"
        typer.echo(f"{u.username}\t{u.role}\t{u.created_at:%Y-%m-%d %H:%M}{state}")


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create the database or bring it to the newest schema."""
    with _store() as store:
        revision = current_revision(store.engine)
    typer.echo(f"database at revision {revision}")


@audit_app.command("verify")
def audit_verify() -> None:
    """Check the audit log's hash chain; exit 1 if any event was changed, removed or reordered."""
    with _store() as store:
        report = store.verify_audit()
    if report.ok:
        typer.echo(f"audit log intact: {report.events} events; head {report.head}")
        return
    typer.echo(f"audit log ALTERED at event {report.broken_at}: {report.problem}", err=True)
    raise typer.Exit(1)


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on"),
    port: int = typer.Option(8000, "--port", help="port to listen on"),
) -> None:
    """Run the API and web pages. On the first start with no users, an `admin` user is
    created and its password printed here once."""
    import uvicorn

    from onguard.api import create_app

    try:
        app = create_app(Settings.from_env())
    except (CaseError, ValueError) as exc:
        raise _fail(exc) from None
    password = app.state.cases.bootstrap_admin()
    if password is not None:
        # stdout only: never to a log file. Shown once.
        typer.echo("first start: created user 'admin' with password: " + password)
        typer.echo("sign in at /, then add users with `onguard users add NAME --role ROLE`")
    uvicorn.run(app, host=host, port=port, log_level="info")
