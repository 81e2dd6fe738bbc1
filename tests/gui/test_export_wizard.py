"""File → Export, driven end to end: the wizard on a real vault holding the sample corpus,
a real export, and the bundle checked with tools nobody here wrote (sha256sum, unzip,
pdftotext).

A lawyer's bundle in a folder, verified; a platform's ZIP with its items and notice only,
without her address unless asked;
Cancel in the middle leaves nothing behind; a place already taken is refused; the count
follows the scope; the user's own summary is never overwritten."""

from __future__ import annotations

import hashlib
import json
import subprocess
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QWidget, QWizard

from app.case import caption, cases, incidents, links, listing, tags
from app.export import options
from app.importing.pipeline import Importer
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from tests.cli.test_export_sealed import entries, seven_zip
from tests.conftest import CORPUS
from tests.gui.conftest import unlocked_service
from ui.common import file_dialogs
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.export.progress import STOPPED
from ui.export.scope import INCIDENTS, SELECTION, TAGS
from ui.export.wizard import (
    FILER,
    FINISH,
    OPTIONS,
    PROGRESS,
    RECIPIENT,
    REVIEW,
    SCOPE,
    SUMMARY,
    ExportWizard,
)

PASSPHRASE = "correct horse"
CASE_NAME = "Harcèlement Ombre"
FILER_NAME = "Zoé Lemarchand"  # in no file of the corpus
EXPORT_TIMEOUT_MS = 180_000
NBSP = "\u00a0"


@dataclass(frozen=True)
class Prepared:
    path: Path
    case_id: int
    ids: dict[str, int]  # items by original name
    threat_tag: int
    threat_items: int  # how many items carry it


@pytest.fixture(scope="session")
def prepared(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    """The corpus (its damaged files left out, they are the importer's tests), one tag
    on the two threats, and two incidents."""
    path = tmp_path_factory.mktemp("export_wizard") / "vault.dossier"
    with Vault.create(path, PASSPHRASE, kdf=KdfSettings(10, 8)) as vault:
        with vault.transaction() as db:
            case = cases.create(db, CASE_NAME)
        folders = sorted(f for f in CORPUS.iterdir() if f.is_dir() and f.name != "bad")
        list(Importer(vault, case.id).run(folders))
        ids = {row.name: row.id for row in listing.rows(vault.db, case.id)}
        threats = [ids["menace_2026-11-04.eml"], ids["Discussion WhatsApp avec Ombre.txt"]]
        with vault.transaction() as db:
            tag = tags.find_or_create(db, case.id, "menace")
            for item_id in threats:
                links.link(db, item_id, "tag", tag.id)
            for title, when, item_id in (
                    ("E-mail de menace", "2026-11-04T23:12:05+01:00", threats[0]),
                    ("Messages la nuit", "2026-11-05T22:41:00+01:00", threats[1])):
                incident_id = incidents.save(db, incidents.Incident(
                    None, case.id, title, occurred_at=when, platform="E-mail"))
                links.link(db, item_id, "incident", incident_id)
    return Prepared(path, case.id, ids, tag.id, len(threats))


@pytest.fixture
def window(qtbot) -> Iterator[QWidget]:
    """The wizard's parent, as the main window is in the app. The vault worker may hold
    the wizard's callbacks a moment longer than a test, so the parent outlives the
    worker (see ``service``) and the wizard is never deleted on the worker's thread."""
    parent = QWidget()
    yield parent
    parent.deleteLater()


@pytest.fixture
def service(qtbot, window: QWidget, prepared: Prepared,
            tmp_path: Path) -> Iterator[VaultService]:
    yield from unlocked_service(qtbot, prepared.path, PASSPHRASE, tmp_path)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where bundles are written: a folder of its own, so leftovers would show."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def open_wizard(qtbot, service: VaultService, window: QWidget,
                prepared: Prepared) -> Callable[..., ExportWizard]:
    """Opens the wizard on the prepared case, as File → Export does, once it has counted."""
    def opened(selected: list[int] | None = None) -> ExportWizard:
        wizard = ExportWizard(service, prepared.case_id, CASE_NAME, parent=window,
                              selected_item_ids=selected)
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)  # read after Finish
        with qtbot.waitSignal(wizard.previewed, timeout=30_000):
            wizard.show()
        return wizard
    return opened


