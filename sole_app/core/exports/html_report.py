"""Sessions as one self-contained HTML page, styled for reading on screen and for printing.

Nothing in the page loads anything: the style is inline in the page, no font, image, script or
stylesheet is linked. Every typed text is escaped; what a group found is Markdown and goes
through core.markup's sanitised path (nh3) alone, so a typed ``<script>`` is text, never markup.
The PDF is made from this same page (ui/history/pdf.py), so both always say the same.
"""

from __future__ import annotations

import re
from html import escape

from sole_app.core import markup
from sole_app.core.exports import labels, report
from sole_app.core.exports.report import ExportOptions

_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+")
STYLE = """
body { font-family: "DejaVu Sans", "Segoe UI", Arial, sans-serif; font-size: 11pt;
       line-height: 1.45; color: #1a1a1a; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 19pt; margin: 0.2em 0 0.3em 0; }
h2 { font-size: 14pt; margin: 1.3em 0 0.4em 0; border-bottom: 1px solid #999; }
h3 { font-size: 12pt; margin: 1em 0 0.2em 0; }
.library, .made { color: #555; font-size: 9pt; }
.meta { color: #333; margin: 0; }
table { border-collapse: collapse; margin: 0.4em 0; }
th, td { border: 1px solid #999; padding: 3px 8px; text-align: left; vertical-align: top; }
th { background: #eee; }
.group { margin: 0.8em 0 1.2em 0; padding-left: 0.8em; border-left: 4px solid #777; }
.field { font-weight: bold; margin: 0.5em 0 0.1em 0; }
.found h1, .found h2, .found h3 { font-size: 11pt; border: none; }
.running { font-style: italic; }
.new-page { page-break-before: always; }
@media print {
  body { margin: 0; max-width: none; }
  a { color: inherit; text-decoration: none; }
  .group { page-break-inside: avoid; }
}
"""


PAGED_STYLE = "body { margin: 0; padding: 0; max-width: none; } a { color: #1a1a1a; }"


def render_html(documents: list[dict], options: ExportOptions, paged: bool = False) -> str:
    """The whole page for one or more sessions (a new printed page for each session).
    ``paged``: for the PDF, whose every page has the library's name in its header."""
    title = escape(report.title(documents, options))
    style = STYLE + PAGED_STYLE if paged else STYLE
    parts = [f'<!DOCTYPE html>\n<html lang="{escape(options.language)}">\n<head>\n'
             f'<meta charset="utf-8">\n<title>{title}</title>\n<style>{style}</style>\n'
             f"</head>\n<body>\n"]
    for number, document in enumerate(documents):
        parts.append(session_html(document, options, new_page=number > 0, paged=paged))
    if not paged:  # a PDF says it in every page's footer
        parts.append(f'<p class="made">{escape(report.made_on(options))}</p>\n')
    parts.append("</body>\n</html>\n")
    return "".join(parts)


def session_html(document: dict, options: ExportOptions, new_page: bool = False,
                 paged: bool = False) -> str:
    """One session's part of the page."""
    session = document["session"]
    css = "session new-page" if new_page else "session"
    return (f'<div class="{css}">\n{_heading(session, options, paged)}'
            f"{_phases(session, options)}"
            f"{_groups(document['groups'], options)}{_notes(document['notes'], options)}"
            f"{_reflection(document['reflection'], options)}</div>\n")


def _t(options: ExportOptions, text: str) -> str:
    return escape(options.translate(text))


def _heading(session: dict, options: ExportOptions, paged: bool) -> str:
    html = ""
    if options.library and not paged:
        html += f'<p class="library">{escape(options.library)}</p>\n'
    html += f"<h1>{escape(session['question'])}</h1>\n"
    facts = [(labels.DATE, report.session_date(session)),
             (labels.LANGUAGE, report.language_name(session)
              or options.translate(labels.NOT_KNOWN))]
    if session.get("tags"):
        facts.append((labels.TAGS, ", ".join(session["tags"])))
    html += "".join(f'<p class="meta"><b>{_t(options, label)}:</b> {escape(value)}</p>\n'
                    for label, value in facts)
    if session["status"] != "finished":
        html += f'<p class="running">{_t(options, labels.STILL_RUNNING)}</p>\n'
    return html


