"""The incident dialog's offence picker: none chosen by default, the texts shown with each
offence, the choice carried in the draft the panel saves."""

from __future__ import annotations

from app.case.incident_actions import IncidentDraft
from ui.incidents.incident_dialog import IncidentDialog


def test_no_offence_is_assumed_for_a_new_incident(qtbot) -> None:
    dialog = IncidentDialog(None, [], [])
    qtbot.addWidget(dialog)
    assert dialog.qualification.currentIndex() == 0
    assert dialog.qualification.currentText() == ("Not chosen: the prosecutor will qualify "
                                                  "the facts")
    assert dialog.draft().qualification == ""


def test_the_offence_chosen_is_shown_with_its_texts_and_kept(qtbot) -> None:
    draft = IncidentDraft(7, "Menace", occurred_at="2026-11-04T23:12:00+01:00",
                          qualification="menaces")
    dialog = IncidentDialog(draft, [], [], linked_items=1)
    qtbot.addWidget(dialog)
    assert dialog.qualification.currentText() == (
        "Threats (articles 222-17 et 222-18 du Code pénal)")
    assert dialog.draft().qualification == "menaces"
    dialog.qualification.setCurrentIndex(dialog.qualification.findData("injure-non-publique"))
    assert dialog.qualification.currentText() == (
        "Private insult (article R. 621-2 du Code pénal)")
    assert dialog.draft().qualification == "injure-non-publique"
    dialog.show()
    dialog.grab().save("/tmp/l/incident_dialog.png")
