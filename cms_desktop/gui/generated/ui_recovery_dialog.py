# Generated from ui/recovery_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_RecoveryDialog(object):
    def setupUi(self, RecoveryDialog):
        if not RecoveryDialog.objectName():
            RecoveryDialog.setObjectName(u"RecoveryDialog")
        RecoveryDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(RecoveryDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(RecoveryDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.recoveryKeyLabel = QLabel(RecoveryDialog)
        self.recoveryKeyLabel.setObjectName(u"recoveryKeyLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.recoveryKeyLabel)

        self.recoveryKey = QLineEdit(RecoveryDialog)
        self.recoveryKey.setObjectName(u"recoveryKey")
        self.recoveryKey.setMinimumSize(QSize(360, 0))

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.recoveryKey)

        self.recoveryKeyError = QLabel(RecoveryDialog)
        self.recoveryKeyError.setObjectName(u"recoveryKeyError")
        self.recoveryKeyError.setWordWrap(True)

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.recoveryKeyError)

        self.usernameLabel = QLabel(RecoveryDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(2, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(RecoveryDialog)
        self.username.setObjectName(u"username")

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(RecoveryDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.usernameError)

        self.newLabel = QLabel(RecoveryDialog)
        self.newLabel.setObjectName(u"newLabel")

        self.fields.setWidget(4, QFormLayout.ItemRole.LabelRole, self.newLabel)

        self.newPassword = QLineEdit(RecoveryDialog)
        self.newPassword.setObjectName(u"newPassword")
        self.newPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.newPassword)

        self.newError = QLabel(RecoveryDialog)
        self.newError.setObjectName(u"newError")
        self.newError.setWordWrap(True)

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.newError)

        self.confirmLabel = QLabel(RecoveryDialog)
        self.confirmLabel.setObjectName(u"confirmLabel")

        self.fields.setWidget(6, QFormLayout.ItemRole.LabelRole, self.confirmLabel)

        self.confirmPassword = QLineEdit(RecoveryDialog)
        self.confirmPassword.setObjectName(u"confirmPassword")
        self.confirmPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.confirmPassword)

        self.confirmError = QLabel(RecoveryDialog)
        self.confirmError.setObjectName(u"confirmError")
        self.confirmError.setWordWrap(True)

        self.fields.setWidget(7, QFormLayout.ItemRole.FieldRole, self.confirmError)


        self.dialogLayout.addLayout(self.fields)

        self.message = QLabel(RecoveryDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.dialogLayout.addWidget(self.message)

        self.buttons = QDialogButtonBox(RecoveryDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.recoveryKeyLabel.setBuddy(self.recoveryKey)
        self.usernameLabel.setBuddy(self.username)
        self.newLabel.setBuddy(self.newPassword)
        self.confirmLabel.setBuddy(self.confirmPassword)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.recoveryKey, self.username)
        QWidget.setTabOrder(self.username, self.newPassword)
        QWidget.setTabOrder(self.newPassword, self.confirmPassword)
        QWidget.setTabOrder(self.confirmPassword, self.buttons)

        self.retranslateUi(RecoveryDialog)
    # setupUi

    def retranslateUi(self, RecoveryDialog):
        RecoveryDialog.setWindowTitle(QCoreApplication.translate("RecoveryDialog", u"Replace the director's password", None))
#if QT_CONFIG(accessibility)
        RecoveryDialog.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Replace the director's password with the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("RecoveryDialog", u"The recovery key was printed when the office was set up and is kept locked away. Type it as printed (eight groups of four characters), then choose the director's new password.", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"What the recovery key is", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryKeyLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Recovery &key", None))
        self.recoveryKey.setPlaceholderText(QCoreApplication.translate("RecoveryDialog", u"XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX", None))
#if QT_CONFIG(accessibility)
        self.recoveryKey.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryKeyError.setStyleSheet(QCoreApplication.translate("RecoveryDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.recoveryKeyError.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Recovery key problem", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("RecoveryDialog", u"Director's &user name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Director's user name", None))
#endif // QT_CONFIG(accessibility)
        self.usernameError.setStyleSheet(QCoreApplication.translate("RecoveryDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"User name problem", None))
#endif // QT_CONFIG(accessibility)
        self.newLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&New password", None))
#if QT_CONFIG(accessibility)
        self.newPassword.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"New password", None))
#endif // QT_CONFIG(accessibility)
        self.newError.setStyleSheet(QCoreApplication.translate("RecoveryDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.newError.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"New password problem", None))
#endif // QT_CONFIG(accessibility)
        self.confirmLabel.setText(QCoreApplication.translate("RecoveryDialog", u"&Repeat it", None))
#if QT_CONFIG(accessibility)
        self.confirmPassword.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Repeat the new password", None))
#endif // QT_CONFIG(accessibility)
        self.confirmError.setStyleSheet(QCoreApplication.translate("RecoveryDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.confirmError.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Repeated password problem", None))
#endif // QT_CONFIG(accessibility)
        self.message.setStyleSheet(QCoreApplication.translate("RecoveryDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Message", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("RecoveryDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