def _phases(session: dict, options: ExportOptions) -> str:
    rows = "".join(
        f"<tr><td>{escape(report.phase_name(times.key, options))}</td>"
        f"<td>{escape(report.minutes_text(times.planned_minutes, options))}</td>"
        f"<td>{escape(report.minutes_text(times.extra_minutes, options))}</td>"
        f"<td>{escape(report.minutes_text(times.actual_minutes, options))}</td></tr>\n"
        for times in report.phases(session))
    head = "".join(f"<th>{_t(options, label)}</th>"
                   for label in (labels.PHASE, labels.PLANNED, labels.EXTRA, labels.AS_RUN))
    return (f"<h2>{_t(options, labels.PLAN)}</h2>\n"
            f"<p>{escape(report.planned_counts(session, options))}</p>\n"
            f'<table cellspacing="0" cellpadding="4"><tr>{head}</tr>\n{rows}</table>\n')


def _groups(groups: list[dict], options: ExportOptions) -> str:
    html = f"<h2>{_t(options, labels.GROUPS)}</h2>\n"
    if not groups:
        return html + f"<p>{_t(options, labels.NO_GROUPS)}</p>\n"
    return html + "".join(_group(group, options) for group in groups)


def _group(group: dict, options: ExportOptions) -> str:
    record = group["record"]
    html = f'<div class="group">\n<h3>{escape(group["nickname"])}</h3>\n'
    if group.get("head_count") is not None:
        html += f"<p>{_t(options, labels.CHILDREN_IN_GROUP).format(count=group['head_count'])}"
        html += "</p>\n"
    if options.first_names and group.get("first_names"):
        html += _field(options, labels.FIRST_NAMES, escape(", ".join(group["first_names"])))
    html += _field(options, labels.FOUND, _found(record["found"]))
    html += _field(options, labels.SOURCES, _list(record["sources"], _source))
    html += _field(options, labels.CERTAINTY, escape(report.certainty(record["certainty"],
                                                                      options)))
    html += _field(options, labels.NEW_QUESTIONS, _list(record["new_questions"], escape))
    for key, label in (("glow", labels.GLOW), ("grow", labels.GROW)):
        if group.get(key, "").strip():
            html += _field(options, label, _lines(group[key]))
    return html + "</div>\n"


def _found(found: str) -> str:
    """What a group found: its Markdown rendered, and any HTML typed in it shown as the
    characters typed (escaped before Markdown sees it; nh3 then keeps only harmless tags)."""
    if not found.strip():
        return "–"
    as_text = escape(found, quote=False)
    return f'<div class="found">{markup.to_html(as_text)}</div>'


def _field(options: ExportOptions, label: str, body: str) -> str:
    return f'<p class="field">{_t(options, label)}</p>\n{_block(body)}\n'


def _block(body: str) -> str:
    return body if body.startswith(("<ul", "<div")) else f"<p>{body}</p>"


def _list(items: list[str], show) -> str:
    if not items:
        return "–"
    return "<ul>" + "".join(f"<li>{show(item)}</li>" for item in items) + "</ul>"


def _source(source: str) -> str:
    """A source as text, and a link when it is a plain web address."""
    if _WEB_ADDRESS.fullmatch(source):
        address = escape(source, quote=True)
        return f'<a href="{address}" rel="noopener noreferrer">{escape(source)}</a>'
    return escape(source)


def _lines(text: str) -> str:
    return "<br>".join(escape(line) for line in text.strip().split("\n"))


def _notes(notes: list[dict], options: ExportOptions) -> str:
    html = f"<h2>{_t(options, labels.NOTES)}</h2>\n"
    if not notes:
        return html + f"<p>{_t(options, labels.NO_NOTES)}</p>\n"
    items = "".join(f"<li><b>{escape(report.note_when(note, options))}:</b> "
                    f"{escape(note['text'])}</li>\n" for note in notes)
    return html + f"<ul>\n{items}</ul>\n"


def _reflection(reflection: dict | None, options: ExportOptions) -> str:
    html = f"<h2>{_t(options, labels.REFLECTION)}</h2>\n"
    if reflection is None:
        return html + f"<p>{_t(options, labels.NO_REFLECTION)}</p>\n"
    rows = "".join(f"<tr><th>{escape(label)}</th><td>{_lines(answer)}</td></tr>\n"
                   for _name, label, answer in report.reflection_items(reflection, options))
    return html + f'<table cellspacing="0" cellpadding="4">\n{rows}</table>\n'
