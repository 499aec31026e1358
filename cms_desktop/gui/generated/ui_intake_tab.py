# Generated from ui/intake_tab.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QComboBox, QFormLayout, QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QStackedWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_IntakeTab(object):
    def setupUi(self, IntakeTab):
        if not IntakeTab.objectName():
            IntakeTab.setObjectName(u"IntakeTab")
        self.intakeRootLayout = QVBoxLayout(IntakeTab)
        self.intakeRootLayout.setObjectName(u"intakeRootLayout")
        self.intakeRootLayout.setContentsMargins(0, 0, 0, 0)
        self.intakePages = QStackedWidget(IntakeTab)
        self.intakePages.setObjectName(u"intakePages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.intakePages.addWidget(self.emptyPage)
        self.formPage = QWidget()
        self.formPage.setObjectName(u"formPage")
        self.formPageLayout = QVBoxLayout(self.formPage)
        self.formPageLayout.setObjectName(u"formPageLayout")
        self.formPageLayout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.caseTitle = QLabel(self.formPage)
        self.caseTitle.setObjectName(u"caseTitle")
        self.caseTitle.setStyleSheet(u"font-size: 14pt; font-weight: 600;")

        self.headerRow.addWidget(self.caseTitle)

        self.headerSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.saveButton = QPushButton(self.formPage)
        self.saveButton.setObjectName(u"saveButton")

        self.headerRow.addWidget(self.saveButton)

        self.discardButton = QPushButton(self.formPage)
        self.discardButton.setObjectName(u"discardButton")

        self.headerRow.addWidget(self.discardButton)

        self.printButton = QPushButton(self.formPage)
        self.printButton.setObjectName(u"printButton")

        self.headerRow.addWidget(self.printButton)

        self.printBlankButton = QPushButton(self.formPage)
        self.printBlankButton.setObjectName(u"printBlankButton")

        self.headerRow.addWidget(self.printBlankButton)

        self.completeButton = QPushButton(self.formPage)
        self.completeButton.setObjectName(u"completeButton")

        self.headerRow.addWidget(self.completeButton)


        self.formPageLayout.addLayout(self.headerRow)

        self.caseState = QLabel(self.formPage)
        self.caseState.setObjectName(u"caseState")
        self.caseState.setWordWrap(True)

        self.formPageLayout.addWidget(self.caseState)

        self.intakeMessage = QLabel(self.formPage)
        self.intakeMessage.setObjectName(u"intakeMessage")
        self.intakeMessage.setWordWrap(True)
        self.intakeMessage.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formPageLayout.addWidget(self.intakeMessage)

        self.formScroll = QScrollArea(self.formPage)
        self.formScroll.setObjectName(u"formScroll")
        self.formScroll.setWidgetResizable(True)
        self.formScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.formContent = QWidget()
        self.formContent.setObjectName(u"formContent")
        self.formContentLayout = QVBoxLayout(self.formContent)
        self.formContentLayout.setObjectName(u"formContentLayout")
        self.caseGroup = QGroupBox(self.formContent)
        self.caseGroup.setObjectName(u"caseGroup")
        self.caseForm = QFormLayout(self.caseGroup)
        self.caseForm.setObjectName(u"caseForm")
        self.openedLabel = QLabel(self.caseGroup)
        self.openedLabel.setObjectName(u"openedLabel")

        self.caseForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.openedLabel)

        self.openedEdit = QLineEdit(self.caseGroup)
        self.openedEdit.setObjectName(u"openedEdit")
        self.openedEdit.setMaxLength(10)

        self.caseForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.openedEdit)

        self.openedError = QLabel(self.caseGroup)
        self.openedError.setObjectName(u"openedError")
        self.openedError.setStyleSheet(u"color: #a40000;")

        self.caseForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.openedError)

        self.referralLabel = QLabel(self.caseGroup)
        self.referralLabel.setObjectName(u"referralLabel")

        self.caseForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.referralLabel)

        self.referralCombo = QComboBox(self.caseGroup)
        self.referralCombo.setObjectName(u"referralCombo")
        self.referralCombo.setEditable(True)
        self.referralCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.caseForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.referralCombo)

        self.categoryLabel = QLabel(self.caseGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.caseForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryRow = QHBoxLayout()
        self.categoryRow.setObjectName(u"categoryRow")
        self.categoryCombo = QComboBox(self.caseGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.categoryRow.addWidget(self.categoryCombo)

        self.editCategoriesButton = QPushButton(self.caseGroup)
        self.editCategoriesButton.setObjectName(u"editCategoriesButton")

        self.categoryRow.addWidget(self.editCategoriesButton)

        self.categoryRow.setStretch(0, 1)

        self.caseForm.setLayout(3, QFormLayout.ItemRole.FieldRole, self.categoryRow)

        self.categoryError = QLabel(self.caseGroup)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setStyleSheet(u"color: #a40000;")

        self.caseForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.categoryError)

        self.contactLabel = QLabel(self.caseGroup)
        self.contactLabel.setObjectName(u"contactLabel")

        self.caseForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactCombo = QComboBox(self.caseGroup)
        self.contactCombo.setObjectName(u"contactCombo")
        self.contactCombo.setEditable(True)
        self.contactCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.caseForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.contactCombo)

        self.languageLabel = QLabel(self.caseGroup)
        self.languageLabel.setObjectName(u"languageLabel")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.caseGroup)
        self.languageCombo.setObjectName(u"languageCombo")

        self.caseForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.languageCombo)


        self.formContentLayout.addWidget(self.caseGroup)

        self.participantsGroup = QGroupBox(self.formContent)
        self.participantsGroup.setObjectName(u"participantsGroup")
        self.participantsGroupLayout = QVBoxLayout(self.participantsGroup)
        self.participantsGroupLayout.setObjectName(u"participantsGroupLayout")
        self.participantsHost = QWidget(self.participantsGroup)
        self.participantsHost.setObjectName(u"participantsHost")
        self.participantsLayout = QVBoxLayout(self.participantsHost)
        self.participantsLayout.setObjectName(u"participantsLayout")
        self.participantsLayout.setContentsMargins(0, 0, 0, 0)

        self.participantsGroupLayout.addWidget(self.participantsHost)

        self.participantsError = QLabel(self.participantsGroup)
        self.participantsError.setObjectName(u"participantsError")
        self.participantsError.setStyleSheet(u"color: #a40000;")
        self.participantsError.setWordWrap(True)

        self.participantsGroupLayout.addWidget(self.participantsError)

        self.participantsButtons = QHBoxLayout()
        self.participantsButtons.setObjectName(u"participantsButtons")
        self.addParticipantButton = QPushButton(self.participantsGroup)
        self.addParticipantButton.setObjectName(u"addParticipantButton")

        self.participantsButtons.addWidget(self.addParticipantButton)

        self.participantsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantsButtons.addItem(self.participantsSpacer)


        self.participantsGroupLayout.addLayout(self.participantsButtons)


        self.formContentLayout.addWidget(self.participantsGroup)

        self.screeningGroup = QGroupBox(self.formContent)
        self.screeningGroup.setObjectName(u"screeningGroup")
        self.screeningForm = QFormLayout(self.screeningGroup)
        self.screeningForm.setObjectName(u"screeningForm")
        self.interviewDateLabel = QLabel(self.screeningGroup)
        self.interviewDateLabel.setObjectName(u"interviewDateLabel")

        self.screeningForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.interviewDateLabel)

        self.interviewDateRow = QHBoxLayout()
        self.interviewDateRow.setObjectName(u"interviewDateRow")
        self.interviewDateEdit = QLineEdit(self.screeningGroup)
        self.interviewDateEdit.setObjectName(u"interviewDateEdit")
        self.interviewDateEdit.setMaxLength(10)

        self.interviewDateRow.addWidget(self.interviewDateEdit)

        self.todayButton = QPushButton(self.screeningGroup)
        self.todayButton.setObjectName(u"todayButton")

        self.interviewDateRow.addWidget(self.todayButton)


        self.screeningForm.setLayout(0, QFormLayout.ItemRole.FieldRole, self.interviewDateRow)

        self.interviewDateError = QLabel(self.screeningGroup)
        self.interviewDateError.setObjectName(u"interviewDateError")
        self.interviewDateError.setStyleSheet(u"color: #a40000;")

        self.screeningForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.interviewDateError)

        self.interviewerLabel = QLabel(self.screeningGroup)
        self.interviewerLabel.setObjectName(u"interviewerLabel")

        self.screeningForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.interviewerLabel)

        self.interviewerCombo = QComboBox(self.screeningGroup)
        self.interviewerCombo.setObjectName(u"interviewerCombo")

        self.screeningForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.interviewerCombo)

        self.interviewerError = QLabel(self.screeningGroup)
        self.interviewerError.setObjectName(u"interviewerError")
        self.interviewerError.setStyleSheet(u"color: #a40000;")

        self.screeningForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.interviewerError)

        self.safetyCheck = QCheckBox(self.screeningGroup)
        self.safetyCheck.setObjectName(u"safetyCheck")

        self.screeningForm.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.safetyCheck)

        self.powerCheck = QCheckBox(self.screeningGroup)
        self.powerCheck.setObjectName(u"powerCheck")

        self.screeningForm.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.powerCheck)

        self.capacityCheck = QCheckBox(self.screeningGroup)
        self.capacityCheck.setObjectName(u"capacityCheck")

        self.screeningForm.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.capacityCheck)

        self.suitableCheck = QCheckBox(self.screeningGroup)
        self.suitableCheck.setObjectName(u"suitableCheck")

        self.screeningForm.setWidget(7, QFormLayout.ItemRole.SpanningRole, self.suitableCheck)

        self.exceptionRow = QHBoxLayout()
        self.exceptionRow.setObjectName(u"exceptionRow")
        self.exceptionCheck = QCheckBox(self.screeningGroup)
        self.exceptionCheck.setObjectName(u"exceptionCheck")

        self.exceptionRow.addWidget(self.exceptionCheck)

        self.disclosureButton = QPushButton(self.screeningGroup)
        self.disclosureButton.setObjectName(u"disclosureButton")

        self.exceptionRow.addWidget(self.disclosureButton)

        self.exceptionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.exceptionRow.addItem(self.exceptionSpacer)


        self.screeningForm.setLayout(8, QFormLayout.ItemRole.SpanningRole, self.exceptionRow)

        self.screeningNotesLabel = QLabel(self.screeningGroup)
        self.screeningNotesLabel.setObjectName(u"screeningNotesLabel")

        self.screeningForm.setWidget(9, QFormLayout.ItemRole.LabelRole, self.screeningNotesLabel)

        self.screeningNotesEdit = QPlainTextEdit(self.screeningGroup)
        self.screeningNotesEdit.setObjectName(u"screeningNotesEdit")
        self.screeningNotesEdit.setTabChangesFocus(True)
        self.screeningNotesEdit.setMaximumSize(QSize(16777215, 90))

        self.screeningForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.screeningNotesEdit)


        self.formContentLayout.addWidget(self.screeningGroup)

        self.explainedGroup = QGroupBox(self.formContent)
        self.explainedGroup.setObjectName(u"explainedGroup")
        self.explainedLayout = QVBoxLayout(self.explainedGroup)
        self.explainedLayout.setObjectName(u"explainedLayout")
        self.explainedIntro = QLabel(self.explainedGroup)
        self.explainedIntro.setObjectName(u"explainedIntro")
        self.explainedIntro.setWordWrap(True)

        self.explainedLayout.addWidget(self.explainedIntro)

        self.explainedHost = QWidget(self.explainedGroup)
        self.explainedHost.setObjectName(u"explainedHost")
        self.explainedGrid = QGridLayout(self.explainedHost)
        self.explainedGrid.setObjectName(u"explainedGrid")
        self.explainedGrid.setContentsMargins(0, 0, 0, 0)

        self.explainedLayout.addWidget(self.explainedHost)

        self.explainedState = QLabel(self.explainedGroup)
        self.explainedState.setObjectName(u"explainedState")
        self.explainedState.setWordWrap(True)

        self.explainedLayout.addWidget(self.explainedState)

        self.explainedError = QLabel(self.explainedGroup)
        self.explainedError.setObjectName(u"explainedError")
        self.explainedError.setStyleSheet(u"color: #a40000;")
        self.explainedError.setWordWrap(True)

        self.explainedLayout.addWidget(self.explainedError)


        self.formContentLayout.addWidget(self.explainedGroup)

        self.decisionGroup = QGroupBox(self.formContent)
        self.decisionGroup.setObjectName(u"decisionGroup")
        self.decisionForm = QFormLayout(self.decisionGroup)
        self.decisionForm.setObjectName(u"decisionForm")
        self.decisionRow = QHBoxLayout()
        self.decisionRow.setObjectName(u"decisionRow")
        self.proceedRadio = QRadioButton(self.decisionGroup)
        self.proceedRadio.setObjectName(u"proceedRadio")

        self.decisionRow.addWidget(self.proceedRadio)

        self.referRadio = QRadioButton(self.decisionGroup)
        self.referRadio.setObjectName(u"referRadio")

        self.decisionRow.addWidget(self.referRadio)

        self.declineRadio = QRadioButton(self.decisionGroup)
        self.declineRadio.setObjectName(u"declineRadio")

        self.decisionRow.addWidget(self.declineRadio)

        self.decisionSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.decisionRow.addItem(self.decisionSpacer)


        self.decisionForm.setLayout(0, QFormLayout.ItemRole.SpanningRole, self.decisionRow)

        self.decisionError = QLabel(self.decisionGroup)
        self.decisionError.setObjectName(u"decisionError")
        self.decisionError.setStyleSheet(u"color: #a40000;")

        self.decisionForm.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.decisionError)

        self.decisionDetailLabel = QLabel(self.decisionGroup)
        self.decisionDetailLabel.setObjectName(u"decisionDetailLabel")

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.decisionDetailLabel)

        self.decisionDetailEdit = QLineEdit(self.decisionGroup)
        self.decisionDetailEdit.setObjectName(u"decisionDetailEdit")
        self.decisionDetailEdit.setMaxLength(500)

        self.decisionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.decisionDetailEdit)

        self.decisionDetailError = QLabel(self.decisionGroup)
        self.decisionDetailError.setObjectName(u"decisionDetailError")
        self.decisionDetailError.setStyleSheet(u"color: #a40000;")

        self.decisionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.decisionDetailError)

        self.intakeNotesLabel = QLabel(self.decisionGroup)
        self.intakeNotesLabel.setObjectName(u"intakeNotesLabel")

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.intakeNotesLabel)

        self.intakeNotesEdit = QPlainTextEdit(self.decisionGroup)
        self.intakeNotesEdit.setObjectName(u"intakeNotesEdit")
        self.intakeNotesEdit.setTabChangesFocus(True)

        self.decisionForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.intakeNotesEdit)


        self.formContentLayout.addWidget(self.decisionGroup)

        self.documentsGroup = QGroupBox(self.formContent)
        self.documentsGroup.setObjectName(u"documentsGroup")
        self.documentsLayout = QVBoxLayout(self.documentsGroup)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsNote = QLabel(self.documentsGroup)
        self.documentsNote.setObjectName(u"documentsNote")
        self.documentsNote.setWordWrap(True)

        self.documentsLayout.addWidget(self.documentsNote)

        self.documentsTable = QTableWidget(self.documentsGroup)
        self.documentsTable.setObjectName(u"documentsTable")
        self.documentsTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documentsTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documentsTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documentsTable.setTabKeyNavigation(False)
        self.documentsTable.setMaximumSize(QSize(16777215, 160))

        self.documentsLayout.addWidget(self.documentsTable)

        self.documentEntryRow = QHBoxLayout()
        self.documentEntryRow.setObjectName(u"documentEntryRow")
        self.docTitleEdit = QLineEdit(self.documentsGroup)
        self.docTitleEdit.setObjectName(u"docTitleEdit")
        self.docTitleEdit.setMaxLength(300)

        self.documentEntryRow.addWidget(self.docTitleEdit)

        self.docBroughtByCombo = QComboBox(self.documentsGroup)
        self.docBroughtByCombo.setObjectName(u"docBroughtByCombo")
        self.docBroughtByCombo.setEditable(True)
        self.docBroughtByCombo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)

        self.documentEntryRow.addWidget(self.docBroughtByCombo)

        self.docDateEdit = QLineEdit(self.documentsGroup)
        self.docDateEdit.setObjectName(u"docDateEdit")
        self.docDateEdit.setMaximumSize(QSize(120, 16777215))
        self.docDateEdit.setMaxLength(10)

        self.documentEntryRow.addWidget(self.docDateEdit)

        self.addDocumentButton = QPushButton(self.documentsGroup)
        self.addDocumentButton.setObjectName(u"addDocumentButton")

        self.documentEntryRow.addWidget(self.addDocumentButton)

        self.documentEntryRow.setStretch(0, 3)
        self.documentEntryRow.setStretch(1, 2)

        self.documentsLayout.addLayout(self.documentEntryRow)

        self.docError = QLabel(self.documentsGroup)
        self.docError.setObjectName(u"docError")
        self.docError.setStyleSheet(u"color: #a40000;")
        self.docError.setWordWrap(True)

        self.documentsLayout.addWidget(self.docError)

        self.documentButtons = QHBoxLayout()
        self.documentButtons.setObjectName(u"documentButtons")
        self.editDocumentButton = QPushButton(self.documentsGroup)
        self.editDocumentButton.setObjectName(u"editDocumentButton")

        self.documentButtons.addWidget(self.editDocumentButton)

        self.removeDocumentButton = QPushButton(self.documentsGroup)
        self.removeDocumentButton.setObjectName(u"removeDocumentButton")

        self.documentButtons.addWidget(self.removeDocumentButton)

        self.attachScanButton = QPushButton(self.documentsGroup)
        self.attachScanButton.setObjectName(u"attachScanButton")

        self.documentButtons.addWidget(self.attachScanButton)

        self.viewScanButton = QPushButton(self.documentsGroup)
        self.viewScanButton.setObjectName(u"viewScanButton")

        self.documentButtons.addWidget(self.viewScanButton)

        self.removeScanButton = QPushButton(self.documentsGroup)
        self.removeScanButton.setObjectName(u"removeScanButton")

        self.documentButtons.addWidget(self.removeScanButton)

        self.documentButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.documentButtons.addItem(self.documentButtonsSpacer)


        self.documentsLayout.addLayout(self.documentButtons)


        self.formContentLayout.addWidget(self.documentsGroup)

        self.formBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.formContentLayout.addItem(self.formBottomSpacer)

        self.formScroll.setWidget(self.formContent)

        self.formPageLayout.addWidget(self.formScroll)

        self.intakePages.addWidget(self.formPage)

        self.intakeRootLayout.addWidget(self.intakePages)

