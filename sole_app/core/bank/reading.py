"""Reading the bank without the ORM: a question as plain data, its translations, the tags and
languages in use, and the bank's small facts.

These are what the bank's tab reads as it opens and as the librarian moves through the list, so
they run on the driver's own connection (``Database.reading``), as search.py does: the window
lets the librarian search and read questions while SQLAlchemy is still loading
(app.load_in_stages). Changes go through store.py and operations.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime

from sole_app.core.bank.errors import QuestionNotFound
from sole_app.core.bank.question_data import QuestionData, as_utc, fold


@dataclass(frozen=True)
class QuestionView:
    """A stored question as plain data: what windows, files and the CLI show."""

    id: int
    data: QuestionData
    last_used_at: datetime | None

    def __getattr__(self, name: str):
        # Read-through to the data's fields (text, language, tags, ...), for short call sites.
        if name.startswith("__") or name == "data":
            raise AttributeError(name)  # copy and pickle probe before ``data`` exists
        return getattr(self.data, name)


def ordered_tags(tags_text: str, names: Iterable[str]) -> tuple[str, ...]:
    """The tags in the order they were written (kept by tags_text; the link table has none)."""
    written = tags_text.split("\n") if tags_text else []
    names = set(names)
    return tuple(name for name in written if name in names) + tuple(
        sorted(names - set(written)))


STARTER_LOADED = "starter_bank_loaded"  # the bank_state key written once the starter bank is in
_COLUMNS = ("id, text, language, age_min, age_max, notes, source, uid, translation_group, "
            "created_at, updated_at, favourite, last_used_at, tags_text")
_TAGS_OF = ("SELECT qt.question_id, t.name FROM question_tags qt JOIN tags t ON t.id = qt.tag_id "
            "WHERE qt.question_id IN ({ids})")
_CHUNK = 500  # ids per statement, well under SQLite's limit on parameters


def _moment(stored: str | None) -> datetime | None:
    return None if stored is None else as_utc(datetime.fromisoformat(stored))


def _view(row: tuple, tag_names: Iterable[str]) -> QuestionView:
    (question_id, text, language, age_min, age_max, notes, source, uid, group, created,
     updated, favourite, last_used, tags_text) = row
    data = QuestionData(
        text=text, language=language, tags=ordered_tags(tags_text, tag_names),
        age_min=age_min, age_max=age_max, notes=notes, source=source, uid=uid,
        translation_group=group, created_at=_moment(created), updated_at=_moment(updated),
        favourite=bool(favourite))
    return QuestionView(question_id, data, _moment(last_used))


def _views(sqlite, where: str, params: tuple) -> list[QuestionView]:
    rows = sqlite.execute(f"SELECT {_COLUMNS} FROM questions WHERE {where}", params).fetchall()
    tags: dict[int, list[str]] = {row[0]: [] for row in rows}
    ids = list(tags)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for question_id, name in sqlite.execute(
                _TAGS_OF.format(ids=", ".join("?" * len(chunk))), chunk):
            tags[question_id].append(name)
    return [_view(row, tags[row[0]]) for row in rows]


def get_question(database, question_id: int) -> QuestionView:
    """The question with this id; QuestionNotFound when it is gone."""
    found = get_questions(database, [question_id])
    if not found:
        raise QuestionNotFound(question_id)
    return found[0]


def get_questions(database, question_ids: Iterable[int]) -> list[QuestionView]:
    """Questions in the order of ``question_ids``; ids no longer in the bank are left out."""
    wanted = list(question_ids)
    found: dict[int, QuestionView] = {}
    with database.reading() as sqlite:
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            for view in _views(sqlite, f"id IN ({', '.join('?' * len(chunk))})", tuple(chunk)):
                found[view.id] = view
    return [found[question_id] for question_id in wanted if question_id in found]


def translations_of(database, question: QuestionView) -> list[QuestionView]:
    """The other questions in the same translation group as ``question``, by language."""
    if question.translation_group is None:
        return []
    with database.reading() as sqlite:
        views = _views(sqlite, "translation_group = ? AND id != ?",
                       (question.translation_group, question.id))
    return sorted(views, key=lambda view: (view.language, view.id))


def duplicate_data(view: QuestionView) -> QuestionData:
    """The content of a question, ready to be saved as a new one (new uid, no link, fresh dates)."""
    return replace(view.data, uid=None, translation_group=None, created_at=None,
                   updated_at=None, favourite=False)


def all_tags(database, language: str | None = None) -> list[str]:
    """Tag names in use (by questions in ``language`` if given), as a person would sort them."""
    sql = "SELECT DISTINCT t.name FROM tags t JOIN question_tags qt ON qt.tag_id = t.id"
    params: tuple = ()
    if language:
        sql += " JOIN questions q ON q.id = qt.question_id WHERE q.language = ?"
        params = (language,)
    with database.reading() as sqlite:
        names = [name for (name,) in sqlite.execute(sql, params)]
    return sorted(names, key=fold)


def languages_in_use(database) -> list[str]:
    """The language codes of the questions in the bank, in order ("en", "es", "ro")."""
    with database.reading() as sqlite:  # ix_questions_language answers without reading rows
        return [code for (code,) in sqlite.execute(
            "SELECT DISTINCT language FROM questions ORDER BY language")]


def question_choices(database, limit: int) -> list[tuple[int, str]]:
    """Up to ``limit`` questions as (id, text) for a short pick list: favourites first, then
    alphabetically (the Session tab's "choose from the bank", filled as the tab opens)."""
    with database.reading() as sqlite:
        return sqlite.execute("SELECT id, text FROM questions ORDER BY favourite DESC, text "
                              "LIMIT ?", (limit,)).fetchall()


def read_state(database, key: str) -> str | None:
    """One of the bank's small facts (bank_state), or None when it was never written."""
    with database.reading() as sqlite:
        row = sqlite.execute("SELECT value FROM bank_state WHERE key = ?", (key,)).fetchone()
    return None if row is None else row[0]


def starter_loaded(database) -> bool:
    """Whether the starter questions were loaded into this bank (once, ever: starter.py)."""
    return read_state(database, STARTER_LOADED) is not None
