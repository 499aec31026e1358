# Generated from ui/destroy_notes_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DestroyNotesDialog(object):
    def setupUi(self, DestroyNotesDialog):
        if not DestroyNotesDialog.objectName():
            DestroyNotesDialog.setObjectName(u"DestroyNotesDialog")
        DestroyNotesDialog.resize(560, 600)
        self.mainLayout = QVBoxLayout(DestroyNotesDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.headline = QLabel(DestroyNotesDialog)
        self.headline.setObjectName(u"headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.headline.setWordWrap(True)
        self.headline.setStyleSheet(u"font-weight: bold; font-size: 14pt;")

        self.mainLayout.addWidget(self.headline)

        self.summary = QLabel(DestroyNotesDialog)
        self.summary.setObjectName(u"summary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)

        self.mainLayout.addWidget(self.summary)

        self.sessionList = QListWidget(DestroyNotesDialog)
        self.sessionList.setObjectName(u"sessionList")
        self.sessionList.setTabKeyNavigation(False)
        self.sessionList.setMaximumSize(QSize(16777215, 120))
        self.sessionList.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)

        self.mainLayout.addWidget(self.sessionList)

        self.doneLabel = QLabel(DestroyNotesDialog)
        self.doneLabel.setObjectName(u"doneLabel")
        self.doneLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.doneLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.doneLabel)

        self.factsGroup = QGroupBox(DestroyNotesDialog)
        self.factsGroup.setObjectName(u"factsGroup")
        self.factsLayout = QGridLayout(self.factsGroup)
        self.factsLayout.setObjectName(u"factsLayout")
        self.outcomeLabel = QLabel(self.factsGroup)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.factsLayout.addWidget(self.outcomeLabel, 0, 0, 1, 1)

        self.outcomeCombo = QComboBox(self.factsGroup)
        self.outcomeCombo.setObjectName(u"outcomeCombo")

        self.factsLayout.addWidget(self.outcomeCombo, 0, 1, 1, 1)

        self.outcomeError = QLabel(self.factsGroup)
        self.outcomeError.setObjectName(u"outcomeError")
        self.outcomeError.setStyleSheet(u"color: #b00020;")

        self.factsLayout.addWidget(self.outcomeError, 0, 2, 1, 1)

        self.categoryLabel = QLabel(self.factsGroup)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.factsLayout.addWidget(self.categoryLabel, 1, 0, 1, 1)

        self.categoryCombo = QComboBox(self.factsGroup)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.factsLayout.addWidget(self.categoryCombo, 1, 1, 1, 1)

        self.categoryError = QLabel(self.factsGroup)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setStyleSheet(u"color: #b00020;")

        self.factsLayout.addWidget(self.categoryError, 1, 2, 1, 1)

        self.referralLabel = QLabel(self.factsGroup)
        self.referralLabel.setObjectName(u"referralLabel")

        self.factsLayout.addWidget(self.referralLabel, 2, 0, 1, 1)

        self.referralEdit = QLineEdit(self.factsGroup)
        self.referralEdit.setObjectName(u"referralEdit")
        self.referralEdit.setMaxLength(200)

        self.factsLayout.addWidget(self.referralEdit, 2, 1, 1, 1)

        self.referralError = QLabel(self.factsGroup)
        self.referralError.setObjectName(u"referralError")
        self.referralError.setStyleSheet(u"color: #b00020;")

        self.factsLayout.addWidget(self.referralError, 2, 2, 1, 1)

        self.sessionsProblem = QLabel(self.factsGroup)
        self.sessionsProblem.setObjectName(u"sessionsProblem")
        self.sessionsProblem.setTextFormat(Qt.TextFormat.PlainText)
        self.sessionsProblem.setWordWrap(True)
        self.sessionsProblem.setStyleSheet(u"color: #b00020;")

        self.factsLayout.addWidget(self.sessionsProblem, 3, 0, 1, 3)


        self.mainLayout.addWidget(self.factsGroup)

        self.paperGroup = QGroupBox(DestroyNotesDialog)
        self.paperGroup.setObjectName(u"paperGroup")
        self.paperLayout = QGridLayout(self.paperGroup)
        self.paperLayout.setObjectName(u"paperLayout")
        self.paperShredded = QRadioButton(self.paperGroup)
        self.paperShredded.setObjectName(u"paperShredded")

        self.paperLayout.addWidget(self.paperShredded, 0, 0, 1, 1)

        self.shreddedOn = QDateEdit(self.paperGroup)
        self.shreddedOn.setObjectName(u"shreddedOn")
        self.shreddedOn.setCalendarPopup(True)

        self.paperLayout.addWidget(self.shreddedOn, 0, 1, 1, 1)

        self.paperNone = QRadioButton(self.paperGroup)
        self.paperNone.setObjectName(u"paperNone")

        self.paperLayout.addWidget(self.paperNone, 1, 0, 1, 2)

        self.paperLater = QRadioButton(self.paperGroup)
        self.paperLater.setObjectName(u"paperLater")

        self.paperLayout.addWidget(self.paperLater, 2, 0, 1, 2)

        self.paperError = QLabel(self.paperGroup)
        self.paperError.setObjectName(u"paperError")
        self.paperError.setWordWrap(True)
        self.paperError.setStyleSheet(u"color: #b00020;")

        self.paperLayout.addWidget(self.paperError, 3, 0, 1, 2)


        self.mainLayout.addWidget(self.paperGroup)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.mainLayout.addItem(self.spacer)

        self.buttonLayout = QHBoxLayout()
        self.buttonLayout.setObjectName(u"buttonLayout")
        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonLayout.addItem(self.buttonSpacer)

        self.closeButton = QPushButton(DestroyNotesDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.buttonLayout.addWidget(self.closeButton)

        self.attestButton = QPushButton(DestroyNotesDialog)
        self.attestButton.setObjectName(u"attestButton")

        self.buttonLayout.addWidget(self.attestButton)

        self.destroyButton = QPushButton(DestroyNotesDialog)
        self.destroyButton.setObjectName(u"destroyButton")
        self.destroyButton.setAutoDefault(False)

        self.buttonLayout.addWidget(self.destroyButton)


        self.mainLayout.addLayout(self.buttonLayout)

#if QT_CONFIG(shortcut)
        self.outcomeLabel.setBuddy(self.outcomeCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.referralLabel.setBuddy(self.referralEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionList, self.outcomeCombo)
        QWidget.setTabOrder(self.outcomeCombo, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.referralEdit)
        QWidget.setTabOrder(self.referralEdit, self.paperShredded)
        QWidget.setTabOrder(self.paperShredded, self.shreddedOn)
        QWidget.setTabOrder(self.shreddedOn, self.paperNone)
        QWidget.setTabOrder(self.paperNone, self.paperLater)
        QWidget.setTabOrder(self.paperLater, self.closeButton)
        QWidget.setTabOrder(self.closeButton, self.attestButton)
        QWidget.setTabOrder(self.attestButton, self.destroyButton)

        self.retranslateUi(DestroyNotesDialog)
    # setupUi

    def retranslateUi(self, DestroyNotesDialog):
        DestroyNotesDialog.setWindowTitle(QCoreApplication.translate("DestroyNotesDialog", u"Destroy notes", None))
#if QT_CONFIG(accessibility)
        DestroyNotesDialog.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Destroy notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.headline.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summary.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"What will be destroyed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionList.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Sessions whose notes will be destroyed", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.doneLabel.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Record of destruction", None))
#endif // QT_CONFIG(accessibility)
        self.factsGroup.setTitle(QCoreApplication.translate("DestroyNotesDialog", u"First, the case's statistics (nothing can be added afterwards)", None))
#if QT_CONFIG(accessibility)
        self.factsGroup.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Missing statistical facts", None))
#endif // QT_CONFIG(accessibility)
        self.outcomeLabel.setText(QCoreApplication.translate("DestroyNotesDialog", u"&Outcome:", None))
#if QT_CONFIG(accessibility)
        self.outcomeCombo.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Outcome", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.outcomeError.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Outcome problem", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("DestroyNotesDialog", u"Dispute &category:", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Dispute category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryError.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Dispute category problem", None))
#endif // QT_CONFIG(accessibility)
        self.referralLabel.setText(QCoreApplication.translate("DestroyNotesDialog", u"&Referred by:", None))
#if QT_CONFIG(accessibility)
        self.referralEdit.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Referral source", None))
#endif // QT_CONFIG(accessibility)
        self.referralEdit.setPlaceholderText(QCoreApplication.translate("DestroyNotesDialog", u"e.g. self, Dean of Students, Residence Life", None))
#if QT_CONFIG(accessibility)
        self.referralError.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Referral source problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.sessionsProblem.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Sessions to settle first", None))
#endif // QT_CONFIG(accessibility)
        self.paperGroup.setTitle(QCoreApplication.translate("DestroyNotesDialog", u"Your paper notes", None))
#if QT_CONFIG(accessibility)
        self.paperGroup.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Your paper notes", None))
#endif // QT_CONFIG(accessibility)
        self.paperShredded.setText(QCoreApplication.translate("DestroyNotesDialog", u"I &shredded my paper notes on", None))
#if QT_CONFIG(accessibility)
        self.paperShredded.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"I shredded my paper notes", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.shreddedOn.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Date the paper notes were shredded", None))
#endif // QT_CONFIG(accessibility)
        self.shreddedOn.setDisplayFormat(QCoreApplication.translate("DestroyNotesDialog", u"d MMMM yyyy", None))
        self.paperNone.setText(QCoreApplication.translate("DestroyNotesDialog", u"I &kept no paper notes", None))
#if QT_CONFIG(accessibility)
        self.paperNone.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"I kept no paper notes", None))
#endif // QT_CONFIG(accessibility)
        self.paperLater.setText(QCoreApplication.translate("DestroyNotesDialog", u"I will &attest to my paper notes later", None))
#if QT_CONFIG(accessibility)
        self.paperLater.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"I will attest to my paper notes later", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.paperError.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Paper notes problem", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("DestroyNotesDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
        self.attestButton.setText(QCoreApplication.translate("DestroyNotesDialog", u"&Record paper notes", None))
#if QT_CONFIG(accessibility)
        self.attestButton.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Record paper notes", None))
#endif // QT_CONFIG(accessibility)
        self.destroyButton.setText(QCoreApplication.translate("DestroyNotesDialog", u"&Destroy notes", None))
#if QT_CONFIG(accessibility)
        self.destroyButton.setAccessibleName(QCoreApplication.translate("DestroyNotesDialog", u"Destroy notes", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