#if QT_CONFIG(shortcut)
        self.openedLabel.setBuddy(self.openedEdit)
        self.referralLabel.setBuddy(self.referralCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.contactLabel.setBuddy(self.contactCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.interviewDateLabel.setBuddy(self.interviewDateEdit)
        self.interviewerLabel.setBuddy(self.interviewerCombo)
        self.screeningNotesLabel.setBuddy(self.screeningNotesEdit)
        self.decisionDetailLabel.setBuddy(self.decisionDetailEdit)
        self.intakeNotesLabel.setBuddy(self.intakeNotesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.openedEdit, self.referralCombo)
        QWidget.setTabOrder(self.referralCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.editCategoriesButton)
        QWidget.setTabOrder(self.editCategoriesButton, self.contactCombo)
        QWidget.setTabOrder(self.contactCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.addParticipantButton)
        QWidget.setTabOrder(self.addParticipantButton, self.interviewDateEdit)
        QWidget.setTabOrder(self.interviewDateEdit, self.todayButton)
        QWidget.setTabOrder(self.todayButton, self.interviewerCombo)
        QWidget.setTabOrder(self.interviewerCombo, self.safetyCheck)
        QWidget.setTabOrder(self.safetyCheck, self.powerCheck)
        QWidget.setTabOrder(self.powerCheck, self.capacityCheck)
        QWidget.setTabOrder(self.capacityCheck, self.suitableCheck)
        QWidget.setTabOrder(self.suitableCheck, self.exceptionCheck)
        QWidget.setTabOrder(self.exceptionCheck, self.disclosureButton)
        QWidget.setTabOrder(self.disclosureButton, self.screeningNotesEdit)
        QWidget.setTabOrder(self.screeningNotesEdit, self.proceedRadio)
        QWidget.setTabOrder(self.proceedRadio, self.referRadio)
        QWidget.setTabOrder(self.referRadio, self.declineRadio)
        QWidget.setTabOrder(self.declineRadio, self.decisionDetailEdit)
        QWidget.setTabOrder(self.decisionDetailEdit, self.intakeNotesEdit)
        QWidget.setTabOrder(self.intakeNotesEdit, self.documentsTable)
        QWidget.setTabOrder(self.documentsTable, self.docTitleEdit)
        QWidget.setTabOrder(self.docTitleEdit, self.docBroughtByCombo)
        QWidget.setTabOrder(self.docBroughtByCombo, self.docDateEdit)
        QWidget.setTabOrder(self.docDateEdit, self.addDocumentButton)
        QWidget.setTabOrder(self.addDocumentButton, self.editDocumentButton)
        QWidget.setTabOrder(self.editDocumentButton, self.removeDocumentButton)
        QWidget.setTabOrder(self.removeDocumentButton, self.attachScanButton)
        QWidget.setTabOrder(self.attachScanButton, self.viewScanButton)
        QWidget.setTabOrder(self.viewScanButton, self.removeScanButton)
        QWidget.setTabOrder(self.removeScanButton, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.printBlankButton)
        QWidget.setTabOrder(self.printBlankButton, self.completeButton)

        self.retranslateUi(IntakeTab)
    # setupUi

    def retranslateUi(self, IntakeTab):
#if QT_CONFIG(accessibility)
        IntakeTab.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Intake", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("IntakeTab", u"Select a case in the list to see its intake here, or start a new case with File \u203a New case (Ctrl+N).", None))
#if QT_CONFIG(accessibility)
        self.caseTitle.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Case number", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("IntakeTab", u"Save", None))
#if QT_CONFIG(tooltip)
        self.saveButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Save the intake (Ctrl+S)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Save the intake", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("IntakeTab", u"&Discard changes", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Discard unsaved changes", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("IntakeTab", u"Print intake for&m\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Print the intake form", None))
#endif // QT_CONFIG(accessibility)
        self.printBlankButton.setText(QCoreApplication.translate("IntakeTab", u"Blan&k form\u2026", None))
#if QT_CONFIG(tooltip)
        self.printBlankButton.setToolTip(QCoreApplication.translate("IntakeTab", u"A blank intake form for an interview held on paper", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printBlankButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Print a blank intake form", None))
#endif // QT_CONFIG(accessibility)
        self.completeButton.setText(QCoreApplication.translate("IntakeTab", u"Comp&lete intake", None))
#if QT_CONFIG(accessibility)
        self.completeButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Complete intake", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseState.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Case status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.intakeMessage.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Intake message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.formScroll.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Intake form", None))
#endif // QT_CONFIG(accessibility)
        self.caseGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Case", None))
        self.openedLabel.setText(QCoreApplication.translate("IntakeTab", u"Opened o&n", None))
        self.openedEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"YYYY-MM-DD", None))
