"""The victim's replies and the role of an item in the window: drawn differently on the
timeline, said in its card, chosen in the Describe form (issue 13)."""

from __future__ import annotations

from PySide6.QtGui import QColor

from app.case import evidence
from app.vault import custody
from tests.gui.test_editors import ask as ask_editor
from tests.gui.test_editors import british_dates, case, editor  # noqa: F401 - fixtures
from tests.gui.test_timeline import (  # noqa: F401 - fixtures
    colour_near,
    french,
    lane_centre,
    lane_number,
    open_page,
    prepared,
    service,
    show_around,
)
from ui.timeline.painter import REPLY_COLOUR, lane_colour
from ui.timeline.preview import item_lines


def _event(page, title: str):
    return next(e for e in page.view.index.events if e.title == title)


def test_a_reply_is_drawn_as_a_ring_and_an_act_filled(qtbot, service, prepared) -> None:
    page = open_page(qtbot, service, prepared.corpus)
    view = page.view
    reply, act = _event(page, "Arrête de m'écrire."), _event(page, "<Médias omis>")
    show_around(view, reply.start, 20 * 60)
    image = view.render_image(ratio=1.0)
    y = lane_centre(view, "WhatsApp")
    ring, lane = QColor(REPLY_COLOUR), lane_colour(lane_number(view, "WhatsApp"))
    radius = view._painter.radius  # where the ring is drawn
    assert colour_near(image, view.plot_x(reply.start) + radius, y, ring)
    assert not colour_near(image, view.plot_x(reply.start), y, lane, reach=1)
    assert colour_near(image, view.plot_x(act.start), y, lane, reach=1)
    assert not colour_near(image, view.plot_x(act.start) + radius, y, ring)
    assert "Your reply: not counted as an act." in item_lines(reply)
    assert not any("not counted" in line for line in item_lines(act))


def test_the_role_combo_changes_the_role_and_logs_it(qtbot, editor, case) -> None:
    service, _, items = case
    receipt = items[2]  # the platform's acknowledgement of her report
    editor.show_item(receipt)
    qtbot.waitUntil(lambda: editor.isEnabled() and editor.role.currentData() == "step")
    assert editor.role.currentText() == "A step I took (a report, a complaint)"
    assert not editor.save_button.isEnabled()
    editor.role.setCurrentIndex(editor.role.findData("act"))
    assert editor.save_button.isEnabled()
    with qtbot.waitSignal(editor.changed):
        editor.save()
    item = ask_editor(qtbot, service, lambda vault, task: evidence.get(vault.db, receipt))
    assert (item.role, item.role_set, item.counts_as_act) == ("act", True, True)
    log = ask_editor(qtbot, service, lambda vault, task: custody.entries(vault.db, receipt))
    assert [(e.details["before"], e.details["after"]) for e in log
            if e.action == custody.EDITED and e.details["field"] == "role"] == [("step", "act")]
    assert editor.role.currentData() == "act" and not editor.save_button.isEnabled()
