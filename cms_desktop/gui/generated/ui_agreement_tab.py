# Generated from ui/agreement_tab.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QFrame, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QRadioButton, QScrollArea, QSizePolicy, QSpacerItem, QSplitter, QStackedWidget, QTableWidget, QVBoxLayout, QWidget

class Ui_AgreementTab(object):
    def setupUi(self, AgreementTab):
        if not AgreementTab.objectName():
            AgreementTab.setObjectName(u"AgreementTab")
        AgreementTab.resize(900, 900)
        self.tabLayout = QVBoxLayout(AgreementTab)
        self.tabLayout.setObjectName(u"tabLayout")
        self.tabLayout.setContentsMargins(0, 0, 0, 0)
        self.pages = QStackedWidget(AgreementTab)
        self.pages.setObjectName(u"pages")
        self.emptyPage = QWidget()
        self.emptyPage.setObjectName(u"emptyPage")
        self.emptyLayout = QVBoxLayout(self.emptyPage)
        self.emptyLayout.setObjectName(u"emptyLayout")
        self.emptyLabel = QLabel(self.emptyPage)
        self.emptyLabel.setObjectName(u"emptyLabel")
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.emptyLayout.addWidget(self.emptyLabel)

        self.pages.addWidget(self.emptyPage)
        self.casePage = QScrollArea()
        self.casePage.setObjectName(u"casePage")
        self.casePage.setWidgetResizable(True)
        self.casePage.setFrameShape(QFrame.Shape.NoFrame)
        self.caseContent = QWidget()
        self.caseContent.setObjectName(u"caseContent")
        self.caseLayout = QVBoxLayout(self.caseContent)
        self.caseLayout.setObjectName(u"caseLayout")
        self.caseHeader = QLabel(self.caseContent)
        self.caseHeader.setObjectName(u"caseHeader")
        self.caseHeader.setTextFormat(Qt.TextFormat.RichText)
        self.caseHeader.setWordWrap(True)

        self.caseLayout.addWidget(self.caseHeader)

        self.agreementGroup = QGroupBox(self.caseContent)
        self.agreementGroup.setObjectName(u"agreementGroup")
        self.agreementLayout = QVBoxLayout(self.agreementGroup)
        self.agreementLayout.setObjectName(u"agreementLayout")
        self.printRow = QHBoxLayout()
        self.printRow.setObjectName(u"printRow")
        self.printAgreementButton = QPushButton(self.agreementGroup)
        self.printAgreementButton.setObjectName(u"printAgreementButton")

        self.printRow.addWidget(self.printAgreementButton)

        self.printedLabel = QLabel(self.agreementGroup)
        self.printedLabel.setObjectName(u"printedLabel")
        self.printedLabel.setWordWrap(True)

        self.printRow.addWidget(self.printedLabel)

        self.printRowSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.printRow.addItem(self.printRowSpacer)


        self.agreementLayout.addLayout(self.printRow)

        self.agreementTable = QTableWidget(self.agreementGroup)
        self.agreementTable.setObjectName(u"agreementTable")
        self.agreementTable.setTabKeyNavigation(False)
        self.agreementTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agreementTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agreementTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.agreementLayout.addWidget(self.agreementTable)

        self.agreementButtons = QHBoxLayout()
        self.agreementButtons.setObjectName(u"agreementButtons")
        self.fileAgreementButton = QPushButton(self.agreementGroup)
        self.fileAgreementButton.setObjectName(u"fileAgreementButton")

        self.agreementButtons.addWidget(self.fileAgreementButton)

        self.viewAgreementScanButton = QPushButton(self.agreementGroup)
        self.viewAgreementScanButton.setObjectName(u"viewAgreementScanButton")

        self.agreementButtons.addWidget(self.viewAgreementScanButton)

        self.removeAgreementCopyButton = QPushButton(self.agreementGroup)
        self.removeAgreementCopyButton.setObjectName(u"removeAgreementCopyButton")

        self.agreementButtons.addWidget(self.removeAgreementCopyButton)

        self.agreementButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agreementButtons.addItem(self.agreementButtonsSpacer)

        self.overrideButton = QPushButton(self.agreementGroup)
        self.overrideButton.setObjectName(u"overrideButton")

        self.agreementButtons.addWidget(self.overrideButton)


        self.agreementLayout.addLayout(self.agreementButtons)

        self.sessionRuleLabel = QLabel(self.agreementGroup)
        self.sessionRuleLabel.setObjectName(u"sessionRuleLabel")
        self.sessionRuleLabel.setTextFormat(Qt.TextFormat.RichText)
        self.sessionRuleLabel.setWordWrap(True)

        self.agreementLayout.addWidget(self.sessionRuleLabel)


        self.caseLayout.addWidget(self.agreementGroup)

        self.finalGroup = QGroupBox(self.caseContent)
        self.finalGroup.setObjectName(u"finalGroup")
        self.finalLayout = QVBoxLayout(self.finalGroup)
        self.finalLayout.setObjectName(u"finalLayout")
        self.finalStatusLabel = QLabel(self.finalGroup)
        self.finalStatusLabel.setObjectName(u"finalStatusLabel")
        self.finalStatusLabel.setWordWrap(True)

        self.finalLayout.addWidget(self.finalStatusLabel)

        self.finalSplitter = QSplitter(self.finalGroup)
        self.finalSplitter.setObjectName(u"finalSplitter")
        self.finalSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.finalSplitter.setChildrenCollapsible(False)
        self.draftPanel = QWidget(self.finalSplitter)
        self.draftPanel.setObjectName(u"draftPanel")
        self.draftLayout = QVBoxLayout(self.draftPanel)
        self.draftLayout.setObjectName(u"draftLayout")
        self.draftLayout.setContentsMargins(0, 0, 0, 0)
        self.outcomeBox = QWidget(self.draftPanel)
        self.outcomeBox.setObjectName(u"outcomeBox")
        self.outcomeLayout = QHBoxLayout(self.outcomeBox)
        self.outcomeLayout.setObjectName(u"outcomeLayout")
        self.outcomeLayout.setContentsMargins(0, 0, 0, 0)
        self.outcomeLabel = QLabel(self.outcomeBox)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.outcomeLayout.addWidget(self.outcomeLabel)

        self.outcomeFull = QRadioButton(self.outcomeBox)
        self.outcomeFull.setObjectName(u"outcomeFull")

        self.outcomeLayout.addWidget(self.outcomeFull)

        self.outcomePartial = QRadioButton(self.outcomeBox)
        self.outcomePartial.setObjectName(u"outcomePartial")

        self.outcomeLayout.addWidget(self.outcomePartial)

        self.outcomeNone = QRadioButton(self.outcomeBox)
        self.outcomeNone.setObjectName(u"outcomeNone")

        self.outcomeLayout.addWidget(self.outcomeNone)

        self.outcomeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.outcomeLayout.addItem(self.outcomeSpacer)


        self.draftLayout.addWidget(self.outcomeBox)

        self.outcomeError = QLabel(self.draftPanel)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setWordWrap(True)

        self.draftLayout.addWidget(self.outcomeError)

        self.termsLabel = QLabel(self.draftPanel)
        self.termsLabel.setObjectName(u"termsLabel")
        self.termsLabel.setWordWrap(True)

        self.draftLayout.addWidget(self.termsLabel)

        self.termsEdit = QPlainTextEdit(self.draftPanel)
        self.termsEdit.setObjectName(u"termsEdit")
        self.termsEdit.setTabChangesFocus(True)
        self.termsEdit.setMinimumSize(QSize(0, 140))

        self.draftLayout.addWidget(self.termsEdit)

        self.termsError = QLabel(self.draftPanel)
        self.termsError.setObjectName(u"termsError")
        self.termsError.setWordWrap(True)

        self.draftLayout.addWidget(self.termsError)

        self.confidentialityBox = QWidget(self.draftPanel)
        self.confidentialityBox.setObjectName(u"confidentialityBox")
        self.confidentialityLayout = QHBoxLayout(self.confidentialityBox)
        self.confidentialityLayout.setObjectName(u"confidentialityLayout")
        self.confidentialityLayout.setContentsMargins(0, 0, 0, 0)
        self.confidentialityLabel = QLabel(self.confidentialityBox)
        self.confidentialityLabel.setObjectName(u"confidentialityLabel")

        self.confidentialityLayout.addWidget(self.confidentialityLabel)

        self.confidentialRadio = QRadioButton(self.confidentialityBox)
        self.confidentialRadio.setObjectName(u"confidentialRadio")

        self.confidentialityLayout.addWidget(self.confidentialRadio)

        self.shareableRadio = QRadioButton(self.confidentialityBox)
        self.shareableRadio.setObjectName(u"shareableRadio")

        self.confidentialityLayout.addWidget(self.shareableRadio)

        self.confidentialitySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.confidentialityLayout.addItem(self.confidentialitySpacer)


        self.draftLayout.addWidget(self.confidentialityBox)

        self.shareForm = QFormLayout()
        self.shareForm.setObjectName(u"shareForm")
        self.shareWithLabel = QLabel(self.draftPanel)
        self.shareWithLabel.setObjectName(u"shareWithLabel")

        self.shareForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.shareWithLabel)

        self.shareWithEdit = QLineEdit(self.draftPanel)
        self.shareWithEdit.setObjectName(u"shareWithEdit")

        self.shareForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.shareWithEdit)

        self.shareWithError = QLabel(self.draftPanel)
        self.shareWithError.setObjectName(u"shareWithError")
        self.shareWithError.setWordWrap(True)

        self.shareForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.shareWithError)

        self.shareHowLabel = QLabel(self.draftPanel)
        self.shareHowLabel.setObjectName(u"shareHowLabel")

        self.shareForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.shareHowLabel)

        self.shareHowEdit = QLineEdit(self.draftPanel)
        self.shareHowEdit.setObjectName(u"shareHowEdit")

        self.shareForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.shareHowEdit)

        self.shareHowError = QLabel(self.draftPanel)
        self.shareHowError.setObjectName(u"shareHowError")
        self.shareHowError.setWordWrap(True)

        self.shareForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.shareHowError)


        self.draftLayout.addLayout(self.shareForm)

        self.draftButtons = QHBoxLayout()
        self.draftButtons.setObjectName(u"draftButtons")
        self.saveFinalButton = QPushButton(self.draftPanel)
        self.saveFinalButton.setObjectName(u"saveFinalButton")

        self.draftButtons.addWidget(self.saveFinalButton)

        self.printFinalButton = QPushButton(self.draftPanel)
        self.printFinalButton.setObjectName(u"printFinalButton")

        self.draftButtons.addWidget(self.printFinalButton)

        self.draftButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.draftButtons.addItem(self.draftButtonsSpacer)


        self.draftLayout.addLayout(self.draftButtons)

        self.finalSplitter.addWidget(self.draftPanel)
        self.notesPanel = QGroupBox(self.finalSplitter)
        self.notesPanel.setObjectName(u"notesPanel")
        self.notesLayout = QVBoxLayout(self.notesPanel)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesPlaceholder = QLabel(self.notesPanel)
        self.notesPlaceholder.setObjectName(u"notesPlaceholder")
        self.notesPlaceholder.setWordWrap(True)
        self.notesPlaceholder.setAlignment(Qt.AlignmentFlag.AlignTop|Qt.AlignmentFlag.AlignLeft)

        self.notesLayout.addWidget(self.notesPlaceholder)

        self.showNotesButton = QPushButton(self.notesPanel)
        self.showNotesButton.setObjectName(u"showNotesButton")

        self.notesLayout.addWidget(self.showNotesButton)

        self.notesView = QPlainTextEdit(self.notesPanel)
        self.notesView.setObjectName(u"notesView")
        self.notesView.setReadOnly(True)
        self.notesView.setTabChangesFocus(True)
        self.notesView.setVisible(False)

        self.notesLayout.addWidget(self.notesView)

        self.finalSplitter.addWidget(self.notesPanel)

        self.finalLayout.addWidget(self.finalSplitter)

        self.finalTable = QTableWidget(self.finalGroup)
        self.finalTable.setObjectName(u"finalTable")
        self.finalTable.setTabKeyNavigation(False)
        self.finalTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.finalTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.finalTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)

        self.finalLayout.addWidget(self.finalTable)

        self.finalButtons = QHBoxLayout()
        self.finalButtons.setObjectName(u"finalButtons")
        self.fileFinalButton = QPushButton(self.finalGroup)
        self.fileFinalButton.setObjectName(u"fileFinalButton")

        self.finalButtons.addWidget(self.fileFinalButton)

        self.viewFinalScanButton = QPushButton(self.finalGroup)
        self.viewFinalScanButton.setObjectName(u"viewFinalScanButton")

        self.finalButtons.addWidget(self.viewFinalScanButton)

        self.finalButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.finalButtons.addItem(self.finalButtonsSpacer)

        self.recordSignedButton = QPushButton(self.finalGroup)
        self.recordSignedButton.setObjectName(u"recordSignedButton")

        self.finalButtons.addWidget(self.recordSignedButton)


        self.finalLayout.addLayout(self.finalButtons)


        self.caseLayout.addWidget(self.finalGroup)

        self.closeGroup = QGroupBox(self.caseContent)
        self.closeGroup.setObjectName(u"closeGroup")
        self.closeLayout = QHBoxLayout(self.closeGroup)
        self.closeLayout.setObjectName(u"closeLayout")
        self.closeOutcomeLabel = QLabel(self.closeGroup)
        self.closeOutcomeLabel.setObjectName(u"closeOutcomeLabel")

        self.closeLayout.addWidget(self.closeOutcomeLabel)

        self.closeOutcomeCombo = QComboBox(self.closeGroup)
        self.closeOutcomeCombo.setObjectName(u"closeOutcomeCombo")

        self.closeLayout.addWidget(self.closeOutcomeCombo)

        self.closeCaseButton = QPushButton(self.closeGroup)
        self.closeCaseButton.setObjectName(u"closeCaseButton")

        self.closeLayout.addWidget(self.closeCaseButton)

        self.closedLabel = QLabel(self.closeGroup)
        self.closedLabel.setObjectName(u"closedLabel")
        self.closedLabel.setWordWrap(True)

        self.closeLayout.addWidget(self.closedLabel)

        self.closeSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.closeLayout.addItem(self.closeSpacer)


        self.caseLayout.addWidget(self.closeGroup)

        self.caseBottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.caseLayout.addItem(self.caseBottomSpacer)

        self.casePage.setWidget(self.caseContent)
        self.pages.addWidget(self.casePage)

        self.tabLayout.addWidget(self.pages)

