"""A session document (history.backup.full_document) read for people: the words, dates and
minutes every renderer writes, in the export's language. The renderers only lay these out."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime

from sole_app.core.exports import labels
from sole_app.core.history.incoming import parse_time
from sole_app.core.history.summary import PhaseTimes, phase_times, session_language, whole_minutes
from sole_app.core.languages import LANGUAGE_NAMES
from sole_app.core.translatable import Translate, english

PERCENT_FIELDS = ("engagement", "collaboration", "technology", "communication")
LONG_REFLECTION_FIELDS = ("objective_why", "change_next_time", "notes")


@dataclass(frozen=True)
class ExportOptions:
    """How an export is written: the translation of its words (the interface language's), that
    language's code, the library's name, and whether first names were asked for."""

    translate: Translate = english
    language: str = "en"
    library: str = ""
    first_names: bool = False
    made_at: datetime | None = field(default=None, compare=False)


def local(moment: datetime | None, with_time: bool = True) -> str:
    """A time on this computer's clock: 2026-11-25 10:05 (or the date alone)."""
    if moment is None:
        return ""
    local_moment = moment.astimezone()
    return local_moment.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


def when(iso: str | None, with_time: bool = True) -> str:
    return local(parse_time(iso), with_time)


def clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def minutes_text(minutes: float | None, options: ExportOptions) -> str:
    whole = whole_minutes(minutes)
    if whole is None:
        return options.translate(labels.NOT_RUN)
    return options.translate(labels.MINUTES).format(minutes=whole)


def phases(session: dict) -> list[PhaseTimes]:
    return [phase_times(phase["key"], phase["planned_seconds"], phase["extra_seconds"],
                        parse_time(phase["started_at"]), parse_time(phase["ended_at"]))
            for phase in session["phases"]]


def phase_name(key: str, options: ExportOptions) -> str:
    known = labels.PHASES.get(key)
    return options.translate(known) if known else key


def language_name(session: dict) -> str:
    """The session's language by its own name ("Română"), "" when not known."""
    code = session_language(session.get("language"), session["question"])
    return LANGUAGE_NAMES.get(code, code)


def session_date(session: dict) -> str:
    return when(session.get("started_at") or session["created_at"])


def certainty(value: str | None, options: ExportOptions) -> str:
    known = labels.CERTAINTIES.get(value or "")
    return options.translate(known if known else labels.NOT_SAID)


def planned_counts(session: dict, options: ExportOptions) -> str:
    plan = session["plan"]
    dash = "–"
    return options.translate(labels.PLANNED_COUNTS).format(
        **{name: dash if plan[name] is None else plan[name]
           for name in ("children", "computers", "groups")})


def note_when(note: dict, options: ExportOptions) -> str:
    if not note.get("phase"):
        return options.translate(labels.OUTSIDE_PHASES)
    return options.translate(labels.NOTE_TIME).format(
        phase=phase_name(note["phase"], options), time=clock(note["seconds_into_phase"] or 0))


def reflection_answer(name: str, value: object, options: ExportOptions) -> str:
    """One answer of the reflection as words ("" when not answered)."""
    if value is None or value == "":
        return ""
    if name in labels.CHOICES:
        known = labels.CHOICES[name].get(str(value))
        return options.translate(known) if known else str(value)
    if name in PERCENT_FIELDS:
        return options.translate(labels.PERCENT).format(percent=value)
    return str(value)


def reflection_items(reflection: dict, options: ExportOptions) -> Iterator[tuple[str, str, str]]:
    """(field, label, answer) for every answered question of the reflection, in order."""
    for name, label in labels.REFLECTION_LABELS.items():
        answer = reflection_answer(name, reflection.get(name), options)
        if answer:
            yield name, options.translate(label), answer


def title(documents: list[dict], options: ExportOptions) -> str:
    return options.translate(labels.TITLE if len(documents) == 1 else labels.TITLE_MANY)


def made_on(options: ExportOptions) -> str:
    moment = options.made_at or datetime.now().astimezone()
    return options.translate(labels.MADE_ON).format(date=local(moment, with_time=False))
