"""``dossier recovery-key`` and ``dossier passwd --recovery``: the forgotten passphrase story,
end to end, and a wrong key that changes nothing."""

from __future__ import annotations

import hashlib
import re
import shutil
import stat
from pathlib import Path

from app.vault import attempts, keyring
from tests.cli.conftest import PASSPHRASE, Dossier

NEW = "une phrase toute neuve, enfin"


def _key_on(sheet: Path) -> str:
    [key] = re.findall(r"(?:[0-9A-Z]{5}-){5}[0-9A-Z]{5}", sheet.read_text(encoding="utf-8"))
    return key


def _state(dossier: Dossier) -> tuple[bytes, bytes]:
    return (hashlib.sha256(dossier.vault.read_bytes()).digest(),
            keyring.file_for(dossier.vault).read_bytes())


def test_forgotten_passphrase_is_replaced_with_the_recovery_key(
        dossier: Dossier, tmp_path: Path) -> None:
    evidence = _texts(tmp_path / "evidence")
    assert dossier("import", evidence).code == 0
    sheet = tmp_path / "recovery.txt"
    made = dossier("recovery-key", "--out", sheet, "--lang", "en")
    assert made.code == 0, made.err
    assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    text = sheet.read_text(encoding="utf-8")
    assert "Whoever holds this key can open the vault" in text
    assert "away from home" in text
    assert "case.dossier" in text
    key = _key_on(sheet)
    assert key not in made.out + made.err  # only on the sheet

    forgot = {"DOSSIER_PASSPHRASE": "", "DOSSIER_RECOVERY_KEY": key.lower(),
              "DOSSIER_NEW_PASSPHRASE": NEW}
    recovered = dossier("passwd", "--recovery", env=forgot)
    assert recovered.code == 0, recovered.err
    assert dossier("check").code == 1  # the old passphrase opens it no more
    assert dossier("list", env={"DOSSIER_PASSPHRASE": PASSPHRASE}).code == 1
    checked = dossier("check", env={"DOSSIER_PASSPHRASE": NEW})
    assert checked.code == 0, checked.err
    assert "5 items" in checked.out
    log = dossier("log", "--json", env={"DOSSIER_PASSPHRASE": NEW}).lines()
    assert [e["action"] for e in log if "recover" in e["action"]] == [
        "recovery_key_made", "recovered_with_key"]


def _texts(folder: Path) -> Path:
    folder.mkdir()
    for number in range(5):
        (folder / f"note-{number}.txt").write_text(f"Message {number} reçu ce jour.\n")
    return folder


def test_a_wrong_or_mistyped_recovery_key_is_one_line_exit_1_and_changes_nothing(
        dossier: Dossier, tmp_path: Path) -> None:
    sheet = tmp_path / "recovery.txt"
    assert dossier("recovery-key", "--out", sheet).code == 0
    key = _key_on(sheet)
    before = _state(dossier)
    other = tmp_path / "other.dossier"
    shutil.copy(dossier.vault, other)
    shutil.copy(keyring.file_for(dossier.vault), keyring.file_for(other))
    assert dossier("--vault", other, "recovery-key", "--out", tmp_path / "other.txt").code == 0
    wrong = _key_on(tmp_path / "other.txt")  # a real key, of another copy

    refused = dossier("passwd", "--recovery", env={
        "DOSSIER_RECOVERY_KEY": wrong, "DOSSIER_NEW_PASSPHRASE": NEW})
    assert refused.code == 1
    assert refused.err.count("\n") == 1
    assert "does not open the vault" in refused.err
    typo = key[:3] + ("Z" if key[3] != "Z" else "Y") + key[4:]
    mistyped = dossier("passwd", "--recovery", env={
        "DOSSIER_RECOVERY_KEY": typo, "DOSSIER_NEW_PASSPHRASE": NEW})
    assert mistyped.code == 1
    assert "typing mistake" in mistyped.err
    assert _state(dossier) == before
    assert dossier("check").code == 0  # the passphrase still opens it
    log = dossier("log", "--json").lines()
    [failed] = [e for e in log if e["action"] == "failed_unlocks"]
    assert failed["details"]["count"] == 1  # the wrong key counted; the typo tried nothing


