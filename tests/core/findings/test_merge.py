"""Three-way merging of what two computers typed: both changes kept, nothing lost, no markers."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sole_app.core.findings.merge import joined, merge_items, merge_text

BASE = "Unu.\nDoi.\nTrei.\n"


def test_edits_to_different_lines_are_both_applied():
    text, clean = merge_text(BASE, "Unu!\nDoi.\nTrei.\n", "Unu.\nDoi.\nTrei!\n")
    assert (text, clean) == ("Unu!\nDoi.\nTrei!\n", True)


def test_edits_to_the_same_line_keep_both_versions_theirs_first():
    text, clean = merge_text(BASE, "Unu.\nDoi, zise ea.\nTrei.\n", "Unu.\nDoi, zise el.\nTrei.\n")
    assert (text, clean) == ("Unu.\nDoi, zise ea.\nDoi, zise el.\nTrei.\n", False)


def test_two_additions_at_the_end_are_both_kept():
    text, clean = merge_text(BASE, BASE + "Patru.\n", BASE + "Cinci.\n")
    assert text == BASE + "Patru.\nCinci.\n" and not clean


def test_a_deletion_on_one_side_and_an_edit_elsewhere_merge():
    text, clean = merge_text(BASE, "Doi.\nTrei.\n", "Unu.\nDoi.\nTrei, gata.\n")
    assert (text, clean) == ("Doi.\nTrei, gata.\n", True)


def test_texts_without_a_final_line_break_never_run_into_one_line():
    text, _ = merge_text("Unu.", "Unu. Doi.", "Unu. Trei.")
    assert text == "Unu. Doi.\nUnu. Trei."


def test_lists_keep_their_order_and_what_each_side_added():
    assert merge_items(("a", "b"), ("a", "b", "c"), ("b", "d")) == ("b", "c", "d")


def test_joined_texts_are_a_blank_line_apart():
    assert joined("Unu.\n\n", "Doi.") == "Unu.\n\nDoi."
    assert joined("  ", "Doi.") == "Doi." and joined("Unu.", "") == "Unu."


lines = st.lists(st.sampled_from(["Unu.\n", "Doi.\n", "Trei.\n", "Șase.\n", "Семь.\n", "\n",
                                  "fără sfârșit"]), max_size=8).map("".join)


@given(lines, lines)
def test_when_only_one_side_changed_the_result_is_that_side(base, other):
    assert merge_text(base, base, other) == (other, True)
    assert merge_text(base, other, base) == (other, True)
    assert merge_text(base, other, other) == (other, True)


@given(lines, lines, lines)
def test_no_line_either_side_added_is_ever_lost(base, theirs, mine):
    text, _ = merge_text(base, theirs, mine)
    merged = text.splitlines()
    for side in (theirs, mine):
        for line in set(side.splitlines()) - set(base.splitlines()):
            assert line in merged
