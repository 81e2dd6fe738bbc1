"""The access screen: creating the vault on first run, unlocking it on later runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication

from app.vault.keys import KdfSettings
from app.vault.vault import Vault
from ui.access.screen import CREATE, UNLOCK, AccessScreen
from ui.access.strength import StrengthMeter, estimate
from ui.common.operations import VaultService

STRONG = "loutre violette sous l'escalier"
FAST_KDF = KdfSettings(log2_n=10, r=8)


@pytest.fixture
def service():
    running = VaultService()
    yield running
    running.shutdown()


@pytest.fixture
def show(qtbot, service):
    """The access screen on ``path``, shown and active, as the user meets it. Screens are
    kept until qtbot closes them after the test: qtbot holds widgets only weakly, and a
    widget deleted by the garbage collector in mid-test is deleted outside Qt's loop."""
    kept: list[AccessScreen] = []

    def make(path: Path) -> AccessScreen:
        screen = AccessScreen(service, path)
        kept.append(screen)
        qtbot.addWidget(screen)
        screen.resize(800, 700)
        screen.show()
        qtbot.waitExposed(screen)
        screen.activateWindow()
        qtbot.waitUntil(screen.isActiveWindow)
        return screen
    yield make
    kept.clear()


@pytest.fixture
def existing(tmp_path: Path) -> Path:
    path = tmp_path / "case.dossier"
    Vault.create(path, STRONG, kdf=FAST_KDF).close()
    return path


