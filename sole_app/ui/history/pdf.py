"""PDFs made with Qt's own printing (QPdfWriter): the session report from the export's HTML page,
on A4 with the library's name at the top, and at the bottom of every page when it was made and
"Page 1 of 3".

Fonts: Qt embeds the glyphs it draws (a TrueType subset, FontFile2) in the PDF, so the file shows
ă â î ș ț and Cyrillic on any computer. The families asked for all have both: DejaVu Sans (on
Debian and Ubuntu; scripts/setup.sh installs it), Segoe UI and Arial (Windows), Noto Sans and
Liberation Sans; Qt falls back to any font that has a missing letter.
"""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextDocument,
    QTransform,
)

from sole_app import APP_NAME
from sole_app.core.exports import labels
from sole_app.core.exports.report import ExportOptions, made_on
from sole_app.ui.inert_text import InertDocument

FONT_FAMILIES = ["DejaVu Sans", "Segoe UI", "Arial", "Noto Sans", "Liberation Sans"]
RESOLUTION = 300  # dots per inch of the layout; the text itself stays vector in the PDF
MARGINS_MM = QMarginsF(18, 14, 18, 14)
BODY_POINTS = 10.5
GAP_POINTS = 10  # between the header or footer line and the text


def pdf_font(points: float, bold: bool = False) -> QFont:
    """The PDFs' font. Without ligatures: "fi" in "fizică" stays two letters that a reader can
    search and copy, rather than the one glyph "ﬁ"."""
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(points)
    font.setBold(bold)
    for feature in ("liga", "clig"):
        font.setFeature(QFont.Tag(feature), 0)
    return font


def pdf_writer(buffer: QBuffer, title: str, landscape: bool = False) -> QPdfWriter:
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    orientation = (QPageLayout.Orientation.Landscape if landscape
                   else QPageLayout.Orientation.Portrait)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                                     MARGINS_MM, QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    return writer


def open_buffer() -> QBuffer:
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    return buffer


class PdfReport:
    """A report PDF made in steps, so that a long export shows progress and can stop: ``add``
    lays out one part (a session, from its own HTML page, starting on a new page), ``paint``
    paints the parts one step each (the page count is known by then, for "Page 3 of 40"),
    ``finish`` gives the bytes. Core's export drives it (core/exports/run.py)."""

    def __init__(self, options: ExportOptions) -> None:
        self.options = options
        self._buffer = open_buffer()
        self._writer = pdf_writer(self._buffer, options.translate(labels.TITLE))
        self._page = QRectF(self._writer.pageLayout().paintRectPixels(self._writer.resolution()))
        self._page.moveTo(0, 0)
        self._small = pdf_font(8)
        line = QFontMetricsF(self._small, self._writer).height()
        gap = GAP_POINTS * self._writer.resolution() / 72
        self._body = QRectF(0, line + gap, self._page.width(),
                            self._page.height() - 2 * (line + gap))
        self._parts: list[QTextDocument] = []
        self._painted = 0

    def add(self, html: str) -> None:
        document = InertDocument()  # loads no image, file or page the HTML might name
        document.documentLayout().setPaintDevice(self._writer)
        document.setDefaultFont(pdf_font(BODY_POINTS))
        document.setHtml(html)
        document.setPageSize(QSizeF(self._body.width(), self._body.height()))
        document.pageCount()  # lays it out now: this step's work
        self._parts.append(document)

    @property
    def pages(self) -> int:
        return sum(document.pageCount() for document in self._parts)

    def paint(self) -> Iterator[int]:
        """Paint every part, yielding after each; the first yield comes after the first part."""
        total = self.pages
        painter = QPainter(self._writer)
        try:
            for document in self._parts:
                self._paint_part(painter, document, total)
                yield self._painted
        finally:
            painter.end()

    def _paint_part(self, painter: QPainter, document: QTextDocument, total: int) -> None:
        body = self._body
        for number in range(document.pageCount()):
            if self._painted:
                self._writer.newPage()
            self._painted += 1
            _header(painter, self._page, self._small, self.options)
            painter.save()
            painter.setTransform(QTransform.fromTranslate(0, body.top() - number * body.height()),
                                 True)
            document.drawContents(painter, QRectF(0, number * body.height(), body.width(),
                                                  body.height()))
            painter.restore()
            _footer(painter, self._page, self._small, self.options, self._painted, total)

    def finish(self) -> bytes:
        self._buffer.close()
        return bytes(self._buffer.data())


def _header(painter: QPainter, page: QRectF, font: QFont, options: ExportOptions) -> None:
    """The library's name at the top (painted first, so that a PDF reader's text begins with
    it, then the page's words, then the footer)."""
    if options.library:
        _small_text(painter, page, font, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                    options.library)


def _footer(painter: QPainter, page: QRectF, font: QFont, options: ExportOptions,
            number: int, pages: int) -> None:
    bottom = Qt.AlignmentFlag.AlignBottom
    _small_text(painter, page, font, bottom | Qt.AlignmentFlag.AlignLeft, made_on(options))
    _small_text(painter, page, font, bottom | Qt.AlignmentFlag.AlignRight,
                options.translate(labels.PAGE).format(page=number, pages=pages))


def _small_text(painter: QPainter, page: QRectF, font: QFont, where, text: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawText(page, int(where), text)
    painter.restore()
