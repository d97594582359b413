"""A generated question bank for the benchmarks: Romanian, English and Russian questions of
realistic length, written straight into a migrated database file.

Words follow a Zipf law over a vocabulary of common real words and a few thousand made-up ones
per language, so that, as in a real bank, one typed letter matches most questions and each
further letter narrows the list down. Rows go in with plain SQL, so
building a bank of 100,000 takes seconds and does not depend on the import code: the
full-text triggers are set aside while the rows go in, the index is rebuilt once, and the
triggers the migrations made are put back.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from sole_app.core.bank.question_data import text_key
from sole_app.core.db import open_database

COMMON = {  # most frequent first; split on spaces
    "ro": "de ce la în și o un să nu se cu pe din mai cum este sunt care pentru ar fi am au "
          "putea poate când unde cine copiii oamenii lumea viața școală țară știință pădure "
          "râu câmp oraș sat bunică copil stea lună soare apă pământ aer foc munte mare deal "
          "vânt ploaie zăpadă iarnă vară carte poveste calculator internet joc muzică limbă "
          "istorie viitor trecut energie hrană somn animale plante corpul creierul timpul "
          "banii prietenii familia țării cerul oceanul mașini telefonul",
    "en": "the of to and a in is do why how what we can people children world life would "
          "could school country science forest river field town village grandmother child "
          "star moon sun water earth air fire mountain sea hill wind rain snow winter summer "
          "book story computer internet game music language history future past energy food "
          "sleep animals plants body brain time money friends family sky ocean cars phone",
    "ru": "и в не на что как почему мы люди дети мир жизнь можно ли это для школа страна "
          "наука лес река поле город село бабушка ребёнок звезда луна солнце вода земля "
          "воздух огонь гора море холм ветер дождь снег зима лето книга история будущее "
          "прошлое энергия еда сон животные растения тело мозг время деньги друзья семья",
}
SYLLABLES = {  # split on spaces when used
    "ro": "ba be bi bo bu ca ce ci co cu da de di do du fa fe fi ga go ia ie la le li lo lu "
          "ma me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te "
          "ti to tu va ve vi vo ză ță șa ște ân ăr ea oa ul ri ții ări",
    "en": "ba be bi bo ca ce co da de di do fa fe fi ga ge go ha he hi ho la le li lo ma me "
          "mi mo na ne ni no pa pe pi po ra re ri ro sa se si so ta te ti to va ve vi wa we "
          "wi er in on an en ing ed ly th sh ch",
    "ru": "ба бе би бо ва ве ви во га ге го да де ди до жа за зе зи ка ке ки ко ла ле ли ло "
          "ма ме ми мо на не ни но па пе пи по ра ре ри ро са се си со та те ти то ча чи ша "
          "ше щи ю я ов ен ан ий ый ость ние",
}
OPENERS = {
    "ro": ["De ce", "Cum", "Ce", "Unde", "Când", "Ar trebui", "Cine", "Oare"],
    "en": ["Why do", "How", "What", "Where", "When", "Should", "Who", "Could"],
    "ru": ["Почему", "Как", "Что", "Где", "Когда", "Зачем", "Кто", "Можно ли"],
}
TAGS = {  # split on spaces when used
    "ro": "istorie științe natură tehnologie societate artă sănătate limbă matematică "
          "geografie muzică sport etică spațiu",
    "en": "history science nature technology society art health language maths geography "
          "music sport ethics space",
    "ru": "история наука природа техника общество искусство здоровье язык математика "
          "география",
}
LANGUAGE_SHARE = ("ro", "ro", "en", "ru")
MADE_UP_WORDS = 4000
START = datetime(2024, 1, 1, 8, 0)


def vocabulary(language: str, chooser: random.Random) -> tuple[list[str], list[float]]:
    """Common words first, then made-up ones, with Zipf weights by rank."""
    words = COMMON[language].split()
    seen = set(words)
    syllables = SYLLABLES[language].split()
    while len(words) < len(COMMON[language].split()) + MADE_UP_WORDS:
        word = "".join(chooser.choices(syllables, k=chooser.randint(2, 4)))
        if word not in seen:
            seen.add(word)
            words.append(word)
    return words, [1.0 / (rank + 3) for rank in range(len(words))]


class QuestionWriter:
    """Makes one question's text, notes and tags at a time, reproducibly from ``seed``."""

    def __init__(self, seed: int = 7) -> None:
        self.chooser = random.Random(seed)
        self.vocab = {language: vocabulary(language, self.chooser) for language in COMMON}
        self.cumulative = {language: list(itertools.accumulate(weights))
                           for language, (_, weights) in self.vocab.items()}

    def words(self, language: str, count: int) -> list[str]:
        words, _ = self.vocab[language]
        return self.chooser.choices(words, cum_weights=self.cumulative[language], k=count)

    def question(self) -> tuple[str, str, list[str], str]:
        """(language, text, tags, notes): a question of 6 to 20 words, notes often empty."""
        language = self.chooser.choice(LANGUAGE_SHARE)
        body = " ".join(self.words(language, self.chooser.randint(4, 18)))
        text = f"{self.chooser.choice(OPENERS[language])} {body}?"
        notes = ""
        if self.chooser.random() < 0.6:
            notes = " ".join(self.words(language, self.chooser.randint(8, 90))).capitalize()
        tags = self.chooser.sample(TAGS[language].split(), self.chooser.randint(1, 3))
        return language, text, tags, notes


