"""Sessions: plan, phases as they happened, groups, findings, notes.

Revision ID: 0002_sessions
Revises: 0001_question_bank
Create Date: 2026-11-24
"""

revision = "0002_sessions"
down_revision = "0001_question_bank"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