#if QT_CONFIG(accessibility)
        self.openedEdit.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Date the case was opened", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.openedError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the opened date", None))
#endif // QT_CONFIG(accessibility)
        self.referralLabel.setText(QCoreApplication.translate("IntakeTab", u"&Referral source", None))
#if QT_CONFIG(accessibility)
        self.referralCombo.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Referral source", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("IntakeTab", u"Dispute categor&y", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Dispute category", None))
#endif // QT_CONFIG(accessibility)
        self.editCategoriesButton.setText(QCoreApplication.translate("IntakeTab", u"Edit list\u2026", None))
#if QT_CONFIG(tooltip)
        self.editCategoriesButton.setToolTip(QCoreApplication.translate("IntakeTab", u"Change the office's list of dispute categories (director)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.editCategoriesButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Edit the list of dispute categories", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the dispute category", None))
#endif // QT_CONFIG(accessibility)
        self.contactLabel.setText(QCoreApplication.translate("IntakeTab", u"How they contacted us", None))
#if QT_CONFIG(accessibility)
        self.contactCombo.setAccessibleName(QCoreApplication.translate("IntakeTab", u"How the person contacted the office", None))
#endif // QT_CONFIG(accessibility)
        self.languageLabel.setText(QCoreApplication.translate("IntakeTab", u"Printed forms in", None))
#if QT_CONFIG(accessibility)
        self.languageCombo.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Language of the participants' printed forms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(tooltip)
        self.languageCombo.setToolTip(QCoreApplication.translate("IntakeTab", u"The agreement to mediate and the final agreement print the office's approved policy text in this language when the office has supplied it (Settings \u203a Languages); otherwise in English.", None))
#endif // QT_CONFIG(tooltip)
        self.participantsGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Participants", None))
#if QT_CONFIG(accessibility)
        self.participantsHost.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Participants", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.participantsError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the participants", None))
