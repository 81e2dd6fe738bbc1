"""The list of incidents, whose columns share a narrow side panel: the title, what the person
reads first, takes the room the others leave, and no other column may take more than its
share of the width, however long a "when" like "entre novembre 2025 et décembre 2025" is."""

from __future__ import annotations

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHeaderView, QTreeView, QWidget

from ui.incidents.incidents_model import IncidentsModel

# The most of the list's width each column but the title may take; the title keeps the rest.
SHARES = {IncidentsModel.COL_WHEN: 0.25, IncidentsModel.COL_PLATFORM: 0.12,
          IncidentsModel.COL_SEVERITY: 0.12, IncidentsModel.COL_ITEMS: 0.08}


class IncidentList(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.header().setStretchLastSection(False)

    def fit_columns(self) -> None:
        """Each column as wide as its words, within its share; the title takes the rest."""
        header = self.header()
        if header.count() <= max(SHARES):
            return  # no model yet: a header keeps no mode for sections it does not have
        for column in SHARES:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(IncidentsModel.COL_TITLE, QHeaderView.ResizeMode.Stretch)
        width = self.viewport().width()
        for column, share in SHARES.items():
            wanted = max(self.sizeHintForColumn(column), header.sectionSizeHint(column))
            header.resizeSection(column, min(wanted, int(width * share)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_columns()
