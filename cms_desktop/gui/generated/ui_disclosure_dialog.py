# Generated from ui/disclosure_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QFormLayout, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_DisclosureDialog(object):
    def setupUi(self, DisclosureDialog):
        if not DisclosureDialog.objectName():
            DisclosureDialog.setObjectName(u"DisclosureDialog")
        DisclosureDialog.resize(560, 460)
        self.disclosureDialogLayout = QVBoxLayout(DisclosureDialog)
        self.disclosureDialogLayout.setObjectName(u"disclosureDialogLayout")
        self.introLabel = QLabel(DisclosureDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.disclosureDialogLayout.addWidget(self.introLabel)

        self.disclosureForm = QFormLayout()
        self.disclosureForm.setObjectName(u"disclosureForm")
        self.caseLabel = QLabel(DisclosureDialog)
        self.caseLabel.setObjectName(u"caseLabel")

        self.disclosureForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseLabel)

        self.caseCombo = QComboBox(DisclosureDialog)
        self.caseCombo.setObjectName(u"caseCombo")

        self.disclosureForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseCombo)

        self.categoryLabel = QLabel(DisclosureDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.disclosureForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(DisclosureDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.disclosureForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.basisLabel = QLabel(DisclosureDialog)
        self.basisLabel.setObjectName(u"basisLabel")

        self.disclosureForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.basisLabel)

        self.basisCombo = QComboBox(DisclosureDialog)
        self.basisCombo.setObjectName(u"basisCombo")

        self.disclosureForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.basisCombo)

        self.learnedLabel = QLabel(DisclosureDialog)
        self.learnedLabel.setObjectName(u"learnedLabel")

        self.disclosureForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.learnedLabel)

        self.learnedEdit = QDateTimeEdit(DisclosureDialog)
        self.learnedEdit.setObjectName(u"learnedEdit")
        self.learnedEdit.setCalendarPopup(True)

        self.disclosureForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.learnedEdit)

        self.learnedByLabel = QLabel(DisclosureDialog)
        self.learnedByLabel.setObjectName(u"learnedByLabel")

        self.disclosureForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.learnedByLabel)

        self.learnedByCombo = QComboBox(DisclosureDialog)
        self.learnedByCombo.setObjectName(u"learnedByCombo")

        self.disclosureForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.learnedByCombo)

        self.sessionLabel = QLabel(DisclosureDialog)
        self.sessionLabel.setObjectName(u"sessionLabel")

        self.disclosureForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.sessionLabel)

        self.sessionCombo = QComboBox(DisclosureDialog)
        self.sessionCombo.setObjectName(u"sessionCombo")

        self.disclosureForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.sessionCombo)


        self.disclosureDialogLayout.addLayout(self.disclosureForm)

        self.policyLabel = QLabel(DisclosureDialog)
        self.policyLabel.setObjectName(u"policyLabel")
        self.policyLabel.setWordWrap(True)

        self.disclosureDialogLayout.addWidget(self.policyLabel)

        self.routeLabel = QLabel(DisclosureDialog)
        self.routeLabel.setObjectName(u"routeLabel")
        self.routeLabel.setWordWrap(True)

        self.disclosureDialogLayout.addWidget(self.routeLabel)

        self.errorLabel = QLabel(DisclosureDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.disclosureDialogLayout.addWidget(self.errorLabel)

        self.disclosureButtons = QHBoxLayout()
        self.disclosureButtons.setObjectName(u"disclosureButtons")
        self.disclosureButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.disclosureButtons.addItem(self.disclosureButtonsSpacer)

        self.recordPrintButton = QPushButton(DisclosureDialog)
        self.recordPrintButton.setObjectName(u"recordPrintButton")

        self.disclosureButtons.addWidget(self.recordPrintButton)

        self.recordButton = QPushButton(DisclosureDialog)
        self.recordButton.setObjectName(u"recordButton")

        self.disclosureButtons.addWidget(self.recordButton)

        self.closeButton = QPushButton(DisclosureDialog)
        self.closeButton.setObjectName(u"closeButton")

        self.disclosureButtons.addWidget(self.closeButton)


        self.disclosureDialogLayout.addLayout(self.disclosureButtons)

#if QT_CONFIG(shortcut)
        self.caseLabel.setBuddy(self.caseCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.basisLabel.setBuddy(self.basisCombo)
        self.learnedLabel.setBuddy(self.learnedEdit)
        self.learnedByLabel.setBuddy(self.learnedByCombo)
        self.sessionLabel.setBuddy(self.sessionCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(DisclosureDialog)

        self.recordPrintButton.setDefault(True)

    # setupUi

    def retranslateUi(self, DisclosureDialog):
        DisclosureDialog.setWindowTitle(QCoreApplication.translate("DisclosureDialog", u"Record a disclosure", None))
        self.introLabel.setText(QCoreApplication.translate("DisclosureDialog", u"Record what kind of disclosure falls under the policy's exceptions. Do not write down what was said: the official is told directly.", None))
        self.caseLabel.setText(QCoreApplication.translate("DisclosureDialog", u"C&ase", None))
#if QT_CONFIG(accessibility)
        self.caseCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Case", None))
#endif // QT_CONFIG(accessibility)
        self.categoryLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Category", None))
#if QT_CONFIG(accessibility)
        self.categoryCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Category of disclosure", None))
#endif // QT_CONFIG(accessibility)
        self.basisLabel.setText(QCoreApplication.translate("DisclosureDialog", u"Pro&tected basis", None))
#if QT_CONFIG(accessibility)
        self.basisCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Protected basis of the discrimination", None))
#endif // QT_CONFIG(accessibility)
        self.learnedLabel.setText(QCoreApplication.translate("DisclosureDialog", u"&Learned on", None))
        self.learnedEdit.setDisplayFormat(QCoreApplication.translate("DisclosureDialog", u"ddd d MMM yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.learnedEdit.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"When it was learned", None))
#endif // QT_CONFIG(accessibility)
        self.learnedByLabel.setText(QCoreApplication.translate("DisclosureDialog", u"Learned &by", None))
#if QT_CONFIG(accessibility)
        self.learnedByCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Mediator who learned it", None))
#endif // QT_CONFIG(accessibility)
        self.sessionLabel.setText(QCoreApplication.translate("DisclosureDialog", u"During &session", None))
#if QT_CONFIG(accessibility)
        self.sessionCombo.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Session during which it was learned", None))
#endif // QT_CONFIG(accessibility)
        self.policyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.policyLabel.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"What the policy says of this category", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setText("")
#if QT_CONFIG(accessibility)
        self.routeLabel.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Where it is reported, and by when", None))
#endif // QT_CONFIG(accessibility)
        self.routeLabel.setStyleSheet(QCoreApplication.translate("DisclosureDialog", u"font-weight: 600;", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("DisclosureDialog", u"color: #a40000;", None))
        self.recordPrintButton.setText(QCoreApplication.translate("DisclosureDialog", u"Record and &print referral\u2026", None))
#if QT_CONFIG(accessibility)
        self.recordPrintButton.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Record and print the referral sheet", None))
#endif // QT_CONFIG(accessibility)
        self.recordButton.setText(QCoreApplication.translate("DisclosureDialog", u"&Record", None))
#if QT_CONFIG(accessibility)
        self.recordButton.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Record the disclosure", None))
#endif // QT_CONFIG(accessibility)
        self.closeButton.setText(QCoreApplication.translate("DisclosureDialog", u"Cancel", None))
#if QT_CONFIG(accessibility)
        self.closeButton.setAccessibleName(QCoreApplication.translate("DisclosureDialog", u"Cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
