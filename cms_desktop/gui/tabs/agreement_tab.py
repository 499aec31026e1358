"""The Agreement tab: the case's header over its two panels, the agreement to mediate
(agreement_to_mediate_panel.py) and the final agreement (final_agreement_panel.py).

Only the final agreement's draft is ever kept as an unsaved edit (never notes).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHeaderView, QWidget

from cms_desktop.gui.context import AppContext
from cms_desktop.gui.generated.ui_agreement_tab import Ui_AgreementTab
from cms_desktop.gui.i18n import tr
from cms_desktop.gui.run import run
from cms_desktop.gui.tabs.agreement_dialogs import SIGNER_COLUMNS, escape
from cms_desktop.gui.tabs.agreement_to_mediate_panel import AgreementToMediatePanel
from cms_desktop.gui.tabs.base import CaseTab
from cms_desktop.gui.tabs.final_agreement_panel import FinalAgreementPanel
from cms_desktop.gui.tabs.notes_beside_draft import NotesBesideDraft
from cms_desktop.model.accounts import Role
from cms_desktop.model.agreements import CaseParties


class AgreementTab(CaseTab):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.ui = Ui_AgreementTab()
        self.ui.setupUi(self)
        self.parties: CaseParties | None = None
        ui = self.ui
        for table in (ui.agreementTable, ui.finalTable):
            table.setColumnCount(len(SIGNER_COLUMNS))
            table.setHorizontalHeaderLabels([tr(title) for title in SIGNER_COLUMNS])
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
            table.verticalHeader().hide()
        ui.finalSplitter.setStretchFactor(0, 3)
        ui.finalSplitter.setStretchFactor(1, 2)
        self.mediate = AgreementToMediatePanel(ctx, ui, self, self.reload)
        self.final = FinalAgreementPanel(ctx, ui, self, self.reload)
        self.own_notes = NotesBesideDraft(ctx, ui, self)
        ui.agreementTable.itemSelectionChanged.connect(self._update_buttons)
        ui.finalTable.itemSelectionChanged.connect(self._update_buttons)
        ctx.records_changed.connect(self._records_changed)
        self.show_case(None)

    @property
    def dirty(self) -> bool:
        return self.final.dirty

    # -- showing a case ----------------------------------------------------------------
    def show_case(self, case_id: int | None) -> None:
        super().show_case(case_id)
        self.final.dirty = False
        if case_id is None or self.ctx.ws is None:
            self._clear()
            return
        if run(self._load, self) is None:
            self._clear()

    def reload(self) -> None:
        run(self._load, self)

    def _records_changed(self, area: str, _record_id: object) -> None:
        # Another tab changed something the case shows (a session scheduled, a participant
        # added): refresh, unless a draft is being typed.
        if (
            self.case_id is not None
            and self.ctx.ws is not None
            and not self.dirty
            and area in ("case", "session", "participant")
        ):
            self.reload()

    def _clear(self) -> None:
        self.parties = None
        self.ui.pages.setCurrentWidget(self.ui.emptyPage)
        self.ui.caseHeader.clear()
        self.mediate.clear()
        self.final.clear()

    def _load(self) -> bool:
        ws = self.ctx.workspace
        case_id = self.case_id
        assert case_id is not None
        self.parties = parties = ws.agreements.parties(case_id)
        ui = self.ui
        ui.pages.setCurrentWidget(ui.casePage)
        status = parties.status.replace("_", " ").capitalize()
        ui.caseHeader.setText(f"<b>{escape(parties.number)}</b> — {escape(status)}")
        self.mediate.load(case_id, parties)
        self.final.load(case_id, parties)
        # Only the drafting mediator sees their own notes beside the draft.
        ui.notesPanel.setVisible(ws.user.role is Role.MEDIATOR)
        self.own_notes.load(case_id)
        self._update_buttons()
        return True

    def _update_buttons(self) -> None:
        self.mediate.update_buttons()
        self.final.update_buttons()

    # -- CaseTab: the draft kept across a lock ----------------------------------------------
    def unsaved_edits(self) -> dict[str, Any] | None:
        return self.final.unsaved_edits()

    def restore_edits(self, edits: dict[str, Any]) -> None:
        self.final.restore_edits(edits)

    def save(self) -> bool:
        return self.final.save()

    def print_agreement(self) -> None:  # Ctrl+P on this tab
        self.mediate.print_agreement()
