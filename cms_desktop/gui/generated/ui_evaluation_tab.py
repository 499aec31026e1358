# Generated from ui/evaluation_tab.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_EvaluationTabForm(object):
    def setupUi(self, EvaluationTabForm):
        if not EvaluationTabForm.objectName():
            EvaluationTabForm.setObjectName(u"EvaluationTabForm")
        EvaluationTabForm.resize(1000, 700)
        self.mainLayout = QVBoxLayout(EvaluationTabForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.emptyLabel = QLabel(EvaluationTabForm)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.mainLayout.addWidget(self.emptyLabel)

        self.casePage = QWidget(EvaluationTabForm)
        self.casePage.setObjectName(u"casePage")
        self.casePageLayout = QVBoxLayout(self.casePage)
        self.casePageLayout.setObjectName(u"casePageLayout")
        self.casePageLayout.setContentsMargins(0, 0, 0, 0)
        self.headerRow = QHBoxLayout()
        self.headerRow.setObjectName(u"headerRow")
        self.codeLabel = QLabel(self.casePage)
        self.codeLabel.setObjectName(u"codeLabel")
        self.codeLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.headerRow.addWidget(self.codeLabel)

        self.countLabel = QLabel(self.casePage)
        self.countLabel.setObjectName(u"countLabel")

        self.headerRow.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.printCaseFormButton = QPushButton(self.casePage)
        self.printCaseFormButton.setObjectName(u"printCaseFormButton")

        self.headerRow.addWidget(self.printCaseFormButton)

        self.printBlankFormButton = QPushButton(self.casePage)
        self.printBlankFormButton.setObjectName(u"printBlankFormButton")

        self.headerRow.addWidget(self.printBlankFormButton)


        self.casePageLayout.addLayout(self.headerRow)

        self.bodyRow = QHBoxLayout()
        self.bodyRow.setObjectName(u"bodyRow")
        self.entryGroup = QGroupBox(self.casePage)
        self.entryGroup.setObjectName(u"entryGroup")
        self.entryLayout = QVBoxLayout(self.entryGroup)
        self.entryLayout.setObjectName(u"entryLayout")
        self.entryForm = QFormLayout()
        self.entryForm.setObjectName(u"entryForm")
        self.versionLabel = QLabel(self.entryGroup)
        self.versionLabel.setObjectName(u"versionLabel")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.versionLabel)

        self.versionCombo = QComboBox(self.entryGroup)
        self.versionCombo.setObjectName(u"versionCombo")

        self.entryForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.versionCombo)

        self.receivedLabel = QLabel(self.entryGroup)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.entryForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedDate = QDateEdit(self.entryGroup)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)

        self.entryForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedDate)


        self.entryLayout.addLayout(self.entryForm)

        self.keysHint = QLabel(self.entryGroup)
        self.keysHint.setObjectName(u"keysHint")
        self.keysHint.setWordWrap(True)

        self.entryLayout.addWidget(self.keysHint)

        self.padHost = QWidget(self.entryGroup)
        self.padHost.setObjectName(u"padHost")
        self.padLayout = QVBoxLayout(self.padHost)
        self.padLayout.setObjectName(u"padLayout")
        self.padLayout.setContentsMargins(0, 0, 0, 0)

        self.entryLayout.addWidget(self.padHost)

        self.commentsLabel = QLabel(self.entryGroup)
        self.commentsLabel.setObjectName(u"commentsLabel")
        self.commentsLabel.setWordWrap(True)

        self.entryLayout.addWidget(self.commentsLabel)

        self.comments = QPlainTextEdit(self.entryGroup)
        self.comments.setObjectName(u"comments")
        self.comments.setTabChangesFocus(True)
        self.comments.setMaximumSize(QSize(16777215, 90))

        self.entryLayout.addWidget(self.comments)

        self.commentsError = QLabel(self.entryGroup)
        self.commentsError.setObjectName(u"commentsError")
        self.commentsError.setWordWrap(True)
        self.commentsError.setStyleSheet(u"color: #b3261e;")

        self.entryLayout.addWidget(self.commentsError)

        self.entryMessage = QLabel(self.entryGroup)
        self.entryMessage.setObjectName(u"entryMessage")
        self.entryMessage.setWordWrap(True)

        self.entryLayout.addWidget(self.entryMessage)

        self.entryButtons = QHBoxLayout()
        self.entryButtons.setObjectName(u"entryButtons")
        self.saveButton = QPushButton(self.entryGroup)
        self.saveButton.setObjectName(u"saveButton")

        self.entryButtons.addWidget(self.saveButton)

        self.clearButton = QPushButton(self.entryGroup)
        self.clearButton.setObjectName(u"clearButton")

        self.entryButtons.addWidget(self.clearButton)

        self.undoButton = QPushButton(self.entryGroup)
        self.undoButton.setObjectName(u"undoButton")
        self.undoButton.setEnabled(False)

        self.entryButtons.addWidget(self.undoButton)

        self.entrySpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.entryButtons.addItem(self.entrySpacer)


        self.entryLayout.addLayout(self.entryButtons)

        self.entryBottom = QSpacerItem(10, 10, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.entryLayout.addItem(self.entryBottom)


        self.bodyRow.addWidget(self.entryGroup)

        self.summaryGroup = QGroupBox(self.casePage)
        self.summaryGroup.setObjectName(u"summaryGroup")
        self.summaryGroupLayout = QVBoxLayout(self.summaryGroup)
        self.summaryGroupLayout.setObjectName(u"summaryGroupLayout")
        self.summaryStatus = QLabel(self.summaryGroup)
        self.summaryStatus.setObjectName(u"summaryStatus")
        self.summaryStatus.setWordWrap(True)

        self.summaryGroupLayout.addWidget(self.summaryStatus)

        self.summaryArea = QScrollArea(self.summaryGroup)
        self.summaryArea.setObjectName(u"summaryArea")
        self.summaryArea.setWidgetResizable(True)
        self.summaryHost = QWidget()
        self.summaryHost.setObjectName(u"summaryHost")
        self.summaryLayout = QVBoxLayout(self.summaryHost)
        self.summaryLayout.setObjectName(u"summaryLayout")
        self.summaryArea.setWidget(self.summaryHost)

        self.summaryGroupLayout.addWidget(self.summaryArea)


        self.bodyRow.addWidget(self.summaryGroup)

        self.bodyRow.setStretch(0, 5)
        self.bodyRow.setStretch(1, 6)

        self.casePageLayout.addLayout(self.bodyRow)


        self.mainLayout.addWidget(self.casePage)

#if QT_CONFIG(shortcut)
        self.versionLabel.setBuddy(self.versionCombo)
        self.receivedLabel.setBuddy(self.receivedDate)
        self.commentsLabel.setBuddy(self.comments)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.versionCombo, self.receivedDate)
        QWidget.setTabOrder(self.receivedDate, self.comments)
        QWidget.setTabOrder(self.comments, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.clearButton)
        QWidget.setTabOrder(self.clearButton, self.undoButton)
        QWidget.setTabOrder(self.undoButton, self.printCaseFormButton)
        QWidget.setTabOrder(self.printCaseFormButton, self.printBlankFormButton)

        self.retranslateUi(EvaluationTabForm)
    # setupUi

    def retranslateUi(self, EvaluationTabForm):
