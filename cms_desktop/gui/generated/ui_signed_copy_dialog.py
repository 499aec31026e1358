# Generated from ui/signed_copy_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

class Ui_SignedCopyDialog(object):
    def setupUi(self, SignedCopyDialog):
        if not SignedCopyDialog.objectName():
            SignedCopyDialog.setObjectName(u"SignedCopyDialog")
        SignedCopyDialog.resize(520, 300)
        self.dialogLayout = QVBoxLayout(SignedCopyDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.introLabel = QLabel(SignedCopyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.participantLabel = QLabel(SignedCopyDialog)
        self.participantLabel.setObjectName(u"participantLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.participantLabel)

        self.participantCombo = QComboBox(SignedCopyDialog)
        self.participantCombo.setObjectName(u"participantCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.participantCombo)

        self.receivedLabel = QLabel(SignedCopyDialog)
        self.receivedLabel.setObjectName(u"receivedLabel")

        self.form.setWidget(1, QFormLayout.ItemRole.LabelRole, self.receivedLabel)

        self.receivedDate = QDateEdit(SignedCopyDialog)
        self.receivedDate.setObjectName(u"receivedDate")
        self.receivedDate.setCalendarPopup(True)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.receivedDate)

        self.receivedError = QLabel(SignedCopyDialog)
        self.receivedError.setObjectName(u"receivedError")
        self.receivedError.setWordWrap(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.receivedError)

        self.scanLabel = QLabel(SignedCopyDialog)
        self.scanLabel.setObjectName(u"scanLabel")

        self.form.setWidget(3, QFormLayout.ItemRole.LabelRole, self.scanLabel)

        self.scanRow = QHBoxLayout()
        self.scanRow.setObjectName(u"scanRow")
        self.scanName = QLabel(SignedCopyDialog)
        self.scanName.setObjectName(u"scanName")

        self.scanRow.addWidget(self.scanName)

        self.scanButton = QPushButton(SignedCopyDialog)
        self.scanButton.setObjectName(u"scanButton")

        self.scanRow.addWidget(self.scanButton)

        self.clearScanButton = QPushButton(SignedCopyDialog)
        self.clearScanButton.setObjectName(u"clearScanButton")

        self.scanRow.addWidget(self.clearScanButton)


        self.form.setLayout(3, QFormLayout.ItemRole.FieldRole, self.scanRow)

        self.scanError = QLabel(SignedCopyDialog)
        self.scanError.setObjectName(u"scanError")
        self.scanError.setWordWrap(True)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.scanError)


        self.dialogLayout.addLayout(self.form)

        self.scanNote = QLabel(SignedCopyDialog)
        self.scanNote.setObjectName(u"scanNote")
        self.scanNote.setWordWrap(True)

        self.dialogLayout.addWidget(self.scanNote)

        self.buttons = QDialogButtonBox(SignedCopyDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.participantLabel.setBuddy(self.participantCombo)
        self.receivedLabel.setBuddy(self.receivedDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.participantCombo, self.receivedDate)
        QWidget.setTabOrder(self.receivedDate, self.scanButton)
        QWidget.setTabOrder(self.scanButton, self.clearScanButton)

        self.retranslateUi(SignedCopyDialog)
    # setupUi

    def retranslateUi(self, SignedCopyDialog):
        SignedCopyDialog.setWindowTitle(QCoreApplication.translate("SignedCopyDialog", u"File a signed copy", None))
        self.participantLabel.setText(QCoreApplication.translate("SignedCopyDialog", u"&Signed by:", None))
#if QT_CONFIG(accessibility)
        self.participantCombo.setAccessibleName(QCoreApplication.translate("SignedCopyDialog", u"Who signed", None))
#endif // QT_CONFIG(accessibility)
        self.receivedLabel.setText(QCoreApplication.translate("SignedCopyDialog", u"&Received on:", None))
#if QT_CONFIG(accessibility)
        self.receivedDate.setAccessibleName(QCoreApplication.translate("SignedCopyDialog", u"Date the signed copy was received", None))
#endif // QT_CONFIG(accessibility)
        self.receivedDate.setDisplayFormat(QCoreApplication.translate("SignedCopyDialog", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.receivedError.setAccessibleName(QCoreApplication.translate("SignedCopyDialog", u"Problem with the date", None))
#endif // QT_CONFIG(accessibility)
        self.scanLabel.setText(QCoreApplication.translate("SignedCopyDialog", u"Scan:", None))
#if QT_CONFIG(accessibility)
        self.scanName.setAccessibleName(QCoreApplication.translate("SignedCopyDialog", u"Scan to keep in the vault", None))
#endif // QT_CONFIG(accessibility)
        self.scanName.setText(QCoreApplication.translate("SignedCopyDialog", u"None (optional)", None))
        self.scanButton.setText(QCoreApplication.translate("SignedCopyDialog", u"&Attach scan\u2026", None))
#if QT_CONFIG(accessibility)
        self.scanButton.setAccessibleName(QCoreApplication.translate("SignedCopyDialog", u"Attach a scan of the signed copy", None))
#endif // QT_CONFIG(accessibility)
        self.clearScanButton.setText(QCoreApplication.translate("SignedCopyDialog", u"Re&move", None))
#if QT_CONFIG(accessibility)
        self.clearScanButton.setAccessibleName(QCoreApplication.translate("SignedCopyDialog", u"Do not attach the scan", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scanError.setAccessibleName(QCoreApplication.translate("SignedCopyDialog", u"Problem with the scan", None))
#endif // QT_CONFIG(accessibility)
        self.scanNote.setText(QCoreApplication.translate("SignedCopyDialog", u"The scan is kept inside the encrypted vault. Delete the scanner's own copy of the file afterwards.", None))
    # retranslateUi
