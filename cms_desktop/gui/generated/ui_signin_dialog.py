# Generated from ui/signin_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(420, 260)
        self.signInLayout = QVBoxLayout(SignInDialog)
        self.signInLayout.setObjectName(u"signInLayout")
        self.heading = QLabel(SignInDialog)
        self.heading.setObjectName(u"heading")

        self.signInLayout.addWidget(self.heading)

        self.vaultLabel = QLabel(SignInDialog)
        self.vaultLabel.setObjectName(u"vaultLabel")
        self.vaultLabel.setWordWrap(True)

        self.signInLayout.addWidget(self.vaultLabel)

        self.signInForm = QFormLayout()
        self.signInForm.setObjectName(u"signInForm")
        self.usernameLabel = QLabel(SignInDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.signInForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(SignInDialog)
        self.username.setObjectName(u"username")

        self.signInForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.signInForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(SignInDialog)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.signInForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.signInLayout.addLayout(self.signInForm)

        self.message = QLabel(SignInDialog)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.signInLayout.addWidget(self.message)

        self.spacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.signInLayout.addItem(self.spacer)

        self.buttons = QDialogButtonBox(SignInDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.signInLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 CMS Desktop", None))
        self.heading.setText(QCoreApplication.translate("SignInDialog", u"Sign in to the office vault", None))
        self.heading.setStyleSheet(QCoreApplication.translate("SignInDialog", u"font-size: 14pt; font-weight: 600;", None))
        self.vaultLabel.setStyleSheet(QCoreApplication.translate("SignInDialog", u"color: #555;", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("SignInDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("SignInDialog", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.message.setStyleSheet(QCoreApplication.translate("SignInDialog", u"color: #a40000;", None))
    # retranslateUi