def type_into(qtbot, field, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


# -- strength ----------------------------------------------------------------------------


@pytest.mark.parametrize(("passphrase", "score", "words"), [
    ("password", 0, "Very weak"),
    ("azerty12", 1, "Weak"),
    (STRONG, 4, "Strong"),
])
def test_the_meter_scores_in_plain_words(qtbot, passphrase: str, score: int, words: str) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    with qtbot.waitSignal(meter.changed) as changed:
        meter.set_passphrase(passphrase)
    assert changed.args == [score]
    assert meter.score == score
    assert meter.word.text() == words
    assert meter.bar.value() == score + 1


def test_the_meter_gives_advice_for_a_weak_passphrase_and_none_when_empty(qtbot) -> None:
    meter = StrengthMeter()
    qtbot.addWidget(meter)
    meter.set_passphrase("password")
    assert "common password" in meter.advice.text()
    meter.set_passphrase("")
    assert meter.word.text() == ""
    assert meter.advice.text() == ""
    assert meter.bar.value() == 0


def test_zxcvbn_limit_of_72_characters_is_no_error() -> None:
    assert estimate("mot de passe très long " * 10).score == 4


# -- create ------------------------------------------------------------------------------


def test_first_run_offers_to_create_the_vault_where_it_will_be(show, tmp_path: Path) -> None:
    path = tmp_path / "new" / "case.dossier"
    screen = show(path)
    form = screen.create_form
    assert screen.mode == CREATE
    assert screen.pages.currentWidget() is form
    assert form.location.text() == str(path)
    assert "nobody can open the vault again" in form.warning.text()
    assert screen.reassurance.text() == "Everything stays on this computer, encrypted."
    assert form.first.hasFocus()
    assert not form.create_button.isEnabled()


def test_a_weak_passphrase_cannot_protect_evidence(qtbot, show, tmp_path: Path) -> None:
    screen = show(tmp_path / "case.dossier")
    form = screen.create_form
    type_into(qtbot, form.first, "soleil")
    type_into(qtbot, form.second, "soleil")
    assert form.meter.score < 2
    assert not form.create_button.isEnabled()
    assert "too easy to guess" in form.hint.text()
    assert form.hint.isVisible()
    qtbot.keyClick(form.second, Qt.Key.Key_Return)
    assert not (tmp_path / "case.dossier").exists()


def test_two_different_passphrases_are_refused(qtbot, show, tmp_path: Path) -> None:
    screen = show(tmp_path / "case.dossier")
    form = screen.create_form
    type_into(qtbot, form.first, STRONG)
    type_into(qtbot, form.second, STRONG + "x")
    assert form.meter.score == 4
    assert not form.create_button.isEnabled()
    assert form.hint.text() == "The two passphrases are not the same."


def test_the_eye_shows_and_hides_the_passphrase(show, tmp_path: Path) -> None:
    screen = show(tmp_path / "case.dossier")
    field = screen.create_form.first
    assert field.echoMode() == field.EchoMode.Password
    field.reveal.trigger()
    assert field.echoMode() == field.EchoMode.Normal
    assert field.reveal.toolTip() == "Hide the passphrase"
    field.reveal.trigger()
    assert field.echoMode() == field.EchoMode.Password


def test_creating_the_vault_disables_input_then_opens_it(qtbot, show, service,
                                                         tmp_path: Path) -> None:
    path = tmp_path / "folder" / "case.dossier"
    screen = show(path)
    form = screen.create_form
    type_into(qtbot, form.first, STRONG)
    type_into(qtbot, form.second, STRONG)
    assert form.create_button.isEnabled()
    with qtbot.waitSignal(screen.opened, timeout=20_000):
        qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
        assert not screen.pages.isEnabled()
        assert screen.busy_bar.isVisible()
        assert screen.busy_label.text() == "Creating your encrypted vault…"
    assert path.exists()
    assert service.is_unlocked
    assert form.first.text() == ""
    assert form.second.text() == ""
    assert screen.mode == UNLOCK  # what a later lock will show


def test_a_failed_create_says_why_inline(qtbot, show, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_bytes(b"")
    screen = show(blocked / "case.dossier")
    form = screen.create_form
    type_into(qtbot, form.first, STRONG)
    type_into(qtbot, form.second, STRONG)
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(form.error.isVisible)
    assert form.error.text()
    assert "Traceback" not in form.error.text()
    assert screen.pages.isEnabled()


def test_choosing_an_existing_file_switches_to_unlock(show, tmp_path: Path,
                                                      existing: Path) -> None:
    screen = show(tmp_path / "elsewhere.dossier")
    screen.set_path(existing)
    assert screen.mode == UNLOCK
    assert screen.pages.currentWidget() is screen.unlock_form
    assert str(existing) in screen.unlock_form.location.text()


# -- unlock ------------------------------------------------------------------------------


def test_later_runs_ask_for_the_passphrase_only(show, existing: Path) -> None:
    screen = show(existing)
    form = screen.unlock_form
    assert screen.mode == UNLOCK
    assert screen.pages.currentWidget() is form
    assert form.heading.text() == "Unlock your vault"
    assert form.field.hasFocus()
    assert not form.unlock.isEnabled()
    assert form.other.text() == "&Open another vault file…"


def test_a_wrong_passphrase_shows_inline_then_the_field_is_wiped_and_focused(
        qtbot, show, existing: Path) -> None:
    screen = show(existing)
    form = screen.unlock_form
    type_into(qtbot, form.field, "not it")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    assert not form.field.isEnabled()
    assert not form.unlock.isEnabled()
    assert not form.other.isEnabled()
    assert screen.busy_bar.isVisible()
    qtbot.waitUntil(form.error.isVisible)
    assert form.error.text() == "Wrong passphrase: the vault could not be unlocked."
    assert form.field.text() == ""
    assert form.field.isEnabled()
    qtbot.waitUntil(form.field.hasFocus)
    assert not screen.busy_bar.isVisible()


def test_the_right_passphrase_opens_the_vault(qtbot, show, service, existing: Path) -> None:
    screen = show(existing)
    form = screen.unlock_form
    type_into(qtbot, form.field, "wrong")
    qtbot.keyClick(form.field, Qt.Key.Key_Return)
    qtbot.waitUntil(form.error.isVisible)
    type_into(qtbot, form.field, STRONG)
    with qtbot.waitSignal(screen.opened, timeout=10_000):
        qtbot.mouseClick(form.unlock, Qt.MouseButton.LeftButton)
    assert service.is_unlocked
    assert service.path == existing
    assert form.field.text() == ""
    assert not form.error.isVisible()


def test_reset_wipes_the_field_and_the_error(qtbot, show, existing: Path) -> None:
    screen = show(existing)
    form = screen.unlock_form
    form.failed("Wrong passphrase: the vault could not be unlocked.")
    type_into(qtbot, form.field, "half typed")
    screen.reset()
    assert form.field.text() == ""
    assert not form.error.isVisible()
    qtbot.waitUntil(form.field.hasFocus)


def test_texts_are_set_again_when_the_language_changes(show, existing: Path) -> None:
    screen = show(existing)
    screen.unlock_form.heading.setText("stale")
    screen.reassurance.setText("stale")
    QApplication.sendEvent(screen, QEvent(QEvent.Type.LanguageChange))
    assert screen.unlock_form.heading.text() == "Unlock your vault"
    assert screen.reassurance.text() == "Everything stays on this computer, encrypted."