#endif // QT_CONFIG(accessibility)
        self.addParticipantButton.setText(QCoreApplication.translate("IntakeTab", u"&Add participant", None))
#if QT_CONFIG(accessibility)
        self.addParticipantButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Add a participant", None))
#endif // QT_CONFIG(accessibility)
        self.screeningGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Screening and intake interview", None))
        self.interviewDateLabel.setText(QCoreApplication.translate("IntakeTab", u"Intervie&w date", None))
        self.interviewDateEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"YYYY-MM-DD", None))
#if QT_CONFIG(accessibility)
        self.interviewDateEdit.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Interview date", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("IntakeTab", u"Today", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Set the interview date to today", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interviewDateError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the interview date", None))
#endif // QT_CONFIG(accessibility)
        self.interviewerLabel.setText(QCoreApplication.translate("IntakeTab", u"Interviewer", None))
#if QT_CONFIG(accessibility)
        self.interviewerCombo.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Interviewer", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.interviewerError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the interviewer", None))
#endif // QT_CONFIG(accessibility)
        self.safetyCheck.setText(QCoreApplication.translate("IntakeTab", u"Safety concerns came up", None))
#if QT_CONFIG(accessibility)
        self.safetyCheck.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Safety concerns came up", None))
#endif // QT_CONFIG(accessibility)
        self.powerCheck.setText(QCoreApplication.translate("IntakeTab", u"There is a significant power imbalance between the parties", None))
