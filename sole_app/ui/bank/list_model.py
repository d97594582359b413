"""The bank's list: a light model over search rows, and a delegate that draws each question as
two lines of text and a line of facts (favourite, language, ages, tags)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from sole_app.core.bank.search import QuestionRow
from sole_app.core.markup import to_plain
from sole_app.ui.i18n import format_date

PAGE = 100  # rows read at once: more are read as the librarian scrolls (bench_search.py)
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
FACTS_ROLE = Qt.ItemDataRole.UserRole + 3
TEXT_LINES = 2
PADDING = 8


Fetch = Callable[[int, int], list[QuestionRow]]  # (offset, how many) -> the next rows


class QuestionListModel(QAbstractListModel):
    """Rows from bank_search.search, a page at a time: the view asks for the next page
    (``canFetchMore``/``fetchMore``) as the librarian scrolls near the end. Plain text is made
    only for rows that are shown."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[QuestionRow] = []
        self._plain: dict[int, str] = {}
        self._fetch: Fetch | None = None

    def set_rows(self, rows: list[QuestionRow], fetch: Fetch | None = None) -> None:
        """The first rows; ``fetch`` reads the ones after them (None: there are no more)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._plain = {}
        self._fetch = fetch
        self.endResetModel()

    def rowCount(self, parent=None) -> int:  # noqa: N802 (Qt's name)
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: B008, N802 (Qt's name)
        return not parent.isValid() and self._fetch is not None

    def fetchMore(self, parent=QModelIndex(), count: int = PAGE) -> None:  # noqa: B008, N802
        if not self.canFetchMore(parent):
            return
        rows = self._fetch(len(self._rows), count)
        if len(rows) < count:
            self._fetch = None  # that was the last page
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def row_of(self, question_id: int, fetching: bool = False) -> int:
        """The row of a question, or -1; ``fetching`` reads further pages until it is found
        (a question chosen elsewhere may be far down the list)."""
        start, count = 0, PAGE
        while True:
            for position in range(start, len(self._rows)):
                if self._rows[position].id == question_id:
                    return position
            if not fetching or not self.canFetchMore():
                return -1
            start = len(self._rows)
            self.fetchMore(count=count)
            count = min(count * 2, 10 * PAGE)

    def reach(self, position: int) -> int:
        """Read pages until row ``position`` is read (or the last row); that row."""
        while position >= len(self._rows) and self.canFetchMore():
            self.fetchMore(count=max(PAGE, position + 1 - len(self._rows)))
        return min(position, len(self._rows) - 1)

    def question_row(self, position: int) -> QuestionRow:
        return self._rows[position]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._plain_text(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            # QToolTip guesses that text with a tag in it is HTML: given HTML that spells the
            # text out (escaped), it shows the text as typed
            return GuiQt.convertFromPlainText(self._plain_text(row),
                                              Qt.WhiteSpaceMode.WhiteSpaceNormal)
        if role == ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        if role == FACTS_ROLE:
            return self.facts(row)
        return None

    def _plain_text(self, row: QuestionRow) -> str:
        if row.id not in self._plain:
            self._plain[row.id] = to_plain(row.text)
        return self._plain[row.id]

    def facts(self, row: QuestionRow) -> str:
        parts = [row.language.upper(), self.tr("{low}–{high} years").format(
            low=row.age_min, high=row.age_max)]
        if row.last_used_at is not None:
            parts.append(self.tr("used {date}").format(
                date=format_date(row.last_used_at.astimezone().date())))
        if row.tags:
            parts.append(", ".join(row.tags))
        return ("★ " if row.favourite else "") + "  ·  ".join(parts)


class QuestionDelegate(QStyledItemDelegate):
    """Two lines of the question (ended with … when longer) above a smaller line of facts."""

    def _fonts(self, option: QStyleOptionViewItem):
        text_font = QFont(option.font)
        facts_font = QFont(option.font)
        facts_font.setPointSizeF(max(option.font.pointSizeF() * 0.85, 7.0))
        return text_font, facts_font

    def sizeHint(self, option, index) -> QSize:  # noqa: N802 (Qt's name)
        text_font, facts_font = self._fonts(option)
        height = (QFontMetrics(text_font).lineSpacing() * TEXT_LINES
                  + QFontMetrics(facts_font).lineSpacing() + 3 * PADDING)
        return QSize(200, height)

    def paint(self, painter: QPainter, option, index: QModelIndex | QPersistentModelIndex):
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        option.text = ""
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter,
                              option.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_font, facts_font = self._fonts(option)
        area = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        text_height = QFontMetrics(text_font).lineSpacing() * TEXT_LINES
        painter.save()
        painter.setPen(option.palette.color(group))
        painter.setFont(text_font)
        text_rect = QRect(area.left(), area.top(), area.width(), text_height)
        shown = fit_lines(index.data(), QFontMetrics(text_font), area.width(), TEXT_LINES)
        painter.drawText(text_rect, Qt.TextFlag.TextWordWrap, shown)
        painter.setFont(facts_font)
        if not selected:
            painter.setPen(option.palette.color(QPalette.ColorRole.PlaceholderText))
        facts_rect = QRect(area.left(), text_rect.bottom() + PADDING // 2, area.width(),
                           QFontMetrics(facts_font).lineSpacing())
        facts = QFontMetrics(facts_font).elidedText(
            index.data(FACTS_ROLE), Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(facts_rect, Qt.AlignmentFlag.AlignLeft, facts)
        painter.restore()


def fit_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """``text`` shortened at a word, with "…", so that it wraps into at most ``lines`` lines."""
    limit = metrics.lineSpacing() * lines

    def fits(candidate: str) -> bool:
        bounds = metrics.boundingRect(QRect(0, 0, max(width, 1), 100000),
                                      Qt.TextFlag.TextWordWrap, candidate)
        return bounds.height() <= limit

    if width <= 0 or fits(text):
        return text
    words = text.split(" ")
    low, high = 0, len(words)
    while low < high:  # the most words that still fit with the ellipsis
        middle = (low + high + 1) // 2
        if fits(" ".join(words[:middle]) + "…"):
            low = middle
        else:
            high = middle - 1
    return " ".join(words[:low]) + "…" if low else metrics.elidedText(
        text, Qt.TextElideMode.ElideRight, width)
