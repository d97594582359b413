"""Markdown typed by a person, rendered as HTML that is safe to show (no scripts, no images
fetched from anywhere), and as plain text for lists."""

from __future__ import annotations

import html
import re

import markdown
import nh3

SAFE_TAGS = {
    "p", "br", "strong", "em", "b", "i", "u", "s", "del", "code", "pre", "blockquote",
    "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "a", "table", "thead",
    "tbody", "tr", "th", "td", "sub", "sup",
}
SAFE_ATTRIBUTES = {"a": {"href", "title"}}
SAFE_SCHEMES = {"http", "https", "mailto"}
_SPACES = re.compile(r"\s+")
_LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s")


def _loosen_lists(source: str) -> str:
    """Start a list even without a blank line before it, as people write notes."""
    lines: list[str] = []
    for line in source.splitlines():
        previous = lines[-1] if lines else ""
        if _LIST_ITEM.match(line) and previous.strip() and not _LIST_ITEM.match(previous):
            lines.append("")
        lines.append(line)
    return "\n".join(lines)


def to_html(source: str) -> str:
    """Markdown to HTML with only harmless tags; a typed ``<script>`` never survives."""
    rendered = markdown.markdown(_loosen_lists(source), extensions=["sane_lists", "nl2br"])
    return nh3.clean(rendered, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES,
                     url_schemes=SAFE_SCHEMES, link_rel="noopener noreferrer")


def to_plain(source: str) -> str:
    """The words of a Markdown text on one line, without markup (for lists and the stage)."""
    without_tags = nh3.clean(to_html(source), tags=set())
    return _SPACES.sub(" ", html.unescape(without_tags)).strip()
