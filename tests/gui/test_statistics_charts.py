"""Pointing at a bar of a statistics chart says which period it is and how many acts."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from ui.timeline.statistics_charts import BarChart


def test_pointing_at_a_bar_shows_its_label_and_count(qtbot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_values([("week 45", 3), ("week 46", 7)], tip="Acts in %1")
    chart.resize(chart.sizeHint())
    chart.show()
    qtbot.waitExposed(chart)
    line = chart.fontMetrics().height()
    second_bar = QPoint(int(line * 2.5), chart.height() // 2)  # bars are two lines wide at most
    event = QHelpEvent(QEvent.Type.ToolTip, second_bar, chart.mapToGlobal(second_bar))
    assert QApplication.sendEvent(chart, event)
    assert QToolTip.text() == "Acts in week 46: 7"
    QToolTip.hideText()
