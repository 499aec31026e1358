# Generated from ui/lock_screen.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_LockScreen(object):
    def setupUi(self, LockScreen):
        if not LockScreen.objectName():
            LockScreen.setObjectName(u"LockScreen")
        self.outerLayout = QVBoxLayout(LockScreen)
        self.outerLayout.setObjectName(u"outerLayout")
        self.topSpacer = QSpacerItem(20, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.topSpacer)

        self.title = QLabel(LockScreen)
        self.title.setObjectName(u"title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.outerLayout.addWidget(self.title)

        self.subtitle = QLabel(LockScreen)
        self.subtitle.setObjectName(u"subtitle")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)

        self.outerLayout.addWidget(self.subtitle)

        self.formRow = QHBoxLayout()
        self.formRow.setObjectName(u"formRow")
        self.formLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formRow.addItem(self.formLeft)

        self.formHost = QWidget(LockScreen)
        self.formHost.setObjectName(u"formHost")
        self.formLayout = QFormLayout(self.formHost)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setContentsMargins(0, 0, 0, 0)
        self.usernameLabel = QLabel(self.formHost)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.username = QLineEdit(self.formHost)
        self.username.setObjectName(u"username")
        self.username.setMinimumSize(QSize(260, 0))

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.username)

        self.passwordLabel = QLabel(self.formHost)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.password = QLineEdit(self.formHost)
        self.password.setObjectName(u"password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.password)


        self.formRow.addWidget(self.formHost)

        self.formRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.formRow.addItem(self.formRight)


        self.outerLayout.addLayout(self.formRow)

        self.message = QLabel(LockScreen)
        self.message.setObjectName(u"message")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)

        self.outerLayout.addWidget(self.message)

        self.buttonRow = QHBoxLayout()
        self.buttonRow.setObjectName(u"buttonRow")
        self.buttonLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonLeft)

        self.unlockButton = QPushButton(LockScreen)
        self.unlockButton.setObjectName(u"unlockButton")

        self.buttonRow.addWidget(self.unlockButton)

        self.buttonRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonRow.addItem(self.buttonRight)


        self.outerLayout.addLayout(self.buttonRow)

        self.recoveryButton = QPushButton(LockScreen)
        self.recoveryButton.setObjectName(u"recoveryButton")
        self.recoveryButton.setFlat(True)
        self.recoveryButton.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))

        self.outerLayout.addWidget(self.recoveryButton)

        self.bottomSpacer = QSpacerItem(20, 80, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.outerLayout.addItem(self.bottomSpacer)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.username)
        self.passwordLabel.setBuddy(self.password)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.username, self.password)
        QWidget.setTabOrder(self.password, self.unlockButton)
        QWidget.setTabOrder(self.unlockButton, self.recoveryButton)

        self.retranslateUi(LockScreen)

        self.unlockButton.setDefault(True)

    # setupUi

    def retranslateUi(self, LockScreen):
#if QT_CONFIG(accessibility)
        LockScreen.setAccessibleName(QCoreApplication.translate("LockScreen", u"Lock screen", None))
#endif // QT_CONFIG(accessibility)
        self.title.setStyleSheet(QCoreApplication.translate("LockScreen", u"font-size: 18pt; font-weight: 600;", None))
        self.title.setText(QCoreApplication.translate("LockScreen", u"CMS Desktop is locked", None))
#if QT_CONFIG(accessibility)
        self.title.setAccessibleName(QCoreApplication.translate("LockScreen", u"Title", None))
#endif // QT_CONFIG(accessibility)
        self.subtitle.setText(QCoreApplication.translate("LockScreen", u"Unlock with your password, or sign in as someone else.", None))
#if QT_CONFIG(accessibility)
        self.subtitle.setAccessibleName(QCoreApplication.translate("LockScreen", u"Who may unlock", None))
#endif // QT_CONFIG(accessibility)
        self.usernameLabel.setText(QCoreApplication.translate("LockScreen", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.username.setAccessibleName(QCoreApplication.translate("LockScreen", u"User name", None))
#endif // QT_CONFIG(accessibility)
        self.passwordLabel.setText(QCoreApplication.translate("LockScreen", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.password.setAccessibleName(QCoreApplication.translate("LockScreen", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.message.setStyleSheet(QCoreApplication.translate("LockScreen", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("LockScreen", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.unlockButton.setText(QCoreApplication.translate("LockScreen", u"&Unlock", None))
#if QT_CONFIG(accessibility)
        self.unlockButton.setAccessibleName(QCoreApplication.translate("LockScreen", u"Unlock", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryButton.setText(QCoreApplication.translate("LockScreen", u"Forgot the director's password? Use the &recovery key", None))
        self.recoveryButton.setStyleSheet(QCoreApplication.translate("LockScreen", u"color: palette(link); text-decoration: underline;", None))
#if QT_CONFIG(accessibility)
        self.recoveryButton.setAccessibleName(QCoreApplication.translate("LockScreen", u"Use the recovery key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
