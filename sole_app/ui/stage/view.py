"""The stage: the big question, the phase, a huge countdown and progress, for the whole room.

ONE widget serves the projector and the librarian's preview, drawn from the same StageState,
which ``core.session.stage`` decides; this view only words it in the interface language and
draws it. Sizes follow the widget (a 1024x768 projector or a small preview look the same). The
only difference a preview makes: when blacked out it adds a small caption, so the librarian
knows why her preview is black; the room sees pure black.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from sole_app.core.markup import to_plain_lines as plain_text
from sole_app.core.session.stage import Notice, StageState
from sole_app.core.session.timefmt import format_remaining
from sole_app.ui.phases import phase_name
from sole_app.ui.stage.agreements import agreements
from sole_app.ui.stage.fit import SMALLEST_TEXT, FittedText
from sole_app.ui.stage.join import JoinCard, JoinCardView
from sole_app.ui.stage.paint import (
    BLACK,
    FINAL,
    INK,
    PAPER,
    PAUSED_INK,
    frame_for,
    paint_frame,
)
from sole_app.ui.stage.progress import StageProgress
from sole_app.ui.stage.review import ReviewBoard

DESIGN_WIDTH, DESIGN_HEIGHT = 1024, 768  # every size below is for this, then scaled


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setAccessibleName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


def _fitted(name: str, parent: QWidget, **options) -> FittedText:
    widget = FittedText(parent, **options)
    widget.setObjectName(name)
    widget.setAccessibleName(name)
    return widget


def _set_ink(widget: QWidget, colour: QColor) -> None:
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)


class StageView(QWidget):
    """Shows a StageState. Child object names (and accessible names) are stable for tests."""

    def __init__(self, parent: QWidget | None = None, *, preview: bool = False):
        super().__init__(parent)
        self.setObjectName("stageView")
        self.setAccessibleName("stageView")
        self._state = StageState()
        self._join_card: JoinCard | None = None
        self._preview = preview
        # The preview keeps the projector's shape, so its lines break where the room's do.
        self._backdrop: tuple | None = None
        self._aspect: tuple[int, int] | None = (DESIGN_WIDTH, DESIGN_HEIGHT) if preview else None
        self._build()
        self._layout_sizes()
        self._render()

    def _build(self) -> None:
        self.content = QWidget(self)
        self.content.setObjectName("stageContent")
        self.phase_label = _label("stagePhase", self.content)
        self.step_label = _label("stageStep", self.content)
        self.step_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.question_text = _fitted("stageQuestion", self.content)
        self.agreements_panel = QWidget(self.content)
        self.agreements_title = _label("stageAgreementsTitle", self.agreements_panel)
        self.agreements_text = _fitted("stageAgreements", self.agreements_panel,
                                       alignment=Qt.AlignmentFlag.AlignLeft)
        self.clock = QWidget(self.content)
        self.clock.setObjectName("stageClock")
        self.clock.setAutoFillBackground(True)
        self.countdown = _fitted("stageCountdown", self.clock, wrap=False)
        self.caption_label = _label("stageReviewCaption", self.clock)  # phase, in the review
        self.caption_label.setWordWrap(True)
        # Opaque on the clock's ground: a new second repaints the digits alone (bench_idle.py)
        self.countdown.setAutoFillBackground(True)
        self.status_label = _label("stageStatus", self.clock)
        self.status_label.setWordWrap(True)
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.progress = StageProgress(self.content)
        self.progress.setObjectName("stageProgress")
        self.progress.setAccessibleName("stageProgress")
        self.join_view = JoinCardView(self.content)
        self.review_board = ReviewBoard(self.content)
        self._compact = False  # the countdown smaller while the review's board has the middle
        self._arrange()

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.phase_label, 3)
        top.addWidget(self.step_label, 2)
        agreements = QVBoxLayout(self.agreements_panel)
        agreements.setContentsMargins(0, 0, 0, 0)
        agreements.addWidget(self.agreements_title)
        agreements.addWidget(self.agreements_text, 1)
        middle = QHBoxLayout()
        middle.addWidget(self.question_text, 3)
        middle.addWidget(self.agreements_panel, 2)
        middle.addWidget(self.join_view, 4)  # the code must scan from the back of the room
        middle.addWidget(self.review_board, 1)
        self._clock_layout = QHBoxLayout(self.clock)
        self._clock_layout.addWidget(self.caption_label, 3)
        self._clock_layout.addWidget(self.countdown, 3)
        self._clock_layout.addWidget(self.status_label, 2, Qt.AlignmentFlag.AlignVCenter)
        self._column = QVBoxLayout(self.content)
        self._column.addLayout(top)
        self._column.addLayout(middle, 1)
        self._column.addWidget(self.clock)
        self._column.addWidget(self.progress)
        outer = QVBoxLayout(self)
        outer.addWidget(self.content)
        self._outer = outer
        self._middle = middle

    # -- public -------------------------------------------------------------------------------

    def state(self) -> StageState:
        return self._state

    def set_state(self, state: StageState) -> None:
        if state != self._state:
            self._state = state
            self._render()

    def join_card(self) -> JoinCard | None:
        return self._join_card

    def set_join_card(self, card: JoinCard | None) -> None:
        """Show the group page's address and QR code in the question's place, in the turns the
        agreements have (None: take it away). It comes before the agreements: joining first."""
        if card != self._join_card:
            self._join_card = card
            self.join_view.set_card(card)
            self._render()

    def is_preview(self) -> bool:
        return self._preview

    def set_preview(self, preview: bool) -> None:
        self._preview = preview
        self.update()

    def set_aspect_ratio(self, width: int, height: int) -> None:
        """Draw the stage in a box of this shape (e.g. the projector's 1024x768), centred;
        0, 0 fills the whole widget (the projector window itself)."""
        self._aspect = (width, height) if width > 0 and height > 0 else None
        self._layout_sizes()
        self.update()

    def stage_rect(self) -> QRect:
        """Where the stage is drawn: the whole widget, or a centred box of the set shape."""
        if self._aspect is None:
            return self.rect()
        width, height = self._aspect
        size = QSize(width, height).scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        box = QRect(QPoint(0, 0), size)
        box.moveCenter(self.rect().center())
        return box

    def status_text(self) -> str:
        return self.status_label.text()

    # -- what the state shows -----------------------------------------------------------------

    def _render(self) -> None:
        state = self._state
        self.content.setVisible(not state.blacked_out)
        self.phase_label.setText(phase_name(state.phase) if state.phase is not None else "")
        self.step_label.setText(self._step_text(state))
        self.question_text.setText(plain_text(state.question))
        # The agreements take the question's place in their turn: side by side, neither would be
        # large enough for the back of the room (see core.session.stage). The group page's
        # address, while the librarian shows it, takes that turn in every phase, and comes first.
        # In the Review the clicker's step decides: groups' records or the wall take the middle
        board = state.shows_board
        join_shown = self._join_card is not None and state.side_turn and not board
        agreements_shown = state.show_agreements and not join_shown and not board
        self.question_text.setVisible(not (join_shown or agreements_shown or board))
        self.review_board.setVisible(board)
        if board:
            self.review_board.show_step(state.review)
        if board != self._compact:
            self._compact = board
            self._layout_sizes()
        # The board needs the height: the phase and the groups shown go beside the countdown
        self.phase_label.setVisible(not board)
        self.step_label.setVisible(not board)
        self.caption_label.setVisible(board)
        self.caption_label.setText(f"{self.phase_label.text()}\n{self.step_label.text()}")
        self.agreements_panel.setVisible(agreements_shown)
        self.join_view.setVisible(join_shown)
        self.agreements_title.setText(self.tr("Our agreements"))
        self.agreements_text.setText("\n".join(f"\u2022 {line}" for line in agreements()))
        self.clock.setVisible(state.shows_clock)  # before a session: the question, calm paper
        self.progress.setVisible(state.shows_clock)
        self._render_clock(state)
        backdrop = (state.level, state.paused, state.blacked_out)
        if backdrop != self._backdrop:  # the frame changes a few times a phase, not every second
            self._backdrop = backdrop
            self.update()

    def _step_text(self, state: StageState) -> str:
        if state.phase_count <= 0 or state.phase is None:
            return ""
        if state.shows_board and state.review.panels:
            return self.review_board.words.groups_shown(state.review)
        return self.tr("Phase {number} of {count}").format(
            number=state.phase_index + 1, count=state.phase_count
        )

    def _render_clock(self, state: StageState) -> None:
        shown = format_remaining(state.remaining_seconds)
        self.countdown.setText(shown)
        self.countdown.set_sizing_text(re.sub(r"\d", "8", shown))
        status = self._status(state)
        self.status_label.setText(status)
        self.status_label.setVisible(bool(status))  # no word: the countdown takes the middle
        ink, ground = self._clock_colours(state)
        _set_ink(self.countdown, ink)
        _set_ink(self.caption_label, ink)  # beside the countdown, on the clock's ground
        self._style_status(state, ink, ground)
        for widget in (self.clock, self.countdown):
            palette = widget.palette()
            palette.setColor(QPalette.ColorRole.Window, ground)
            widget.setPalette(palette)
        self.progress.set_progress(state.elapsed_seconds, state.total_seconds,
                                   ink if ground == PAPER else FINAL)

    def _status(self, state: StageState) -> str:
        if state.notice == Notice.PAUSED:
            return "\u275a\u275a " + self.tr("Paused")
        if state.notice == Notice.OVERTIME:
            return self.tr("Time is up \u2014 overtime")
        if state.notice == Notice.MINUTES_LEFT:
            return self._minutes_left(state.minutes_left)
        return ""

    def _minutes_left(self, minutes: int) -> str:
        text = self.tr("%n minute(s) left", "", minutes)
        if "(s)" in text:  # no English catalogue installed: Qt left the source's "(s)" as is
            text = text.replace("(s)", "" if minutes == 1 else "s")
        return text

    def _style_status(self, state: StageState, ink: QColor, ground: QColor) -> None:
        """In the last minute the word sits in a dark badge: a second change after the frame."""
        badge = state.last_minutes
        palette = self.status_label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, ground if badge else ink)
        palette.setColor(QPalette.ColorRole.Window, ink if badge else ground)
        self.status_label.setPalette(palette)
        self.status_label.setAutoFillBackground(badge)

    def _clock_colours(self, state: StageState) -> tuple[QColor, QColor]:
        if state.paused:
            return PAUSED_INK, PAPER
        if state.overtime:
            return PAPER, FINAL  # turned light-on-dark: a change anyone sees without colour
        return INK, PAPER

    # -- sizes follow the widget --------------------------------------------------------------

    def _scale(self) -> float:
        box = self.stage_rect()
        return max(0.2, min(box.width() / DESIGN_WIDTH, box.height() / DESIGN_HEIGHT))

    def frame_allowance(self) -> float:
        return 26 * self._scale()

    def _layout_sizes(self) -> None:
        unit = self._scale()
        compact = self._compact  # the review's board has the middle: the time stays, smaller
        margin = round(self.frame_allowance() + 10 * unit)
        box, whole = self.stage_rect(), self.rect()
        self._outer.setContentsMargins(
            box.left() - whole.left() + margin, box.top() - whole.top() + margin - round(2 * unit),
            whole.right() - box.right() + margin, whole.bottom() - box.bottom() + margin)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.setSpacing(round(14 * unit))
        self._middle.setSpacing(round(28 * unit))
        self._clock_layout.setContentsMargins(round(12 * unit), 0, round(12 * unit), 0)
        for index, stretch in enumerate((3, 2, 3) if compact else (0, 3, 2)):
            self._clock_layout.setStretch(index, stretch)  # the caption, countdown, status
        self._set_pixel_font(self.phase_label, 50 * unit, bold=True)
        self._set_pixel_font(self.step_label, 36 * unit)
        self._set_pixel_font(self.agreements_title, 42 * unit, bold=True)
        self._set_pixel_font(self.status_label, (34 if compact else 46) * unit, bold=True)
        self._set_pixel_font(self.caption_label, 34 * unit, bold=True)
        self.status_label.setMargin(round((4 if compact else 10) * unit))
        self._set_pixel_font(self.countdown, 200 * unit, bold=True, tabular=True)
        self.question_text.set_size_range(round(SMALLEST_TEXT * unit), round(120 * unit))
        self.agreements_text.set_size_range(round(SMALLEST_TEXT * unit), round(48 * unit))
        self.countdown.set_size_range(round(40 * unit), round((84 if compact else 230) * unit))
        self.join_view.set_unit(unit)
        self.review_board.set_unit(unit)
        self.clock.setFixedHeight(round((96 if compact else 220) * unit))
        self.progress.setFixedHeight(round(26 * unit))
        for widget in (self.phase_label, self.step_label, self.question_text, self.agreements_title,
                       self.agreements_text):
            _set_ink(widget, INK)  # full ink: grey type fades on a projector

    @staticmethod
    def _set_pixel_font(widget: QWidget, pixels: float, bold: bool = False,
                        tabular: bool = False) -> None:
        font = QFont(widget.font())
        font.setPixelSize(max(8, round(pixels)))
        font.setBold(bold)
        if tabular:  # digits of equal width, so the countdown does not jiggle every second
            font.setFeature(QFont.Tag("tnum"), 1)
        widget.setFont(font)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self._layout_sizes()
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)

    # -- painting: background, frame, black-out -----------------------------------------------

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = QRectF(self.stage_rect())
        if self._state.blacked_out:
            painter.fillRect(box, BLACK)
            if self._preview:
                self._paint_blackout_caption(painter, box)
        else:
            painter.fillRect(box, PAPER)
            style = frame_for(self._state.level, self._state.paused)
            paint_frame(painter, box, style, self.frame_allowance())
        painter.end()

    def _paint_blackout_caption(self, painter: QPainter, stage: QRectF) -> None:
        font = QFont(self.font())
        font.setPixelSize(max(10, round(SMALLEST_TEXT * self._scale())))
        painter.setFont(font)
        painter.setPen(QColor("#9a9a9a"))
        box = stage.adjusted(8, 8, -8, -8)
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                         self.tr("Blacked out: the room sees a black screen"))

