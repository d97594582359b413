"""What children write is shown formatted and safe: typed HTML stays text, nothing loads."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument

from sole_app.ui.findings.safe_view import SafeTextView
from tests.hostile import HOSTILE_TEXTS


class RecordingView(SafeTextView):
    """The safe view, noting every resource its documents ask for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: list[str] = []

    def loadResource(self, kind, name):  # noqa: N802 (Qt's name)
        self.asked.append(name.toString())
        return super().loadResource(kind, name)


@pytest.fixture
def view(qtbot):
    widget = RecordingView()
    qtbot.addWidget(widget)
    widget.resize(400, 300)
    widget.show()
    return widget


def test_a_typed_script_stays_text_in_the_preview(view):
    view.show_markdown("We found **this**: <script>alert('x')</script>")
    assert view.toPlainText() == "We found this: <script>alert('x')</script>"


@pytest.mark.parametrize("hostile", HOSTILE_TEXTS)
def test_nothing_a_child_types_loads_a_resource_or_becomes_an_image(view, hostile):
    view.show_markdown(f"Am găsit {hostile}")
    view.grab()  # painted, as on screen
    assert view.asked == []
    assert "<img" not in view.toHtml()
    assert "Am găsit" in view.toPlainText()


def test_even_an_image_that_got_through_would_not_load(view, tmp_path):
    # The second wall: HTML that somehow held an image asks for it, and gets nothing, not
    # even a picture from this very computer
    picture = tmp_path / "photo.png"
    image = QImage(8, 8, QImage.Format.Format_RGB32)
    image.fill(0)
    assert image.save(str(picture))
    url = QUrl.fromLocalFile(str(picture))
    view.setHtml(f'<p>x</p><img src="{url.toString()}">')
    view.grab()  # drawn: no image handler of Qt's fetched it from its path
    assert view.asked == []
    # And asked for outright, the document gets nothing (it would read the file on its own)
    loaded = view.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert not isinstance(loaded, QImage | QPixmap) and not loaded
