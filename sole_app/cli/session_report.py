"""``sessions show`` as text: a session's plan and phases, groups and records, notes, reflection.

It reads the same document as ``--json`` (core.findings.document), so both always agree.
"""

from __future__ import annotations

from datetime import datetime

INDENT = "    "
CERTAINTY_WORDS = {"not_sure": "not sure", "fairly_sure": "fairly sure",
                   "very_sure": "very sure"}
REFLECTION_LABELS = (
    ("children", "Children"), ("computers", "Computers"), ("groups", "Groups"),
    ("objective", "Objective reached"), ("objective_why", "Why"),
    ("thinking", "Main kind of thinking"), ("engagement", "Engagement %"),
    ("collaboration", "Collaboration %"), ("technology", "Use of technology %"),
    ("communication", "Communication %"), ("agreements", "Agreements followed"),
    ("change_next_time", "Next time"), ("notes", "Notes"),
)
CHOICES = {"objective", "thinking", "agreements"}


def render(document: dict) -> str:
    """The whole session as readable lines."""
    parts = [_session(document["session"]), _groups(document["groups"]),
             _notes(document["notes"]), _reflection(document["reflection"])]
    return "\n\n".join(parts)


def _when(text: str | None) -> str:
    if text is None:
        return "-"
    return datetime.fromisoformat(text).astimezone().strftime("%Y-%m-%d %H:%M")


def _clock(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 60}:{whole % 60:02d}"


def _session(session: dict) -> str:
    state = session["status"]
    if state == "running" and session["current_phase"]:
        state += f", {session['current_phase']} phase"
    plan = session["plan"]
    counts = ", ".join(f"{plan[name]} {name}" for name in ("children", "computers", "groups")
                       if plan[name] is not None) or "no counts"
    lines = [f"Session {session['id']} ({state})", f"Question: {session['question']}",
             f"Started: {_when(session['started_at'])}   "
             f"Finished: {_when(session['finished_at'])}", f"Planned: {counts}", "Phases:"]
    for phase in session["phases"]:
        extra = f", +{_clock(phase['extra_seconds'])} extra" if phase["extra_seconds"] else ""
        ran = (f"ran {_when(phase['started_at'])} to {_when(phase['ended_at'])}"
               if phase["started_at"] else "not started")
        lines.append(f"{INDENT}{phase['key']}: {_clock(phase['planned_seconds'])} planned"
                     f"{extra}; {ran}")
    return "\n".join(lines)


def _groups(groups: list[dict]) -> str:
    if not groups:
        return "Groups: none"
    lines = [f"Groups ({len(groups)}):"]
    for number, group in enumerate(groups, start=1):
        lines += _group(number, group)
    return "\n".join(lines)


def _group(number: int, group: dict) -> list[str]:
    record = group["record"]
    who = f", {group['head_count']} children" if group["head_count"] is not None else ""
    if group.get("first_names"):
        who += f" ({', '.join(group['first_names'])})"
    lines = [f"{number}. {group['nickname']}{who}"]
    sure = CERTAINTY_WORDS.get(record["certainty"], "not said")
    lines.append(f"{INDENT}How sure: {sure}")
    lines += _block("What we found", record["found"].splitlines() or ["-"])
    lines += _block("Where we found it", [f"- {item}" for item in record["sources"]] or ["-"])
    lines += _block("New questions", [f"- {item}" for item in record["new_questions"]] or ["-"])
    for label in ("glow", "grow"):
        if group[label]:
            lines += _block(label.capitalize(), group[label].splitlines())
    return lines


def _block(title: str, body: list[str]) -> list[str]:
    return [f"{INDENT}{title}:"] + [f"{INDENT * 2}{line}" for line in body]


def _notes(notes: list[dict]) -> str:
    if not notes:
        return "Notes: none"
    lines = [f"Notes ({len(notes)}):"]
    for note in notes:
        where = (f"{note['phase']} +{_clock(note['seconds_into_phase'] or 0)}"
                 if note["phase"] else "outside the phases")
        lines.append(f"{INDENT}[{where}] {note['text']}")
    return "\n".join(lines)


def _reflection(reflection: dict | None) -> str:
    if reflection is None:
        return "Reflection: not written yet"
    lines = ["Reflection:"]
    for key, label in REFLECTION_LABELS:
        first, *rest = _answer(reflection[key], key in CHOICES).splitlines() or ["-"]
        lines.append(f"{INDENT}{label}: {first}")
        lines += [f"{INDENT * 2}{line}" for line in rest]
    return "\n".join(lines)


def _answer(value: object, choice: bool) -> str:
    if value is None or value == "":
        return "-"
    return str(value).replace("_", " ") if choice else str(value)