def go_to(qtbot, wizard: ExportWizard, page_id: int) -> None:
    """Press Next until ``page_id``, as soon as each page lets the user go on."""
    while wizard.currentId() < page_id:
        page = wizard.currentPage()
        qtbot.waitUntil(page.isComplete, timeout=30_000)
        wizard.next()


def type_into(qtbot, field, text: str) -> None:
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def export_to(qtbot, wizard: ExportWizard, place: Path) -> None:
    """From the review page: write the bundle at ``place`` and wait for the end."""
    go_to(qtbot, wizard, REVIEW)
    type_into(qtbot, wizard.review_page.place, str(place))
    qtbot.waitUntil(wizard.review_page.isComplete, timeout=30_000)
    wizard.next()
    assert wizard.currentId() == PROGRESS
    wait_for_export(qtbot, wizard)


def wait_for_export(qtbot, wizard: ExportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.is_exporting(), timeout=EXPORT_TIMEOUT_MS)
    assert wizard.currentId() == FINISH, wizard.progress_page.error.text()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_lawyers_bundle_from_first_page_to_fingerprint(qtbot, open_wizard, out,
                                                        monkeypatch) -> None:
    wizard = open_wizard()
    assert wizard.currentId() == RECIPIENT
    wizard.recipient_page.choices[options.LAWYER].click()
    wizard.next()
    scope = wizard.scope_page
    qtbot.waitUntil(scope.isComplete)
    assert scope.count == len(wizard.plan.exhibits) > 10
    assert f"{scope.count} exhibit" in scope.count_label.text()

    wizard.next()
    assert wizard.currentId() == FILER
    filer = wizard.filer_page
    assert not filer.include.isVisible()
    assert filer.name.isEnabled()
    filer.name.clear()  # another test's export may have left its name remembered
    filer.name.insert(FILER_NAME)  # as typed with an input method
    qtbot.keyClicks(filer.contact, "zoe.lemarchand@example.org")
    qtbot.keyClicks(filer.address, "12 rue des Lilas, 75020 Paris")
    wizard.next()
    assert wizard.currentId() == SUMMARY
    suggested = wizard.summary_page.written()
    assert "E-mail de menace" in suggested
    assert "Messages la nuit" in suggested

    wizard.next()
    assert wizard.currentId() == OPTIONS
    wizard.options_page.language.setCurrentIndex(wizard.options_page.language.findData("fr"))
    assert wizard.options_page.prefix.text() == "HARCELEMENTO"
    go_to(qtbot, wizard, REVIEW)
    review = wizard.review_page
    qtbot.waitUntil(lambda: wizard.plan is not None and review.plan is not None)
    assert review.values[1].text().startswith(f"{scope.count} exhibit")
    suggested_place = review.destination()
    assert suggested_place is not None
    assert suggested_place.name.startswith("Dossier-avocat-")
    monkeypatch.setattr(file_dialogs, "save_file",
                        lambda *args, **kwargs: out / "Pour maître Durand")
    review.choose.click()
    assert review.destination() == out / "Pour maître Durand"
    assert wizard.button(QWizard.WizardButton.CommitButton).isEnabled()

    wizard.next()
    assert wizard.currentId() == PROGRESS
    assert wizard.close() is False  # only Cancel stops an export
    wait_for_export(qtbot, wizard)

    result = wizard.finished_result
    bundle = out / "Pour maître Durand"
    assert result is not None
    assert result.path == bundle
    assert bundle.is_dir()
    assert result.exhibits == scope.count
    checked = subprocess.run(["sha256sum", "--strict", "-c", "SHA256SUMS"], cwd=bundle,
                             capture_output=True, text=True, check=False)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    report = subprocess.run(["pdftotext", str(bundle / "Rapport.pdf"), "-"],
                            capture_output=True, text=True, check=True).stdout
    assert FILER_NAME in report
    assert "Bordereau de communication de pièces" in report
    finish = wizard.finish_page
    assert finish.fingerprint.text() == sha256(bundle / "SHA256SUMS") == result.fingerprint
    metrics = finish.fingerprint.fontMetrics()  # monospace: every digit as wide as another
    assert finish.fingerprint.isReadOnly()
    assert metrics.horizontalAdvance("1111") == metrics.horizontalAdvance("ffff")
    assert "SMS" in finish.advice.text()
    finish.copy.click()
    shown: list[QUrl] = []  # there is no file manager offscreen: only the request is seen
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(shown.append))
    finish.show_folder.click()
    assert [url.toLocalFile() for url in shown] == [str(out)]
    assert QGuiApplication.clipboard().text() == result.fingerprint
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isVisible()

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert not wizard.isVisible()
    assert filer.name.text() == ""
    assert wizard.summary_page.written() == ""


