# Generated from ui/session_tab.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTabWidget, QTableWidget, QTableWidgetItem, QTextBrowser, QVBoxLayout, QWidget

from cms_desktop.gui.session.notes_editor import NotesEditor

class Ui_SessionTab(object):
    def setupUi(self, SessionTab):
        if not SessionTab.objectName():
            SessionTab.setObjectName(u"SessionTab")
        SessionTab.resize(900, 700)
        self.sessionTabLayout = QVBoxLayout(SessionTab)
        self.sessionTabLayout.setObjectName(u"sessionTabLayout")
        self.caseLabel = QLabel(SessionTab)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setWordWrap(True)

        self.sessionTabLayout.addWidget(self.caseLabel)

        self.sessionSplitter = QSplitter(SessionTab)
        self.sessionSplitter.setObjectName(u"sessionSplitter")
        self.sessionSplitter.setOrientation(Qt.Orientation.Vertical)
        self.sessionListHost = QWidget(self.sessionSplitter)
        self.sessionListHost.setObjectName(u"sessionListHost")
        self.sessionListLayout = QHBoxLayout(self.sessionListHost)
        self.sessionListLayout.setObjectName(u"sessionListLayout")
        self.sessionListLayout.setContentsMargins(0, 0, 0, 0)
        self.sessionTable = QTableWidget(self.sessionListHost)
        if (self.sessionTable.columnCount() < 4):
            self.sessionTable.setColumnCount(4)
        __qtablewidgetitem = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.sessionTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        self.sessionTable.setObjectName(u"sessionTable")
        self.sessionTable.setTabKeyNavigation(False)
        self.sessionTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sessionTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.sessionTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.sessionTable.setColumnCount(4)
        self.sessionTable.horizontalHeader().setStretchLastSection(True)
        self.sessionTable.verticalHeader().setVisible(False)

        self.sessionListLayout.addWidget(self.sessionTable)

        self.sessionButtons = QVBoxLayout()
        self.sessionButtons.setObjectName(u"sessionButtons")
        self.scheduleButton = QPushButton(self.sessionListHost)
        self.scheduleButton.setObjectName(u"scheduleButton")

        self.sessionButtons.addWidget(self.scheduleButton)

        self.rescheduleButton = QPushButton(self.sessionListHost)
        self.rescheduleButton.setObjectName(u"rescheduleButton")

        self.sessionButtons.addWidget(self.rescheduleButton)

        self.cancelSessionButton = QPushButton(self.sessionListHost)
        self.cancelSessionButton.setObjectName(u"cancelSessionButton")

        self.sessionButtons.addWidget(self.cancelSessionButton)

        self.noShowButton = QPushButton(self.sessionListHost)
        self.noShowButton.setObjectName(u"noShowButton")

        self.sessionButtons.addWidget(self.noShowButton)

        self.objectionButton = QPushButton(self.sessionListHost)
        self.objectionButton.setObjectName(u"objectionButton")

        self.sessionButtons.addWidget(self.objectionButton)

        self.sessionButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.sessionButtons.addItem(self.sessionButtonsSpacer)


        self.sessionListLayout.addLayout(self.sessionButtons)

        self.sessionSplitter.addWidget(self.sessionListHost)
        self.sessionDetail = QTabWidget(self.sessionSplitter)
        self.sessionDetail.setObjectName(u"sessionDetail")
        self.openingPage = QWidget()
        self.openingPage.setObjectName(u"openingPage")
        self.openingLayout = QHBoxLayout(self.openingPage)
        self.openingLayout.setObjectName(u"openingLayout")
        self.policyText = QTextBrowser(self.openingPage)
        self.policyText.setObjectName(u"policyText")
        self.policyText.setOpenLinks(False)

        self.openingLayout.addWidget(self.policyText)

        self.coverageBox = QGroupBox(self.openingPage)
        self.coverageBox.setObjectName(u"coverageBox")
        self.coverageLayout = QVBoxLayout(self.coverageBox)
        self.coverageLayout.setObjectName(u"coverageLayout")
        self.openingStatus = QLabel(self.coverageBox)
        self.openingStatus.setObjectName(u"openingStatus")
        self.openingStatus.setWordWrap(True)

        self.coverageLayout.addWidget(self.openingStatus)

        self.confirmOpeningButton = QPushButton(self.coverageBox)
        self.confirmOpeningButton.setObjectName(u"confirmOpeningButton")

        self.coverageLayout.addWidget(self.confirmOpeningButton)

        self.coverageSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.coverageLayout.addItem(self.coverageSpacer)


        self.openingLayout.addWidget(self.coverageBox)

        self.openingLayout.setStretch(0, 3)
        self.openingLayout.setStretch(1, 2)
        self.sessionDetail.addTab(self.openingPage, "")
        self.commitmentsPage = QWidget()
        self.commitmentsPage.setObjectName(u"commitmentsPage")
        self.commitmentsLayout = QVBoxLayout(self.commitmentsPage)
        self.commitmentsLayout.setObjectName(u"commitmentsLayout")
        self.commitmentsText = QLabel(self.commitmentsPage)
        self.commitmentsText.setObjectName(u"commitmentsText")
        self.commitmentsText.setWordWrap(True)

        self.commitmentsLayout.addWidget(self.commitmentsText)

        self.commitmentsTable = QTableWidget(self.commitmentsPage)
        if (self.commitmentsTable.columnCount() < 6):
            self.commitmentsTable.setColumnCount(6)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.commitmentsTable.setHorizontalHeaderItem(0, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.commitmentsTable.setHorizontalHeaderItem(1, __qtablewidgetitem5)
        __qtablewidgetitem6 = QTableWidgetItem()
        self.commitmentsTable.setHorizontalHeaderItem(2, __qtablewidgetitem6)
        __qtablewidgetitem7 = QTableWidgetItem()
        self.commitmentsTable.setHorizontalHeaderItem(3, __qtablewidgetitem7)
        __qtablewidgetitem8 = QTableWidgetItem()
        self.commitmentsTable.setHorizontalHeaderItem(4, __qtablewidgetitem8)
        __qtablewidgetitem9 = QTableWidgetItem()
        self.commitmentsTable.setHorizontalHeaderItem(5, __qtablewidgetitem9)
        self.commitmentsTable.setObjectName(u"commitmentsTable")
        self.commitmentsTable.setTabKeyNavigation(False)
        self.commitmentsTable.setColumnCount(6)
        self.commitmentsTable.horizontalHeader().setStretchLastSection(True)
        self.commitmentsTable.verticalHeader().setVisible(False)

        self.commitmentsLayout.addWidget(self.commitmentsTable)

        self.heldRow = QHBoxLayout()
        self.heldRow.setObjectName(u"heldRow")
        self.heldStatus = QLabel(self.commitmentsPage)
        self.heldStatus.setObjectName(u"heldStatus")
        self.heldStatus.setWordWrap(True)

        self.heldRow.addWidget(self.heldStatus)

        self.recordAttendanceButton = QPushButton(self.commitmentsPage)
        self.recordAttendanceButton.setObjectName(u"recordAttendanceButton")

        self.heldRow.addWidget(self.recordAttendanceButton)

        self.markHeldButton = QPushButton(self.commitmentsPage)
        self.markHeldButton.setObjectName(u"markHeldButton")

        self.heldRow.addWidget(self.markHeldButton)

        self.heldRow.setStretch(0, 1)

        self.commitmentsLayout.addLayout(self.heldRow)

        self.sessionDetail.addTab(self.commitmentsPage, "")
        self.notesPage = QWidget()
        self.notesPage.setObjectName(u"notesPage")
        self.notesLayout = QVBoxLayout(self.notesPage)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesInfo = QLabel(self.notesPage)
        self.notesInfo.setObjectName(u"notesInfo")
        self.notesInfo.setWordWrap(True)

        self.notesLayout.addWidget(self.notesInfo)

        self.notesChoiceLayout = QHBoxLayout()
        self.notesChoiceLayout.setObjectName(u"notesChoiceLayout")
        self.jointRadio = QRadioButton(self.notesPage)
        self.jointRadio.setObjectName(u"jointRadio")
        self.jointRadio.setChecked(True)

        self.notesChoiceLayout.addWidget(self.jointRadio)

        self.caucusRadio = QRadioButton(self.notesPage)
        self.caucusRadio.setObjectName(u"caucusRadio")

        self.notesChoiceLayout.addWidget(self.caucusRadio)

        self.authorLabel = QLabel(self.notesPage)
        self.authorLabel.setObjectName(u"authorLabel")

        self.notesChoiceLayout.addWidget(self.authorLabel)

        self.authorCombo = QComboBox(self.notesPage)
        self.authorCombo.setObjectName(u"authorCombo")

        self.notesChoiceLayout.addWidget(self.authorCombo)

        self.notesChoiceSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.notesChoiceLayout.addItem(self.notesChoiceSpacer)

        self.notesSaved = QLabel(self.notesPage)
        self.notesSaved.setObjectName(u"notesSaved")

        self.notesChoiceLayout.addWidget(self.notesSaved)


        self.notesLayout.addLayout(self.notesChoiceLayout)

        self.notesStack = QStackedWidget(self.notesPage)
        self.notesStack.setObjectName(u"notesStack")
        self.veilPage = QWidget()
        self.veilPage.setObjectName(u"veilPage")
        self.veilLayout = QVBoxLayout(self.veilPage)
        self.veilLayout.setObjectName(u"veilLayout")
        self.veilTop = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.veilLayout.addItem(self.veilTop)

        self.veilLabel = QLabel(self.veilPage)
        self.veilLabel.setObjectName(u"veilLabel")
        self.veilLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.veilLabel.setWordWrap(True)

        self.veilLayout.addWidget(self.veilLabel)

        self.revealButton = QPushButton(self.veilPage)
        self.revealButton.setObjectName(u"revealButton")

        self.veilLayout.addWidget(self.revealButton)

        self.veilBottom = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.veilLayout.addItem(self.veilBottom)

        self.notesStack.addWidget(self.veilPage)
        self.editorPage = QWidget()
        self.editorPage.setObjectName(u"editorPage")
        self.editorLayout = QVBoxLayout(self.editorPage)
        self.editorLayout.setObjectName(u"editorLayout")
        self.notesEditor = NotesEditor(self.editorPage)
        self.notesEditor.setObjectName(u"notesEditor")
        self.notesEditor.setTabChangesFocus(True)

        self.editorLayout.addWidget(self.notesEditor)

        self.hideNotesButton = QPushButton(self.editorPage)
        self.hideNotesButton.setObjectName(u"hideNotesButton")

        self.editorLayout.addWidget(self.hideNotesButton)

        self.notesStack.addWidget(self.editorPage)
        self.noAccessPage = QWidget()
        self.noAccessPage.setObjectName(u"noAccessPage")
        self.noAccessLayout = QVBoxLayout(self.noAccessPage)
        self.noAccessLayout.setObjectName(u"noAccessLayout")
        self.noAccessLabel = QLabel(self.noAccessPage)
        self.noAccessLabel.setObjectName(u"noAccessLabel")
        self.noAccessLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.noAccessLabel.setWordWrap(True)

        self.noAccessLayout.addWidget(self.noAccessLabel)

        self.notesStack.addWidget(self.noAccessPage)

        self.notesLayout.addWidget(self.notesStack)

        self.sessionDetail.addTab(self.notesPage, "")
        self.debriefPage = QWidget()
        self.debriefPage.setObjectName(u"debriefPage")
        self.debriefLayout = QVBoxLayout(self.debriefPage)
        self.debriefLayout.setObjectName(u"debriefLayout")
        self.debriefInfo = QLabel(self.debriefPage)
        self.debriefInfo.setObjectName(u"debriefInfo")
        self.debriefInfo.setWordWrap(True)

        self.debriefLayout.addWidget(self.debriefInfo)

        self.debriefTable = QTableWidget(self.debriefPage)
        if (self.debriefTable.columnCount() < 3):
            self.debriefTable.setColumnCount(3)
        __qtablewidgetitem10 = QTableWidgetItem()
        self.debriefTable.setHorizontalHeaderItem(0, __qtablewidgetitem10)
        __qtablewidgetitem11 = QTableWidgetItem()
        self.debriefTable.setHorizontalHeaderItem(1, __qtablewidgetitem11)
        __qtablewidgetitem12 = QTableWidgetItem()
        self.debriefTable.setHorizontalHeaderItem(2, __qtablewidgetitem12)
        self.debriefTable.setObjectName(u"debriefTable")
        self.debriefTable.setTabKeyNavigation(False)
        self.debriefTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.debriefTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.debriefTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.debriefTable.setWordWrap(True)
        self.debriefTable.setColumnCount(3)
        self.debriefTable.horizontalHeader().setStretchLastSection(True)
        self.debriefTable.verticalHeader().setVisible(False)

        self.debriefLayout.addWidget(self.debriefTable)

        self.debriefButtons = QHBoxLayout()
        self.debriefButtons.setObjectName(u"debriefButtons")
        self.addDebriefButton = QPushButton(self.debriefPage)
        self.addDebriefButton.setObjectName(u"addDebriefButton")

        self.debriefButtons.addWidget(self.addDebriefButton)

        self.editDebriefButton = QPushButton(self.debriefPage)
        self.editDebriefButton.setObjectName(u"editDebriefButton")

        self.debriefButtons.addWidget(self.editDebriefButton)

        self.debriefButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.debriefButtons.addItem(self.debriefButtonsSpacer)


        self.debriefLayout.addLayout(self.debriefButtons)

        self.sessionDetail.addTab(self.debriefPage, "")
        self.disclosurePage = QWidget()
        self.disclosurePage.setObjectName(u"disclosurePage")
        self.disclosureLayout = QVBoxLayout(self.disclosurePage)
        self.disclosureLayout.setObjectName(u"disclosureLayout")
        self.disclosureInfo = QLabel(self.disclosurePage)
        self.disclosureInfo.setObjectName(u"disclosureInfo")
        self.disclosureInfo.setWordWrap(True)

        self.disclosureLayout.addWidget(self.disclosureInfo)

        self.disclosureTable = QTableWidget(self.disclosurePage)
        if (self.disclosureTable.columnCount() < 6):
            self.disclosureTable.setColumnCount(6)
        __qtablewidgetitem13 = QTableWidgetItem()
        self.disclosureTable.setHorizontalHeaderItem(0, __qtablewidgetitem13)
        __qtablewidgetitem14 = QTableWidgetItem()
        self.disclosureTable.setHorizontalHeaderItem(1, __qtablewidgetitem14)
        __qtablewidgetitem15 = QTableWidgetItem()
        self.disclosureTable.setHorizontalHeaderItem(2, __qtablewidgetitem15)
        __qtablewidgetitem16 = QTableWidgetItem()
        self.disclosureTable.setHorizontalHeaderItem(3, __qtablewidgetitem16)
        __qtablewidgetitem17 = QTableWidgetItem()
        self.disclosureTable.setHorizontalHeaderItem(4, __qtablewidgetitem17)
        __qtablewidgetitem18 = QTableWidgetItem()
        self.disclosureTable.setHorizontalHeaderItem(5, __qtablewidgetitem18)
        self.disclosureTable.setObjectName(u"disclosureTable")
        self.disclosureTable.setTabKeyNavigation(False)
        self.disclosureTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.disclosureTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.disclosureTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.disclosureTable.setColumnCount(6)
        self.disclosureTable.horizontalHeader().setStretchLastSection(True)
        self.disclosureTable.verticalHeader().setVisible(False)

        self.disclosureLayout.addWidget(self.disclosureTable)

        self.disclosureButtons = QHBoxLayout()
        self.disclosureButtons.setObjectName(u"disclosureButtons")
        self.recordDisclosureButton = QPushButton(self.disclosurePage)
        self.recordDisclosureButton.setObjectName(u"recordDisclosureButton")

        self.disclosureButtons.addWidget(self.recordDisclosureButton)

        self.printReferralButton = QPushButton(self.disclosurePage)
        self.printReferralButton.setObjectName(u"printReferralButton")

        self.disclosureButtons.addWidget(self.printReferralButton)

        self.markReportedButton = QPushButton(self.disclosurePage)
        self.markReportedButton.setObjectName(u"markReportedButton")

        self.disclosureButtons.addWidget(self.markReportedButton)

        self.disclosureButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disclosureButtons.addItem(self.disclosureButtonsSpacer)


        self.disclosureLayout.addLayout(self.disclosureButtons)

        self.sessionDetail.addTab(self.disclosurePage, "")
        self.sessionSplitter.addWidget(self.sessionDetail)

        self.sessionTabLayout.addWidget(self.sessionSplitter)

#if QT_CONFIG(shortcut)
        self.authorLabel.setBuddy(self.authorCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SessionTab)
    # setupUi

    def retranslateUi(self, SessionTab):
#if QT_CONFIG(accessibility)
        SessionTab.setAccessibleName(QCoreApplication.translate("SessionTab", u"Session", None))
#endif // QT_CONFIG(accessibility)
        self.caseLabel.setText(QCoreApplication.translate("SessionTab", u"Select a case in the list to see its sessions here.", None))
#if QT_CONFIG(accessibility)
        self.caseLabel.setAccessibleName(QCoreApplication.translate("SessionTab", u"Case and mediators", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.sessionTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("SessionTab", u"When", None))
        ___qtablewidgetitem1 = self.sessionTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("SessionTab", u"Place", None))
        ___qtablewidgetitem2 = self.sessionTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("SessionTab", u"Mediators", None))
        ___qtablewidgetitem3 = self.sessionTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("SessionTab", u"Status", None))
