"""Each kind of item in the corpus shows in its own viewer, with what the user needs to
see, and nothing is ever fetched from the network."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QToolButton

from tests.gui import test_case_view as case_view_tests
from tests.gui.test_case_view import Prepared
from ui.case.detail_pane import DetailPane
from ui.common.operations import VaultService
from ui.viewers.chat import AuthorRole, ChatViewer, MessageViewer, TextRole
from ui.viewers.email import EmailViewer
from ui.viewers.image import ImageViewer
from ui.viewers.media import FileViewer, MediaViewer
from ui.viewers.pdf import PdfViewer
from ui.viewers.text import SafeBrowser, TextViewer
from ui.viewers.web import WebViewer

# The same vault and locale as the case view's tests.
prepared = case_view_tests.prepared
service = case_view_tests.service
french = case_view_tests.french


@pytest.fixture
def pane(qtbot, service: VaultService) -> DetailPane:
    pane = DetailPane(service)
    qtbot.addWidget(pane)
    pane.resize(700, 800)
    pane.show()
    return pane


def show(qtbot, pane: DetailPane, prepared: Prepared, name: str):
    """Show the item with that original name, its picture or page drawn by the preview
    child if it has one; returns its viewer."""
    with qtbot.waitSignal(pane.shown):
        pane.show_item(prepared.ids[name])
    viewer = pane.viewer()
    if isinstance(viewer, ImageViewer | PdfViewer):
        qtbot.waitUntil(lambda: not viewer.requests.waiting, timeout=30_000)
    return viewer


def facts(viewer) -> dict[str, str]:
    form = viewer.form
    return {form.itemAt(row, form.ItemRole.LabelRole).widget().text():
            form.itemAt(row, form.ItemRole.FieldRole).widget().text()
            for row in range(form.rowCount())}


def test_email_shows_headers_origin_route_body_and_attachment(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "menace_2026-11-04.eml")
    assert isinstance(viewer, EmailViewer)
    assert viewer.headers["from"].text() == "Ombre <ombre.du.lac@example.net>"
    assert viewer.headers["subject"].text() == "Tu ne m'échapperas pas"
    assert viewer.headers["date"].text() == "4 nov. 2026 23:12 UTC+1"
    assert viewer.origin.isVisible()
    assert viewer.origin.address.text() == ("Sent from the internet address 198.51.100.23 "
                                            "(Received header, hop 1, the first relay)")
    assert viewer.route_button.text() == "Servers it went through (3)"
    assert not viewer.route.isVisible()
    viewer.route_button.click()
    assert viewer.route.isVisible()
    assert viewer.route.toPlainText().startswith("1. from [192.168.1.23] (unknown [198.51.100.23])")
    body = viewer.body.toPlainText()
    assert "capture.png" in body
    assert "Regarde la pièce jointe" in body
    with qtbot.waitSignal(pane.item_requested) as asked:
        viewer.body.anchorClicked.emit(QUrl(f"item:{prepared.ids['capture.png']}"))
    assert asked.args == [prepared.ids["capture.png"]]


def test_pdf_shows_its_two_pages(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "releve_commentaires.pdf")
    assert isinstance(viewer, PdfViewer)
    assert viewer.page_count() == 2
    assert viewer.view.isVisible()
    assert not viewer.note.isVisible()
    fitted = viewer.view.zoom()
    viewer.zoom_in()
    assert viewer.view.zoom() == pytest.approx(fitted * 1.25)
    first = viewer.view.item.pixmap().toImage()
    with qtbot.waitSignal(viewer.drawn, timeout=30_000):
        viewer.next_page()
    assert viewer.current_page() == 1
    assert viewer._pages.text() == "Page 2 of 2"
    assert viewer.view.item.pixmap().toImage() != first


def test_protected_pdf_says_it_is_locked(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "protected_password_1234.pdf")
    assert isinstance(viewer, PdfViewer)
    assert viewer.note.isVisible()
    assert "locked with a password" in viewer.note.text()
    assert not viewer.view.isVisible()
    assert viewer.page_count() == 0


def test_damaged_pdf_says_it_cannot_be_shown(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "truncated.pdf")
    assert "does not open this document" in viewer.note.text()
    assert not viewer.view.isVisible()


def test_a_photo_with_a_position_warns_where_the_user_looks(qtbot, pane, prepared) -> None:
    show(qtbot, pane, prepared, "photo_parking.jpg")
    assert pane.warnings.isVisibleTo(pane)
    assert "GPS position" in pane.warnings.text()
    show(qtbot, pane, prepared, "journal.txt")
    assert not pane.warnings.isVisibleTo(pane)


def test_picture_is_shown_whole_with_zoom(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "photo_parking.jpg")
    assert isinstance(viewer, ImageViewer)
    assert viewer.shown_size() == (1024, 768)
    assert not viewer.note.isVisible()
    viewer.real_size()
    assert viewer.view.zoom() == 1.0
    viewer.zoom_in()
    assert viewer.view.zoom() == 1.25
    viewer.fit()
    # 1024 pixels wide in a narrower pane; the view may still be taking its size (the
    # text panel beside it settles after the picture), and it fits again once it has it.
    qtbot.waitUntil(lambda: viewer.view.zoom() < 1.0)
    fitted = viewer.view.zoom()
    zoom_in = next(b for b in viewer.findChildren(QToolButton) if b.accessibleName() == "Zoom in")
    zoom_in.click()
    assert viewer.view.zoom() == pytest.approx(fitted * 1.25)
    assert viewer._zoom_label.text() == f"{round(fitted * 125)} %"


def test_a_picture_larger_than_what_is_drawn_shows_at_its_real_size(qtbot, pane, prepared,
                                                                   monkeypatch) -> None:
    # The child draws at most a given size: here half the photo's width.
    monkeypatch.setattr("ui.viewers.image.LONGEST_SIDE", 512)
    viewer = show(qtbot, pane, prepared, "photo_parking.jpg")
    assert viewer.shown_size() == (512, 384)
    viewer.real_size()
    assert viewer.view.zoom() == 2.0
    assert viewer._zoom_label.text() == "100 %"
    viewer.fit()
    assert viewer.view.zoom() <= 2.0


def test_bomb_picture_is_never_decoded_at_full_size(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "bomb_60000x60000.png")
    assert viewer.shown_size() == (0, 0)
    assert viewer.note.text() == ("This picture is too large to show in full (60000 × 60000 "
                                  "pixels). There is no preview of it either.")


def test_truncated_picture_says_it_cannot_be_shown(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "truncated.png")
    assert viewer.shown_size() == (0, 0)
    assert viewer.note.text().startswith("Dossier does not open this picture: it is damaged")


def test_chat_transcript_lists_the_five_messages(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "Discussion WhatsApp avec Ombre.txt")
    assert isinstance(viewer, ChatViewer)
    model = viewer.view.model()
    assert model.rowCount() == 5
    assert [model.index(row).data(AuthorRole) for row in range(5)] == [
        "Ombre", "Ombre", "Camille", "Ombre", "Ombre"]
    assert model.index(0).data(TextRole) == "Tu crois que tu peux m'ignorer ?"
    assert viewer.summary.text() == "5 message(s) between Ombre, Camille"
    with qtbot.waitSignal(pane.item_requested) as asked:
        viewer.view.activated.emit(model.index(2))
    assert asked.args == [prepared.ids["Discussion WhatsApp avec Ombre.txt/message 3"]]


def test_message_shows_author_time_text_and_its_conversation(
        qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "Discussion WhatsApp avec Ombre.txt/message 4")
    assert isinstance(viewer, MessageViewer)
    assert viewer.author.text() == "Ombre"
    assert viewer.when.text() == "6 nov. 2026 01:12 UTC+1"
    assert viewer.text.toPlainText().startswith("Je passe devant chez toi demain")
    assert pane.title.text() == ("« Je passe devant chez toi demain et je verrai bien si "
                                 "tu es là »")
    assert "Show the whole conversation" in pane.parent_link.text()
    with qtbot.waitSignal(pane.item_requested) as asked:
        pane.parent_link.linkActivated.emit(
            f"item:{prepared.ids['Discussion WhatsApp avec Ombre.txt']}")
    assert asked.args == [prepared.ids["Discussion WhatsApp avec Ombre.txt"]]


def test_web_page_shows_title_address_and_words(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "profil_ombre_du_lac.html")
    assert isinstance(viewer, WebViewer)
    assert viewer.address.text() == "https://social.example.com/@ombre_du_lac"
    assert viewer.posted.text() == "6 nov. 2026 20:10 UTC+1"
    assert "Je paie bien" in viewer.text.toPlainText()


def test_note_shows_its_text(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "journal.txt")
    assert isinstance(viewer, TextViewer)
    assert "marché" in viewer._text.toPlainText()


def test_recording_shows_its_facts(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "messagerie_2026-11-07_2215.wav")
    assert isinstance(viewer, MediaViewer)
    shown = facts(viewer)
    assert shown["Duration:"] == "0:02"
    assert shown["Format:"] == "WAV"
    assert shown["Size:"] == "32,0 ko"


def test_other_file_shows_its_type_and_fingerprint(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "unknown.bin")
    assert isinstance(viewer, FileViewer)
    shown = facts(viewer)
    assert shown["Kind:"] == "Other file"
    assert len(shown["Fingerprint (SHA-256):"]) == 64


def test_details_and_history_tabs(qtbot, pane, prepared) -> None:
    show(qtbot, pane, prepared, "photo_parking.jpg")
    lines = dict(pane.metadata._lines)
    assert lines["How the date is known"] == "from the photo (EXIF)"
    assert lines["Camera"] == "Fairphone FP5"
    assert lines["Latitude where it was taken"] == "48.8566"
    history = pane.history.model()
    assert history.index(0, 1).data() == "Added to the vault"
    assert history.index(0, 2).data().startswith("From “photo_parking.jpg”")


def test_clear_empties_the_viewers(qtbot, pane, prepared) -> None:
    viewer = show(qtbot, pane, prepared, "photo_parking.jpg")
    pane.clear()
    assert viewer.shown_size() == (0, 0)
    assert pane.viewer() is None
    assert pane.metadata.rowCount() == 0
    assert pane.history.model().rowCount() == 0


def test_safe_browser_fetches_nothing(qtbot) -> None:
    browser = SafeBrowser()
    qtbot.addWidget(browser)
    assert not browser.openExternalLinks()
    assert not browser.openLinks()
    for url in ("https://example.com/pixel.png", "file:///etc/passwd"):
        assert browser.loadResource(QTextDocument.ResourceType.ImageResource.value,
                                    QUrl(url)) is None
    browser.setHtml('<img src="https://example.com/pixel.png"> words')
    assert browser.toPlainText().strip().endswith("words")


def test_language_change_shows_the_item_again_in_the_new_words(qtbot, pane, prepared) -> None:
    show(qtbot, pane, prepared, "photo_parking.jpg")
    assert "3 nov. 2026 18:20 UTC+1" in pane.subtitle.text()
    QLocale.setDefault(QLocale("en_US"))
    with qtbot.waitSignal(pane.shown):
        QCoreApplication.sendEvent(pane, QEvent(QEvent.Type.LanguageChange))
    assert "Nov 3, 2026 6:20\u202fPM UTC+1" in pane.subtitle.text()  # CLDR puts U+202F there
    assert pane.tabs.tabText(0) == "V&iewer"