def test_a_platform_zip_holds_its_items_and_notice_and_her_details_only_if_asked(
        qtbot, open_wizard, out) -> None:
    wizard = open_wizard()
    go_to(qtbot, wizard, FILER)
    wizard.filer_page.name.clear()
    wizard.filer_page.name.insert(FILER_NAME)  # typed for a lawyer first
    wizard.back()
    wizard.back()
    recipient = wizard.recipient_page
    assert not recipient.platform_box.isEnabled()
    recipient.choices[options.PLATFORM].click()
    assert recipient.platform_box.isEnabled()
    assert [recipient.platform.itemText(i) for i in range(recipient.platform.count())] == [
        "Instagram", "SMS", "WhatsApp"]
    recipient.platform.setCurrentText("Instagram")
    assert not recipient.replies.isChecked()
    go_to(qtbot, wizard, FILER)
    filer = wizard.filer_page
    assert filer.include.isVisible()
    assert not filer.include.isChecked()
    assert filer.name.isEnabled()  # the notice requires her name and e-mail
    assert filer.email.isVisible()
    assert not filer.contact.isEnabled()
    filer.email.clear()
    qtbot.keyClicks(filer.email, "zoe@example.org")
    chosen = wizard.chosen_options()
    assert chosen.recipient == options.PLATFORM
    assert chosen.platform == "Instagram"
    assert not chosen.include_replies
    assert not chosen.include_personal
    assert chosen.filer == options.Filer(FILER_NAME, email="zoe@example.org")
    filer.include.click()
    assert filer.contact.isEnabled()
    filer.include.click()

    go_to(qtbot, wizard, OPTIONS)
    wizard.options_page.zip.click()
    go_to(qtbot, wizard, REVIEW)
    assert wizard.review_page.destination().suffix == ".zip"
    assert wizard.review_page.values[0].text() == (
        "the abuse desk of Instagram, with its notice")
    export_to(qtbot, wizard, out / "signalement")  # the .zip is added
    assert wizard.currentId() == FINISH
    bundle = out / "signalement.zip"
    assert wizard.finished_result.path == bundle
    assert bundle.is_file()
    assert subprocess.run(["unzip", "-tq", str(bundle)], capture_output=True,
                          check=False).returncode == 0
    unpacked = out / "unpacked"
    subprocess.run(["unzip", "-q", str(bundle), "-d", str(unpacked)], check=True)
    language = wizard.chosen_options().language
    report = pdf_text(unpacked / {"fr": "Rapport.pdf", "en": "Report.pdf"}[language])
    notice = pdf_text(next(unpacked.glob("*-DSA-Instagram.pdf")))
    assert FILER_NAME not in report
    for wanted in (FILER_NAME, "zoe@example.org", "Article 16", "2022/2065"):
        assert wanted in notice, wanted
    assert "WhatsApp" not in report + notice
    listed = json.loads((unpacked / "manifest.json").read_text(encoding="utf-8"))
    assert {e["platform"] for e in listed["exhibits"]} == {"Instagram"}
    assert (unpacked / "PHAROS.txt").is_file()
    assert wizard.finish_page.fingerprint.text() == sha256(unpacked / "SHA256SUMS")

    again = open_wizard()
    qtbot.waitUntil(lambda: again.filer_page.email.text() == "zoe@example.org")
    assert again.filer_page.name.text() == FILER_NAME  # remembered in the case


