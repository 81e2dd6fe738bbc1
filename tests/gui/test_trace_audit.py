"""The trace audit: a scripted session in the window and on the command line, with HOME,
the XDG folders and TMPDIR inside a sandbox, must leave no evidence name or text anywhere
in it except inside the vault (issue #6, "No traces outside the vault").

The window runs in a child Python process started with the sandbox's environment, so
QSettings, QStandardPaths and platformdirs take their folders from it from the start.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from app.common import process
from app.vault.keys import KdfSettings
from app.vault.vault import Vault, default_path
from tests.conftest import CORPUS, ROOT
from ui.app import chosen_vault, follow_colour_scheme
from ui.case.page import CasePage
from ui.common.i18n import Translations
from ui.common.operations import VaultService
from ui.safety import clipboard
from ui.settings.preferences import APPLICATION, ORGANISATION, Preferences
from ui.window import MainWindow

NAME_CANARY = "canary-7f3a9"
TEXT_CANARY = "ocelotcanary5521"
PASSPHRASE = "la marée monte ; « Ombre » ne lira rien 1848"
FAST_KDF = KdfSettings(log2_n=10, r=8)
# The vault, its journal and its backups are the only places evidence may be.
VAULT_FILES = ("vault.dossier", "vault.dossier-journal")
CHILD = ("import sys; from tests.gui.test_trace_audit import gui_session; "
         "gui_session(*sys.argv[1:])")


def sandbox(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """A home of its own, with the XDG folders and TMPDIR inside it."""
    root = tmp_path / "sandbox"
    home = root / "home"
    folders = {"HOME": home, "XDG_CONFIG_HOME": home / ".config",
               "XDG_DATA_HOME": home / ".local" / "share", "XDG_CACHE_HOME": home / ".cache",
               "XDG_STATE_HOME": home / ".local" / "state", "TMPDIR": root / "tmp",
               "XDG_RUNTIME_DIR": root / "run"}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("DOSSIER_", "XDG_"))}
    env.update({key: str(value) for key, value in folders.items()})
    env.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
                "TZ": "Europe/Paris", "LANG": "fr_FR.UTF-8"})
    return root, env


def evidence(folder: Path) -> list[Path]:
    """A corpus screenshot and a note, both named with the canary, the note holding the
    text canary; kept outside the sandbox, as files on a USB stick would be."""
    folder.mkdir()
    picture = folder / f"{NAME_CANARY}.png"
    shutil.copyfile(CORPUS / "screenshots" / "Screenshot_20261105-143012_Instagram.png",
                    picture)
    note = folder / f"{NAME_CANARY}-note.txt"
    note.write_text(f"Il m'a encore écrit ce soir : {TEXT_CANARY}, puis il a appelé.\n",
                    encoding="utf-8")
    return [picture, note]


def test_a_whole_session_leaves_no_trace_outside_the_vault(tmp_path: Path) -> None:
    root, env = sandbox(tmp_path)
    picture, note = evidence(tmp_path / f"usb-{NAME_CANARY}")
    vault_folder = Path(env["XDG_DATA_HOME"]) / "Dossier"
    Vault.create(vault_folder / "vault.dossier", PASSPHRASE, kdf=FAST_KDF).close()

    window = subprocess.run(
        [sys.executable, "-X", "faulthandler", "-c", CHILD, str(picture), str(note)],
        cwd=ROOT, env=env, capture_output=True, timeout=300, check=False)
    assert window.returncode == 0, _without_qpa_noise(window.stderr.decode())

    cli_session(env, tmp_path, note)
    config = Path(env["XDG_CONFIG_HOME"])
    assert list(config.rglob("*.conf")), "the window saved no settings: the sandbox was unused"

    hits = scan(root, excluded=lambda path: path.parent == vault_folder and (
        path.name in VAULT_FILES or path.suffix == ".dossier"))
    assert hits == []


def test_the_scan_finds_a_planted_trace(tmp_path: Path) -> None:
    """The audit is only worth its zero if it would have seen a trace."""
    root, env = sandbox(tmp_path)
    cache = Path(env["XDG_CACHE_HOME"])
    (cache / "thumb.png").write_bytes(b"\x89PNG" + NAME_CANARY.upper().encode())
    (cache / "history.ini").write_bytes(TEXT_CANARY.encode("utf-16-le"))
    (cache / f"{NAME_CANARY}.tmp").write_bytes(b"")
    vault = Path(env["XDG_DATA_HOME"]) / "vault.dossier"
    vault.write_bytes(TEXT_CANARY.encode())
    assert sorted(scan(root, excluded=lambda path: path == vault)) == [
        "content: home/.cache/history.ini", "content: home/.cache/thumb.png",
        f"name: home/.cache/{NAME_CANARY}.tmp"]


def _without_qpa_noise(text: str) -> str:
    return "\n".join(line for line in text.splitlines()
                     if not line.startswith("This plugin does not support"))[-4000:]


def cli_session(env: dict[str, str], tmp_path: Path, note: Path) -> None:
    """Import, search, list, show, check, back up and export from the command line."""
    second = note.with_name(f"{NAME_CANARY}-cli.txt")
    second.write_text(f"Encore lui, {TEXT_CANARY}, le lendemain.\n", encoding="utf-8")
    env = {**env, "DOSSIER_PASSPHRASE": PASSPHRASE}

    def dossier(*args: str | Path) -> str:
        done = subprocess.run([sys.executable, "-m", "app", *map(str, args)], env=env,
                              cwd=ROOT, capture_output=True, timeout=300, check=False,
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 0, (args, done.stderr.decode())
        return done.stdout.decode()

    dossier("import", second, note)
    assert NAME_CANARY in dossier("search", TEXT_CANARY)
    assert NAME_CANARY in dossier("list")
    dossier("show", "1")
    dossier("check")
    dossier("backup", Path(env["XDG_DATA_HOME"]) / "Dossier" / "vault-backup.dossier")
    # The bundle is what the user asked to have outside: it goes out of the sandbox.
    dossier("export", "--out", tmp_path / "bundle")


def scan(root: Path, excluded: Callable[[Path], bool]) -> list[str]:
    """Every file or folder under ``root`` whose name or content holds a canary."""
    needles = [NAME_CANARY, TEXT_CANARY, "7f3a9"]
    encoded = [n.encode(codec) for n in needles for codec in ("utf-8", "utf-16-le")]
    hits = []
    for folder, folders, files in os.walk(root):
        for name in folders + files:
            path = Path(folder) / name
            if any(needle in name.lower() for needle in needles):
                hits.append(f"name: {path.relative_to(root)}")
            elif name in files and not path.is_symlink() and not excluded(path):
                data = path.read_bytes().lower()
                if any(needle in data for needle in encoded):
                    hits.append(f"content: {path.relative_to(root)}")
    return hits


# -- the window's part, run in the child process ---------------------------------------------


def gui_session(picture: str, note: str) -> None:
    """Unlock, import both files through the Import files… dialog, search the note's
    text, look at each item, copy, lock, fail one unlock, unlock, and quit."""
    process.harden()
    QApplication.setApplicationName(APPLICATION)
    QApplication.setOrganizationName(ORGANISATION)
    app = QApplication([sys.argv[0]])
    follow_colour_scheme(app)
    preferences = Preferences()
    Translations().apply(preferences.language)
    service = VaultService()
    window = MainWindow(service, chosen_vault(default_path(), preferences), preferences,
                        case_page_factory=lambda parent: CasePage(service, parent))
    window.case_page.attach(window)
    window.show()
    try:
        _drive(window, Path(picture), Path(note))
    finally:
        window.close()
        service.shutdown()
        # Widgets go before the application, as when run_app returns; left to the
        # interpreter's exit, they would be torn down in any order.
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.processEvents()


def _drive(window: MainWindow, picture: Path, note: Path) -> None:
    page = window.case_page
    _unlock(window, PASSPHRASE)
    imported: list[object] = []
    page.flow.finished.connect(imported.append)
    for count, path in enumerate((picture, note), start=1):
        _choose_in_file_dialog(path)
        window.action_import_files.trigger()
        _wait(lambda count=count: len(imported) == count)
    _wait(lambda: page.view.model.rowCount() == 2)
    for row in range(2):  # each shown in its viewer, with its thumbnail in the list
        item_id = page.view.model.row_data(row).id
        page.view.select_item(item_id)
        _wait(lambda item_id=item_id: page.view.detail_pane.current_item_id == item_id)
    page.view.filter_bar.search_box.setText(TEXT_CANARY)
    _wait(lambda: page.view.model.rowCount() == 1)
    clipboard.copy_text(TEXT_CANARY)
    window.action_lock.trigger()
    _wait(lambda: not window.service.is_unlocked)
    form = window.access.unlock_form
    form.field.setText("not the passphrase")
    form.unlock.click()
    _wait(form.error.isVisible)
    _unlock(window, PASSPHRASE)
    _wait(window.failed_unlocks.isVisible)
    QApplication.processEvents()


def _unlock(window: MainWindow, passphrase: str) -> None:
    opened: list[int] = []
    window.case_opened.connect(opened.append)
    window.access.unlock_form.field.setText(passphrase)
    window.access.unlock_form.unlock.click()
    _wait(lambda: bool(opened))


def _choose_in_file_dialog(path: Path) -> None:
    """Answer the next file dialog as a user would: go to the folder, pick the file."""
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(20, answer)
            return
        dialog.setDirectory(str(path.parent))
        dialog.selectFile(path.name)
        dialog.accept()
    QTimer.singleShot(0, answer)


def _wait(condition: Callable[[], bool], timeout: float = 60) -> None:
    end = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("the window did not get there in time")
        QApplication.processEvents()
        time.sleep(0.005)
