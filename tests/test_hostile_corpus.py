"""The injection corpus and its checker: tests that rely on them are only as good as they are."""

from __future__ import annotations

import html

import pytest

from tests.hostile import HOSTILE_TEXTS, active_content


@pytest.mark.parametrize("text", HOSTILE_TEXTS)
def test_escaped_text_is_never_reported_as_live(text):
    # Given a hostile string shown as text (escaped), then the checker finds nothing active
    assert active_content(html.escape(text)) == []


@pytest.mark.parametrize("markup, expected", [
    ("<script>alert(1)</script>", "<script>"),
    ('<img src="file:///etc/passwd">', "<img>"),
    ('<p onclick="x()">hi</p>', "p[onclick]"),
    ('<a href="javascript:alert(1)">x</a>', "a[href=javascript:alert(1)]"),
    ('<a href=" DATA:text/html,x">x</a>', "a[href=data:text/html,x]"),
    ('<span style="color:red">x</span>', "span[style]"),
    ("<meta http-equiv=refresh>", "<meta>"),
])
def test_live_markup_is_reported(markup, expected):
    # Given live markup, then the checker names it
    assert expected in active_content(markup)


def test_a_plain_link_and_emphasis_are_not_active():
    assert active_content('<p><a href="https://ro.wikipedia.org">x</a> <em>y</em></p>') == []
