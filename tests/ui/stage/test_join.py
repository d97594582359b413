"""The group page's address on the stage: a QR code of exactly the address, taking turns with
the question, in the preview and on the projector alike, and gone when it is taken away."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtGui import QImage

from sole_app.core.session.stage import StageState
from sole_app.core.settings import Phase
from sole_app.ui.stage.join import JoinCard, qr_image
from sole_app.ui.stage.view import StageView

ADDRESS = "http://192.168.1.23:8765/s/Xk3_9aQ2/"


def stage(qtbot, **options) -> StageView:
    view = StageView(**options)
    qtbot.addWidget(view)
    view.resize(1024, 768)
    view.set_state(StageState(question="De ce avem nevoie de somn?", phase=Phase.INVESTIGATION,
                              remaining_seconds=600, total_seconds=2400, show_agreements=True,
                              side_turn=True))
    view.show()
    qtbot.waitExposed(view)
    return view


def test_the_address_and_its_qr_code_take_the_agreements_turn_until_taken_away(qtbot):
    # Given the stage in the Investigation, in the agreements' turn
    view = stage(qtbot)
    assert view.agreements_panel.isVisible()
    # When the group page's address is put on it
    view.set_join_card(JoinCard(ADDRESS))
    # Then the address and a QR code of exactly it show instead of the agreements and question
    assert view.join_view.isVisible() and not view.agreements_panel.isVisible()
    assert view.join_view.code.text() == ADDRESS
    assert view.join_view.address.text() == "192.168.1.23:8765/s/Xk3_9aQ2/"
    assert not view.question_text.isVisible()
    # When the turn passes, the question comes back in its place
    view.set_state(replace(view.state(), show_agreements=False, side_turn=False))
    assert view.question_text.isVisible() and not view.join_view.isVisible()
    # When it is taken away, in the next turn the agreements come back
    view.set_join_card(None)
    view.set_state(replace(view.state(), show_agreements=True, side_turn=True))
    assert not view.join_view.isVisible() and view.agreements_panel.isVisible()


def test_the_preview_shows_the_address_as_the_projector_does(qtbot):
    preview, projector = stage(qtbot, preview=True), stage(qtbot)
    for view in (preview, projector):
        view.set_join_card(JoinCard(ADDRESS))
    assert preview.join_view.code.text() == projector.join_view.code.text() == ADDRESS


def test_the_qr_code_is_drawn_with_square_modules_and_a_quiet_zone(qtbot):
    # A scanner needs sharp square modules and white around them, at any size of the stage
    image = qr_image(ADDRESS)
    assert image.width() == image.height() and not image.isNull()
    assert image.pixelColor(0, 0).lightness() == 255  # the quiet zone is white
    view = stage(qtbot)
    view.set_join_card(JoinCard(ADDRESS))
    box = view.join_view.code.code_rect()
    assert box.width() == box.height() and box.width() % image.width() == 0
    grabbed = view.join_view.code.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    inside = box.topLeft() - view.join_view.code.rect().topLeft()
    scale = box.width() // image.width()
    # the finder pattern's top-left module (after the 4-module quiet zone) is black
    assert grabbed.pixelColor(inside.x() + 4 * scale + scale // 2,
                              inside.y() + 4 * scale + scale // 2).lightness() < 50
