"""Sessions: the plan, the phases as they happened, and the state needed to resume.

Groups, findings, notes and the reflection come in later migrations, referencing sessions.id.

Revision ID: 0002_sessions
Revises: 0001_question_bank
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0002_sessions"
down_revision = "0001_question_bank"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sessions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.Column("question_text", sa.Text(), nullable=False),
        sa.Column("children_planned", sa.Integer(), nullable=True),
        sa.Column("computers_planned", sa.Integer(), nullable=True),
        sa.Column("groups_planned", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finished_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("current_phase", sa.Integer(), nullable=False),
        sa.Column("paused", sa.Boolean(), nullable=False),
        sa.Column("remaining_seconds", sa.Float(), nullable=False),
        sa.Column("saved_at", sa.DateTime(timezone=True), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sessions"),
        sa.UniqueConstraint("uid", name="uq_sessions_uid"),
        sa.ForeignKeyConstraint(
            ["question_id"], ["questions.id"], ondelete="SET NULL",
            name="fk_sessions_question_id_questions",
        ),
    )
    op.create_index("ix_sessions_question_id", "sessions", ["question_id"])
    op.create_index("ix_sessions_status", "sessions", ["status"])
    op.create_table(
        "session_phases",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(32), nullable=False),
        sa.Column("planned_seconds", sa.Integer(), nullable=False),
        sa.Column("extra_seconds", sa.Float(), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("ended_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("left_remaining_seconds", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_session_phases"),
        sa.UniqueConstraint("session_id", "position", name="uq_session_phases_session_id"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], ondelete="CASCADE",
            name="fk_session_phases_session_id_sessions",
        ),
    )


def downgrade() -> None:
    op.drop_table("session_phases")
    op.drop_index("ix_sessions_status", table_name="sessions")
    op.drop_index("ix_sessions_question_id", table_name="sessions")
    op.drop_table("sessions")