def pdf_text(path: Path) -> str:
    shown = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                           check=True).stdout
    return " ".join(shown.split())


def test_cancel_in_the_middle_leaves_nothing_and_allows_another_try(qtbot, open_wizard,
                                                                    out) -> None:
    wizard = open_wizard()
    go_to(qtbot, wizard, REVIEW)
    type_into(qtbot, wizard.review_page.place, str(out / "bundle"))
    progress = wizard.progress_page
    # Cancel as soon as the first file is out, as a user who changed their mind would.
    progress.bar.valueChanged.connect(lambda _value: wizard.is_exporting() and wizard.reject())
    wizard.next()
    qtbot.waitUntil(lambda: not wizard.is_exporting(), timeout=EXPORT_TIMEOUT_MS)

    assert progress.state == STOPPED
    assert wizard.finished_result is None
    assert wizard.isVisible()
    assert wizard.currentId() == PROGRESS
    assert "cancelled" in progress.outcome.text()
    assert list(out.iterdir()) == []  # neither the bundle nor its temporary copy
    back = wizard.button(QWizard.WizardButton.BackButton)
    assert back.isEnabled()
    back.click()
    assert wizard.currentId() == REVIEW
    assert wizard.review_page.isComplete()
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()


def test_a_place_already_taken_is_refused(qtbot, open_wizard, out, monkeypatch) -> None:
    taken = out / "taken"
    taken.mkdir()
    (taken / "letter.txt").write_text("someone else's")
    wizard = open_wizard()
    go_to(qtbot, wizard, REVIEW)
    review = wizard.review_page
    type_into(qtbot, review.place, str(taken))
    assert not review.isComplete()
    assert "already exists" in review.error.text()
    assert review.error.isVisible()
    assert not wizard.button(QWizard.WizardButton.CommitButton).isEnabled()
    type_into(qtbot, review.place, str(out / "missing" / "bundle"))
    assert "does not exist" in review.error.text()
    monkeypatch.setattr(file_dialogs, "save_file", lambda *args, **kwargs: out / "free")
    review.choose.click()
    assert review.isComplete()
    assert not review.error.isVisible()
    # Taken between the review and the press on Export: still refused, nothing replaced.
    (out / "free").mkdir()
    assert not review.validatePage()
    wizard.next()
    assert wizard.currentId() == REVIEW
    assert (taken / "letter.txt").read_text() == "someone else's"


