"""Initial case store: users, tokens, children, concerns and their revisions, evidence,
assessments, actions, referrals, and the hash-chained audit log (append-only by trigger).

Revision ID: 0001
Revises:
Create Date: 2026-11-26
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TS = sa.DateTime(timezone=True)

# Tables whose rows may be added but never changed or removed.
APPEND_ONLY = ("audit_events", "concern_revisions")


def upgrade() -> None:
    op.create_table(
        "store_meta",
        sa.Column("name", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    op.create_table(
        "users",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("username", sa.String(64), nullable=False, unique=True),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.Text, nullable=False),
        sa.Column("active", sa.Boolean, nullable=False),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("user_id", sa.Integer, sa.ForeignKey("users.id"), nullable=False, index=True),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TS, nullable=False),
        sa.Column("revoked_at", TS, nullable=True),
    )
    op.create_table(
        "children",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column("name_enc", sa.Text, nullable=False),
        sa.Column("aliases_enc", sa.Text, nullable=True),
        sa.Column("date_of_birth_enc", sa.Text, nullable=True),
        sa.Column("age", sa.Integer, nullable=True),
        sa.Column("additional_needs", sa.Boolean, nullable=False),
        sa.Column("school_enc", sa.Text, nullable=True),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "concerns",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "child_id", sa.String(36), sa.ForeignKey("children.id"), nullable=False, index=True
        ),
        sa.Column("reported_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True, index=True),
        sa.Column("recorded_at", TS, nullable=False),
        sa.Column("happened_at", TS, nullable=True),
        sa.Column("setting_enc", sa.Text, nullable=True),
        sa.Column("summary_enc", sa.Text, nullable=False),
        sa.Column("child_words_enc", sa.Text, nullable=True),
        sa.Column("fact_enc", sa.Text, nullable=True),
        sa.Column("opinion_enc", sa.Text, nullable=True),
        sa.Column("immediate_action_enc", sa.Text, nullable=True),
        sa.Column("harms", sa.JSON, nullable=False),
        sa.Column("indicators", sa.JSON, nullable=False),
        sa.Column("facts", sa.JSON, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("scan", sa.JSON, nullable=True),
        sa.Column("conversation_enc", sa.Text, nullable=True),
    )
    op.create_table(
        "concern_revisions",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "concern_id", sa.String(36), sa.ForeignKey("concerns.id"), nullable=False, index=True
        ),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("snapshot_enc", sa.Text, nullable=False),
        sa.Column("changed", sa.JSON, nullable=False),
        sa.Column("reason_enc", sa.Text, nullable=False),
        sa.Column("amended_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("amended_at", TS, nullable=False),
        sa.UniqueConstraint("concern_id", "version"),
    )
    op.create_table(
        "evidence",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "concern_id", sa.String(36), sa.ForeignKey("concerns.id"), nullable=False, index=True
        ),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value_enc", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("message_index", sa.Integer, nullable=True),
        sa.Column("signal", sa.String(64), nullable=True),
        sa.Column("harm", sa.String(32), nullable=True),
        sa.Column("captured_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("captured_at", TS, nullable=False),
    )
    op.create_table(
        "assessments",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "concern_id", sa.String(36), sa.ForeignKey("concerns.id"), nullable=False, index=True
        ),
        sa.Column("level", sa.String(16), nullable=False),
        sa.Column("immediate_danger", sa.Boolean, nullable=False),
        sa.Column("routes", sa.JSON, nullable=False),
        sa.Column("rationale_enc", sa.Text, nullable=False),
        sa.Column("review_date", sa.Date, nullable=True),
        sa.Column("source", sa.String(16), nullable=False),
        sa.Column("assessed_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("assessed_at", TS, nullable=False),
    )
    op.create_table(
        "actions",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "concern_id", sa.String(36), sa.ForeignKey("concerns.id"), nullable=False, index=True
        ),
        sa.Column("description_enc", sa.Text, nullable=False),
        sa.Column("owner_enc", sa.Text, nullable=True),
        sa.Column("due", sa.Date, nullable=True),
        sa.Column("outcome_enc", sa.Text, nullable=True),
        sa.Column("created_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("created_at", TS, nullable=False),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.String(36), primary_key=True),
        sa.Column(
            "concern_id", sa.String(36), sa.ForeignKey("concerns.id"), nullable=False, index=True
        ),
        sa.Column("route", sa.String(32), nullable=False),
        sa.Column("reference_enc", sa.Text, nullable=True),
        sa.Column("shared_enc", sa.Text, nullable=True),
        sa.Column("legal_basis", sa.String(32), nullable=False),
        sa.Column("consent", sa.String(16), nullable=False),
        sa.Column("consent_reason_enc", sa.Text, nullable=True),
        sa.Column("made_by", sa.Integer, sa.ForeignKey("users.id"), nullable=True),
        sa.Column("made_at", TS, nullable=False),
    )
    op.create_table(
        "audit_events",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("actor_id", sa.Integer, nullable=True),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("actor_role", sa.String(16), nullable=False),
        sa.Column("action", sa.String(32), nullable=False),
        sa.Column("object_type", sa.String(16), nullable=False),
        sa.Column("object_id", sa.String(64), nullable=True),
        sa.Column("child_id", sa.String(36), nullable=True, index=True),
        sa.Column("outcome", sa.String(8), nullable=False),
        sa.Column("detail", sa.Text, nullable=False),
        sa.Column("prev_hash", sa.String(64), nullable=False),
        sa.Column("hash", sa.String(64), nullable=False, unique=True),
    )
    _append_only_triggers()


def _append_only_triggers() -> None:
    """Refuse UPDATE and DELETE on append-only tables (the hash chain catches what gets past)."""
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for table in APPEND_ONLY:
            for verb in ("UPDATE", "DELETE"):
                op.execute(
                    f"CREATE TRIGGER {table}_no_{verb.lower()} BEFORE {verb} ON {table} "
                    f"BEGIN SELECT RAISE(ABORT, '{table} is append-only'); END"
                )
    elif dialect == "postgresql":
        op.execute(
            "CREATE FUNCTION onguard_append_only() RETURNS trigger AS $$ BEGIN "
            "RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$ LANGUAGE plpgsql"
        )
        for table in APPEND_ONLY:
            op.execute(
                f"CREATE TRIGGER {table}_append_only BEFORE UPDATE OR DELETE ON {table} "
                "FOR EACH ROW EXECUTE FUNCTION onguard_append_only()"
            )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP FUNCTION IF EXISTS onguard_append_only() CASCADE")
    for table in (
        "audit_events",
        "referrals",
        "actions",
        "assessments",
        "evidence",
        "concern_revisions",
        "concerns",
        "children",
        "api_tokens",
        "users",
        "store_meta",
    ):
        op.drop_table(table)