#if QT_CONFIG(shortcut)
        self.termsLabel.setBuddy(self.termsEdit)
        self.shareWithLabel.setBuddy(self.shareWithEdit)
        self.shareHowLabel.setBuddy(self.shareHowEdit)
        self.closeOutcomeLabel.setBuddy(self.closeOutcomeCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.printAgreementButton, self.agreementTable)
        QWidget.setTabOrder(self.agreementTable, self.fileAgreementButton)
        QWidget.setTabOrder(self.fileAgreementButton, self.viewAgreementScanButton)
        QWidget.setTabOrder(self.viewAgreementScanButton, self.removeAgreementCopyButton)
        QWidget.setTabOrder(self.removeAgreementCopyButton, self.overrideButton)
        QWidget.setTabOrder(self.overrideButton, self.outcomeFull)
        QWidget.setTabOrder(self.outcomeFull, self.outcomePartial)
        QWidget.setTabOrder(self.outcomePartial, self.outcomeNone)
        QWidget.setTabOrder(self.outcomeNone, self.termsEdit)
        QWidget.setTabOrder(self.termsEdit, self.confidentialRadio)
        QWidget.setTabOrder(self.confidentialRadio, self.shareableRadio)
        QWidget.setTabOrder(self.shareableRadio, self.shareWithEdit)
        QWidget.setTabOrder(self.shareWithEdit, self.shareHowEdit)
        QWidget.setTabOrder(self.shareHowEdit, self.saveFinalButton)
        QWidget.setTabOrder(self.saveFinalButton, self.printFinalButton)
        QWidget.setTabOrder(self.printFinalButton, self.finalTable)
        QWidget.setTabOrder(self.finalTable, self.fileFinalButton)
        QWidget.setTabOrder(self.fileFinalButton, self.viewFinalScanButton)
        QWidget.setTabOrder(self.viewFinalScanButton, self.recordSignedButton)
        QWidget.setTabOrder(self.recordSignedButton, self.closeOutcomeCombo)
        QWidget.setTabOrder(self.closeOutcomeCombo, self.closeCaseButton)

        self.retranslateUi(AgreementTab)
    # setupUi

    def retranslateUi(self, AgreementTab):
