# Generated from ui/roster_decision_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_RosterDecisionDialog(object):
    def setupUi(self, RosterDecisionDialog):
        if not RosterDecisionDialog.objectName():
            RosterDecisionDialog.setObjectName(u"RosterDecisionDialog")
        RosterDecisionDialog.resize(520, 380)
        self.dialogLayout = QVBoxLayout(RosterDecisionDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(RosterDecisionDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.clauseLabel = QLabel(RosterDecisionDialog)
        self.clauseLabel.setObjectName(u"clauseLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.clauseLabel)

        self.clauseCombo = QComboBox(RosterDecisionDialog)
        self.clauseCombo.setObjectName(u"clauseCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.clauseCombo)

        self.clauseError = QLabel(RosterDecisionDialog)
        self.clauseError.setObjectName(u"clauseError")
        self.clauseError.setVisible(False)
        self.clauseError.setWordWrap(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.clauseError)

        self.reasonLabel = QLabel(RosterDecisionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(RosterDecisionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(RosterDecisionDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setVisible(False)
        self.reasonError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.dialogLayout.addLayout(self.form)

        self.consequence = QLabel(RosterDecisionDialog)
        self.consequence.setObjectName(u"consequence")
        self.consequence.setWordWrap(True)

        self.dialogLayout.addWidget(self.consequence)

        self.generalError = QLabel(RosterDecisionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)

        self.dialogLayout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(RosterDecisionDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.clauseLabel.setBuddy(self.clauseCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.clauseCombo, self.reasonEdit)
        QWidget.setTabOrder(self.reasonEdit, self.buttons)

        self.retranslateUi(RosterDecisionDialog)
    # setupUi

    def retranslateUi(self, RosterDecisionDialog):
        RosterDecisionDialog.setWindowTitle(QCoreApplication.translate("RosterDecisionDialog", u"Roster decision", None))
#if QT_CONFIG(accessibility)
        RosterDecisionDialog.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Roster decision", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Decision", None))
#endif // QT_CONFIG(accessibility)
        self.clauseLabel.setText(QCoreApplication.translate("RosterDecisionDialog", u"&Clause", None))
#if QT_CONFIG(accessibility)
        self.clauseCombo.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Clause", None))
#endif // QT_CONFIG(accessibility)
        self.clauseError.setStyleSheet(QCoreApplication.translate("RosterDecisionDialog", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.clauseError.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Clause error", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RosterDecisionDialog", u"&Reason", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Reason", None))
#endif // QT_CONFIG(accessibility)
        self.reasonEdit.setPlaceholderText(QCoreApplication.translate("RosterDecisionDialog", u"What happened, and why this decision (kept in the roster's history)", None))
        self.reasonError.setStyleSheet(QCoreApplication.translate("RosterDecisionDialog", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.reasonError.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Reason error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.consequence.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"What the decision does", None))
#endif // QT_CONFIG(accessibility)
        self.generalError.setStyleSheet(QCoreApplication.translate("RosterDecisionDialog", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.generalError.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("RosterDecisionDialog", u"Decide or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
