"""Searching past sessions: a full-text index over each session's words, and its labels.

``sessions_fts`` is an FTS5 table with one row per session (rowid = sessions.id) holding the
question, the groups' findings (nicknames, what they found, sources, new questions, the review's
glow and grow) and the facilitator's notes (the notes during the session and the reflection's
written answers). It folds case and diacritics like the bank's index, so "scoala" finds
"școală" and ş/ș, ţ/ț are one letter. Triggers rebuild a session's row whenever any of its
words change, and remove it with the session: nothing of a deleted session stays in the index.
First names are never indexed.

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
FINDINGS = f"""(SELECT group_concat(
        g.nickname || {NEWLINE} || r.found || {NEWLINE} || r.sources || {NEWLINE}
        || r.new_questions || {NEWLINE} || g.glow || {NEWLINE} || g.grow, {NEWLINE})
    FROM session_groups AS g JOIN group_records AS r ON r.group_id = g.id
    WHERE g.session_id = s.id)"""
NOTES = f"""coalesce((SELECT group_concat(n.text, {NEWLINE}) FROM session_notes AS n
        WHERE n.session_id = s.id), '')
    || {NEWLINE} || coalesce((SELECT f.objective_why || {NEWLINE} || f.change_next_time
        || {NEWLINE} || f.notes FROM session_reflections AS f WHERE f.session_id = s.id), '')"""


def refresh(session_id: str) -> str:
    """The statements that put a session's words in the index anew (none if it is gone)."""
    return f"""
        DELETE FROM sessions_fts WHERE rowid = {session_id};
        INSERT INTO sessions_fts(rowid, question, findings, notes)
        SELECT s.id, s.question_text, coalesce({FINDINGS}, ''), {NOTES}
        FROM sessions AS s WHERE s.id = {session_id};"""


GROUP_OF_RECORD = "(SELECT session_id FROM session_groups WHERE id = {row}.group_id)"
# (trigger name, event, the session whose row changes)
TRIGGERS = (
    ("sessions_search_insert", "AFTER INSERT ON sessions", "new.id"),
    ("sessions_search_question", "AFTER UPDATE OF question_text ON sessions", "new.id"),
    ("groups_search_update", "AFTER UPDATE OF nickname, glow, grow ON session_groups",
     "new.session_id"),
    ("groups_search_delete", "AFTER DELETE ON session_groups", "old.session_id"),
    ("records_search_insert", "AFTER INSERT ON group_records", GROUP_OF_RECORD.format(row="new")),
    ("records_search_update", "AFTER UPDATE ON group_records", GROUP_OF_RECORD.format(row="new")),
    ("notes_search_insert", "AFTER INSERT ON session_notes", "new.session_id"),
    ("notes_search_update", "AFTER UPDATE OF text ON session_notes", "new.session_id"),
    ("notes_search_delete", "AFTER DELETE ON session_notes", "old.session_id"),
    ("reflections_search_insert", "AFTER INSERT ON session_reflections", "new.session_id"),
    ("reflections_search_update", "AFTER UPDATE ON session_reflections", "new.session_id"),
    ("reflections_search_delete", "AFTER DELETE ON session_reflections", "old.session_id"),
)
# A removed group takes its record with it (ON DELETE CASCADE); groups_search_delete rebuilds.
FORGET_SESSION = """CREATE TRIGGER sessions_search_delete AFTER DELETE ON sessions BEGIN
        DELETE FROM sessions_fts WHERE rowid = old.id;
    END"""
LABEL_NEW_SESSION = """CREATE TRIGGER sessions_label_insert AFTER INSERT ON sessions
    WHEN new.question_id IS NOT NULL BEGIN
        INSERT OR IGNORE INTO session_labels(session_id, language, tags_text)
        SELECT new.id, q.language, q.tags_text FROM questions AS q WHERE q.id = new.question_id;
    END"""


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
    op.execute("""CREATE VIRTUAL TABLE sessions_fts USING fts5(
        question, findings, notes,
        tokenize='unicode61 remove_diacritics 2', prefix='1 2 3'
    )""")
    for name, event, session in TRIGGERS:
        op.execute(f"CREATE TRIGGER {name} {event} BEGIN {refresh(session)} END")
    op.execute(FORGET_SESSION)
    op.execute(LABEL_NEW_SESSION)
    op.execute("""INSERT INTO session_labels(session_id, language, tags_text)
        SELECT s.id, q.language, q.tags_text FROM sessions AS s
        JOIN questions AS q ON q.id = s.question_id""")
    op.execute(f"""INSERT INTO sessions_fts(rowid, question, findings, notes)
        SELECT s.id, s.question_text, coalesce({FINDINGS}, ''), {NOTES} FROM sessions AS s""")


def downgrade() -> None:
    for name, _event, _session in TRIGGERS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TRIGGER IF EXISTS sessions_search_delete")
    op.execute("DROP TRIGGER IF EXISTS sessions_label_insert")
    op.execute("DROP TABLE IF EXISTS sessions_fts")
    op.drop_index("ix_session_labels_language", table_name="session_labels")
    op.drop_table("session_labels")