def test_the_count_follows_the_scope(qtbot, open_wizard, prepared) -> None:
    chosen = [prepared.ids["journal.txt"], prepared.ids["IMG_0412.PNG"]]
    wizard = open_wizard(chosen)
    go_to(qtbot, wizard, SCOPE)
    scope = wizard.scope_page
    qtbot.waitUntil(scope.isComplete)
    whole = scope.count
    assert scope.since.date().toString("yyyy-MM-dd") == "2026-11-03"  # the parking photo
    assert scope.until.date() >= scope.since.date()

    scope.choices[TAGS].click()
    assert not scope.isComplete()
    assert "Tick at least one tag" in scope.count_label.text()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    tag_row = scope.tags.index(0, 0)
    with qtbot.waitSignal(wizard.previewed, timeout=30_000):
        scope.tags.setData(tag_row, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert scope.count == prepared.threat_items < whole
    assert scope.scope().tag_ids == {prepared.threat_tag}

    scope.choices[INCIDENTS].click()
    with qtbot.waitSignal(wizard.previewed, timeout=30_000):
        scope.incidents.setData(scope.incidents.index(0, 0), Qt.CheckState.Checked,
                                Qt.ItemDataRole.CheckStateRole)
    assert scope.count == 1

    assert scope.choices[SELECTION].isEnabled()
    with qtbot.waitSignal(wizard.previewed, timeout=30_000):
        scope.choices[SELECTION].click()
    assert scope.count == 2
    assert "2 exhibit" in scope.count_label.text()


def test_the_selection_choice_needs_a_selection(open_wizard) -> None:
    wizard = open_wizard()
    assert not wizard.scope_page.choices[SELECTION].isEnabled()


def test_the_summary_follows_until_the_user_writes_their_own(qtbot, open_wizard) -> None:
    wizard = open_wizard()
    go_to(qtbot, wizard, OPTIONS)
    page = wizard.summary_page
    language = wizard.options_page.language
    for code in ("fr", "en"):  # whichever the app speaks, both are tried
        if language.currentData() != code:
            with qtbot.waitSignal(wizard.previewed, timeout=30_000):
                language.setCurrentIndex(language.findData(code))
        if code == "fr":
            french = page.written()
    english = page.written()
    assert english != french  # not edited: it follows the language

    wizard.back()
    qtbot.keyClicks(page.text, " Je demande que cela cesse.")
    mine = page.written()
    assert page.restore.isEnabled()
    assert not page.in_another_language()
    wizard.next()
    with qtbot.waitSignal(wizard.previewed, timeout=30_000):
        language.setCurrentIndex(language.findData("fr"))
    assert page.written() == mine
    assert wizard.chosen_options().summary == mine.strip()
    assert page.in_another_language()  # her English words, a French report: she is told
    assert not page.other_language.isHidden()
    assert "another language" in page.other_language.text()
    page.restore.click()
    assert page.written() == french
    assert page.other_language.isHidden()


def test_options_check_the_password_and_the_parts_of_a_custom_report(qtbot,
                                                                     open_wizard) -> None:
    wizard = open_wizard()
    wizard.recipient_page.choices[options.CUSTOM].click()
    go_to(qtbot, wizard, OPTIONS)
    page = wizard.options_page
    assert page.sections.isVisible()
    assert page.password.echoMode() == page.password.EchoMode.Password
    qtbot.keyClicks(page.password, "s3cret;'")
    page.password.insert("é")  # as typed with an input method
    assert not page.isComplete()
    assert "without accents" in page.error.text()  # 7-Zip could not open such a bundle
    qtbot.keyClick(page.password, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.password, "\"?")
    assert not page.isComplete()
    assert "second time" in page.error.text()
    qtbot.keyClicks(page.password_again, "s3cret;'\"")
    assert not page.isComplete()
    assert "not the same" in page.error.text()
    qtbot.keyClicks(page.password_again, "?")
    assert page.isComplete()
    assert not page.error.isVisible()
    for box in page.section_boxes.values():
        box.setChecked(False)
    assert not page.isComplete()
    page.section_boxes[options.INDEX].setChecked(True)
    page.section_boxes[options.EXHIBITS].setChecked(True)
    chosen = wizard.chosen_options()
    assert chosen.sections == {options.INDEX, options.EXHIBITS}
    assert chosen.pdf_password == "s3cret;'\"?"
    assert chosen.as_zip  # a password seals the bundle, which only a ZIP can be
    assert chosen.sealed
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert page.password.text() == page.password_again.text() == ""


def test_a_sealed_police_bundle_opens_only_with_the_password(qtbot, open_wizard,
                                                            out) -> None:
    wizard = open_wizard()
    wizard.recipient_page.choices[options.POLICE].click()
    go_to(qtbot, wizard, OPTIONS)
    page = wizard.options_page
    assert page.folder.isChecked()
    assert page.strength.word.text() == ""
    qtbot.keyClicks(page.password, "ombre ge")
    assert page.zip.isChecked()
    assert not page.folder.isEnabled()  # a folder cannot be sealed
    assert page.strength.word.text()  # the strength shows as it is typed
    assert "7-Zip" in page.password_note.text()
    qtbot.keyClicks(page.password_again, "ombre ge")
    go_to(qtbot, wizard, REVIEW)
    assert "7-Zip" in wizard.review_page.values[-1].text()
    assert wizard.review_page.destination().suffix == ".zip"
    export_to(qtbot, wizard, out / "plainte.zip")
    bundle = out / "plainte.zip"
    assert wizard.finished_result.sealed
    listed = entries(bundle)
    assert len(listed) > 10
    for name, fields in listed.items():
        assert fields["Encrypted"] == ("-" if name.startswith("README-") else "+"), name
    tested = seven_zip("t", "-pombre ge", bundle)
    assert tested.returncode == 0, tested.stdout
    assert seven_zip("t", "-pombre", bundle).returncode != 0
    finish = wizard.finish_page
    assert "USB" in finish.advice.text()
    assert "avocat" not in finish.advice.text()  # the advice fits the recipient
    assert finish.opening.isVisible()
    for words in ("7-Zip", "Keka", "7z x", "another way than the bundle"):
        assert words in finish.opening.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert page.password.text() == page.password_again.text() == ""


def test_the_finish_advice_fits_each_recipient(qtbot) -> None:
    from app.export.exporting import Result
    from ui.export.progress import FinishPage

    page = FinishPage()
    qtbot.addWidget(page)
    said = {}
    for recipient in options.RECIPIENTS:
        page.show_result(Result(Path("b"), "0" * 64, 1, 1, 1), recipient)
        said[recipient] = page.advice.text()
        assert page.opening.isHidden()  # not sealed: nothing about a password
    assert "avocat" in said[options.LAWYER]
    assert "USB" in said[options.POLICE]
    assert "reporting form" in said[options.PLATFORM]
    assert not any("avocat" in said[other] for other in said if other != options.LAWYER)
    assert len(set(said.values())) == len(said)


def test_locking_the_vault_closes_the_wizard(qtbot, open_wizard, service) -> None:
    wizard = open_wizard()
    go_to(qtbot, wizard, FILER)
    wizard.filer_page.name.insert(FILER_NAME)
    with qtbot.waitSignal(service.locked, timeout=10_000):
        service.lock()
    assert not wizard.isVisible()
    assert wizard.filer_page.name.text() == ""


def test_every_label_leads_to_its_field(open_wizard) -> None:
    wizard = open_wizard()
    wizard.recipient_page.choices[options.POLICE].click()
    for page in (wizard.filer_page, wizard.options_page, wizard.review_page):
        for label in page.findChildren(type(wizard.review_page.place_label)):
            if "&" in label.text():
                assert label.buddy() is not None, label.text()


@pytest.mark.parametrize(("window_locale", "report"), [("fr_FR", "fr"), ("en_GB", "en"),
                                                       ("de_DE", "en")])
def test_the_report_language_starts_as_the_windows(qtbot, open_wizard, window_locale: str,
                                                   report: str) -> None:
    """The window's language choice sets Qt's default locale (ui.common.i18n)."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(window_locale))
    try:
        wizard = open_wizard()
        assert wizard.options_page.report_language() == report
        assert wizard.chosen_options().language == report
    finally:
        QLocale.setDefault(before)


def test_the_letter_options_reach_the_export_and_are_wiped(qtbot, open_wizard) -> None:
    wizard = open_wizard()
    wizard.recipient_page.choices[options.POLICE].click()
    go_to(qtbot, wizard, FILER)
    page = wizard.filer_page
    assert page.letter_box.isVisible()
    page.civil_party.click()
    page.earlier_date.insert("2026-10-15")
    page.earlier_place.insert("commissariat de Lyon 3e")
    letter = wizard.chosen_options().letter
    assert (letter.civil_party, letter.earlier_date, letter.earlier_place) == (
        True, "2026-10-15", "commissariat de Lyon 3e")
    page.wipe()
    assert wizard.chosen_options().letter == options.Letter()


# -- the bordereau's caption (issue #14 §4) ------------------------------------------------

def _choose_two_items(qtbot, wizard: ExportWizard) -> None:
    """A quick export: the two items selected in the window."""
    go_to(qtbot, wizard, SCOPE)
    with qtbot.waitSignal(wizard.previewed, timeout=30_000):
        wizard.scope_page.choices[SELECTION].click()
    assert wizard.scope_page.count == 2


def test_the_caption_is_typed_once_and_offered_again(qtbot, open_wizard, prepared,
                                                     out: Path) -> None:
    chosen = [prepared.ids["menace_2026-11-04.eml"], prepared.ids["journal.txt"]]
    wizard = open_wizard(chosen)
    wizard.recipient_page.choices[options.LAWYER].click()
    _choose_two_items(qtbot, wizard)
    go_to(qtbot, wizard, FILER)
    box = wizard.filer_page.caption_box
    assert box.isVisible()
    assert box.caption().is_empty()
    type_into(qtbot, box.jurisdiction, "Tribunal judiciaire de Lyon")
    type_into(qtbot, box.rg, "25/01234")
    type_into(qtbot, box.for_party, "Mme Claire Martin")
    type_into(qtbot, box.against, "  M. X\t")
    wizard.resize(1280, 720)
    wizard.grab().save("/tmp/avocat-caption-en.png")
    assert wizard.chosen_options().caption == caption.Caption(
        "Tribunal judiciaire de Lyon", "25/01234", "Mme Claire Martin", "M. X")
    wizard.options_page.language.setCurrentIndex(wizard.options_page.language.findData("fr"))
    export_to(qtbot, wizard, out / "premier")
    with zipfile.ZipFile(out / "premier" / "Bordereau.docx") as archive:
        xml = archive.read("word/document.xml").decode("utf-8")
    assert "BORDEREAU DE COMMUNICATION DE PIÈCES" in xml
    assert f"Juridiction{NBSP}: Tribunal judiciaire de Lyon" in xml
    assert f"RG n°{NBSP}25/01234" in xml
    assert f"Contre{NBSP}: M. X<" in xml
    assert len(list((out / "premier" / "pieces").iterdir())) == 2
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert box.caption().is_empty()  # wiped with the rest of the page

    again = open_wizard(chosen)
    qtbot.waitUntil(lambda: again.filer_page.caption_box.rg.text() == "25/01234")
    kept = again.filer_page.caption_box.caption()
    assert kept.jurisdiction == "Tribunal judiciaire de Lyon"
    assert kept.against == "M. X"
    again.recipient_page.choices[options.POLICE].click()
    go_to(qtbot, again, FILER)
    assert not again.filer_page.caption_box.isVisible()
    assert again.chosen_options().caption.is_empty()  # a police bundle has no bordereau
    again.reject()


def test_the_caption_box_in_french(qtbot, open_wizard) -> None:
    """Its labels lead to their fields in either language (its own words are French once
    the lead merges their translations)."""
    wizard = open_wizard()
    wizard.recipient_page.choices[options.LAWYER].click()
    go_to(qtbot, wizard, FILER)
    translations = Translations()
    try:
        translations.apply("fr")
        qtbot.waitUntil(lambda: wizard.filer_page.title() == f"Qui fait la démarche{NBSP}?",
                        timeout=5_000)
        wizard.resize(1280, 720)
        wizard.grab().save("/tmp/avocat-caption-fr.png")
    finally:
        translations.apply("en")
    for label in wizard.filer_page.caption_box.labels:
        assert label.buddy() is not None


@pytest.mark.parametrize(("recipient", "kept", "never"), [
    (options.LAWYER, "Your name and the caption below", "Your contact and address"),
    (options.PLATFORM, "Your name and e-mail are kept", "Your address and telephone"),
    (options.POLICE, "Your name is kept", "what you write for the letter"),
])
def test_the_filing_page_says_what_the_case_keeps(qtbot, open_wizard, recipient: str,
                                                  kept: str, never: str) -> None:
    """Only what app/export/remembered.py and app/case/caption.py keep is said kept."""
    wizard = open_wizard()
    wizard.recipient_page.choices[recipient].click()
    if recipient == options.PLATFORM:
        wizard.recipient_page.platform.setCurrentText("Instagram")
    go_to(qtbot, wizard, FILER)
    words = wizard.filer_page.notice.text()
    assert kept in words
    assert f"{never} are used only in this export and never saved" in words
    wizard.resize(1280, 720)
    wizard.grab().save(f"/tmp/privacy-filer-{recipient}-en.png")
    wizard.reject()
