"""Searching past sessions: a full-text index over each session's words, and its labels.

Two FTS5 tables, folding case and diacritics like the bank's index ("scoala" finds "școală",
ş/ș and ţ/ț are one letter):

- ``sessions_fts``, one row per session (rowid = sessions.id): the question, and the
  facilitator's notes (the notes during the session and the reflection's written answers);
- ``groups_fts``, one row per group (rowid = session_groups.id, with its session_id): the
  nickname, what the group found, its sources and new questions, the review's glow and grow.

A group's record is saved on every pause in typing, so it refreshes only its own group's row,
never the whole session's. Triggers keep both in step and remove a session's rows with it:
nothing of a deleted session stays in the index. First names are never indexed. A search
wants every typed word somewhere in a session, in either table (history/listing.py).

``session_labels`` keeps the language and tags a session's question had in the bank when the
session was created (or what an imported file said), so the history can be filtered by them
even after the question is deleted from the bank or on another computer. A question typed on
the spot has no row.

Revision ID: 0004_session_search
Revises: 0003_findings
Create Date: 2026-11-26
"""

import sqlalchemy as sa
from alembic import op

revision = "0004_session_search"
down_revision = "0003_findings"
branch_labels = None
depends_on = None

NEWLINE = "char(10)"
NOTES = f"""coalesce((SELECT group_concat(n.text, {NEWLINE}) FROM session_notes AS n
        WHERE n.session_id = s.id), '')
    || {NEWLINE} || coalesce((SELECT f.objective_why || {NEWLINE} || f.change_next_time
        || {NEWLINE} || f.notes FROM session_reflections AS f WHERE f.session_id = s.id), '')"""
FINDINGS = f"""g.nickname || {NEWLINE} || r.found || {NEWLINE} || r.sources || {NEWLINE}
    || r.new_questions || {NEWLINE} || g.glow || {NEWLINE} || g.grow"""


def refresh_session(session_id: str) -> str:
    """Put a session's question and notes in the index anew (nothing if it is gone)."""
    return f"""
        DELETE FROM sessions_fts WHERE rowid = {session_id};
        INSERT INTO sessions_fts(rowid, question, notes)
        SELECT s.id, s.question_text, {NOTES} FROM sessions AS s WHERE s.id = {session_id};"""


def refresh_group(group_id: str) -> str:
    """Put a group's words in the index anew (nothing if it is gone)."""
    return f"""
        DELETE FROM groups_fts WHERE rowid = {group_id};
        INSERT INTO groups_fts(rowid, session_id, findings)
        SELECT g.id, g.session_id, {FINDINGS}
        FROM session_groups AS g JOIN group_records AS r ON r.group_id = g.id
        WHERE g.id = {group_id};"""


# (trigger name, event, statements)
TRIGGERS = (
    ("sessions_search_insert", "AFTER INSERT ON sessions", refresh_session("new.id")),
    ("sessions_search_question", "AFTER UPDATE OF question_text ON sessions",
     refresh_session("new.id")),
    ("sessions_search_delete", "AFTER DELETE ON sessions",
     "DELETE FROM sessions_fts WHERE rowid = old.id;"),
    ("notes_search_insert", "AFTER INSERT ON session_notes", refresh_session("new.session_id")),
    ("notes_search_update", "AFTER UPDATE OF text ON session_notes",
     refresh_session("new.session_id")),
    ("notes_search_delete", "AFTER DELETE ON session_notes", refresh_session("old.session_id")),
    ("reflections_search_insert", "AFTER INSERT ON session_reflections",
     refresh_session("new.session_id")),
    ("reflections_search_update", "AFTER UPDATE ON session_reflections",
     refresh_session("new.session_id")),
    ("reflections_search_delete", "AFTER DELETE ON session_reflections",
     refresh_session("old.session_id")),
    ("groups_search_update", "AFTER UPDATE OF nickname, glow, grow ON session_groups",
     refresh_group("new.id")),
    ("groups_search_delete", "AFTER DELETE ON session_groups",
     "DELETE FROM groups_fts WHERE rowid = old.id;"),
    ("records_search_insert", "AFTER INSERT ON group_records", refresh_group("new.group_id")),
    ("records_search_update", "AFTER UPDATE OF found, sources, new_questions ON group_records",
     refresh_group("new.group_id")),
)
LABEL_NEW_SESSION = """CREATE TRIGGER sessions_label_insert AFTER INSERT ON sessions
    WHEN new.question_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO session_labels(session_id, language, tags_text)
        SELECT new.id, q.language, q.tags_text FROM questions AS q WHERE q.id = new.question_id;
    END"""
FTS_OPTIONS = "tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'"


def upgrade() -> None:
    op.create_table(
        "session_labels",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("tags_text", sa.Text(), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("session_id", name="pk_session_labels"),
        sa.ForeignKeyConstraint(
            ["session_id"], ["sessions.id"], ondelete="CASCADE",
            name="fk_session_labels_session_id_sessions",
        ),
    )
    op.create_index("ix_session_labels_language", "session_labels", ["language"])
    op.execute(f"CREATE VIRTUAL TABLE sessions_fts USING fts5(question, notes, {FTS_OPTIONS})")
    op.execute("CREATE VIRTUAL TABLE groups_fts USING fts5(session_id UNINDEXED, findings, "
               f"{FTS_OPTIONS})")
    for name, event, statements in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {statements} END")
    op.execute(LABEL_NEW_SESSION)
    op.execute("""INSERT INTO session_labels(session_id, language, tags_text)
        SELECT s.id, q.language, q.tags_text FROM sessions AS s
        JOIN questions AS q ON q.id = s.question_id""")
    op.execute(f"""INSERT INTO sessions_fts(rowid, question, notes)
        SELECT s.id, s.question_text, {NOTES} FROM sessions AS s""")
    op.execute(f"""INSERT INTO groups_fts(rowid, session_id, findings)
        SELECT g.id, g.session_id, {FINDINGS}
        FROM session_groups AS g JOIN group_records AS r ON r.group_id = g.id""")


def downgrade() -> None:
    for name, _event, _statements in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TRIGGER IF EXISTS sessions_label_insert")
    op.execute("DROP TABLE IF EXISTS groups_fts")
    op.execute("DROP TABLE IF EXISTS sessions_fts")
    op.drop_index("ix_session_labels_language", table_name="session_labels")
    op.drop_table("session_labels")
