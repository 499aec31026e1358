# Generated from ui/report_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

class Ui_ReportDialog(object):
    def setupUi(self, ReportDialog):
        if not ReportDialog.objectName():
            ReportDialog.setObjectName(u"ReportDialog")
        ReportDialog.resize(460, 260)
        self.reportLayout = QVBoxLayout(ReportDialog)
        self.reportLayout.setObjectName(u"reportLayout")
        self.summaryLabel = QLabel(ReportDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.summaryLabel)

        self.reportForm = QFormLayout()
        self.reportForm.setObjectName(u"reportForm")
        self.reportedLabel = QLabel(ReportDialog)
        self.reportedLabel.setObjectName(u"reportedLabel")

        self.reportForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.reportedLabel)

        self.reportedEdit = QDateTimeEdit(ReportDialog)
        self.reportedEdit.setObjectName(u"reportedEdit")
        self.reportedEdit.setCalendarPopup(True)

        self.reportForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.reportedEdit)

        self.howLabel = QLabel(ReportDialog)
        self.howLabel.setObjectName(u"howLabel")

        self.reportForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.howLabel)

        self.howCombo = QComboBox(ReportDialog)
        self.howCombo.setObjectName(u"howCombo")
        self.howCombo.setEditable(True)

        self.reportForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.howCombo)

        self.toLabel = QLabel(ReportDialog)
        self.toLabel.setObjectName(u"toLabel")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.toLabel)

        self.toEdit = QLineEdit(ReportDialog)
        self.toEdit.setObjectName(u"toEdit")

        self.reportForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.toEdit)


        self.reportLayout.addLayout(self.reportForm)

        self.errorLabel = QLabel(ReportDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.reportLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ReportDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.reportLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.reportedLabel.setBuddy(self.reportedEdit)
        self.howLabel.setBuddy(self.howCombo)
        self.toLabel.setBuddy(self.toEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ReportDialog)
    # setupUi

    def retranslateUi(self, ReportDialog):
        ReportDialog.setWindowTitle(QCoreApplication.translate("ReportDialog", u"Record the reporting", None))
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("ReportDialog", u"The disclosure being reported", None))
#endif // QT_CONFIG(accessibility)
        self.reportedLabel.setText(QCoreApplication.translate("ReportDialog", u"Reported &on", None))
        self.reportedEdit.setDisplayFormat(QCoreApplication.translate("ReportDialog", u"ddd d MMM yyyy HH:mm", None))
#if QT_CONFIG(accessibility)
        self.reportedEdit.setAccessibleName(QCoreApplication.translate("ReportDialog", u"When it was reported", None))
#endif // QT_CONFIG(accessibility)
        self.howLabel.setText(QCoreApplication.translate("ReportDialog", u"&How", None))
#if QT_CONFIG(accessibility)
        self.howCombo.setAccessibleName(QCoreApplication.translate("ReportDialog", u"How it was reported", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("ReportDialog", u"&To whom", None))
#if QT_CONFIG(accessibility)
        self.toEdit.setAccessibleName(QCoreApplication.translate("ReportDialog", u"To whom it was reported", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ReportDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ReportDialog", u"color: #a40000;", None))
    # retranslateUi
