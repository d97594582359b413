"""PDFs made with Qt's own printing (QPdfWriter): the session report from the export's HTML page,
on A4 with the library's name at the top and "Page 1 of 3" at the bottom of every page.

Fonts: Qt embeds the glyphs it draws (a TrueType subset, FontFile2) in the PDF, so the file shows
ă â î ș ț and Cyrillic on any computer. The families asked for all have both: DejaVu Sans (on
Debian and Ubuntu; scripts/setup.sh installs it), Segoe UI and Arial (Windows), Noto Sans and
Liberation Sans; Qt falls back to any font that has a missing letter.
"""

from __future__ import annotations

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
from sole_app.core.exports.report import ExportOptions

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


def render_report_pdf(html: str, options: ExportOptions) -> bytes:
    """The export's HTML page as a PDF's bytes (see the module docstring)."""
    buffer = open_buffer()
    writer = pdf_writer(buffer, options.translate(labels.TITLE))
    paint_paged_html(writer, html, options)
    buffer.close()
    return bytes(buffer.data())


def paint_paged_html(writer: QPdfWriter, html: str, options: ExportOptions) -> int:
    """Lay ``html`` out on the writer's pages with a header and a footer; returns the pages."""
    page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
    page.moveTo(0, 0)
    small = pdf_font(8)
    line = QFontMetricsF(small, writer).height()
    gap = GAP_POINTS * writer.resolution() / 72
    body = QRectF(0, line + gap, page.width(), page.height() - 2 * (line + gap))
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDefaultFont(pdf_font(BODY_POINTS))
    document.setHtml(html)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            _header(painter, page, small, options)
            painter.save()
            painter.setTransform(QTransform.fromTranslate(0, body.top() - number * body.height()),
                                 True)
            document.drawContents(painter, QRectF(0, number * body.height(), body.width(),
                                                  body.height()))
            painter.restore()
            _footer(painter, page, small, options, number + 1, pages)
    finally:
        painter.end()
    return pages


def _header(painter: QPainter, page: QRectF, font: QFont, options: ExportOptions) -> None:
    """The library's name at the top (painted first, so that a PDF reader's text begins with
    it, then the page's words, then the footer)."""
    if options.library:
        _small_text(painter, page, font, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                    options.library)


def _footer(painter: QPainter, page: QRectF, font: QFont, options: ExportOptions,
            number: int, pages: int) -> None:
    bottom = Qt.AlignmentFlag.AlignBottom
    _small_text(painter, page, font, bottom | Qt.AlignmentFlag.AlignLeft, APP_NAME)
    _small_text(painter, page, font, bottom | Qt.AlignmentFlag.AlignRight,
                options.translate(labels.PAGE).format(page=number, pages=pages))


def _small_text(painter: QPainter, page: QRectF, font: QFont, where, text: str) -> None:
    painter.save()
    painter.setFont(font)
    painter.setPen(Qt.GlobalColor.darkGray)
    painter.drawText(page, int(where), text)
    painter.restore()