#if QT_CONFIG(accessibility)
        AgreementTab.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Agreement", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("AgreementTab", u"Select a case in the list to see its agreements here.", None))
#if QT_CONFIG(accessibility)
        self.casePage.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Agreements of the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseHeader.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Case and status", None))
#endif // QT_CONFIG(accessibility)
        self.agreementGroup.setTitle(QCoreApplication.translate("AgreementTab", u"Agreement to mediate", None))
        self.printAgreementButton.setText(QCoreApplication.translate("AgreementTab", u"&Print agreement to mediate\u2026", None))
#if QT_CONFIG(accessibility)
        self.printAgreementButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Print agreement to mediate", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.printedLabel.setAccessibleName(QCoreApplication.translate("AgreementTab", u"When the agreement was printed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.agreementTable.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Signed agreements to mediate, by participant", None))
#endif // QT_CONFIG(accessibility)
        self.fileAgreementButton.setText(QCoreApplication.translate("AgreementTab", u"File signe&d copy\u2026", None))
#if QT_CONFIG(accessibility)
        self.fileAgreementButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"File a signed agreement to mediate", None))
#endif // QT_CONFIG(accessibility)
        self.viewAgreementScanButton.setText(QCoreApplication.translate("AgreementTab", u"View scan", None))
#if QT_CONFIG(accessibility)
        self.viewAgreementScanButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"View the scan of the selected signed agreement", None))
