"""Sessions as one Markdown file, to read as it is or to paste into a report.

Typed text stays text in any Markdown reader: one-line texts (the question, names, sources,
notes) have every character Markdown would read as markup escaped; what a group found keeps its
Markdown (bold, lists) but any HTML, link or image in it is escaped, since a reader would render
those (a typed ``<script>`` or ``[x](javascript:…)`` shows as the characters typed).
"""

from __future__ import annotations

import re

from sole_app.core.exports import labels, report
from sole_app.core.exports.report import ExportOptions

_MARKUP = re.compile(r"([\\`*_\[\]|])")
_LINE_START = re.compile(r"^(\s*)(\d+)([.)])", re.MULTILINE)


def plain(text: str) -> str:
    """A typed one-line text as Markdown that shows exactly those characters."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _MARKUP.sub(r"\\\1", text)
    if text.startswith(("-", "=", "+", "#")):
        text = "\\" + text
    return _LINE_START.sub(r"\1\2\\\3", text)


def kept_markdown(text: str) -> str:
    """What a group found, its Markdown kept but with no HTML, link or image left to render."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return text.replace("[", "\\[").replace("]", "\\]")


def render_markdown(documents: list[dict], options: ExportOptions) -> str:
    parts = [session_markdown(document, options) for document in documents]
    return "\n\n---\n\n".join(parts) + f"\n\n*{plain(report.made_on(options))}*\n"


def session_markdown(document: dict, options: ExportOptions) -> str:
    session = document["session"]
    blocks = [_heading(session, options), _phases(session, options),
              _groups(document["groups"], options), _notes(document["notes"], options),
              _reflection(document["reflection"], options)]
    return "\n\n".join(blocks)


def _t(options: ExportOptions, text: str) -> str:
    return plain(options.translate(text))


def _heading(session: dict, options: ExportOptions) -> str:
    lines = []
    if options.library:
        lines += [plain(options.library), ""]
    lines += [f"# {plain(' '.join(session['question'].split()))}", ""]
    lines.append(f"**{_t(options, labels.DATE)}:** {plain(report.session_date(session))}  ")
    language = report.language_name(session) or options.translate(labels.NOT_KNOWN)
    lines.append(f"**{_t(options, labels.LANGUAGE)}:** {plain(language)}  ")
    if session.get("tags"):
        lines.append(f"**{_t(options, labels.TAGS)}:** {plain(', '.join(session['tags']))}  ")
    if session["status"] != "finished":
        lines += ["", f"*{_t(options, labels.STILL_RUNNING)}*"]
    return "\n".join(lines).rstrip()


def _phases(session: dict, options: ExportOptions) -> str:
    head = [_t(options, label) for label in (labels.PHASE, labels.PLANNED, labels.EXTRA,
                                             labels.AS_RUN)]
    rows = [[plain(report.phase_name(times.key, options)),
             plain(report.minutes_text(times.planned_minutes, options)),
             plain(report.minutes_text(times.extra_minutes, options)),
             plain(report.minutes_text(times.actual_minutes, options))]
            for times in report.phases(session)]
    table = [_row(head), _row(["---"] * len(head))] + [_row(row) for row in rows]
    return "\n".join([f"## {_t(options, labels.PLAN)}", "",
                      plain(report.planned_counts(session, options)), "", *table])


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _groups(groups: list[dict], options: ExportOptions) -> str:
    lines = [f"## {_t(options, labels.GROUPS)}"]
    if not groups:
        return "\n".join(lines + ["", _t(options, labels.NO_GROUPS)])
    return "\n\n".join(lines + [_group(group, options) for group in groups])


def _group(group: dict, options: ExportOptions) -> str:
    record = group["record"]
    lines = [f"### {plain(group['nickname'])}", ""]
    if group.get("head_count") is not None:
        lines += [_t(options, labels.CHILDREN_IN_GROUP).format(count=group["head_count"]), ""]
    if options.first_names and group.get("first_names"):
        lines += _field(options, labels.FIRST_NAMES, [plain(", ".join(group["first_names"]))])
    found = record["found"].strip()
    lines += _field(options, labels.FOUND, [kept_markdown(found)] if found else ["–"])
    lines += _field(options, labels.SOURCES, _items(record["sources"]))
    lines += _field(options, labels.CERTAINTY, [plain(report.certainty(record["certainty"],
                                                                       options))])
    lines += _field(options, labels.NEW_QUESTIONS, _items(record["new_questions"]))
    for key, label in (("glow", labels.GLOW), ("grow", labels.GROW)):
        if group.get(key, "").strip():
            lines += _field(options, label, [_lines(group[key])])
    return "\n".join(lines).rstrip()


def _field(options: ExportOptions, label: str, body: list[str]) -> list[str]:
    return [f"**{_t(options, label)}**", "", *body, ""]


def _items(items: list[str]) -> list[str]:
    return [f"- {plain(item)}" for item in items] or ["–"]


def _lines(text: str) -> str:
    return "  \n".join(plain(line) for line in text.strip().split("\n"))


def _notes(notes: list[dict], options: ExportOptions) -> str:
    lines = [f"## {_t(options, labels.NOTES)}", ""]
    if not notes:
        return "\n".join(lines + [_t(options, labels.NO_NOTES)])
    lines += [f"- **{plain(report.note_when(note, options))}:** {plain(note['text'])}"
              for note in notes]
    return "\n".join(lines)


def _reflection(reflection: dict | None, options: ExportOptions) -> str:
    lines = [f"## {_t(options, labels.REFLECTION)}", ""]
    if reflection is None:
        return "\n".join(lines + [_t(options, labels.NO_REFLECTION)])
    for _name, label, answer in report.reflection_items(reflection, options):
        lines += [f"**{plain(label)}:** {_lines(answer)}  "]
    return "\n".join(lines).rstrip()
