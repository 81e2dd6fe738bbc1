"""The recovery sheet: the recovery key, what it is, and where to keep it, in French or
English, as a text file (``dossier recovery-key``) and as the window's printable page.

The person may be in danger from someone who shares her home, so the sheet says plainly
that whoever holds it can open the vault, and that keeping none is a choice too.
"""

from __future__ import annotations

import os
import re
import textwrap
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.common import errors
from app.vault.recovery_key import RecoveryKey
from app.vault.recovery_shares import SHARES, Share

LANGUAGES = ("fr", "en")
NBSP = "\u00a0"

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Clé de secours du coffre", "Vault recovery key"),
    "vault": (f"Coffre{NBSP}: {{name}}", "Vault: {name}"),
    "made": (f"Créée le{NBSP}: {{when}}", "Made on: {when}"),
    "what": (
        ("C’est une deuxième clé de votre coffre Dossier. Si vous oubliez votre phrase de "
        "passe, elle vous permet d’en choisir une nouvelle : dans la fenêtre, « Phrase de "
        "passe oubliée ? » sur l’écran de déverrouillage ; dans un terminal, "
        "dossier passwd --recovery."),
        ("This is a second key to your Dossier vault. If you forget your passphrase, it lets "
        "you choose a new one: in the window, “Forgot your passphrase?” on the unlock "
        "screen; in a terminal, dossier passwd --recovery.")),
    "danger": (
        ("Quiconque détient cette clé peut ouvrir le coffre et tout y lire, sans votre "
        "phrase de passe."),
        ("Whoever holds this key can open the vault and read everything in it, without your "
        "passphrase.")),
    "where": (
        ("Gardez-la loin de chez vous : chez une personne de confiance, chez votre avocat "
        "ou dans un lieu sûr, jamais à côté de l’ordinateur. Si une personne qui vous veut "
        "du mal risque de la trouver, il est plus sûr de ne pas en garder."),
        ("Keep it away from home: with someone you trust, at your lawyer’s, or in a safe "
        "place, never next to the computer. If someone who means you harm might find it, "
        "it is safer to keep none.")),
    "share_title": ("Clé de secours du coffre — part {number} sur {total}",
                    "Vault recovery key — share {number} of {total}"),
    "share_what": (
        ("C’est une des {total} parts de la clé de secours de votre coffre Dossier. Deux "
         "parts différentes, tapées l’une après l’autre, ouvrent le coffre si vous oubliez "
         "votre phrase de passe (« Phrase de passe oubliée ? » dans la fenêtre, ou "
         "dossier passwd --recovery). Une part seule ne révèle rien de la clé."),
        ("This is one of {total} shares of your Dossier vault’s recovery key. Any two "
         "different shares, typed one after the other, open the vault if you forget your "
         "passphrase (“Forgot your passphrase?” in the window, or dossier passwd "
         "--recovery). One share alone tells nothing of the key.")),
    "share_where": (
        ("Confiez chaque part à une personne ou à un lieu différent : une personne de "
         "confiance, votre avocat, un lieu sûr. Deux personnes qui réunissent leurs parts "
         "peuvent ouvrir le coffre : choisissez-les en conséquence."),
        ("Give each share to a different person or place: someone you trust, your lawyer, "
         "a safe place. Two holders who put their shares together can open the vault: "
         "choose them with that in mind.")),
    "revoke": (
        ("Créer une nouvelle clé de secours annule celle-ci. Les sauvegardes ne s’ouvrent "
        "pas avec elle : elles s’ouvrent avec la phrase de passe qu’avait le coffre quand "
        "elles ont été faites."),
        ("Making a new recovery key cancels this one. Backups do not open with it: they open "
        "with the passphrase the vault had when they were made.")),
}


@dataclass(frozen=True)
class Sheet:
    """The sheet's parts, for the text file and the printable page alike."""

    title: str
    facts: list[str]
    key: str
    paragraphs: list[str]


def compose(key: RecoveryKey | Share, vault_name: str, made: datetime,
            language: str) -> Sheet:
    """The sheet of the key, or of one of its shares."""
    column = LANGUAGES.index(language)
    say = {name: _spaced(pair[column], language) for name, pair in WORDS.items()}
    when = made.strftime("%d/%m/%Y %H:%M %Z" if language == "fr" else "%Y-%m-%d %H:%M %Z")
    facts = [say["vault"].format(name=vault_name), say["made"].format(when=when)]
    if isinstance(key, Share):
        return Sheet(say["share_title"].format(number=key.number, total=SHARES), facts,
                     str(key), [say["share_what"].format(total=SHARES), say["share_where"],
                                say["revoke"]])
    return Sheet(say["title"], facts, str(key),
                 [say["what"], say["danger"], say["where"], say["revoke"]])


def _spaced(text: str, language: str) -> str:
    """French typography: a no-break space before : ; ? ! and inside « »."""
    if language != "fr":
        return text
    return re.sub(r" ([:;?!»])", NBSP + r"\1", text).replace("« ", "«" + NBSP)


def as_text(sheet: Sheet) -> str:
    lines = [sheet.title, "=" * len(sheet.title), "", *sheet.facts, "", f"    {sheet.key}", ""]
    for paragraph in sheet.paragraphs:
        lines += [*textwrap.wrap(paragraph, 78, break_on_hyphens=False), ""]
    return "\n".join(lines)


def reserve(path: Path) -> None:
    """Claim ``path`` for the sheet (owner-only, never over an existing file) before the
    key is made, so that a key is never made that could not be written down."""
    with errors.os_errors():
        if path.exists():
            raise errors.UsageError(f"{path} already exists; choose another name.")
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def write_text(path: Path, sheet: Sheet) -> None:
    with errors.os_errors(), open(path, "w", encoding="utf-8") as file:
        file.write(as_text(sheet))
        file.flush()
        os.fsync(file.fileno())