def build_bank(path: Path, count: int, seed: int = 7) -> Path:
    """A migrated bank of ``count`` generated questions at ``path`` (made once, then reused)."""
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    open_database(partial).close()
    connection = sqlite3.connect(partial)
    with connection:
        triggers = [sql for (sql,) in connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'questions'")]
        for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'questions'"
        ).fetchall():
            connection.execute(f"DROP TRIGGER {name}")
        _fill(connection, count, QuestionWriter(seed))
        connection.execute("INSERT INTO questions_fts(questions_fts) VALUES ('rebuild')")
        for sql in triggers:  # as the migrations made them
            connection.execute(sql)
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    partial.rename(path)
    return path


def _fill(connection: sqlite3.Connection, count: int, writer: QuestionWriter) -> None:
    tag_ids: dict[str, int] = {}
    for name in dict.fromkeys(" ".join(TAGS.values()).split()):  # "sport" is ro and en
        tag_ids[name] = connection.execute(
            "INSERT INTO tags(name) VALUES (?)", (name,)).lastrowid
    questions, links = [], []
    for number in range(1, count + 1):
        language, text, tags, notes = writer.question()
        questions.append(_question_row(number, language, text, tags, notes, writer.chooser))
        links.extend((number, tag_ids[name]) for name in tags)
    connection.executemany(
        "INSERT INTO questions(id, uid, text, language, age_min, age_max, notes, source, "
        "favourite, translation_group, created_at, updated_at, last_used_at, tags_text, "
        "text_key) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?, NULL, ?, ?, ?, ?, ?)", questions)
    connection.executemany("INSERT INTO question_tags VALUES (?, ?)", links)


def _question_row(number, language, text, tags, notes, chooser) -> tuple:
    low = chooser.randint(7, 13)
    created = START + timedelta(minutes=number)
    used = created + timedelta(days=chooser.randint(1, 300)) if chooser.random() < 0.05 else None
    return (number, str(uuid.UUID(int=chooser.getrandbits(128))), text, language, low,
            low + chooser.randint(1, 5), notes, int(chooser.random() < 0.01), _stamp(created),
            _stamp(created), _stamp(used), "\n".join(tags), text_key(text))


def _stamp(moment: datetime | None) -> str | None:
    """As SQLAlchemy stores a DateTime in SQLite."""
    return None if moment is None else moment.strftime("%Y-%m-%d %H:%M:%S.%f")
