"""The user's preferences, in one typed registry over QSettings (as Picard's options.py).

Only choices about the app live here: the language, where the vault is, when to lock,
the disguise, where backups go.
Never an evidence name, a path to evidence, or anything typed into a case. Window
geometry is kept apart, in its own group, so that resetting one never touches the other.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Dossier"
APPLICATION = "Dossier"
LANGUAGES = ("", "fr", "en")  # "" follows the system

T = TypeVar("T", str, int)


class Option(Generic[T]):
    """One preference: its key, its type, its default and, if it has them, its choices.

    A stored value of the wrong type or outside the choices reads as the default, so a
    hand-edited or damaged settings file can never put the app in an unknown state."""

    kind: type[T]
    default: T
    choices: tuple[T, ...] | None

    def __init__(self, key: str, kind: type[T], default: T,
                 choices: tuple[T, ...] | None = None, minimum: int | None = None,
                 formerly: str | None = None) -> None:
        self.key, self.kind, self.default = key, kind, default
        self.choices, self.minimum, self.formerly = choices, minimum, formerly

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, preferences: Preferences | None, owner: type) -> Any:
        if preferences is None:
            return self
        settings = preferences.settings
        raw: Any  # QSettings: untyped
        if not settings.contains(self.key) and self.formerly and settings.contains(self.formerly):
            raw = settings.value(self.formerly)
        else:
            raw = settings.value(self.key, self.default)
        try:
            value = self.kind(raw)
        except (TypeError, ValueError):
            return self.default
        return value if self._valid(value) else self.default

    def __set__(self, preferences: Preferences, value: T) -> None:
        if not isinstance(value, self.kind) or not self._valid(value):
            raise ValueError(f"{self.name} cannot be {value!r}")
        preferences.settings.setValue(self.key, value)
        if self.formerly:
            preferences.settings.remove(self.formerly)

    def _valid(self, value: T) -> bool:
        if self.choices is not None and value not in self.choices:
            return False
        # Only whole-number options have a minimum.
        return self.minimum is None or (isinstance(value, int) and value >= self.minimum)


class Preferences:
    """The preferences, read and written through typed attributes.

    ``Preferences()`` uses the user's settings; tests and portable installs pass
    ``Preferences.at(file)`` so that nothing is written elsewhere."""

    # Not "general/": Qt's INI format writes that group as [%General] and reads it back as
    # "General/", so a vault kept elsewhere and the language were forgotten at each restart.
    # What earlier versions wrote there is still read, once, until it is set again.
    language = Option("app/language", str, "", choices=LANGUAGES, formerly="General/language")
    vault_path = Option("app/vault_path", str, "", formerly="General/vault_path")
    idle_lock_minutes = Option("security/idle_lock_minutes", int, 5, minimum=0)  # 0: never
    # The neutral name the app goes by ("" for none): the choice only, nothing about why.
    disguise = Option("privacy/disguise", str, "")
    # Where backups go by themselves (a USB stick, typically); "" for none. A place for
    # copies of the vault, never a place of evidence.
    backup_folder = Option("backup/folder", str, "")

    def __init__(self, settings: QSettings | None = None) -> None:
        self.settings = settings or QSettings(ORGANISATION, APPLICATION)

    @classmethod
    def at(cls, file: Path) -> Preferences:
        """Preferences kept in one INI file of the caller's choosing."""
        return cls(QSettings(str(file), QSettings.Format.IniFormat))

    @property
    def geometry(self) -> WindowGeometry:
        return WindowGeometry(self.settings)

    def sync(self) -> None:
        self.settings.sync()


class WindowGeometry:
    """Where windows were and how big, kept in their own group of the same file."""

    GROUP = "geometry"

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings

    def load(self, window: str) -> QByteArray | None:
        value = self.settings.value(f"{self.GROUP}/{window}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def save(self, window: str, state: QByteArray) -> None:
        self.settings.setValue(f"{self.GROUP}/{window}", state)
