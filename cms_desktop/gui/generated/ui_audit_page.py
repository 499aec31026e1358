# Generated from ui/audit_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_AuditPage(object):
    def setupUi(self, AuditPage):
        if not AuditPage.objectName():
            AuditPage.setObjectName(u"AuditPage")
        self.pageLayout = QVBoxLayout(AuditPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.userLabel = QLabel(AuditPage)
        self.userLabel.setObjectName(u"userLabel")

        self.filterRow.addWidget(self.userLabel)

        self.userFilter = QComboBox(AuditPage)
        self.userFilter.setObjectName(u"userFilter")

        self.filterRow.addWidget(self.userFilter)

        self.kindLabel = QLabel(AuditPage)
        self.kindLabel.setObjectName(u"kindLabel")

        self.filterRow.addWidget(self.kindLabel)

        self.kindFilter = QComboBox(AuditPage)
        self.kindFilter.setObjectName(u"kindFilter")

        self.filterRow.addWidget(self.kindFilter)

        self.periodLabel = QLabel(AuditPage)
        self.periodLabel.setObjectName(u"periodLabel")

        self.filterRow.addWidget(self.periodLabel)

        self.periodFilter = QComboBox(AuditPage)
        self.periodFilter.setObjectName(u"periodFilter")

        self.filterRow.addWidget(self.periodFilter)

        self.fromDate = QDateEdit(AuditPage)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.fromDate)

        self.toLabel = QLabel(AuditPage)
        self.toLabel.setObjectName(u"toLabel")

        self.filterRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(AuditPage)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.filterRow.addWidget(self.toDate)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)

        self.countLabel = QLabel(AuditPage)
        self.countLabel.setObjectName(u"countLabel")

        self.filterRow.addWidget(self.countLabel)


        self.pageLayout.addLayout(self.filterRow)

        self.table = QTableView(AuditPage)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        self.pageLayout.addWidget(self.table)

        self.verifyRow = QHBoxLayout()
        self.verifyRow.setObjectName(u"verifyRow")
        self.verifyButton = QPushButton(AuditPage)
        self.verifyButton.setObjectName(u"verifyButton")

        self.verifyRow.addWidget(self.verifyButton)

        self.verifyResult = QLabel(AuditPage)
        self.verifyResult.setObjectName(u"verifyResult")
        self.verifyResult.setWordWrap(True)
        self.verifyResult.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.verifyRow.addWidget(self.verifyResult)

        self.verifySpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.verifyRow.addItem(self.verifySpacer)


        self.pageLayout.addLayout(self.verifyRow)

#if QT_CONFIG(shortcut)
        self.userLabel.setBuddy(self.userFilter)
        self.kindLabel.setBuddy(self.kindFilter)
        self.periodLabel.setBuddy(self.periodFilter)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.userFilter, self.kindFilter)
        QWidget.setTabOrder(self.kindFilter, self.periodFilter)
        QWidget.setTabOrder(self.periodFilter, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.table)
        QWidget.setTabOrder(self.table, self.verifyButton)

        self.retranslateUi(AuditPage)
    # setupUi

    def retranslateUi(self, AuditPage):
#if QT_CONFIG(accessibility)
        AuditPage.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit trail", None))
#endif // QT_CONFIG(accessibility)
        self.userLabel.setText(QCoreApplication.translate("AuditPage", u"&Who", None))
#if QT_CONFIG(accessibility)
        self.userFilter.setAccessibleName(QCoreApplication.translate("AuditPage", u"Events by", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("AuditPage", u"Wh&at", None))
#if QT_CONFIG(accessibility)
        self.kindFilter.setAccessibleName(QCoreApplication.translate("AuditPage", u"Kind of event", None))
#endif // QT_CONFIG(accessibility)
        self.periodLabel.setText(QCoreApplication.translate("AuditPage", u"Whe&n", None))
#if QT_CONFIG(accessibility)
        self.periodFilter.setAccessibleName(QCoreApplication.translate("AuditPage", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.fromDate.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("AuditPage", u"From date", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("AuditPage", u"to", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("AuditPage", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("AuditPage", u"To date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.countLabel.setAccessibleName(QCoreApplication.translate("AuditPage", u"Number of events shown", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("AuditPage", u"Audit events, newest first", None))
#endif // QT_CONFIG(accessibility)
        self.verifyButton.setText(QCoreApplication.translate("AuditPage", u"&Check the trail is whole", None))
#if QT_CONFIG(accessibility)
        self.verifyButton.setAccessibleName(QCoreApplication.translate("AuditPage", u"Check the audit trail", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.verifyResult.setAccessibleName(QCoreApplication.translate("AuditPage", u"Result of the check", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
