# Generated from ui/compliance_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QSplitter, QTreeView, QVBoxLayout, QWidget

class Ui_CompliancePage(object):
    def setupUi(self, CompliancePage):
        if not CompliancePage.objectName():
            CompliancePage.setObjectName(u"CompliancePage")
        CompliancePage.resize(1200, 720)
        self.pageLayout = QVBoxLayout(CompliancePage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.periodRow = QHBoxLayout()
        self.periodRow.setObjectName(u"periodRow")
        self.periodStartLabel = QLabel(CompliancePage)
        self.periodStartLabel.setObjectName(u"periodStartLabel")

        self.periodRow.addWidget(self.periodStartLabel)

        self.periodStart = QDateEdit(CompliancePage)
        self.periodStart.setObjectName(u"periodStart")
        self.periodStart.setCalendarPopup(True)

        self.periodRow.addWidget(self.periodStart)

        self.periodEndLabel = QLabel(CompliancePage)
        self.periodEndLabel.setObjectName(u"periodEndLabel")

        self.periodRow.addWidget(self.periodEndLabel)

        self.periodEnd = QDateEdit(CompliancePage)
        self.periodEnd.setObjectName(u"periodEnd")
        self.periodEnd.setCalendarPopup(True)

        self.periodRow.addWidget(self.periodEnd)

        self.showFilterLabel = QLabel(CompliancePage)
        self.showFilterLabel.setObjectName(u"showFilterLabel")

        self.periodRow.addWidget(self.showFilterLabel)

        self.showFilter = QComboBox(CompliancePage)
        self.showFilter.setObjectName(u"showFilter")

        self.periodRow.addWidget(self.showFilter)

        self.refreshButton = QPushButton(CompliancePage)
        self.refreshButton.setObjectName(u"refreshButton")

        self.periodRow.addWidget(self.refreshButton)

        self.periodSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.periodRow.addItem(self.periodSpacer)

        self.printButton = QPushButton(CompliancePage)
        self.printButton.setObjectName(u"printButton")

        self.periodRow.addWidget(self.printButton)


        self.pageLayout.addLayout(self.periodRow)

        self.periodError = QLabel(CompliancePage)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setVisible(False)

        self.pageLayout.addWidget(self.periodError)

        self.mainSplitter = QSplitter(CompliancePage)
        self.mainSplitter.setObjectName(u"mainSplitter")
        self.mainSplitter.setOrientation(Qt.Orientation.Horizontal)
        self.complianceTree = QTreeView(self.mainSplitter)
        self.complianceTree.setObjectName(u"complianceTree")
        self.complianceTree.setTabKeyNavigation(False)
        self.complianceTree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.complianceTree.setAlternatingRowColors(True)
        self.complianceTree.setUniformRowHeights(True)
        self.mainSplitter.addWidget(self.complianceTree)
        self.decisionPanel = QWidget(self.mainSplitter)
        self.decisionPanel.setObjectName(u"decisionPanel")
        self.decisionLayout = QVBoxLayout(self.decisionPanel)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.decisionLayout.setContentsMargins(0, 0, 0, 0)
        self.mediatorName = QLabel(self.decisionPanel)
        self.mediatorName.setObjectName(u"mediatorName")

        self.decisionLayout.addWidget(self.mediatorName)

        self.mediatorStatus = QLabel(self.decisionPanel)
        self.mediatorStatus.setObjectName(u"mediatorStatus")
        self.mediatorStatus.setWordWrap(True)

        self.decisionLayout.addWidget(self.mediatorStatus)

        self.historyLabel = QLabel(self.decisionPanel)
        self.historyLabel.setObjectName(u"historyLabel")

        self.decisionLayout.addWidget(self.historyLabel)

        self.historyList = QListWidget(self.decisionPanel)
        self.historyList.setObjectName(u"historyList")
        self.historyList.setTabKeyNavigation(False)
        self.historyList.setWordWrap(True)

        self.decisionLayout.addWidget(self.historyList)

        self.decisionButtons = QHBoxLayout()
        self.decisionButtons.setObjectName(u"decisionButtons")
        self.suspendButton = QPushButton(self.decisionPanel)
        self.suspendButton.setObjectName(u"suspendButton")

        self.decisionButtons.addWidget(self.suspendButton)

        self.removeButton = QPushButton(self.decisionPanel)
        self.removeButton.setObjectName(u"removeButton")

        self.decisionButtons.addWidget(self.removeButton)

        self.reinstateButton = QPushButton(self.decisionPanel)
        self.reinstateButton.setObjectName(u"reinstateButton")

        self.decisionButtons.addWidget(self.reinstateButton)


        self.decisionLayout.addLayout(self.decisionButtons)

        self.trainingButton = QPushButton(self.decisionPanel)
        self.trainingButton.setObjectName(u"trainingButton")

        self.decisionLayout.addWidget(self.trainingButton)

        self.mainSplitter.addWidget(self.decisionPanel)

        self.pageLayout.addWidget(self.mainSplitter)

        self.summaryLabel = QLabel(CompliancePage)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.summaryLabel)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.periodStartLabel.setBuddy(self.periodStart)
        self.periodEndLabel.setBuddy(self.periodEnd)
        self.showFilterLabel.setBuddy(self.showFilter)
        self.historyLabel.setBuddy(self.historyList)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodStart, self.periodEnd)
        QWidget.setTabOrder(self.periodEnd, self.showFilter)
        QWidget.setTabOrder(self.showFilter, self.refreshButton)
        QWidget.setTabOrder(self.refreshButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.complianceTree)
        QWidget.setTabOrder(self.complianceTree, self.historyList)
        QWidget.setTabOrder(self.historyList, self.suspendButton)
        QWidget.setTabOrder(self.suspendButton, self.removeButton)
        QWidget.setTabOrder(self.removeButton, self.reinstateButton)
        QWidget.setTabOrder(self.reinstateButton, self.trainingButton)

        self.retranslateUi(CompliancePage)
    # setupUi

    def retranslateUi(self, CompliancePage):
