"""The bank's full-text index also holds each question's language and whether it is a favourite,
so the window's language and favourites filters are answered by the index itself.

With the language filter on, a keystroke such as "w" matches tens of thousands of questions in
other languages; checking each against the questions table cost 40 to 60 ms at 100,000
questions, where the index skips them (bench/bench_search.py). The typed words are searched in
the question's text, tags and notes only (core/bank/search.py), never in these two columns.
The triggers now also follow a change of language or favourite.

Revision ID: 0005_bank_search_filters
Revises: 0004_session_search
Create Date: 2026-11-25
"""

from alembic import op

revision = "0005_bank_search_filters"
down_revision = "0004_session_search"
branch_labels = None
depends_on = None

OPTIONS = ("content='questions', content_rowid='id', "
           "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'")
TRIGGERS = ("insert", "delete", "update")


def statements(columns: tuple[str, ...]) -> tuple[str, ...]:
    """The index over ``columns`` of questions and the triggers that keep it in step."""
    names = ", ".join(columns)
    new = ", ".join(f"new.{column}" for column in columns)
    old = ", ".join(f"old.{column}" for column in columns)
    return (
        f"CREATE VIRTUAL TABLE questions_fts USING fts5({names}, {OPTIONS})",
        f"""CREATE TRIGGER questions_fts_insert AFTER INSERT ON questions BEGIN
            INSERT INTO questions_fts(rowid, {names}) VALUES (new.id, {new});
        END""",
        f"""CREATE TRIGGER questions_fts_delete AFTER DELETE ON questions BEGIN
            INSERT INTO questions_fts(questions_fts, rowid, {names})
            VALUES ('delete', old.id, {old});
        END""",
        f"""CREATE TRIGGER questions_fts_update AFTER UPDATE OF {names} ON questions BEGIN
            INSERT INTO questions_fts(questions_fts, rowid, {names})
            VALUES ('delete', old.id, {old});
            INSERT INTO questions_fts(rowid, {names}) VALUES (new.id, {new});
        END""",
        "INSERT INTO questions_fts(questions_fts) VALUES ('rebuild')",
    )


def _replace_index(columns: tuple[str, ...]) -> None:
    for trigger in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS questions_fts_{trigger}")
    op.execute("DROP TABLE IF EXISTS questions_fts")
    for statement in statements(columns):
        op.execute(statement)


def upgrade() -> None:
    _replace_index(("text", "tags_text", "notes", "language", "favourite"))


def downgrade() -> None:
    _replace_index(("text", "tags_text", "notes"))
