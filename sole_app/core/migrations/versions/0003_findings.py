"""Groups and their records, the facilitator's notes and the reflection, per session.

Every table references sessions.id with ON DELETE CASCADE (group_records through
session_groups), so deleting a session leaves nothing of it. Lists of strings (first names,
sources, new questions) are JSON arrays in TEXT columns. Groups and notes use AUTOINCREMENT so
that an id is never reused and an undone removal gets its own id back.

Revision ID: 0003_findings
Revises: 0002_sessions
Create Date: 2026-11-25
"""

import sqlalchemy as sa
from alembic import op

revision = "0003_findings"
down_revision = "0002_sessions"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "session_groups",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("nickname", sa.String(60), nullable=False),
        sa.Column("head_count", sa.Integer(), nullable=True),
        sa.Column("first_names", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("glow", sa.Text(), nullable=False, server_default=""),
        sa.Column("grow", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_session_groups"),
        sa.UniqueConstraint("uid", name="uq_session_groups_uid"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], ondelete="CASCADE",
            name="fk_session_groups_session_id_sessions",
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_session_groups_session_id_position", "session_groups",
                    ["session_id", "position"])
    op.create_table(
        "group_records",
        sa.Column("group_id", sa.Integer(), nullable=False),
        sa.Column("found", sa.Text(), nullable=False, server_default=""),
        sa.Column("sources", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("certainty", sa.String(16), nullable=True),
        sa.Column("new_questions", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("revision", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("group_id", name="pk_group_records"),
        sa.ForeignKeyConstraint(
            ["group_id"], ["session_groups.id"], ondelete="CASCADE",
            name="fk_group_records_group_id_session_groups",
        ),
    )
    op.create_table(
        "session_notes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("phase_key", sa.String(32), nullable=True),
        sa.Column("seconds_into_phase", sa.Integer(), nullable=True),
        sa.Column("written_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_session_notes"),
        sa.UniqueConstraint("uid", name="uq_session_notes_uid"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], ondelete="CASCADE",
            name="fk_session_notes_session_id_sessions",
        ),
        sqlite_autoincrement=True,
    )
    op.create_index("ix_session_notes_session_id_written_at", "session_notes",
                    ["session_id", "written_at"])
    op.create_table(
        "session_reflections",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("children", sa.Integer(), nullable=True),
        sa.Column("computers", sa.Integer(), nullable=True),
        sa.Column("groups", sa.Integer(), nullable=True),
        sa.Column("objective", sa.String(16), nullable=True),
        sa.Column("objective_why", sa.Text(), nullable=False, server_default=""),
        sa.Column("thinking", sa.String(16), nullable=True),
        sa.Column("engagement", sa.Integer(), nullable=True),
        sa.Column("collaboration", sa.Integer(), nullable=True),
        sa.Column("technology", sa.Integer(), nullable=True),
        sa.Column("communication", sa.Integer(), nullable=True),
        sa.Column("agreements", sa.String(16), nullable=True),
        sa.Column("change_next_time", sa.Text(), nullable=False, server_default=""),
        sa.Column("notes", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("session_id", name="pk_session_reflections"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], ondelete="CASCADE",
            name="fk_session_reflections_session_id_sessions",
        ),
    )


def downgrade() -> None:
    op.drop_table("session_reflections")
    op.drop_index("ix_session_notes_session_id_written_at", table_name="session_notes")
    op.drop_table("session_notes")
    op.drop_table("group_records")
    op.drop_index("ix_session_groups_session_id_position", table_name="session_groups")
    op.drop_table("session_groups")
