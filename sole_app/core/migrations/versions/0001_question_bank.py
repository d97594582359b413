"""The question bank: questions, their tags, and a full-text index for search as you type.

``questions_fts`` is an external-content FTS5 table over the questions' text, tag names and notes
(and, since 0005, their language and favourite),
kept in step by triggers. Its tokenizer folds case and diacritics (ă â î ș ş ț ţ), so "scoala"
finds "școală". A later migration that rebuilds the ``questions`` table (Alembic batch mode) must
re-create the triggers below.

Revision ID: 0001_question_bank
Revises:
Create Date: 2026-11-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0001_question_bank"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "tags",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(80), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_tags"),
        sa.UniqueConstraint("name", name="uq_tags_name"),
    )
    op.create_table(
        "questions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("age_min", sa.Integer(), nullable=False),
        sa.Column("age_max", sa.Integer(), nullable=False),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("translation_group", sa.String(36), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_used_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("tags_text", sa.Text(), nullable=False, server_default=""),
        sa.Column("text_key", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name="pk_questions"),
        sa.UniqueConstraint("uid", name="uq_questions_uid"),
    )
    op.create_index("ix_questions_language", "questions", ["language"])
    op.create_index("ix_questions_translation_group", "questions", ["translation_group"])
    op.create_index("ix_questions_language_text_key", "questions", ["language", "text_key"])
    op.create_index("ix_questions_listing", "questions", ["favourite", "updated_at", "id"])
    op.create_table(
        "question_tags",
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("tag_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"], ["questions.id"], ondelete="CASCADE",
            name="fk_question_tags_question_id_questions",
        ),
        sa.ForeignKeyConstraint(
            ["tag_id"], ["tags.id"], ondelete="CASCADE", name="fk_question_tags_tag_id_tags"
        ),
        sa.PrimaryKeyConstraint("question_id", "tag_id", name="pk_question_tags"),
    )
    op.create_index("ix_question_tags_tag_id", "question_tags", ["tag_id"])
    op.create_table(
        "bank_state",
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name="pk_bank_state"),
    )
    for statement in FTS_STATEMENTS:
        op.execute(statement)


FTS_STATEMENTS = (
    """CREATE VIRTUAL TABLE questions_fts USING fts5(
        text, tags_text, notes,
        content='questions', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
    )""",
    """CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
        INSERT INTO questions_fts(rowid, text, tags_text, notes)
        VALUES (new.id, new.text, new.tags_text, new.notes);
    END""",
    """CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
        INSERT INTO questions_fts(questions_fts, rowid, text, tags_text, notes)
        VALUES ('delete', old.id, old.text, old.tags_text, old.notes);
    END""",
    """CREATE TRIGGER questions_fts_update AFTER UPDATE OF text, tags_text, notes ON questions
    BEGIN
        INSERT INTO questions_fts(questions_fts, rowid, text, tags_text, notes)
        VALUES ('delete', old.id, old.text, old.tags_text, old.notes);
        INSERT INTO questions_fts(rowid, text, tags_text, notes)
        VALUES (new.id, new.text, new.tags_text, new.notes);
    END""",
)


def downgrade() -> None:
    for trigger in ("insert", "delete", "update"):
        op.execute(f"DROP TRIGGER IF EXISTS questions_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS questions_fts")
    op.drop_table("bank_state")
    op.drop_table("question_tags")
    op.drop_table("questions")
    op.drop_table("tags")