#endif // QT_CONFIG(accessibility)
        self.removeAgreementCopyButton.setText(QCoreApplication.translate("AgreementTab", u"Remove filing\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeAgreementCopyButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Remove the selected filing made in error", None))
#endif // QT_CONFIG(accessibility)
        self.overrideButton.setText(QCoreApplication.translate("AgreementTab", u"Director's o&verride\u2026", None))
#if QT_CONFIG(accessibility)
        self.overrideButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Record a director's override for a session", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionRuleLabel.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Sessions waiting for signed agreements", None))
#endif // QT_CONFIG(accessibility)
        self.finalGroup.setTitle(QCoreApplication.translate("AgreementTab", u"Final agreement", None))
#if QT_CONFIG(accessibility)
        self.finalStatusLabel.setAccessibleName(QCoreApplication.translate("AgreementTab", u"State of the final agreement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeBox.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("AgreementTab", u"Outcome:", None))
        self.outcomeFull.setText(QCoreApplication.translate("AgreementTab", u"Fu&ll agreement", None))
#if QT_CONFIG(accessibility)
        self.outcomeFull.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Outcome: full agreement", None))
#endif // QT_CONFIG(accessibility)
        self.outcomePartial.setText(QCoreApplication.translate("AgreementTab", u"Pa&rtial agreement", None))
#if QT_CONFIG(accessibility)
        self.outcomePartial.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Outcome: partial agreement", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeNone.setText(QCoreApplication.translate("AgreementTab", u"&No agreement", None))
#if QT_CONFIG(accessibility)
        self.outcomeNone.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Outcome: no agreement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeError.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Problem with the outcome", None))
#endif // QT_CONFIG(accessibility)
        self.termsLabel.setText(QCoreApplication.translate("AgreementTab", u"&Terms, in the participants' own words (one per line; each prints as a numbered item):", None))
#if QT_CONFIG(accessibility)
        self.termsEdit.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Terms of the final agreement", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.termsError.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Problem with the terms", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.confidentialityBox.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Confidentiality of the outcome", None))
#endif // QT_CONFIG(accessibility)
        self.confidentialityLabel.setText(QCoreApplication.translate("AgreementTab", u"The participants decided the outcome is:", None))
        self.confidentialRadio.setText(QCoreApplication.translate("AgreementTab", u"C&onfidential", None))
#if QT_CONFIG(accessibility)
        self.confidentialRadio.setAccessibleName(QCoreApplication.translate("AgreementTab", u"The outcome is confidential", None))
#endif // QT_CONFIG(accessibility)
        self.shareableRadio.setText(QCoreApplication.translate("AgreementTab", u"May &be shared", None))
#if QT_CONFIG(accessibility)
        self.shareableRadio.setAccessibleName(QCoreApplication.translate("AgreementTab", u"The outcome may be shared", None))
#endif // QT_CONFIG(accessibility)
        self.shareWithLabel.setText(QCoreApplication.translate("AgreementTab", u"Sh&ared with:", None))
#if QT_CONFIG(accessibility)
        self.shareWithEdit.setAccessibleName(QCoreApplication.translate("AgreementTab", u"With whom the outcome may be shared", None))
#endif // QT_CONFIG(accessibility)
        self.shareWithEdit.setPlaceholderText(QCoreApplication.translate("AgreementTab", u"e.g. the lab manager", None))
#if QT_CONFIG(accessibility)
        self.shareWithError.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Problem with whom it is shared", None))
#endif // QT_CONFIG(accessibility)
        self.shareHowLabel.setText(QCoreApplication.translate("AgreementTab", u"Ho&w:", None))
#if QT_CONFIG(accessibility)
        self.shareHowEdit.setAccessibleName(QCoreApplication.translate("AgreementTab", u"How the outcome may be shared", None))
#endif // QT_CONFIG(accessibility)
        self.shareHowEdit.setPlaceholderText(QCoreApplication.translate("AgreementTab", u"e.g. a copy of items 1 to 3, handed over together", None))
#if QT_CONFIG(accessibility)
        self.shareHowError.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Problem with how it is shared", None))
#endif // QT_CONFIG(accessibility)
        self.saveFinalButton.setText(QCoreApplication.translate("AgreementTab", u"Save draft", None))
#if QT_CONFIG(accessibility)
        self.saveFinalButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Save the final agreement draft", None))
#endif // QT_CONFIG(accessibility)
        self.printFinalButton.setText(QCoreApplication.translate("AgreementTab", u"Pr&eview and print the final agreement\u2026", None))
#if QT_CONFIG(accessibility)
        self.printFinalButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Preview and print the final agreement", None))
#endif // QT_CONFIG(accessibility)
        self.notesPanel.setTitle(QCoreApplication.translate("AgreementTab", u"Your session notes (read only)", None))
#if QT_CONFIG(accessibility)
        self.notesPanel.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Your session notes", None))
#endif // QT_CONFIG(accessibility)
        self.notesPlaceholder.setText(QCoreApplication.translate("AgreementTab", u"Your own notes from this case's sessions, to read while you draft. They stay hidden until you show them.", None))
        self.showNotesButton.setText(QCoreApplication.translate("AgreementTab", u"Show my notes", None))
#if QT_CONFIG(accessibility)
        self.showNotesButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Show or hide my notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.notesView.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Your session notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.finalTable.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Signed final agreements, by participant", None))
#endif // QT_CONFIG(accessibility)
        self.fileFinalButton.setText(QCoreApplication.translate("AgreementTab", u"File signed cop&y\u2026", None))
#if QT_CONFIG(accessibility)
        self.fileFinalButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"File a signed final agreement", None))
