# Generated from ui/change_password_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_ChangePasswordDialog(object):
    def setupUi(self, ChangePasswordDialog):
        if not ChangePasswordDialog.objectName():
            ChangePasswordDialog.setObjectName(u"ChangePasswordDialog")
        ChangePasswordDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(ChangePasswordDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(ChangePasswordDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.currentLabel = QLabel(ChangePasswordDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentLabel)

        self.currentPassword = QLineEdit(ChangePasswordDialog)
        self.currentPassword.setObjectName(u"currentPassword")
        self.currentPassword.setEchoMode(QLineEdit.EchoMode.Password)
        self.currentPassword.setMinimumSize(QSize(280, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentPassword)

        self.currentError = QLabel(ChangePasswordDialog)
        self.currentError.setObjectName(u"currentError")
        self.currentError.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.currentError)

        self.newLabel = QLabel(ChangePasswordDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newPassword = QLineEdit(ChangePasswordDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.newError = QLabel(ChangePasswordDialog)
        self.newError.setObjectName(u"newError")
        self.newError.setWordWrap(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.newError)

        self.confirmLabel = QLabel(ChangePasswordDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmPassword = QLineEdit(ChangePasswordDialog)
        self.confirmPassword.setObjectName(u"confirmPassword")
        self.confirmPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.confirmPassword)

        self.confirmError = QLabel(ChangePasswordDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.confirmError)


        self.dialogLayout.addLayout(self.fields)

        self.buttons = QDialogButtonBox(ChangePasswordDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.currentPassword)
        self.newLabel.setBuddy(self.newPassword)
        self.confirmLabel.setBuddy(self.confirmPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.currentPassword, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.confirmPassword)
        QWidget.setTabOrder(self.confirmPassword, self.buttons)

        self.retranslateUi(ChangePasswordDialog)
    # setupUi

    def retranslateUi(self, ChangePasswordDialog):
        ChangePasswordDialog.setWindowTitle(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
#if QT_CONFIG(accessibility)
        ChangePasswordDialog.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Change password", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("ChangePasswordDialog", u"Choose a password of at least 10 characters that is not one of the common ones. A few unrelated words make a good one.", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Password rules", None))
#endif // QT_CONFIG(accessibility)
        self.currentLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Current password", None))
#if QT_CONFIG(accessibility)
        self.currentPassword.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Current password", None))
#endif // QT_CONFIG(accessibility)
        self.currentError.setStyleSheet(QCoreApplication.translate("ChangePasswordDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.currentError.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Current password problem", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&New password", None))
#if QT_CONFIG(accessibility)
        self.newPassword.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.newError.setStyleSheet(QCoreApplication.translate("ChangePasswordDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.newError.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"New password problem", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("ChangePasswordDialog", u"&Repeat it", None))
#if QT_CONFIG(accessibility)
        self.confirmPassword.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Repeat the new password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmError.setStyleSheet(QCoreApplication.translate("ChangePasswordDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.confirmError.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Repeated password problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("ChangePasswordDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
