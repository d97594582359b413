"""A real finished session with everything a librarian files, for the history and export tests:
three groups (Romanian, Russian, and one whose words are hostile strings), records with Markdown,
first names, notes in both languages, a reflection, extra time, and every phase run."""

from __future__ import annotations

from sole_app.core.clock import FakeClock
from sole_app.core.findings import groups, notes, records, reflection
from sole_app.core.findings.data import (
    Agreements,
    Certainty,
    Objective,
    RecordContent,
    ReflectionData,
    Thinking,
)
from sole_app.core.session import runner as sessions
from sole_app.core.session.plan import Plan
from tests.hostile import HOSTILE_TEXTS

QUESTION = "Ar putea un sat să trăiască doar cu energia pe care o produce singur?"
RUSSIAN_QUESTION = "Может ли деревня жить только на энергии, которую производит сама?"
FOUND_RO = ("Am găsit că **vântul** și soarele sunt gratuite.\n- turbine eoliene\n"
            "- panouri solare pe școală")
FOUND_RU = "Нашли, что *ветер* бесплатный. Ещё: солнечные панели."
HOSTILE_NICKNAME = "<b>bold</b> & co"
PLAN = Plan(phase_minutes=(5, 40, 15), children=18, computers=5, groups=4)


def hostile_found() -> str:
    return "\n\n".join(HOSTILE_TEXTS)


def make_full_session(database, clock: FakeClock, question: str = QUESTION,
                      question_id: int | None = None) -> int:
    """Start, run and finish a session on ``clock``, filing everything on the way."""
    runner = sessions.start_session(database, clock, question, PLAN, question_id=question_id)
    session_id = runner.session_id
    owls = groups.add_group(database, session_id, "Bufnițele", 4, ("Ana", "Ștefan"))
    crows = groups.add_group(database, session_id, "Вороны", 3, ("Дмитрий",))
    tricky = groups.add_group(database, session_id, HOSTILE_NICKNAME, 2)
    clock.advance(6 * 60)
    runner.next_phase()
    records.save_record(database, owls.id, RecordContent(
        FOUND_RO, ("https://ro.wikipedia.org/wiki/Energie_eoliană", "Manualul de fizică, p. 42"),
        Certainty.FAIRLY_SURE, ("Cât costă o turbină?", "=SUM(A1:A9)")))
    records.save_record(database, crows.id, RecordContent(
        FOUND_RU, ("https://ru.wikipedia.org/wiki/Ветроэнергетика",), Certainty.VERY_SURE,
        ("Сколько стоит турбина?",)))
    records.save_record(database, tricky.id, RecordContent(
        hostile_found(), HOSTILE_TEXTS[:3], Certainty.NOT_SURE, HOSTILE_TEXTS[3:6]))
    groups.update_group(database, owls.id, glow="Au lucrat împreună\nși au citat sursa.",
                        grow="Să verifice încă o sursă.")
    clock.advance(12 * 60 + 34)
    notes.add_note(database, session_id, "Bufnițele au găsit un video bun",
                   *notes.time_into_phase(runner.snapshot()), now=clock.now())
    notes.add_note(database, session_id, "Вороны спорят о цене", "investigation", 900,
                   now=clock.now())
    notes.add_note(database, session_id, HOSTILE_TEXTS[0], None, None, now=clock.now())
    clock.advance(28 * 60)
    runner.extend(5 * 60)
    clock.advance(5 * 60)
    runner.next_phase()
    clock.advance(15 * 60)
    runner.finish()
    reflection.save_reflection(database, session_id, ReflectionData(
        children=17, computers=5, groups=3, objective=Objective.MOSTLY,
        objective_why="Au explicat energia eoliană.", thinking=Thinking.STRATEGIC,
        engagement=90, collaboration=75, technology=80, communication=70,
        agreements=Agreements.PARTLY, change_next_time="Mai mult timp pentru review.",
        notes="Copiii au cerut încă o sesiune."))
    return session_id
