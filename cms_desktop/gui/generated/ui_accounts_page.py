# Generated from ui/accounts_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AccountsPage(object):
    def setupUi(self, AccountsPage):
        if not AccountsPage.objectName():
            AccountsPage.setObjectName(u"AccountsPage")
        self.pageLayout = QVBoxLayout(AccountsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.intro = QLabel(AccountsPage)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.pageLayout.addWidget(self.intro)

        self.actionsRow = QHBoxLayout()
        self.actionsRow.setObjectName(u"actionsRow")
        self.addButton = QPushButton(AccountsPage)
        self.addButton.setObjectName(u"addButton")

        self.actionsRow.addWidget(self.addButton)

        self.resetButton = QPushButton(AccountsPage)
        self.resetButton.setObjectName(u"resetButton")

        self.actionsRow.addWidget(self.resetButton)

        self.disableButton = QPushButton(AccountsPage)
        self.disableButton.setObjectName(u"disableButton")

        self.actionsRow.addWidget(self.disableButton)

        self.enableButton = QPushButton(AccountsPage)
        self.enableButton.setObjectName(u"enableButton")

        self.actionsRow.addWidget(self.enableButton)

        self.removeButton = QPushButton(AccountsPage)
        self.removeButton.setObjectName(u"removeButton")

        self.actionsRow.addWidget(self.removeButton)

        self.actionsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.actionsRow.addItem(self.actionsSpacer)

        self.showRemoved = QCheckBox(AccountsPage)
        self.showRemoved.setObjectName(u"showRemoved")

        self.actionsRow.addWidget(self.showRemoved)


        self.pageLayout.addLayout(self.actionsRow)

        self.table = QTableView(AccountsPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.table)

        self.recoveryGroup = QGroupBox(AccountsPage)
        self.recoveryGroup.setObjectName(u"recoveryGroup")
        self.recoveryLayout = QHBoxLayout(self.recoveryGroup)
        self.recoveryLayout.setObjectName(u"recoveryLayout")
        self.recoveryText = QLabel(self.recoveryGroup)
        self.recoveryText.setObjectName(u"recoveryText")
        self.recoveryText.setWordWrap(True)

        self.recoveryLayout.addWidget(self.recoveryText)

        self.recoveryButton = QPushButton(self.recoveryGroup)
        self.recoveryButton.setObjectName(u"recoveryButton")

        self.recoveryLayout.addWidget(self.recoveryButton)


        self.pageLayout.addWidget(self.recoveryGroup)

        QWidget.setTabOrder(self.addButton, self.resetButton)
        QWidget.setTabOrder(self.resetButton, self.disableButton)
        QWidget.setTabOrder(self.disableButton, self.enableButton)
        QWidget.setTabOrder(self.enableButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.showRemoved)
        QWidget.setTabOrder(self.showRemoved, self.table)
        QWidget.setTabOrder(self.table, self.recoveryButton)

        self.retranslateUi(AccountsPage)
    # setupUi

    def retranslateUi(self, AccountsPage):
#if QT_CONFIG(accessibility)
        AccountsPage.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.intro.setText(QCoreApplication.translate("AccountsPage", u"Who may sign in, and as what. Disabling or removing an account deletes its key and re-keys the vault, so the old password opens nothing.", None))
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("AccountsPage", u"About accounts", None))
#endif // QT_CONFIG(accessibility)
        self.addButton.setText(QCoreApplication.translate("AccountsPage", u"&Add account\u2026", None))
#if QT_CONFIG(accessibility)
        self.addButton.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Add account", None))
#endif // QT_CONFIG(accessibility)
        self.resetButton.setText(QCoreApplication.translate("AccountsPage", u"Reset &password\u2026", None))
#if QT_CONFIG(accessibility)
        self.resetButton.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Reset password", None))
#endif // QT_CONFIG(accessibility)
        self.disableButton.setText(QCoreApplication.translate("AccountsPage", u"&Disable\u2026", None))
#if QT_CONFIG(accessibility)
        self.disableButton.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Disable account", None))
#endif // QT_CONFIG(accessibility)
        self.enableButton.setText(QCoreApplication.translate("AccountsPage", u"&Enable\u2026", None))
#if QT_CONFIG(accessibility)
        self.enableButton.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Enable account", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("AccountsPage", u"Re&move\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Remove account", None))
#endif // QT_CONFIG(accessibility)
        self.showRemoved.setText(QCoreApplication.translate("AccountsPage", u"Show re&moved accounts", None))
#if QT_CONFIG(accessibility)
        self.showRemoved.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Show removed accounts", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Accounts", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryGroup.setTitle(QCoreApplication.translate("AccountsPage", u"Recovery key", None))
        self.recoveryText.setText(QCoreApplication.translate("AccountsPage", u"The recovery key replaces a forgotten director password. If the printed key may have been seen, make a new one: the old one then opens nothing.", None))
#if QT_CONFIG(accessibility)
        self.recoveryText.setAccessibleName(QCoreApplication.translate("AccountsPage", u"About the recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryButton.setText(QCoreApplication.translate("AccountsPage", u"Make a &new recovery key\u2026", None))
#if QT_CONFIG(accessibility)
        self.recoveryButton.setAccessibleName(QCoreApplication.translate("AccountsPage", u"Make a new recovery key", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