#if QT_CONFIG(accessibility)
        EvaluationTabForm.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Evaluation", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText(QCoreApplication.translate("EvaluationTabForm", u"Select a case in the list to enter its returned evaluation forms.", None))
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"No case selected", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.casePage.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Evaluation of the selected case", None))
#endif // QT_CONFIG(accessibility)
        self.codeLabel.setText(QCoreApplication.translate("EvaluationTabForm", u"Evaluation code: not given yet", None))
#if QT_CONFIG(accessibility)
        self.codeLabel.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Evaluation code", None))
#endif // QT_CONFIG(accessibility)
        self.countLabel.setText(QCoreApplication.translate("EvaluationTabForm", u"Forms returned: 0", None))
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Forms returned for this case", None))
#endif // QT_CONFIG(accessibility)
        self.printCaseFormButton.setText(QCoreApplication.translate("EvaluationTabForm", u"&Print form for this case\u2026", None))
#if QT_CONFIG(tooltip)
        self.printCaseFormButton.setToolTip(QCoreApplication.translate("EvaluationTabForm", u"The form carries only this case's evaluation code: no case number, no name.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printCaseFormButton.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Print the evaluation form for this case", None))
#endif // QT_CONFIG(accessibility)
        self.printBlankFormButton.setText(QCoreApplication.translate("EvaluationTabForm", u"Print &blank form\u2026", None))
