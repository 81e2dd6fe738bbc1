"""A banner above the window's pages: an icon, one plain message and a Dismiss button.
It stays until dismissed or the vault locks, so it cannot be missed behind a dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.common import icons


class Banner(QFrame):
    """``colours`` are the background, the border and icon, and the text."""

    def __init__(self, name: str, icon: str, colours: tuple[str, str, str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        background, accent, text = colours
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName(name)
        self.setStyleSheet(f"#{name} {{ background: {background}; border: 1px solid {accent}; "
                           f"border-radius: 4px; }} #{name} QLabel {{ color: {text}; }}")
        self.icon = QLabel()
        size = self.fontMetrics().height() * 2
        self.icon.setPixmap(icons.icon(icon, color=accent).pixmap(size, size))
        self.message = QLabel(wordWrap=True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.dismiss = QPushButton(icons.icon("fa6s.xmark", color=text), "")
        layout = QHBoxLayout(self)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.dismiss, 0, Qt.AlignmentFlag.AlignTop)
        self.dismiss.clicked.connect(self.hide)
        self.hide()

    def say(self, message: str) -> None:
        self.message.setText(message)
        self.setAccessibleName(message)
