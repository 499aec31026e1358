# Generated from ui/reason_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_ReasonDialog(object):
    def setupUi(self, ReasonDialog):
        if not ReasonDialog.objectName():
            ReasonDialog.setObjectName(u"ReasonDialog")
        ReasonDialog.resize(420, 240)
        self.reasonLayout = QVBoxLayout(ReasonDialog)
        self.reasonLayout.setObjectName(u"reasonLayout")
        self.promptLabel = QLabel(ReasonDialog)
        self.promptLabel.setObjectName(u"promptLabel")
        self.promptLabel.setWordWrap(True)

        self.reasonLayout.addWidget(self.promptLabel)

        self.reasonEdit = QPlainTextEdit(ReasonDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.reasonLayout.addWidget(self.reasonEdit)

        self.errorLabel = QLabel(ReasonDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.reasonLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReasonDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.reasonLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.promptLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReasonDialog)
    # setupUi

    def retranslateUi(self, ReasonDialog):
        ReasonDialog.setWindowTitle(QCoreApplication.translate("ReasonDialog", u"Reason", None))
        self.promptLabel.setText(QCoreApplication.translate("ReasonDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ReasonDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ReasonDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ReasonDialog", u"color: #a40000;", None))
    # retranslateUi
