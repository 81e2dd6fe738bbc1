"""E-mails: who wrote, to whom, when, from which internet address, through which
servers, what they said, and what came attached (each attachment is its own item).
"""

from __future__ import annotations

import html

import qtawesome as qta
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.importing.formats.base import EMAIL_HEADER
from ui.common.words import kind_text, moment_text, size_text
from ui.viewers.base import ItemContent, Viewer
from ui.viewers.text import ITEM_SCHEME, SafeBrowser, plain_view


def _value_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # headers are the sender's words: no markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


class OriginBox(QFrame):
    """The sender's internet address, set apart, with why it matters."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("origin")
        self.setStyleSheet("QFrame#origin { border: 1px solid palette(highlight);"
                           " border-radius: 4px; background: palette(alternate-base); }")
        self.address = _value_label(self)
        bold = QFont(self.font())
        bold.setBold(True)
        self.address.setFont(bold)
        self.why = QLabel(self)
        self.why.setWordWrap(True)
        icon = QLabel(self)
        size = self.fontMetrics().height()
        icon.setPixmap(qta.icon("fa6s.network-wired").pixmap(size, size))
        layout = QGridLayout(self)
        layout.addWidget(icon, 0, 0)
        layout.addWidget(self.address, 0, 1)
        layout.addWidget(self.why, 1, 1)
        layout.setColumnStretch(1, 1)


class EmailViewer(Viewer):
    """Headers, the sender's address, the route, the body and the attachments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers: dict[str, QLabel] = {}
        self._names: dict[str, QLabel] = {}
        form = self._headers_form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in ("from", "to", "cc", "subject", "date"):
            self._names[key], self.headers[key] = QLabel(self), _value_label(self)
            form.addRow(self._names[key], self.headers[key])
        # What the receiving servers concluded (SPF, DKIM, DMARC, ARC), as they wrote it.
        self._names["checks"], self.checks = QLabel(self), _value_label(self)
        form.addRow(self._names["checks"], self.checks)
        self.origin = OriginBox(self)
        self.route_button = QToolButton(self)
        self.route_button.setCheckable(True)
        self.route_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.route_button.setArrowType(Qt.ArrowType.RightArrow)
        self.route_button.setAutoRaise(True)
        self.route = plain_view(self, "")
        self.route.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.route.hide()
        self.route_button.toggled.connect(self._show_route)
        self.body = SafeBrowser(self)
        self.body.item_link.connect(self.item_requested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.origin)
        layout.addWidget(self.route_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.route)
        layout.addWidget(self.body, 1)
        self.retranslate()

    def retranslate(self) -> None:
        for key, name in (("from", self.tr("From:")), ("to", self.tr("To:")),
                          ("cc", self.tr("Copy to:")), ("subject", self.tr("Subject:")),
                          ("date", self.tr("Sent:"))):
            self._names[key].setText(name)
        self._names["checks"].setText(self.tr("Checked by the servers:"))
        self.origin.why.setText(self.tr(
            "The sender's e-mail provider can tell who was using this address at that "
            "moment. Quote it, with the date and time, in a complaint to that provider or "
            "to the police."))
        self.route.setAccessibleName(self.tr("Servers the e-mail went through"))
        self.body.setAccessibleName(self.tr("Message and attachments"))

    def show_content(self, content: ItemContent) -> None:
        for key, label in self.headers.items():
            label.setText(content.first(f"email.{key}"))
        if content.item.captured_at_source == EMAIL_HEADER:
            self.headers["date"].setText(moment_text(content.item.captured_at))
        for key, label in self.headers.items():
            self._hide_row(key, not label.text())
        self._show_checks(content)
        self._show_origin(content.first("email.originating_ip"),
                          content.first("email.ip_source"))
        self._show_hops(list(reversed(content.metadata("email.received"))))
        self.body.setHtml(self._body_html(content))

    def clear(self) -> None:
        for label in self.headers.values():
            label.clear()
        self.checks.clear()
        self.origin.address.clear()
        self.route.clear()
        self.route_button.setChecked(False)
        self.body.clear()

    def _show_checks(self, content: ItemContent) -> None:
        lines = [f"{name}: {value}" for name, key in (
            ("Authentication-Results", "email.authentication_results"),
            ("Received-SPF", "email.received_spf"), ("DKIM-Signature", "email.dkim"))
            for value in content.metadata(key)]
        lines += content.metadata("email.arc")  # each starts with its header's name
        self.checks.setText("\n".join(lines))
        self._headers_form.setRowVisible(self.checks, bool(lines))

    def _show_origin(self, address: str, header: str) -> None:
        text = self.tr("Sent from the internet address %1").replace("%1", address)
        if where := self._header_text(header):
            text = f"{text} ({where})"
        self.origin.address.setText(text)
        self.origin.setVisible(bool(address))

    def _header_text(self, header: str) -> str:
        """Which header named the address; "first relay" only for the first Received hop."""
        hop = header.removeprefix("received:")
        if header == "x-originating-ip":
            return self.tr("X-Originating-IP header")
        if header == "received:1":
            return self.tr("Received header, hop 1, the first relay")
        if header.startswith("received:") and hop.isdigit():
            return self.tr("Received header, hop %1").replace("%1", hop)
        return ""

    def _show_hops(self, hops: list[str]) -> None:
        """Hops in the order the e-mail travelled: from the sender's side to the inbox."""
        self.route_button.setText(self.tr("Servers it went through (%n)", "", len(hops)))
        self.route_button.setVisible(bool(hops))
        self.route_button.setChecked(False)
        self.route.setPlainText("\n\n".join(f"{number}. {hop}"
                                            for number, hop in enumerate(hops, 1)))

    def _show_route(self, shown: bool) -> None:
        self.route.setVisible(shown)
        self.route_button.setArrowType(Qt.ArrowType.DownArrow if shown
                                       else Qt.ArrowType.RightArrow)

    def _hide_row(self, key: str, hidden: bool) -> None:
        self._headers_form.setRowVisible(self.headers[key], not hidden)

    def _body_html(self, content: ItemContent) -> str:
        parts = ""
        if content.parts:
            links = "".join(
                f'<li><a href="{ITEM_SCHEME}:{part.id}">{html.escape(part.name)}</a> '
                f"— {html.escape(kind_text(part.kind))}, {html.escape(size_text(part.size))}"
                "</li>" for part in content.parts)
            title = html.escape(self.tr("Attached (click to see it):"))
            parts = f"<p><b>{title}</b></p><ul>{links}</ul><hr/>"
        body = html.escape(content.details.text) or html.escape(
            self.tr("This e-mail has no text."))
        return f'{parts}<div style="white-space: pre-wrap">{body}</div>'
