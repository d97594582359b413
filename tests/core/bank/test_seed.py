"""A first start copies the ready-made starter database shipped with the app, only when it is
exactly what loading the starter packs would make, and never over a bank already there."""

from __future__ import annotations

import shutil
from dataclasses import replace

from sole_app.core.bank import reading, seed
from sole_app.core.bank.starter import load_starter_bank
from sole_app.core.db import open_database
from sole_app.core.paths import questions_dir, resources_dir

SHIPPED = resources_dir() / seed.SEED_FILE


def every_question(database) -> set:
    """Each question's content, without the moments it was written (the copy's are older)."""
    with database.reading() as sqlite:
        ids = [row[0] for row in sqlite.execute("SELECT id FROM questions")]
    return {replace(view.data, created_at=None, updated_at=None)
            for view in reading.get_questions(database, ids)}


def test_the_shipped_copy_is_made_from_the_starter_packs_shipped_now():
    # When a starter pack changes or a migration is added, run
    # scripts/make_starter_database.py and commit resources/database/starter.sqlite3
    assert seed.recorded_fingerprint(SHIPPED) == seed.fingerprint(questions_dir())


def test_a_first_start_from_the_copy_has_the_bank_loading_the_packs_makes(tmp_path):
    # Given a new data folder, and another where the packs are loaded as before
    copied_path, loaded_path = tmp_path / "copied.sqlite3", tmp_path / "loaded.sqlite3"
    loaded = open_database(loaded_path)
    load_starter_bank(loaded, questions_dir())
    # When the first start copies the shipped database
    assert seed.place(copied_path, SHIPPED, questions_dir())
    copied = open_database(copied_path)
    # Then it holds the very same questions, tags, links and ages, marked as loaded
    assert every_question(copied) == every_question(loaded)
    assert len(every_question(copied)) >= 150
    assert reading.starter_loaded(copied)
    copied.close()
    loaded.close()


def test_a_copy_made_from_other_packs_is_not_used(tmp_path):
    # Given starter packs edited since the copy was made
    packs = tmp_path / "questions"
    shutil.copytree(questions_dir(), packs)
    pack = sorted(packs.glob("ro/*.toml"))[0]
    pack.write_text(pack.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    target = tmp_path / "data" / "sole.sqlite3"
    # When a first start looks at the copy / Then it is left alone: the packs are loaded instead
    assert not seed.place(target, SHIPPED, packs)
    assert not target.exists()


def test_a_bank_already_there_is_never_replaced(tmp_path, database):
    # Given a data folder whose database holds the librarian's own bank
    before = database.path.read_bytes()
    # When the copy is offered / Then nothing is written
    assert not seed.place(database.path, SHIPPED, questions_dir())
    assert database.path.read_bytes() == before


def test_a_missing_or_damaged_copy_is_not_used(tmp_path):
    damaged = tmp_path / "starter.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    for offered in (tmp_path / "missing.sqlite3", damaged):
        target = tmp_path / "data" / "sole.sqlite3"
        assert not seed.place(target, offered, questions_dir())
        assert not target.exists()