#if QT_CONFIG(tooltip)
        self.printBlankFormButton.setToolTip(QCoreApplication.translate("EvaluationTabForm", u"A form with empty code boxes, to copy and hand out.", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.printBlankFormButton.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Print a blank evaluation form", None))
#endif // QT_CONFIG(accessibility)
        self.entryGroup.setTitle(QCoreApplication.translate("EvaluationTabForm", u"Enter a returned form", None))
#if QT_CONFIG(accessibility)
        self.entryGroup.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Enter a returned form", None))
#endif // QT_CONFIG(accessibility)
        self.versionLabel.setText(QCoreApplication.translate("EvaluationTabForm", u"&Questionnaire version", None))
#if QT_CONFIG(accessibility)
        self.versionCombo.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Questionnaire version printed on the form", None))
#endif // QT_CONFIG(accessibility)
        self.receivedLabel.setText(QCoreApplication.translate("EvaluationTabForm", u"&Received on", None))
        self.receivedDate.setDisplayFormat(QCoreApplication.translate("EvaluationTabForm", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Date the form came back", None))
#endif // QT_CONFIG(accessibility)
        self.keysHint.setText(QCoreApplication.translate("EvaluationTabForm", u"Type 1\u20135 for each answer, 0 for \u201cdoes not apply\u201d, Space to leave one blank, Backspace to go back. P, S or O sets the role. Enter saves the form and starts the next.", None))
#if QT_CONFIG(accessibility)
        self.keysHint.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"How to type a form", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.padHost.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Answers", None))
#endif // QT_CONFIG(accessibility)
        self.commentsLabel.setText(QCoreApplication.translate("EvaluationTabForm", u"Co&mments, as written (leave out names; Shift+Enter for a new line)", None))
#if QT_CONFIG(accessibility)
        self.comments.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Comments", None))
#endif // QT_CONFIG(accessibility)
        self.commentsError.setText("")
#if QT_CONFIG(accessibility)
        self.commentsError.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Problem with the comments", None))
#endif // QT_CONFIG(accessibility)
        self.entryMessage.setText("")
#if QT_CONFIG(accessibility)
        self.entryMessage.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Entry message", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("EvaluationTabForm", u"Save form (En&ter)", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Save the form", None))
#endif // QT_CONFIG(accessibility)
        self.clearButton.setText(QCoreApplication.translate("EvaluationTabForm", u"C&lear", None))
#if QT_CONFIG(accessibility)
        self.clearButton.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Clear the form without saving", None))
#endif // QT_CONFIG(accessibility)
        self.undoButton.setText(QCoreApplication.translate("EvaluationTabForm", u"&Undo last form", None))
#if QT_CONFIG(accessibility)
        self.undoButton.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Take back the last form saved", None))
#endif // QT_CONFIG(accessibility)
        self.summaryGroup.setTitle(QCoreApplication.translate("EvaluationTabForm", u"Summary for this case", None))
#if QT_CONFIG(accessibility)
        self.summaryGroup.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Summary for this case", None))
#endif // QT_CONFIG(accessibility)
        self.summaryStatus.setText("")
#if QT_CONFIG(accessibility)
        self.summaryStatus.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Summary status", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryArea.setAccessibleName(QCoreApplication.translate("EvaluationTabForm", u"Answers, summarised", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
