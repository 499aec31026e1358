# Generated from ui/account_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_AccountDialog(object):
    def setupUi(self, AccountDialog):
        if not AccountDialog.objectName():
            AccountDialog.setObjectName(u"AccountDialog")
        AccountDialog.setModal(True)
        self.dialogLayout = QVBoxLayout(AccountDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(AccountDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.fields = QFormLayout()
        self.fields.setObjectName(u"fields")
        self.roleLabel = QLabel(AccountDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.fields.setWidget(0, QFormLayout.ItemRole.LabelRole, self.roleLabel)

        self.role = QComboBox(AccountDialog)
        self.role.setObjectName(u"role")

        self.fields.setWidget(0, QFormLayout.ItemRole.FieldRole, self.role)

        self.mediatorLabel = QLabel(AccountDialog)
        self.mediatorLabel.setObjectName(u"mediatorLabel")

        self.fields.setWidget(1, QFormLayout.ItemRole.LabelRole, self.mediatorLabel)

        self.mediator = QComboBox(AccountDialog)
        self.mediator.setObjectName(u"mediator")

        self.fields.setWidget(1, QFormLayout.ItemRole.FieldRole, self.mediator)

        self.mediatorError = QLabel(AccountDialog)
        self.mediatorError.setObjectName(u"mediatorError")
        self.mediatorError.setWordWrap(True)

        self.fields.setWidget(2, QFormLayout.ItemRole.FieldRole, self.mediatorError)

        self.displayNameLabel = QLabel(AccountDialog)
        self.displayNameLabel.setObjectName(u"displayNameLabel")

        self.fields.setWidget(3, QFormLayout.ItemRole.LabelRole, self.displayNameLabel)

        self.displayName = QLineEdit(AccountDialog)
        self.displayName.setObjectName(u"displayName")
        self.displayName.setMinimumSize(QSize(280, 0))

        self.fields.setWidget(3, QFormLayout.ItemRole.FieldRole, self.displayName)

        self.displayNameError = QLabel(AccountDialog)
        self.displayNameError.setObjectName(u"displayNameError")
        self.displayNameError.setWordWrap(True)

        self.fields.setWidget(4, QFormLayout.ItemRole.FieldRole, self.displayNameError)

        self.usernameLabel = QLabel(AccountDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.fields.setWidget(5, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(AccountDialog)
        self.username.setObjectName(u"username")

        self.fields.setWidget(5, QFormLayout.ItemRole.FieldRole, self.username)

        self.usernameError = QLabel(AccountDialog)
        self.usernameError.setObjectName(u"usernameError")
        self.usernameError.setWordWrap(True)

        self.fields.setWidget(6, QFormLayout.ItemRole.FieldRole, self.usernameError)


        self.dialogLayout.addLayout(self.fields)

        self.buttons = QDialogButtonBox(AccountDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.roleLabel.setBuddy(self.role)
        self.mediatorLabel.setBuddy(self.mediator)
        self.displayNameLabel.setBuddy(self.displayName)
        self.usernameLabel.setBuddy(self.username)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.role, self.mediator)
        QWidget.setTabOrder(self.mediator, self.displayName)
        QWidget.setTabOrder(self.displayName, self.username)
        QWidget.setTabOrder(self.username, self.buttons)

        self.retranslateUi(AccountDialog)
    # setupUi

    def retranslateUi(self, AccountDialog):
        AccountDialog.setWindowTitle(QCoreApplication.translate("AccountDialog", u"Add an account", None))
#if QT_CONFIG(accessibility)
        AccountDialog.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Add an account", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("AccountDialog", u"The new account gets a one-time password to hand to its person, who chooses their own at first sign-in.", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("AccountDialog", u"About new accounts", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("AccountDialog", u"&Role", None))
#if QT_CONFIG(accessibility)
        self.role.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Role", None))
#endif // QT_CONFIG(accessibility)
        self.mediatorLabel.setText(QCoreApplication.translate("AccountDialog", u"&Mediator on the roster", None))
#if QT_CONFIG(accessibility)
        self.mediator.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Mediator on the roster", None))
#endif // QT_CONFIG(accessibility)
        self.mediatorError.setStyleSheet(QCoreApplication.translate("AccountDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.mediatorError.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Mediator problem", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameLabel.setText(QCoreApplication.translate("AccountDialog", u"Person's &name", None))
#if QT_CONFIG(accessibility)
        self.displayName.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Person's name", None))
#endif // QT_CONFIG(accessibility)
        self.displayNameError.setStyleSheet(QCoreApplication.translate("AccountDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.displayNameError.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Name problem", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("AccountDialog", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("AccountDialog", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.usernameError.setStyleSheet(QCoreApplication.translate("AccountDialog", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.usernameError.setAccessibleName(QCoreApplication.translate("AccountDialog", u"User name problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("AccountDialog", u"Dialog buttons", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
