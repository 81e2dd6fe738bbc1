"""Screenshots of the main screens for the README, taken offscreen in French.

`make screenshots` runs this: a fresh vault in a temporary folder receives the sample
corpus through the real window (drop, import dialog, editor, incidents), and each screen
is saved to docs/screenshots/. Nothing is written anywhere else.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TZ"] = "Europe/Paris"
time.tzset()

from PySide6.QtCore import QEventLoop, QMimeData, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QWidget

from app.cli import demo
from ui.app import build_window, follow_colour_scheme
from ui.case.page import CasePage
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.export.wizard import FINISH, REVIEW, ExportWizard
from ui.settings.preferences import Preferences
from ui.window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
PASSPHRASE = "la marée monte ; personne ne lira rien 1848"


def wait_until(done: Callable[[], bool], seconds: float = 60) -> None:
    """Turn the event loop until ``done()`` or the time is up."""
    deadline = time.monotonic() + seconds
    while not done():
        if time.monotonic() > deadline:
            raise SystemExit("screenshots: the window did not get there in time")
        loop = QEventLoop()
        QTimer.singleShot(50, loop.quit)
        loop.exec()


def settle(ms: int = 400) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def save(widget: QWidget, name: str) -> None:
    settle()
    widget.grab().save(str(OUT / f"{name}.png"))
    print(f"docs/screenshots/{name}.png", file=sys.stderr)


def drop_corpus(page: CasePage, corpus: Path) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in sorted(corpus.iterdir()) if f.is_dir()])
    point, action = page.rect().center(), Qt.DropAction.CopyAction
    for event in (QDragEnterEvent(point, action, mime, Qt.MouseButton.LeftButton,
                                  Qt.KeyboardModifier.NoModifier),
                  QDropEvent(point.toPointF(), action, mime, Qt.MouseButton.LeftButton,
                             Qt.KeyboardModifier.NoModifier)):
        QApplication.sendEvent(page, event)


def select(page: CasePage, name: str) -> int:
    model = page.view.model
    [item_id] = [model.row_data(r).id for r in range(model.rowCount())
                 if model.row_data(r).name == name]
    page.view.select_item(item_id)
    wait_until(lambda: page.editor.item_id == item_id)
    return item_id


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix="dossier-shots-"))
    app = QApplication(sys.argv[:1])
    app.setStyle("Fusion")
    follow_colour_scheme(app)
    translations = Translations()
    translations.apply("fr")
    service = VaultService()
    preferences = Preferences(QSettings(str(scratch / "settings.ini"),
                                        QSettings.Format.IniFormat))
    window = build_window(service, scratch / "dossier.dossier", preferences, translations)
    page = window.case_page
    assert isinstance(page, CasePage)
    window.resize(1440, 860)
    window.show()
    try:
        take_all(window, page, scratch)
        take_timeline(window, page, scratch)
    finally:
        service.shutdown()
    return 0


def take_all(window: MainWindow, page: CasePage, scratch: Path) -> None:
    create = window.access.create_form
    create.first.setText(PASSPHRASE)
    create.second.setText(PASSPHRASE)
    save(window, "1-creer-le-coffre")
    create.create_button.click()
    wait_until(lambda: window.is_unlocked)
    sys.path.insert(0, str(ROOT))  # the project's own sample evidence, tests/samples/
    from tests.samples.corpus import write_corpus

    drop_corpus(page, write_corpus(Path(tempfile.mkdtemp(prefix="dossier-corpus-"))))
    wait_until(lambda: not page.flow.busy and page.view.model.rowCount() > 30)
    save(page.import_dialog, "2-import")
    page.import_dialog.hide()
    select(page, "photo_parking.jpg")
    save(window, "3-photo-avec-position")
    select(page, "menace_2026-11-04.eml")
    save(window, "4-e-mail")
    page.view.detail_pane.tabs.setCurrentIndex(1)
    save(window, "5-decrire")
    dialog = page.incidents.new_incident([page.editor.item_id])
    dialog.title.setText("Menace reçue par e-mail")
    dialog.description.setPlainText("Il écrit qu'il sait où je travaille.")
    save(dialog, "6-incident")
    dialog.accept()
    take_export(window, scratch)
    window.lock()
    wait_until(lambda: not window.is_unlocked)
    save(window, "7-verrouille")


def take_export(window: MainWindow, scratch: Path) -> None:
    """The export wizard for an avocat, its last page, and three pages of the report."""
    window.action_export.trigger()
    wizard = window.findChild(ExportWizard)
    wait_until(lambda: wizard.plan is not None)
    wizard.filer_page.name.setText("Camille Martin")
    save(wizard, "9-export")
    while wizard.currentId() < REVIEW:
        wait_until(wizard.currentPage().isComplete)
        wizard.next()
    wizard.review_page.place.setText(str(scratch / "Dossier-avocat"))
    wait_until(wizard.review_page.isComplete)
    wizard.next()
    wait_until(lambda: wizard.currentId() == FINISH, seconds=120)
    save(wizard, "10-export-termine")
    wizard.accept()
    report = scratch / "Dossier-avocat" / "Rapport.pdf"
    for page, name in ((1, "11-rapport-couverture"), (5, "12-rapport-bordereau")):
        subprocess.run(["pdftoppm", "-png", "-r", "70", "-singlefile", "-f", str(page),
                        "-l", str(page), str(report), str(OUT / name)], check=True)


def take_timeline(window: MainWindow, page: CasePage, scratch: Path) -> None:
    """The timeline of the demo case: 18 months, bursts, escalation."""
    path = scratch / "demo.dossier"
    demo.create(path, PASSPHRASE, items=20_000)
    window.access.set_path(path)
    window.access.unlock_form.field.setText(PASSPHRASE)
    window.access.unlock_form.unlock.click()
    wait_until(lambda: window.is_unlocked)
    page.tabs.setCurrentWidget(page.timeline)
    wait_until(lambda: page.timeline.statistics.statistics is not None)
    save(window, "8-chronologie")


if __name__ == "__main__":
    raise SystemExit(main())