#endif // QT_CONFIG(accessibility)
        self.viewFinalScanButton.setText(QCoreApplication.translate("AgreementTab", u"View scan", None))
#if QT_CONFIG(accessibility)
        self.viewFinalScanButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"View the scan of the selected signed final agreement", None))
#endif // QT_CONFIG(accessibility)
        self.recordSignedButton.setText(QCoreApplication.translate("AgreementTab", u"Record the signed final agree&ment\u2026", None))
#if QT_CONFIG(accessibility)
        self.recordSignedButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Record the signed final agreement", None))
#endif // QT_CONFIG(accessibility)
        self.closeGroup.setTitle(QCoreApplication.translate("AgreementTab", u"Close the case", None))
        self.closeOutcomeLabel.setText(QCoreApplication.translate("AgreementTab", u"O&utcome:", None))
#if QT_CONFIG(accessibility)
        self.closeOutcomeCombo.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Outcome of the case", None))
#endif // QT_CONFIG(accessibility)
        self.closeCaseButton.setText(QCoreApplication.translate("AgreementTab", u"&Close the case\u2026", None))
#if QT_CONFIG(accessibility)
        self.closeCaseButton.setAccessibleName(QCoreApplication.translate("AgreementTab", u"Close the case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.closedLabel.setAccessibleName(QCoreApplication.translate("AgreementTab", u"When the case was closed", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
