"""Markdown typed by a person, rendered as HTML that is safe to show (no scripts, no images
fetched from anywhere), and as plain text for lists, menus and the stage. The one place that
knows Markdown: every view that strips it calls this module."""

from __future__ import annotations

import functools
import html
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import markdown

# markdown and nh3 are imported where they are first used, not here: this module is imported by
# the main window before it shows (through ui/operations.py), and they cost a tenth of a second
# on an old laptop that the window would wait for (bench/bench_startup.py).

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
    import markdown

    rendered = markdown.markdown(_loosen_lists(source), extensions=["sane_lists", "nl2br"])
    return _sanitised(rendered)


def to_html_showing_tags(source: str) -> str:
    """Markdown to HTML as ``to_html``, but HTML typed in the text shows as the text it is.

    For what children write (a group's findings): a child who writes about ``<script>`` sees
    those very characters, never an element. Sanitised by nh3 all the same, so nothing runs and
    nothing is fetched. A new converter each time: safe from any thread (issue 15's server)."""
    return _sanitised(_new_markdown_without_html().convert(_loosen_lists(source)))


def _sanitised(rendered: str) -> str:
    import nh3

    return nh3.clean(rendered, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES,
                     url_schemes=SAFE_SCHEMES, link_rel="noopener noreferrer")


def to_plain(source: str) -> str:
    """The words of a Markdown text on one line, without markup (for lists and menus).

    HTML typed in the text is dropped, as the formatted view (``to_html``) drops it."""
    return _SPACES.sub(" ", _words(to_html(source))).strip()


@functools.lru_cache(maxsize=64)  # the stage asks again on every tick of its clock
def to_plain_lines(source: str) -> str:
    """The words of a Markdown text without markup, one paragraph or line break per line.

    HTML typed in the text stays as the text it is: the stage paints plain text and never
    interprets it, and a librarian sees what she typed."""
    rendered = _markdown_without_html().reset().convert(_loosen_lists(source))
    lines = (" ".join(line.split()) for line in _words(rendered).splitlines())
    return "\n".join(line for line in lines if line)


def _words(rendered: str) -> str:
    """Rendered HTML without its tags, entities turned back into characters."""
    import nh3

    return html.unescape(nh3.clean(rendered, tags=set()))


@functools.cache
def _markdown_without_html() -> markdown.Markdown:
    """One converter for the stage's plain lines, kept: they are asked for on every tick."""
    return _new_markdown_without_html()


def _new_markdown_without_html() -> markdown.Markdown:
    """Markdown that treats typed HTML as text (escaped), instead of passing it through."""
    import markdown

    converter = markdown.Markdown(extensions=["sane_lists", "nl2br"])
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter
