"""Playing a recording or a video from the vault's bytes, never from a file.

The original is handed to Qt Multimedia through a QBuffer held in memory
(``QMediaPlayer.setSourceDevice``), so no plaintext copy is ever written to a temporary
folder, where it would outlive the session. A system without Qt Multimedia's libraries
(on Linux, libpulse) still shows the facts of the item; it only cannot play it, and says so.
"""

from __future__ import annotations

import importlib
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

import qtawesome as qta
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt, QUrl, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from PySide6.QtMultimedia import QMediaPlayer
    from PySide6.QtMultimediaWidgets import QVideoWidget

# What the player is told the stream is called: a neutral name, so that no evidence name
# reaches the media framework's own messages.
NEUTRAL_NAME = QUrl("dossier-item")


@cache
def multimedia() -> tuple[ModuleType, ModuleType] | None:
    """Qt Multimedia and its widgets, loaded at the first Play (loading it probes the
    sound system); None where its system libraries are missing."""
    try:
        return (importlib.import_module("PySide6.QtMultimedia"),
                importlib.import_module("PySide6.QtMultimediaWidgets"))
    except ImportError:
        return None


class Player(QWidget):
    """Play / pause, where it is, and (for a video) the picture. ``unavailable`` says
    that this computer cannot play at all.

    The media engine starts at the first press of Play, not when an item is merely
    looked at: it opens the sound system, which is slow and, on some desktops, noisy."""

    unavailable = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.buffer = QBuffer(self)
        self.player: QMediaPlayer | None = None
        self.video: QVideoWidget | None = None
        self._with_picture = False
        self.play_button = QPushButton(qta.icon("fa6s.play"), "", self)
        self.play_button.clicked.connect(self.toggle)
        self.slider = QSlider(Qt.Orientation.Horizontal, self)
        self.slider.sliderMoved.connect(lambda ms: self.player and self.player.setPosition(ms))
        self.clock = QLabel(self)
        row = QHBoxLayout()
        for widget in (self.play_button, self.slider, self.clock):
            row.addWidget(widget, 1 if widget is self.slider else 0)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.addLayout(row)
        self.retranslate()

    def load(self, original: bytes, with_picture: bool) -> None:
        """Get ready to play ``original`` from memory."""
        self.clear()
        self._with_picture = with_picture
        self.buffer.setData(QByteArray(original))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)

    def toggle(self) -> None:
        engine = self._engine()
        if engine is None:
            self.unavailable.emit()
            return
        if engine.playbackState() == engine.PlaybackState.PlayingState:
            engine.pause()
            return
        if engine.sourceDevice() is None and self.buffer.isOpen():
            self._show_picture(engine)
            engine.setSourceDevice(self.buffer, NEUTRAL_NAME)
        engine.play()

    def _engine(self) -> QMediaPlayer | None:
        loaded = multimedia()
        if self.player is None and loaded is not None:
            media = loaded[0]
            self.player = media.QMediaPlayer(self)
            self.player.setAudioOutput(media.QAudioOutput(self.player))
            self.player.durationChanged.connect(lambda ms: self.slider.setRange(0, ms))
            self.player.positionChanged.connect(self._moved)
            self.player.playbackStateChanged.connect(lambda _state: self.retranslate())
        return self.player

    def _show_picture(self, engine: QMediaPlayer) -> None:
        loaded = multimedia()
        if self._with_picture and self.video is None and loaded is not None:
            self.video = loaded[1].QVideoWidget(self)
            self.video.setMinimumHeight(self.fontMetrics().height() * 10)
            self.column.insertWidget(0, self.video, 1)
        if self.video is not None:
            self.video.setVisible(self._with_picture)
            # Qt takes None for "no picture"; its stub does not say so.
            engine.setVideoOutput(self.video if self._with_picture else None)  # type: ignore[arg-type]

    def clear(self) -> None:
        """Stop, and let go of every byte."""
        if self.player is not None:
            self.player.stop()
            self.player.setSource(QUrl())  # (setSourceDevice(None) can hang after the end)
        self.buffer.close()
        self.buffer.setData(QByteArray())
        self.slider.setRange(0, 0)
        self._moved(0)

    def retranslate(self) -> None:
        playing = (self.player is not None and self.player.playbackState()
                   == self.player.PlaybackState.PlayingState)
        self.play_button.setText(self.tr("&Pause") if playing else self.tr("&Play"))
        self.play_button.setIcon(qta.icon("fa6s.pause" if playing else "fa6s.play"))
        self.slider.setAccessibleName(self.tr("Position in the recording"))

    def _moved(self, ms: int) -> None:
        if not self.slider.isSliderDown():
            self.slider.setValue(ms)
        length = self.player.duration() if self.player is not None else 0
        self.clock.setText(f"{_minutes(ms)} / {_minutes(length)}")


def _minutes(ms: int) -> str:
    seconds = max(0, ms) // 1000
    return f"{seconds // 60}:{seconds % 60:02d}"
