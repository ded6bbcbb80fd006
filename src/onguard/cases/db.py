"""Engines and migrations: SQLite (WAL, in ONGUARD_HOME) or PostgreSQL, through the same code."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event

from onguard.settings import Settings

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
READONLY = "onguard_readonly"  # execution option: this connection only reads
# Any constant works: it names the PostgreSQL advisory lock that serialises migrations.
_MIGRATION_LOCK = 0x0E6A4D01


def make_engine(settings: Settings) -> Engine:
    """An engine for the configured store. SQLite gets WAL, foreign keys, full sync and
    `BEGIN IMMEDIATE` transactions, so concurrent writers queue instead of failing."""
    if not settings.is_sqlite:
        return create_engine(settings.db_url, pool_pre_ping=True)
    if settings.database_url is None:
        settings.home.mkdir(parents=True, exist_ok=True, mode=0o700)
    engine = create_engine(
        settings.db_url, connect_args={"check_same_thread": False, "timeout": 30}
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        cur = dbapi_conn.cursor()
        for pragma in (
            "journal_mode=WAL",
            "foreign_keys=ON",
            "synchronous=FULL",
            "busy_timeout=30000",
        ):
            cur.execute(f"PRAGMA {pragma}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        # Writers take the write lock up front (no lock upgrade that could fail later);
        # read-only work (see `readonly`) does not queue behind them.
        mode = "DEFERRED" if conn.get_execution_options().get(READONLY) else "IMMEDIATE"
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


def readonly(engine: Engine) -> Engine:
    """The same database for work that only reads (a plain transaction on SQLite)."""
    return engine.execution_options(**{READONLY: True})


def _alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> str:
    """Create or upgrade the schema to the newest revision; safe to call on every start."""
    cfg = _alembic_config()
    with engine.begin() as conn:
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_MIGRATION_LOCK})")
        if MigrationContext.configure(conn).get_current_revision() != head_revision():
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    return head_revision()