#if QT_CONFIG(accessibility)
        self.sessionTable.setAccessibleName(QCoreApplication.translate("SessionTab", u"Sessions of this case", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleButton.setText(QCoreApplication.translate("SessionTab", u"Sche&dule\u2026", None))
#if QT_CONFIG(accessibility)
        self.scheduleButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Schedule a session", None))
#endif // QT_CONFIG(accessibility)
        self.rescheduleButton.setText(QCoreApplication.translate("SessionTab", u"&Reschedule\u2026", None))
#if QT_CONFIG(accessibility)
        self.rescheduleButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Reschedule the session", None))
#endif // QT_CONFIG(accessibility)
        self.cancelSessionButton.setText(QCoreApplication.translate("SessionTab", u"Ca&ncel session\u2026", None))
#if QT_CONFIG(accessibility)
        self.cancelSessionButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Cancel the session", None))
#endif // QT_CONFIG(accessibility)
        self.noShowButton.setText(QCoreApplication.translate("SessionTab", u"No-sho&w\u2026", None))
#if QT_CONFIG(accessibility)
        self.noShowButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Record a no-show", None))
#endif // QT_CONFIG(accessibility)
        self.objectionButton.setText(QCoreApplication.translate("SessionTab", u"Ob&jection\u2026", None))
#if QT_CONFIG(accessibility)
        self.objectionButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Record a party's objection to a mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionDetail.setAccessibleName(QCoreApplication.translate("SessionTab", u"The selected session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.policyText.setAccessibleName(QCoreApplication.translate("SessionTab", u"Opening statement: the policy text to read", None))
#endif // QT_CONFIG(accessibility)
        self.coverageBox.setTitle(QCoreApplication.translate("SessionTab", u"The opening statement covered", None))
#if QT_CONFIG(accessibility)
        self.coverageBox.setAccessibleName(QCoreApplication.translate("SessionTab", u"What the opening statement covered", None))
#endif // QT_CONFIG(accessibility)
        self.openingStatus.setText("")
#if QT_CONFIG(accessibility)
        self.openingStatus.setAccessibleName(QCoreApplication.translate("SessionTab", u"Opening statement status", None))
#endif // QT_CONFIG(accessibility)
        self.confirmOpeningButton.setText(QCoreApplication.translate("SessionTab", u"Con&firm opening statement", None))
#if QT_CONFIG(accessibility)
        self.confirmOpeningButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Confirm the opening statement", None))
#endif // QT_CONFIG(accessibility)
        self.sessionDetail.setTabText(self.sessionDetail.indexOf(self.openingPage), QCoreApplication.translate("SessionTab", u"&1. Opening statement", None))
        self.commitmentsText.setText("")
#if QT_CONFIG(accessibility)
        self.commitmentsText.setAccessibleName(QCoreApplication.translate("SessionTab", u"The commitments each participant agrees to aloud", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem4 = self.commitmentsTable.horizontalHeaderItem(0)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("SessionTab", u"Participant", None))
        ___qtablewidgetitem5 = self.commitmentsTable.horizontalHeaderItem(1)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("SessionTab", u"Present", None))
        ___qtablewidgetitem6 = self.commitmentsTable.horizontalHeaderItem(2)
        ___qtablewidgetitem6.setText(QCoreApplication.translate("SessionTab", u"Won't compel (PR1)", None))
        ___qtablewidgetitem7 = self.commitmentsTable.horizontalHeaderItem(3)
        ___qtablewidgetitem7.setText(QCoreApplication.translate("SessionTab", u"Won't discuss (PR2)", None))
        ___qtablewidgetitem8 = self.commitmentsTable.horizontalHeaderItem(4)
        ___qtablewidgetitem8.setText(QCoreApplication.translate("SessionTab", u"If declined: why", None))
        ___qtablewidgetitem9 = self.commitmentsTable.horizontalHeaderItem(5)
        ___qtablewidgetitem9.setText(QCoreApplication.translate("SessionTab", u"Agreed at", None))
#if QT_CONFIG(accessibility)
        self.commitmentsTable.setAccessibleName(QCoreApplication.translate("SessionTab", u"Attendance and commitments", None))
#endif // QT_CONFIG(accessibility)
        self.heldStatus.setText("")
#if QT_CONFIG(accessibility)
        self.heldStatus.setAccessibleName(QCoreApplication.translate("SessionTab", u"What stands before recording the session as held", None))
#endif // QT_CONFIG(accessibility)
        self.recordAttendanceButton.setText(QCoreApplication.translate("SessionTab", u"Record &attendance and commitments", None))
#if QT_CONFIG(accessibility)
        self.recordAttendanceButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Record attendance and commitments", None))
#endif // QT_CONFIG(accessibility)
        self.markHeldButton.setText(QCoreApplication.translate("SessionTab", u"Mark h&eld", None))
#if QT_CONFIG(accessibility)
        self.markHeldButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Record the session as held", None))
#endif // QT_CONFIG(accessibility)
        self.sessionDetail.setTabText(self.sessionDetail.indexOf(self.commitmentsPage), QCoreApplication.translate("SessionTab", u"&2. Commitments and held", None))
        self.notesInfo.setText("")
#if QT_CONFIG(accessibility)
        self.notesInfo.setAccessibleName(QCoreApplication.translate("SessionTab", u"How many notes this case holds", None))
#endif // QT_CONFIG(accessibility)
        self.jointRadio.setText(QCoreApplication.translate("SessionTab", u"&Joint session", None))
#if QT_CONFIG(accessibility)
        self.jointRadio.setAccessibleName(QCoreApplication.translate("SessionTab", u"Joint session notes", None))
#endif // QT_CONFIG(accessibility)
        self.caucusRadio.setText(QCoreApplication.translate("SessionTab", u"Ca&ucus", None))
#if QT_CONFIG(accessibility)
        self.caucusRadio.setAccessibleName(QCoreApplication.translate("SessionTab", u"Caucus notes", None))
#endif // QT_CONFIG(accessibility)
        self.authorLabel.setText(QCoreApplication.translate("SessionTab", u"Notes b&y", None))
#if QT_CONFIG(accessibility)
        self.authorCombo.setAccessibleName(QCoreApplication.translate("SessionTab", u"Whose notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesSaved.setText("")
#if QT_CONFIG(accessibility)
        self.notesSaved.setAccessibleName(QCoreApplication.translate("SessionTab", u"When the notes were last saved", None))
#endif // QT_CONFIG(accessibility)
        self.veilLabel.setText(QCoreApplication.translate("SessionTab", u"The notes are hidden so that no one across the desk can read them.", None))
        self.revealButton.setText(QCoreApplication.translate("SessionTab", u"Reve&al notes", None))
#if QT_CONFIG(accessibility)
        self.revealButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Reveal the notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesEditor.setAccessibleName(QCoreApplication.translate("SessionTab", u"Mediator notes", None))
#endif // QT_CONFIG(accessibility)
        self.hideNotesButton.setText(QCoreApplication.translate("SessionTab", u"&Hide notes", None))
#if QT_CONFIG(accessibility)
        self.hideNotesButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Hide the notes", None))
#endif // QT_CONFIG(accessibility)
        self.noAccessLabel.setText(QCoreApplication.translate("SessionTab", u"Only the mediators assigned to this case can read its notes.", None))
#if QT_CONFIG(accessibility)
        self.noAccessLabel.setAccessibleName(QCoreApplication.translate("SessionTab", u"Notes are not readable by you", None))
#endif // QT_CONFIG(accessibility)
        self.sessionDetail.setTabText(self.sessionDetail.indexOf(self.notesPage), QCoreApplication.translate("SessionTab", u"No&tes", None))
        self.debriefInfo.setText("")
#if QT_CONFIG(accessibility)
        self.debriefInfo.setAccessibleName(QCoreApplication.translate("SessionTab", u"About this case's debriefs", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem10 = self.debriefTable.horizontalHeaderItem(0)
        ___qtablewidgetitem10.setText(QCoreApplication.translate("SessionTab", u"Date", None))
        ___qtablewidgetitem11 = self.debriefTable.horizontalHeaderItem(1)
        ___qtablewidgetitem11.setText(QCoreApplication.translate("SessionTab", u"Who took part", None))
        ___qtablewidgetitem12 = self.debriefTable.horizontalHeaderItem(2)
        ___qtablewidgetitem12.setText(QCoreApplication.translate("SessionTab", u"Summary", None))
#if QT_CONFIG(accessibility)
        self.debriefTable.setAccessibleName(QCoreApplication.translate("SessionTab", u"Debriefs", None))
#endif // QT_CONFIG(accessibility)
        self.addDebriefButton.setText(QCoreApplication.translate("SessionTab", u"Record a debrief\u2026", None))
#if QT_CONFIG(accessibility)
        self.addDebriefButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Record a debrief", None))
#endif // QT_CONFIG(accessibility)
        self.editDebriefButton.setText(QCoreApplication.translate("SessionTab", u"Change debrief\u2026", None))
#if QT_CONFIG(accessibility)
        self.editDebriefButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Change the selected debrief", None))
#endif // QT_CONFIG(accessibility)
        self.sessionDetail.setTabText(self.sessionDetail.indexOf(self.debriefPage), QCoreApplication.translate("SessionTab", u"De&briefs", None))
        self.disclosureInfo.setText("")
#if QT_CONFIG(accessibility)
        self.disclosureInfo.setAccessibleName(QCoreApplication.translate("SessionTab", u"About this case's disclosures", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem13 = self.disclosureTable.horizontalHeaderItem(0)
        ___qtablewidgetitem13.setText(QCoreApplication.translate("SessionTab", u"Category", None))
        ___qtablewidgetitem14 = self.disclosureTable.horizontalHeaderItem(1)
        ___qtablewidgetitem14.setText(QCoreApplication.translate("SessionTab", u"Learned", None))
        ___qtablewidgetitem15 = self.disclosureTable.horizontalHeaderItem(2)
        ___qtablewidgetitem15.setText(QCoreApplication.translate("SessionTab", u"By", None))
        ___qtablewidgetitem16 = self.disclosureTable.horizontalHeaderItem(3)
        ___qtablewidgetitem16.setText(QCoreApplication.translate("SessionTab", u"Report to", None))
        ___qtablewidgetitem17 = self.disclosureTable.horizontalHeaderItem(4)
        ___qtablewidgetitem17.setText(QCoreApplication.translate("SessionTab", u"Deadline", None))
        ___qtablewidgetitem18 = self.disclosureTable.horizontalHeaderItem(5)
        ___qtablewidgetitem18.setText(QCoreApplication.translate("SessionTab", u"Reported", None))
#if QT_CONFIG(accessibility)
        self.disclosureTable.setAccessibleName(QCoreApplication.translate("SessionTab", u"Exception disclosures", None))
#endif // QT_CONFIG(accessibility)
        self.recordDisclosureButton.setText(QCoreApplication.translate("SessionTab", u"Record a disclosure\u2026", None))
#if QT_CONFIG(accessibility)
        self.recordDisclosureButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Record a disclosure", None))
#endif // QT_CONFIG(accessibility)
        self.printReferralButton.setText(QCoreApplication.translate("SessionTab", u"Print referral sheet\u2026", None))
#if QT_CONFIG(accessibility)
        self.printReferralButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Print the referral sheet", None))
#endif // QT_CONFIG(accessibility)
        self.markReportedButton.setText(QCoreApplication.translate("SessionTab", u"Record reporting\u2026", None))
#if QT_CONFIG(accessibility)
        self.markReportedButton.setAccessibleName(QCoreApplication.translate("SessionTab", u"Record when, how and to whom it was reported", None))
#endif // QT_CONFIG(accessibility)
        self.sessionDetail.setTabText(self.sessionDetail.indexOf(self.disclosurePage), QCoreApplication.translate("SessionTab", u"Disc&losures", None))
    # retranslateUi