#if QT_CONFIG(accessibility)
        self.powerCheck.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Significant power imbalance", None))
#endif // QT_CONFIG(accessibility)
        self.capacityCheck.setText(QCoreApplication.translate("IntakeTab", u"Each party has the capacity to take part", None))
#if QT_CONFIG(accessibility)
        self.capacityCheck.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Each party has the capacity to take part", None))
#endif // QT_CONFIG(accessibility)
        self.suitableCheck.setText(QCoreApplication.translate("IntakeTab", u"The matter is suitable for mediation", None))
#if QT_CONFIG(accessibility)
        self.suitableCheck.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Suitable for mediation", None))
#endif // QT_CONFIG(accessibility)
        self.exceptionCheck.setText(QCoreApplication.translate("IntakeTab", u"Something that falls under an exception to confidentiality came up", None))
#if QT_CONFIG(accessibility)
        self.exceptionCheck.setAccessibleName(QCoreApplication.translate("IntakeTab", u"An exception to confidentiality came up", None))
#endif // QT_CONFIG(accessibility)
        self.disclosureButton.setText(QCoreApplication.translate("IntakeTab", u"Record a disclos&ure\u2026", None))
#if QT_CONFIG(accessibility)
        self.disclosureButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Record an exception disclosure", None))
#endif // QT_CONFIG(accessibility)
        self.screeningNotesLabel.setText(QCoreApplication.translate("IntakeTab", u"Screening notes", None))