def test_a_new_recovery_key_revokes_the_former_one(dossier: Dossier, tmp_path: Path) -> None:
    assert dossier("recovery-key", "--out", tmp_path / "first.txt").code == 0
    assert dossier("recovery-key", "--out", tmp_path / "first.txt").code == 2  # no overwrite
    assert dossier("recovery-key", "--out", tmp_path / "second.txt", "--json").lines() == [
        {"sheets": [str(tmp_path / "second.txt")], "revoked_former_key": True}]
    first = dossier("passwd", "--recovery", env={
        "DOSSIER_RECOVERY_KEY": _key_on(tmp_path / "first.txt"), "DOSSIER_NEW_PASSPHRASE": NEW})
    assert first.code == 1


def test_the_sheet_speaks_french(dossier: Dossier, tmp_path: Path) -> None:
    assert dossier("recovery-key", "--out", tmp_path / "cle.txt", "--lang", "fr").code == 0
    text = (tmp_path / "cle.txt").read_text(encoding="utf-8")
    assert "Quiconque détient cette clé peut ouvrir le coffre" in text
    assert "loin de chez vous" in text
    assert "\u00a0:" in text


def test_a_passphrase_change_is_a_rewrap_and_new_master_key_re_encrypts(
        dossier: Dossier, tmp_path: Path) -> None:
    vault_bytes, _ring = _state(dossier)
    changed = dossier("passwd", "--side-copies", "keep", env={"DOSSIER_NEW_PASSPHRASE": NEW})
    assert changed.code == 0, changed.err
    assert dossier("check", env={"DOSSIER_PASSPHRASE": NEW}).code == 0
    head = dossier.vault.read_bytes()[:16]
    renewed = dossier("passwd", "--new-master-key", env={
        "DOSSIER_PASSPHRASE": NEW, "DOSSIER_NEW_PASSPHRASE": PASSPHRASE})
    assert renewed.code == 0, renewed.err
    assert "recovery key no longer works" in renewed.err
    assert dossier.vault.read_bytes()[:16] != head  # a new salt with the new master key
    assert dossier("check").code == 0
    assert dossier("check", env={"DOSSIER_PASSPHRASE": NEW}).code == 1
    assert vault_bytes != _state(dossier)[0]


def test_a_missing_keyring_is_a_clear_error_naming_the_file(dossier: Dossier) -> None:
    keyring.file_for(dossier.vault).unlink()
    result = dossier("list")
    assert result.code == 1
    assert f"{dossier.vault}.keys is missing" in result.err


def test_a_vault_of_the_former_format_moves_to_a_keyring_at_its_next_unlock(
        dossier: Dossier, tmp_path: Path) -> None:
    assert dossier("import", _texts(tmp_path / "evidence")).code == 0
    old = tmp_path / "old.dossier"
    assert dossier("backup", old).code == 0  # a backup is a vault of the former format
    former_head = old.read_bytes()[:16]
    assert not keyring.file_for(old).exists()
    listed = dossier("--vault", old, "list", "--json")
    assert listed.code == 0, listed.err
    assert len(listed.lines()) == 5
    assert keyring.file_for(old).exists()
    assert old.read_bytes()[:16] != former_head
    checked = dossier("--vault", old, "check")
    assert checked.code == 0, checked.err
    assert "5 items" in checked.out
    sheet = tmp_path / "sheet.txt"  # and it can now have a recovery key
    assert dossier("--vault", old, "recovery-key", "--out", sheet).code == 0


def test_the_key_split_in_three_shares_any_two_recover(dossier: Dossier, tmp_path: Path) -> None:
    made = dossier("recovery-key", "--out", tmp_path / "part.txt", "--split", "3",
                   "--lang", "en")
    assert made.code == 0, made.err
    sheets = [tmp_path / f"part-{number}.txt" for number in (1, 2, 3)]
    shares = [_key_on(sheet) for sheet in sheets]
    assert [share[0] for share in shares] == ["1", "2", "3"]
    assert "share 2 of 3" in sheets[1].read_text(encoding="utf-8")
    assert all(stat.S_IMODE(sheet.stat().st_mode) == 0o600 for sheet in sheets)
    one = dossier("passwd", "--recovery", env={
        "DOSSIER_RECOVERY_KEY": shares[0], "DOSSIER_NEW_PASSPHRASE": NEW})
    assert one.code == 1
    assert "one share" in one.err
    assert not attempts.file_for(dossier.vault).exists()  # nothing was tried
    two = dossier("passwd", "--recovery", env={
        "DOSSIER_RECOVERY_KEY": f"{shares[2]}\n{shares[0]}", "DOSSIER_NEW_PASSPHRASE": NEW})
    assert two.code == 0, two.err
    assert dossier("check", env={"DOSSIER_PASSPHRASE": NEW}).code == 0