#if QT_CONFIG(accessibility)
        CompliancePage.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Roster and compliance", None))
#endif // QT_CONFIG(accessibility)
        self.periodStartLabel.setText(QCoreApplication.translate("CompliancePage", u"Perio&d from", None))
#if QT_CONFIG(accessibility)
        self.periodStart.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Period start", None))
#endif // QT_CONFIG(accessibility)
        self.periodStart.setDisplayFormat(QCoreApplication.translate("CompliancePage", u"yyyy-MM-dd", None))
        self.periodEndLabel.setText(QCoreApplication.translate("CompliancePage", u"t&o", None))
#if QT_CONFIG(accessibility)
        self.periodEnd.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Period end", None))
#endif // QT_CONFIG(accessibility)
        self.periodEnd.setDisplayFormat(QCoreApplication.translate("CompliancePage", u"yyyy-MM-dd", None))
        self.showFilterLabel.setText(QCoreApplication.translate("CompliancePage", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.showFilter.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Show", None))
#endif // QT_CONFIG(accessibility)
        self.refreshButton.setText(QCoreApplication.translate("CompliancePage", u"&Refresh", None))
#if QT_CONFIG(accessibility)
        self.refreshButton.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Refresh", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("CompliancePage", u"&Print report\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Print the roster compliance report", None))
#endif // QT_CONFIG(accessibility)
        self.periodError.setStyleSheet(QCoreApplication.translate("CompliancePage", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.periodError.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Period error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.complianceTree.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Duties by mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.decisionPanel.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Roster decision", None))
#endif // QT_CONFIG(accessibility)
        self.mediatorName.setText(QCoreApplication.translate("CompliancePage", u"Select a mediator", None))
        self.mediatorName.setStyleSheet(QCoreApplication.translate("CompliancePage", u"font-weight: 600; font-size: 12pt;", None))
#if QT_CONFIG(accessibility)
        self.mediatorName.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Selected mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.mediatorStatus.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Roster status and eligibility", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("CompliancePage", u"Roster histor&y", None))
#if QT_CONFIG(accessibility)
        self.historyList.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Roster history", None))
#endif // QT_CONFIG(accessibility)
        self.suspendButton.setText(QCoreApplication.translate("CompliancePage", u"&Suspend\u2026", None))
#if QT_CONFIG(accessibility)
        self.suspendButton.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Suspend the mediator", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("CompliancePage", u"Re&move\u2026", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Remove the mediator from the roster", None))
#endif // QT_CONFIG(accessibility)
        self.reinstateButton.setText(QCoreApplication.translate("CompliancePage", u"R&einstate\u2026", None))
#if QT_CONFIG(accessibility)
        self.reinstateButton.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Reinstate the mediator", None))
#endif // QT_CONFIG(accessibility)
        self.trainingButton.setText(QCoreApplication.translate("CompliancePage", u"Record &training\u2026", None))
#if QT_CONFIG(accessibility)
        self.trainingButton.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Record training or a standing date", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.summaryLabel.setAccessibleName(QCoreApplication.translate("CompliancePage", u"Summary", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