#if QT_CONFIG(accessibility)
        self.screeningNotesEdit.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Screening notes", None))
#endif // QT_CONFIG(accessibility)
        self.explainedGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Confidentiality and its exceptions explained (E0)", None))
        self.explainedIntro.setText(QCoreApplication.translate("IntakeTab", u"Read or explain each of these to the participant, then tick it. Intake cannot be completed until all are ticked.", None))
#if QT_CONFIG(accessibility)
        self.explainedHost.setAccessibleName(QCoreApplication.translate("IntakeTab", u"What was explained", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.explainedState.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Confirmation of what was explained", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.explainedError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the confirmation", None))
#endif // QT_CONFIG(accessibility)
        self.decisionGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Decision", None))
        self.proceedRadio.setText(QCoreApplication.translate("IntakeTab", u"Proceed to mediation", None))
#if QT_CONFIG(accessibility)
        self.proceedRadio.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Decision: proceed to mediation", None))
#endif // QT_CONFIG(accessibility)
        self.referRadio.setText(QCoreApplication.translate("IntakeTab", u"Refer elsewhere", None))
#if QT_CONFIG(accessibility)
        self.referRadio.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Decision: refer elsewhere", None))
#endif // QT_CONFIG(accessibility)
        self.declineRadio.setText(QCoreApplication.translate("IntakeTab", u"Decline", None))
