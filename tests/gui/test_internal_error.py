"""An error in Dossier's own code: a plain sentence in a message box, frames only on stderr
and only in debug mode, never what the code was holding."""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from app.common import debug
from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from ui.common.internal_error import InternalErrorNotice
from ui.common.operations import Task, VaultService

EVIDENCE_NAME = "voicemail-from-marc.m4a"
SECRET = "loutre violette sous l'escalier"


def _open_voicemail() -> None:
    passphrase = SECRET  # a local holding a secret, as real code would have
    raise ValueError(f"{EVIDENCE_NAME} could not be opened with {passphrase}")


@contextmanager
def installed(qtbot) -> Iterator[InternalErrorNotice]:
    """A window with the notice installed; the hooks pytest-qt had are put back after."""
    before = sys.excepthook, threading.excepthook
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    notice = InternalErrorNotice(window)
    notice.install()
    try:
        yield notice
    finally:
        sys.excepthook, threading.excepthook = before


def _shown(qtbot, notice: InternalErrorNotice) -> QMessageBox:
    qtbot.waitUntil(lambda: notice.box is not None and notice.box.isVisible())
    assert notice.box is not None
    return notice.box


def test_an_error_in_a_slot_is_a_plain_sentence_and_frames_in_debug_mode(
        qtbot, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(debug.ENVIRONMENT_VARIABLE, "1")
    with installed(qtbot) as notice:
        QTimer.singleShot(0, _open_voicemail)  # Qt hands the error to sys.excepthook
        box = _shown(qtbot, notice)
        said = box.text()
        box.button(QMessageBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: notice.box is None)
    err = capfd.readouterr().err
    assert said.startswith("Dossier ran into an internal error (ValueError).")
    for shown in (said, err):
        assert EVIDENCE_NAME not in shown
        assert SECRET not in shown
    assert "Traceback" not in said
    assert "dossier: Internal error in Dossier (ValueError)." in err
    raise_line = _open_voicemail.__code__.co_firstlineno + 2
    assert f"tests/gui/test_internal_error.py:{raise_line} in _open_voicemail" in err


def test_an_error_in_another_thread_is_shown_by_the_window(
        qtbot, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(debug.ENVIRONMENT_VARIABLE, raising=False)
    with installed(qtbot) as notice:
        worker = threading.Thread(target=_open_voicemail, name="reader")
        worker.start()
        worker.join()
        box = _shown(qtbot, notice)
        assert "(ValueError)" in box.text()
        assert box.parent() is notice.window
        box.close()
    err = capfd.readouterr().err
    assert err.splitlines() == ["dossier: Internal error in Dossier (ValueError)."]  # no frames


def test_errors_in_a_row_show_one_notice_at_a_time(qtbot,
                                                   capfd: pytest.CaptureFixture[str]) -> None:
    with installed(qtbot) as notice:
        for _ in range(3):
            QTimer.singleShot(0, _open_voicemail)
        first = _shown(qtbot, notice)
        qtbot.wait(50)
        boxes = [box for box in notice.window.findChildren(QMessageBox) if box.isVisible()]
        assert boxes == [first]
        first.close()
    assert capfd.readouterr().err.count("Internal error") == 3


def test_an_operation_that_fails_on_the_vault_worker_leaves_its_frames_in_debug_mode(
        qtbot, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    monkeypatch.setenv(debug.ENVIRONMENT_VARIABLE, "1")
    path = tmp_path / "vault.dossier"
    Vault.create(path, SECRET, kdf=KdfSettings(log2_n=10, r=8)).close()
    service = VaultService()
    try:
        with qtbot.waitCallback() as opened:
            service.unlock(path, SECRET, opened, pytest.fail)

        def read_voicemail(_vault: Vault, _task: Task[None]) -> None:
            _open_voicemail()
        with qtbot.waitCallback() as failed:
            service.run(read_voicemail, pytest.fail, failed)
    finally:
        service.shutdown()
    assert failed.args[0] == "Internal error in Dossier (ValueError)."
    err = capfd.readouterr().err
    assert " in read_voicemail" in err
    assert " in _open_voicemail" in err
    assert EVIDENCE_NAME not in err
    assert SECRET not in err
