# Generated from ui/override_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

class Ui_OverrideDialog(object):
    def setupUi(self, OverrideDialog):
        if not OverrideDialog.objectName():
            OverrideDialog.setObjectName(u"OverrideDialog")
        OverrideDialog.resize(520, 320)
        self.dialogLayout = QVBoxLayout(OverrideDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(OverrideDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.sessionLabel = QLabel(OverrideDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(OverrideDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.sessionCombo)

        self.participantLabel = QLabel(OverrideDialog)
        self.participantLabel.setObjectName(u"participantLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantLabel)

        self.participantCombo = QComboBox(OverrideDialog)
        self.participantCombo.setObjectName(u"participantCombo")

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantCombo)

        self.reasonLabel = QLabel(OverrideDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(OverrideDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.reasonError = QLabel(OverrideDialog)
        self.reasonError.setObjectName(u"reasonError")
        self.reasonError.setWordWrap(True)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.reasonError)


        self.dialogLayout.addLayout(self.form)

        self.buttons = QDialogButtonBox(OverrideDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.sessionLabel.setBuddy(self.sessionCombo)
        self.participantLabel.setBuddy(self.participantCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.sessionCombo, self.participantCombo)
        QWidget.setTabOrder(self.participantCombo, self.reasonEdit)

        self.retranslateUi(OverrideDialog)
    # setupUi

    def retranslateUi(self, OverrideDialog):
        OverrideDialog.setWindowTitle(QCoreApplication.translate("OverrideDialog", u"Director's override", None))
        self.introLabel.setText(QCoreApplication.translate("OverrideDialog", u"Let a session be marked held although a participant present has not returned a signed agreement to mediate. The override and its reason are listed on the compliance view.", None))
        self.sessionLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Session:", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Session the override applies to", None))
#endif // QT_CONFIG(accessibility)
        self.participantLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Participant:", None))
#if QT_CONFIG(accessibility)
        self.participantCombo.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Participant the override applies to", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("OverrideDialog", u"&Reason:", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Reason for the override", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.reasonError.setAccessibleName(QCoreApplication.translate("OverrideDialog", u"Problem with the reason", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
