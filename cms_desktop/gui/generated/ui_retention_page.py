# Generated from ui/retention_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QProgressBar, QPushButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

class Ui_RetentionPageForm(object):
    def setupUi(self, RetentionPageForm):
        if not RetentionPageForm.objectName():
            RetentionPageForm.setObjectName(u"RetentionPageForm")
        RetentionPageForm.resize(1100, 700)
        self.mainLayout = QVBoxLayout(RetentionPageForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.scheduleLabel = QLabel(RetentionPageForm)
        self.scheduleLabel.setObjectName(u"scheduleLabel")
        self.scheduleLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.scheduleLabel)

        self.summaryLabel = QLabel(RetentionPageForm)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.dueTable = QTableWidget(RetentionPageForm)
        if (self.dueTable.columnCount() < 6):
            self.dueTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.dueTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.dueTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.dueTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.dueTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.dueTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.dueTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.dueTable.setObjectName(u"dueTable")
        self.dueTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.dueTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.dueTable.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.dueTable.setAlternatingRowColors(True)
        self.dueTable.setWordWrap(True)
        self.dueTable.horizontalHeader().setStretchLastSection(True)
        self.dueTable.verticalHeader().setVisible(False)

        self.mainLayout.addWidget(self.dueTable)

        self.progressBar = QProgressBar(RetentionPageForm)
        self.progressBar.setObjectName(u"progressBar")
        self.progressBar.setValue(0)

        self.mainLayout.addWidget(self.progressBar)

        self.messageLabel = QLabel(RetentionPageForm)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.messageLabel)

        self.buttonsRow = QHBoxLayout()
        self.buttonsRow.setObjectName(u"buttonsRow")
        self.holdButton = QPushButton(RetentionPageForm)
        self.holdButton.setObjectName(u"holdButton")

        self.buttonsRow.addWidget(self.holdButton)

        self.liftButton = QPushButton(RetentionPageForm)
        self.liftButton.setObjectName(u"liftButton")

        self.buttonsRow.addWidget(self.liftButton)

        self.buttonsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.buttonsRow.addItem(self.buttonsSpacer)

        self.refreshButton = QPushButton(RetentionPageForm)
        self.refreshButton.setObjectName(u"refreshButton")

        self.buttonsRow.addWidget(self.refreshButton)

        self.purgeButton = QPushButton(RetentionPageForm)
        self.purgeButton.setObjectName(u"purgeButton")
        self.purgeButton.setAutoDefault(False)

        self.buttonsRow.addWidget(self.purgeButton)


        self.mainLayout.addLayout(self.buttonsRow)

        QWidget.setTabOrder(self.dueTable, self.holdButton)
        QWidget.setTabOrder(self.holdButton, self.liftButton)
        QWidget.setTabOrder(self.liftButton, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.purgeButton)

        self.retranslateUi(RetentionPageForm)
    # setupUi

    def retranslateUi(self, RetentionPageForm):
#if QT_CONFIG(accessibility)
        RetentionPageForm.setAccessibleName(QCoreApplication.translate("RetentionPageForm", u"Records retention", None))
#endif // QT_CONFIG(accessibility)
        self.scheduleLabel.setText("")
#if QT_CONFIG(accessibility)
        self.scheduleLabel.setAccessibleName(QCoreApplication.translate("RetentionPageForm", u"The office's records schedule", None))
#endif // QT_CONFIG(accessibility)
        self.summaryLabel.setText("")
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("RetentionPageForm", u"What reaches the end of its retention", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.dueTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("RetentionPageForm", u"Case number", None))
        ___qtablewidgetitem1 = self.dueTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("RetentionPageForm", u"Closed on", None))
        ___qtablewidgetitem2 = self.dueTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("RetentionPageForm", u"Record class", None))
        ___qtablewidgetitem3 = self.dueTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("RetentionPageForm", u"Due since", None))
        ___qtablewidgetitem4 = self.dueTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("RetentionPageForm", u"State", None))
        ___qtablewidgetitem5 = self.dueTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("RetentionPageForm", u"What goes", None))
#if QT_CONFIG(accessibility)
        self.dueTable.setAccessibleName(QCoreApplication.translate("RetentionPageForm", u"Records at the end of their retention", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.progressBar.setAccessibleName(QCoreApplication.translate("RetentionPageForm", u"Purge progress", None))
#endif // QT_CONFIG(accessibility)
        self.progressBar.setFormat(QCoreApplication.translate("RetentionPageForm", u"%v of %m cases purged", None))
        self.messageLabel.setText("")
#if QT_CONFIG(accessibility)
        self.messageLabel.setAccessibleName(QCoreApplication.translate("RetentionPageForm", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.holdButton.setText(QCoreApplication.translate("RetentionPageForm", u"Place legal &hold\u2026", None))
        self.liftButton.setText(QCoreApplication.translate("RetentionPageForm", u"&Lift hold", None))
        self.refreshButton.setText(QCoreApplication.translate("RetentionPageForm", u"&Refresh", None))
        self.purgeButton.setText(QCoreApplication.translate("RetentionPageForm", u"&Purge what is due\u2026", None))
    # retranslateUi
