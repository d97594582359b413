"""The question is shown at the largest type that fits its box: word-wrapped, never clipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF

from sole_app.ui.stage.fit import FittedText, best_fit, fits_at, text_extent

BOX = QSize(900, 360)
SHORT = "Why do we have to sleep?"
LONG = ("Could a village run only on energy it makes itself? What would it need, who would "
        "decide, and what would change in winter when the days are short and the wind drops? "
        "Think about the school, the well, the shop and the old people living alone.")
ROMANIAN = "De ce avem nevoie de somn? Ce s-ar întâmpla dacă n-am dormi o săptămână întreagă?"


def _font() -> QFont:
    return QFont("DejaVu Sans")


@pytest.mark.parametrize("text", [SHORT, LONG, ROMANIAN])
def test_the_chosen_size_fits_and_one_pixel_more_would_not(qapp, text):
    # Given a question and the question's box, When fitted
    fit = best_fit(text, _font(), BOX, 12, 200)
    # Then it fits at that size and is as large as it can be
    assert fit.fits and fits_at(text, _font(), fit.pixel_size, BOX)
    assert not fits_at(text, _font(), fit.pixel_size + 1, BOX)


def test_a_short_question_is_shown_larger_than_a_long_one(qapp):
    short = best_fit(SHORT, _font(), BOX, 12, 200).pixel_size
    long = best_fit(LONG, _font(), BOX, 12, 200).pixel_size
    assert short > 1.8 * long
    assert long >= 24  # still readable from the back at this box size


def test_romanian_letters_are_in_the_font_and_counted_in_the_fit(qapp):
    # Given the comma-below ș ț and ă â î the stage must show
    metrics = QFontMetricsF(_font())
    assert all(metrics.inFontUcs4(ord(letter)) for letter in "ăâîșțĂÂÎȘȚ")
    # Then the fitted Romanian question fits without losing a line
    fit = best_fit(ROMANIAN, _font(), BOX, 12, 200)
    assert fit.fits


def test_one_very_long_word_breaks_rather_than_overflowing(qapp):
    word = "https://ro.wikipedia.org/wiki/Somn_" + "x" * 120
    fit = best_fit(word, _font(), QSize(400, 300), 24, 200)
    widest, height = text_extent(word, _sized(fit.pixel_size), 400)
    assert fit.fits and widest <= 400.5 and height <= 300.5
    assert fit.pixel_size >= 24


def _sized(pixels: int) -> QFont:
    font = _font()
    font.setPixelSize(pixels)
    return font


def test_text_too_long_for_the_smallest_size_is_marked_as_not_fitting(qapp):
    text = " ".join(["cuvânt"] * 2000)
    fit = best_fit(text, _font(), QSize(300, 200), 20, 100)
    assert not fit.fits and fit.pixel_size == 20


def test_the_widget_refits_when_it_is_resized(qtbot):
    # Given a fitted question in a large box
    widget = FittedText()
    qtbot.addWidget(widget)
    widget.set_size_range(10, 300)
    widget.setText(ROMANIAN)
    widget.resize(1000, 500)
    large = widget.fit().pixel_size
    # When the box becomes smaller (a preview), Then the type shrinks and still fits
    widget.resize(400, 200)
    small = widget.fit()
    assert small.pixel_size < large and small.fits
    assert widget.text() == ROMANIAN


def test_a_bulleted_item_wraps_under_its_words_not_under_the_bullet(qapp):
    from sole_app.ui.stage.fit import laid_out

    layouts = laid_out("\u2022 You can move around and look at what other groups are doing.",
                       _sized(30), 300, alignment=Qt.AlignmentFlag.AlignLeft)
    lines = [layouts[0].lineAt(index) for index in range(layouts[0].lineCount())]
    assert len(lines) > 1
    assert lines[0].x() == 0 and all(line.x() > 10 for line in lines[1:])