#if QT_CONFIG(accessibility)
        self.declineRadio.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Decision: decline", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the decision", None))
#endif // QT_CONFIG(accessibility)
        self.decisionDetailLabel.setText(QCoreApplication.translate("IntakeTab", u"Referred to / reason", None))
#if QT_CONFIG(accessibility)
        self.decisionDetailEdit.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Where the case is referred, or why it is declined", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionDetailError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the referral or reason", None))
#endif // QT_CONFIG(accessibility)
        self.intakeNotesLabel.setText(QCoreApplication.translate("IntakeTab", u"Confidential intake notes", None))
#if QT_CONFIG(accessibility)
        self.intakeNotesEdit.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Confidential intake notes", None))
#endif // QT_CONFIG(accessibility)
        self.documentsGroup.setTitle(QCoreApplication.translate("IntakeTab", u"Documents participants brought (S5)", None))
#if QT_CONFIG(accessibility)
        self.documentsTable.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Documents participants brought", None))
#endif // QT_CONFIG(accessibility)
        self.docTitleEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"Title, e.g. \"Performance review, 2025\"", None))
#if QT_CONFIG(accessibility)
        self.docTitleEdit.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Document title", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.docBroughtByCombo.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Brought by", None))
#endif // QT_CONFIG(accessibility)
        self.docDateEdit.setPlaceholderText(QCoreApplication.translate("IntakeTab", u"YYYY-MM-DD", None))
