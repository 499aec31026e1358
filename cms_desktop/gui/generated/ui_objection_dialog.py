# Generated from ui/objection_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QPlainTextEdit, QVBoxLayout

class Ui_ObjectionDialog(object):
    def setupUi(self, ObjectionDialog):
        if not ObjectionDialog.objectName():
            ObjectionDialog.setObjectName(u"ObjectionDialog")
        ObjectionDialog.resize(480, 360)
        self.objectionLayout = QVBoxLayout(ObjectionDialog)
        self.objectionLayout.setObjectName(u"objectionLayout")
        self.objectionForm = QFormLayout()
        self.objectionForm.setObjectName(u"objectionForm")
        self.mediatorLabel = QLabel(ObjectionDialog)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.mediatorLabel)

        self.mediatorCombo = QComboBox(ObjectionDialog)
        self.mediatorCombo.setObjectName(u"mediatorCombo")

        self.objectionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.mediatorCombo)

        self.participantLabel = QLabel(ObjectionDialog)
        self.participantLabel.setObjectName(u"participantLabel")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.participantLabel)

        self.participantCombo = QComboBox(ObjectionDialog)
        self.participantCombo.setObjectName(u"participantCombo")

        self.objectionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.participantCombo)

        self.reasonLabel = QLabel(ObjectionDialog)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reasonEdit = QPlainTextEdit(ObjectionDialog)
        self.reasonEdit.setObjectName(u"reasonEdit")
        self.reasonEdit.setTabChangesFocus(True)

        self.objectionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.reasonEdit)

        self.replaceCheck = QCheckBox(ObjectionDialog)
        self.replaceCheck.setObjectName(u"replaceCheck")

        self.objectionForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.replaceCheck)

        self.replacementCombo = QComboBox(ObjectionDialog)
        self.replacementCombo.setObjectName(u"replacementCombo")

        self.objectionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.replacementCombo)


        self.objectionLayout.addLayout(self.objectionForm)

        self.errorLabel = QLabel(ObjectionDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.objectionLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ObjectionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.objectionLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.mediatorLabel.setBuddy(self.mediatorCombo)
        self.participantLabel.setBuddy(self.participantCombo)
        self.reasonLabel.setBuddy(self.reasonEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ObjectionDialog)
    # setupUi

    def retranslateUi(self, ObjectionDialog):
        ObjectionDialog.setWindowTitle(QCoreApplication.translate("ObjectionDialog", u"A party's objection to a mediator", None))
        self.mediatorLabel.setText(QCoreApplication.translate("ObjectionDialog", u"&Mediator", None))
#if QT_CONFIG(accessibility)
        self.mediatorCombo.setAccessibleName(QCoreApplication.translate("ObjectionDialog", u"Mediator objected to", None))
#endif // QT_CONFIG(accessibility)
        self.participantLabel.setText(QCoreApplication.translate("ObjectionDialog", u"Ob&jected by", None))
#if QT_CONFIG(accessibility)
        self.participantCombo.setAccessibleName(QCoreApplication.translate("ObjectionDialog", u"Participant who objected", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("ObjectionDialog", u"&Objection", None))
#if QT_CONFIG(accessibility)
        self.reasonEdit.setAccessibleName(QCoreApplication.translate("ObjectionDialog", u"The objection", None))
#endif // QT_CONFIG(accessibility)
        self.replaceCheck.setText(QCoreApplication.translate("ObjectionDialog", u"&Replace with", None))
#if QT_CONFIG(accessibility)
        self.replaceCheck.setAccessibleName(QCoreApplication.translate("ObjectionDialog", u"Replace the mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.replacementCombo.setAccessibleName(QCoreApplication.translate("ObjectionDialog", u"Replacement mediator", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ObjectionDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ObjectionDialog", u"color: #a40000;", None))
    # retranslateUi
