# Generated from ui/debrief_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout

class Ui_DebriefDialog(object):
    def setupUi(self, DebriefDialog):
        if not DebriefDialog.objectName():
            DebriefDialog.setObjectName(u"DebriefDialog")
        DebriefDialog.resize(520, 420)
        self.debriefDialogLayout = QVBoxLayout(DebriefDialog)
        self.debriefDialogLayout.setObjectName(u"debriefDialogLayout")
        self.debriefForm = QFormLayout()
        self.debriefForm.setObjectName(u"debriefForm")
        self.dateLabel = QLabel(DebriefDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.debriefForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(DebriefDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.debriefForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.sessionLabel = QLabel(DebriefDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.debriefForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(DebriefDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.debriefForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.takingPartLabel = QLabel(DebriefDialog)
        self.takingPartLabel.setObjectName(u"takingPartLabel")

        self.debriefForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.takingPartLabel)

        self.takingPartEdit = QLineEdit(DebriefDialog)
        self.takingPartEdit.setObjectName(u"takingPartEdit")

        self.debriefForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.takingPartEdit)

        self.summaryLabel = QLabel(DebriefDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.debriefForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(DebriefDialog)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.debriefForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.debriefDialogLayout.addLayout(self.debriefForm)

        self.errorLabel = QLabel(DebriefDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.debriefDialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DebriefDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.debriefDialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.takingPartLabel.setBuddy(self.takingPartEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DebriefDialog)
    # setupUi

    def retranslateUi(self, DebriefDialog):
        DebriefDialog.setWindowTitle(QCoreApplication.translate("DebriefDialog", u"Debrief", None))
        self.dateLabel.setText(QCoreApplication.translate("DebriefDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("DebriefDialog", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("DebriefDialog", u"Date of the debrief", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("DebriefDialog", u"&After session", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("DebriefDialog", u"Session debriefed", None))
#endif // QT_CONFIG(accessibility)
        self.takingPartLabel.setText(QCoreApplication.translate("DebriefDialog", u"&Who took part", None))
        self.takingPartEdit.setPlaceholderText(QCoreApplication.translate("DebriefDialog", u"The mediators and their supervisor", None))
#if QT_CONFIG(accessibility)
        self.takingPartEdit.setAccessibleName(QCoreApplication.translate("DebriefDialog", u"Who took part", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText(QCoreApplication.translate("DebriefDialog", u"&Summary", None))
#if QT_CONFIG(accessibility)
        self.summaryEdit.setAccessibleName(QCoreApplication.translate("DebriefDialog", u"Confidential summary", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DebriefDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("DebriefDialog", u"color: #a40000;", None))
    # retranslateUi
