"""What children write is formatted as Markdown, and HTML they type shows as the text it is."""

from __future__ import annotations

import html

import pytest

from sole_app.core.markup import to_html_showing_tags
from tests.hostile import HOSTILE_TEXTS, active_content


def test_typed_script_stays_text_and_markdown_is_formatted():
    rendered = to_html_showing_tags("**Somnul** repară corpul.\n<script>alert('x')</script>")
    assert "<strong>Somnul</strong>" in rendered
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in rendered
    assert active_content(rendered) == []


@pytest.mark.parametrize("hostile", HOSTILE_TEXTS)
def test_no_hostile_text_becomes_live_markup(hostile):
    # Given anything a child, or a page pasted from the web, might put in a finding
    rendered = to_html_showing_tags(f"Am găsit: {hostile}")
    # Then nothing in the HTML runs, loads or restyles, and the words are still there
    assert active_content(rendered) == []
    assert "Am găsit" in html.unescape(rendered)