#if QT_CONFIG(accessibility)
        self.docDateEdit.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Date the document was brought", None))
#endif // QT_CONFIG(accessibility)
        self.addDocumentButton.setText(QCoreApplication.translate("IntakeTab", u"Add document", None))
#if QT_CONFIG(accessibility)
        self.addDocumentButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Add or update the document", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.docError.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Problem with the document", None))
#endif // QT_CONFIG(accessibility)
        self.editDocumentButton.setText(QCoreApplication.translate("IntakeTab", u"Edit", None))
#if QT_CONFIG(accessibility)
        self.editDocumentButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Edit the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.removeDocumentButton.setText(QCoreApplication.translate("IntakeTab", u"Remove\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeDocumentButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Remove the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.attachScanButton.setText(QCoreApplication.translate("IntakeTab", u"Attach scan\u2026", None))
#if QT_CONFIG(accessibility)
        self.attachScanButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Attach a scan to the selected document", None))
#endif // QT_CONFIG(accessibility)
        self.viewScanButton.setText(QCoreApplication.translate("IntakeTab", u"View scan", None))
#if QT_CONFIG(accessibility)
        self.viewScanButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"View the selected document's scan", None))
#endif // QT_CONFIG(accessibility)
        self.removeScanButton.setText(QCoreApplication.translate("IntakeTab", u"Remove scan\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeScanButton.setAccessibleName(QCoreApplication.translate("IntakeTab", u"Remove the selected document's scan", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
