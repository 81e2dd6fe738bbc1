"""File → Export: the wizard that turns a case into a bundle for an avocat, a police unit
or a platform's abuse desk.

Eight pages: recipient, scope, who is filing, summary, options, review, progress,
finish. The pages hold plain values; the wizard puts them together into the core's
``Options``, counts the exhibits on the vault worker while the user chooses, and runs
the export there. Addresses, the summary and the password are wiped when the wizard
closes, and no path is remembered. Kept in the case, inside the encrypted vault, by the
export that used them: her name and e-mail (a platform's notice requires them) and an
avocat's caption (court, RG number, parties), as the filing page says.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QWidget, QWizard

from app.case import caption, incidents, tags
from app.case.caption import Caption
from app.case.incidents import Incident
from app.case.tags import Tag
from app.common import dates
from app.export import exporting, full_exports, platform_items, remembered, summary
from app.export.options import CUSTOM, LAWYER, PLATFORM, Filer, Options, for_recipient
from app.export.plan import Plan
from app.vault.vault import Vault
from ui.common.i18n import core_text
from ui.common.operations import Task, VaultService
from ui.common.pickers import Choice
from ui.export.options import OptionsPage
from ui.export.pages import FilerPage, RecipientPage, SummaryPage
from ui.export.progress import FinishPage, ProgressPage
from ui.export.review import ReviewPage
from ui.export.scope import WHOLE, ScopePage
from ui.incidents.incident_dialog import when_text

RECIPIENT, SCOPE, FILER, SUMMARY, OPTIONS, REVIEW, PROGRESS, FINISH = range(8)
PREVIEW_DELAY_MS = 200  # ticking several tags in a row counts once


@dataclass(frozen=True)
class _Choices:
    """What the wizard offers, read from the case once it opens."""

    tags: list[Tag]
    incidents: list[Incident]
    platforms: list[str]  # the platforms its evidence names
    filer: Filer  # the name and e-mail the case remembers
    caption: Caption  # an avocat's bordereau caption the case remembers


class ExportWizard(QWizard):
    """Export one case. ``finished_result`` holds the core's ``Result`` once written."""

    previewed = Signal()  # a fresh count of exhibits and a suggested summary arrived
    exported = Signal(object)  # the Result

    def __init__(self, service: VaultService, case_id: int, case_name: str,
                 parent: QWidget | None = None,
                 selected_item_ids: Iterable[int] | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.service = service
        self.case_id = case_id
        self.case_name = case_name
        self.finished_result: exporting.Result | None = None
        self.plan: Plan | None = None  # the count for the current choices, once known
        self._export_task: Task[exporting.Progress] | None = None
        self._cancel_asked = False
        self._closed = False
        self._generation = 0  # answers to an older preview are dropped
        self._preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.recipient_page = RecipientPage()
        self.scope_page = ScopePage(case_id, frozenset(selected_item_ids or ()))
        self.filer_page = FilerPage()
        self.summary_page = SummaryPage()
        self.options_page = OptionsPage(case_name)
        self.review_page = ReviewPage()
        self.progress_page = ProgressPage()
        self.finish_page = FinishPage()
        self._add_pages()
        self._connect(parent)
        self._retranslate()
        self._recipient_changed(self.recipient_page.recipient())
        self._load_choices()

    # -- what the user chose --------------------------------------------------------------------

    def chosen_options(self) -> Options:
        """Every page's values, on top of the chosen recipient's preset."""
        recipient = self.recipient_page.recipient()
        chosen: dict[str, Any] = {
            "language": self.options_page.report_language(),
            "prefix": self.options_page.prefix_text(), "summary": self.summary_page.summary(),
            "filer": self.filer_page.filer(), "letter": self.filer_page.letter(),
            "include_personal": self.filer_page.include_personal(),
            "caption": self.filer_page.caption_box.caption() if recipient == LAWYER
            else Caption(),
            "as_zip": self.options_page.as_zip(),
            "include_originals": self.options_page.include_originals(),
            "include_full_exports": self.options_page.include_full_exports(),
            "pdf_password": self.options_page.pdf_password()}
        if recipient == CUSTOM:
            chosen["sections"] = self.options_page.chosen_sections()
        return for_recipient(self.scope_page.scope(), recipient, **chosen,
                             **self._platform_choice(recipient))

    def _platform_choice(self, recipient: str) -> dict[str, Any]:
        """Which platform, and her replies or not: only for a platform's bundle."""
        if recipient != PLATFORM:
            return {}
        return {"platform": self.recipient_page.chosen_platform(),
                "include_replies": self.recipient_page.include_replies()}

    def suggested_place(self, chosen: Options) -> Path:
        """A free name for the bundle in the user's documents (or home) folder."""
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
        name = exporting.default_name(chosen.recipient, chosen.language, chosen.as_zip,
                                      date.today())
        path, number = folder / name, 1
        while path.exists() or path.is_symlink():
            number += 1
            stem, suffix = (name[:-4], name[-4:]) if chosen.as_zip else (name, "")
            path = folder / f"{stem} ({number}){suffix}"
        return path

    # -- the pages ----------------------------------------------------------------------------

    def initializePage(self, page_id: int) -> None:
        super().initializePage(page_id)
        if page_id == REVIEW:
            chosen = self.chosen_options()
            self.review_page.show_plan(self.plan, chosen)
            self.review_page.suggest(self.suggested_place(chosen))
        elif page_id == PROGRESS:
            self._start_export()

    def cleanupPage(self, page_id: int) -> None:
        super().cleanupPage(page_id)
        if page_id == PROGRESS:  # back to the review after a failure: Export again
            self.review_page.setCommitPage(True)

    def _add_pages(self) -> None:
        pages = (self.recipient_page, self.scope_page, self.filer_page, self.summary_page,
                 self.options_page, self.review_page, self.progress_page, self.finish_page)
        for page_id, page in enumerate(pages):
            self.setPage(page_id, page)
        self.review_page.setCommitPage(True)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage)
        height = self.fontMetrics().height()
        self.setMinimumSize(height * 48, height * 39)

    def _connect(self, parent: QWidget | None) -> None:
        self.recipient_page.changed.connect(self._recipient_changed)
        self.recipient_page.platform_changed.connect(self._preview_soon)
        self.scope_page.changed.connect(self._preview_soon)
        self.options_page.changed.connect(self._preview_soon)
        self._preview_timer.timeout.connect(self._preview)
        # The window hides everything at once when it locks: the wizard goes with it.
        for signal in (getattr(parent, "locked", None), self.service.locked):
            if isinstance(signal, SignalInstance):
                signal.connect(self._vault_locked)

    def _recipient_changed(self, recipient: str) -> None:
        for page in (self.filer_page, self.summary_page, self.options_page):
            page.set_recipient(recipient)
        self._preview_soon()

    def _load_choices(self) -> None:
        case_id = self.case_id

        def load(vault: Vault, _task: Task[None]) -> _Choices:  # on the vault worker
            return _Choices(tags.all_tags(vault.db, case_id),
                            incidents.all_incidents(vault.db, case_id),
                            platform_items.platforms(vault.db, case_id),
                            remembered.filer(vault.db, case_id),
                            caption.load(vault.db, case_id))
        self.service.run(load, self._choices_loaded, self._preview_failed)

    def _choices_loaded(self, answer: _Choices) -> None:
        if self._closed:
            return
        found_tags, found_incidents = answer.tags, answer.incidents
        self.recipient_page.set_platforms(answer.platforms)
        self.filer_page.remember(answer.filer)
        self.filer_page.caption_box.offer(answer.caption)
        self.scope_page.set_choices(
            [Choice(tag.id, tag.name) for tag in found_tags],
            [Choice(i.id, i.title or self.tr("(no title)"),
                    when_text(i.precision, i.occurred_at, i.occurred_until))
             for i in found_incidents])

    # -- counting while the user chooses ------------------------------------------------------

    def _preview_soon(self) -> None:
        self._generation += 1
        self.plan = None
        if not self.scope_page.problem():
            self._preview_timer.start()

    def _preview(self) -> None:
        generation = self._generation
        # Only what the count and the suggested summary depend on: no personal details.
        recipient = self.recipient_page.recipient()
        wanted = for_recipient(self.scope_page.scope(), recipient,
                               language=self.options_page.report_language(),
                               **self._platform_choice(recipient))

        def preview(vault: Vault, _task: Task[None]) -> tuple[Plan, str]:  # on the vault worker
            plan = exporting.preview(vault.db, wanted)
            return plan, summary.prefill(plan)
        self.service.run(preview, lambda answer: self._previewed(generation, answer),
                         lambda message: self._preview_failed(message, generation))

    def _previewed(self, generation: int, answer: tuple[Plan, str]) -> None:
        if self._closed or generation != self._generation:
            return
        plan, suggested = answer
        self.plan = plan
        if self.scope_page.choice() == WHOLE:
            self._offer_date_range(plan)
        self.scope_page.show_count(len(plan.exhibits))
        self.options_page.offer_full_exports(any(full_exports.reason(part)
                                                 for part in plan.all_exhibits()))
        self.summary_page.offer(suggested, plan.options.language)
        if self.currentId() == REVIEW:
            self.review_page.show_plan(plan, self.chosen_options())
        self.previewed.emit()

    def _offer_date_range(self, plan: Plan) -> None:
        days = sorted(moment.date() for moment in (
            dates.from_iso(exhibit.item.captured_at) for exhibit in plan.exhibits) if moment)
        if days:
            self.scope_page.set_date_range(days[0], days[-1])

    def _preview_failed(self, message: object, generation: int | None = None) -> None:
        if self._closed or generation not in (None, self._generation):
            return
        self.scope_page.show_error(core_text(message))

    # -- the export -------------------------------------------------------------------------------

    def _start_export(self) -> None:
        chosen = self.chosen_options()
        destination = self.review_page.destination()
        assert destination is not None  # the review page is complete only with a place
        self._cancel_asked = False
        self.progress_page.setCommitPage(False)
        self.progress_page.begin()

        case_id = self.case_id

        def export(vault: Vault, task: Task[exporting.Progress]) -> exporting.Result:  # worker
            result = exporting.export(vault, chosen, destination, progress=task.report,
                                      cancelled=lambda: task.cancelled)
            if chosen.recipient == LAWYER:  # what she typed, for the case's next bordereau
                caption.remember(vault, case_id, chosen.caption)
            return result
        self._export_task = self.service.run(export, self._exported, self._export_failed,
                                             self._progressed)

    def is_exporting(self) -> bool:
        return self._export_task is not None

    def cancel_export(self) -> None:
        if self._export_task is not None:
            self._cancel_asked = True
            self.service.cancel(self._export_task)
            self.progress_page.cancelling()

    def _progressed(self, payload: exporting.Progress) -> None:
        if not self._closed:
            self.progress_page.show_progress(payload)

    def _exported(self, result: exporting.Result) -> None:
        self._export_task = None
        self.finished_result = result
        if self._closed:
            return
        self.progress_page.show_done()
        self.progress_page.setCommitPage(True)  # the bundle is written: no way back
        self.finish_page.show_result(result, self.recipient_page.recipient())
        self.exported.emit(result)
        self.next()

    def _export_failed(self, message: object) -> None:
        self._export_task = None
        if self._closed:
            return
        self.progress_page.show_stopped(core_text(message), self._cancel_asked)
        self.review_page.setCommitPage(False)  # Back leads to the review, to try again
        self.progress_page.completeChanged.emit()

    # -- closing ----------------------------------------------------------------------------------

    def reject(self) -> None:
        """Cancel stops a running export first; the wizard stays to say how it ended."""
        if self.is_exporting():
            self.cancel_export()
        else:
            super().reject()

    def done(self, result: int) -> None:
        self._closed = True
        self._preview_timer.stop()
        for page in (self.filer_page, self.summary_page, self.options_page):
            page.wipe()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.is_exporting():  # only Cancel stops an export
            event.ignore()
        else:
            super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.is_exporting() and event.key() == Qt.Key.Key_Escape:
            event.accept()  # a stray Escape does not throw away a long export
            return
        super().keyPressEvent(event)

    def _vault_locked(self) -> None:
        """Locking hides the case at once: stop the export and close, whatever the page."""
        if self._closed:
            return
        if self._export_task is not None:
            self.service.cancel(self._export_task)
        self.done(QWizard.DialogCode.Rejected)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export"))
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Export"))
