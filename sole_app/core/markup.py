"""Markdown typed by a person, rendered as HTML that is safe to show (no scripts, no images
fetched from anywhere), and as plain text for lists, menus, dialogs and the stage. The one place
that knows Markdown: every view that strips it calls this module.

Plain text is the words a person typed with the Markdown marks taken away (**bold** is "bold",
[a link](...) is "a link", an image its description); anything else stays exactly as typed:
"<b>x</b>" and "&lt;img&gt;" are those characters, never markup and never unescaped into it.
"""

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
AMPERSAND = "\ufdd3"  # a noncharacter: never typed, never in a file we read
_IMAGE = re.compile(r'<img\b[^>]*?\balt="([^"]*)"[^>]*>')  # only as Markdown renders it
_LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s")
# What Markdown could read as a mark, an HTML tag or an entity; a text without any of these is
# its own plain text (tests/fuzz/test_markup.py compares the two ways). Control characters
# count too: Markdown uses some as placeholders, and drops them.
_MARKS = re.compile(r"[\\`*_\[\]!<>&#=+\-|~\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffd]"
                    r"|^\s*\d+[.)]", re.MULTILINE)


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

    rendered = markdown.markdown(_loosen_lists(source), extensions=_extensions())
    return _sanitised(rendered)


def to_html_showing_tags(source: str) -> str:
    """Markdown to HTML as ``to_html``, but HTML typed in the text shows as the text it is.

    For what children write (a group's findings): a child who writes about ``<script>`` sees
    those very characters, never an element. Sanitised by nh3 all the same, so nothing runs and
    nothing is fetched. A new converter each time: safe from any thread (issue 15's server)."""
    return _sanitised(_new_markdown_without_html().convert(_loosen_lists(source)))


def _extensions() -> list:
    """The extensions as objects: named by a string, Markdown looks each up among every
    installed package's entry points, which reads their metadata (a tenth of a second on the
    first render, as the bank's tab opens: bench/bench_startup.py)."""
    from markdown.extensions.nl2br import Nl2BrExtension
    from markdown.extensions.sane_lists import SaneListExtension

    return [SaneListExtension(), Nl2BrExtension()]


def _sanitised(rendered: str) -> str:
    import nh3

    return nh3.clean(rendered, tags=SAFE_TAGS, attributes=SAFE_ATTRIBUTES,
                     url_schemes=SAFE_SCHEMES, link_rel="noopener noreferrer")


def to_plain(source: str) -> str:
    """The words of a Markdown text on one line, without its marks (for lists, menus and
    dialogs); HTML and entities typed in it stay as the text they are (see the module).

    Most questions hold no mark at all: their words are read without Markdown, which is then
    not even imported as the bank's list first fills (bench/bench_startup.py)."""
    if not _MARKS.search(source):
        return " ".join(source.split())
    return " ".join(to_plain_lines(source).split())


@functools.lru_cache(maxsize=64)  # the stage asks again on every tick of its clock
def to_plain_lines(source: str) -> str:
    """The words of a Markdown text without markup, one paragraph or line break per line.

    HTML typed in the text stays as the text it is: the stage paints plain text and never
    interprets it, and a librarian sees what she typed."""
    return _plain_lines(source, bullets=False)


@functools.lru_cache(maxsize=256)  # the review's pages are cut again as records change
def to_stage_lines(source: str) -> str:
    """As ``to_plain_lines``, but each list item starts with "• " (the stage hangs it): a
    group's findings are often a list, and the room should see where each item begins."""
    return _plain_lines(source, bullets=True)


def _plain_lines(source: str, bullets: bool) -> str:
    # An & would be kept by Markdown as the start of an entity ("&lt;"), then unescaped into
    # "<": it goes through as a stand-in and comes back as the & it is.
    converted = _markdown_without_html().reset().convert(
        _loosen_lists(source.replace("&", AMPERSAND)))
    if bullets:  # typed HTML is escaped by then: only the real list items have an <li>
        converted = converted.replace("<li>", "<li>\u2022 ")
    words = _words(converted).replace(AMPERSAND, "&")
    lines = (" ".join(line.split()) for line in words.splitlines())
    return "\n".join(line for line in lines if line)


def _words(rendered: str) -> str:
    """HTML rendered from Markdown (whose typed HTML and entities were escaped) without its
    tags, an image as its description, the escapes turned back into the characters typed."""
    import nh3

    return html.unescape(nh3.clean(_IMAGE.sub(r"\1", rendered), tags=set()))


@functools.cache
def _markdown_without_html() -> markdown.Markdown:
    """One converter for the stage's plain lines, kept: they are asked for on every tick."""
    return _new_markdown_without_html()


def _new_markdown_without_html() -> markdown.Markdown:
    """Markdown that treats typed HTML as text (escaped), instead of passing it through."""
    import markdown

    converter = markdown.Markdown(extensions=_extensions())
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter
