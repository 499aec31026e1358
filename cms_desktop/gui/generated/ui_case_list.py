# Generated from ui/case_list.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget

class Ui_CaseList(object):
    def setupUi(self, CaseList):
        if not CaseList.objectName():
            CaseList.setObjectName(u"CaseList")
        self.caseListLayout = QVBoxLayout(CaseList)
        self.caseListLayout.setObjectName(u"caseListLayout")
        self.caseListLayout.setContentsMargins(0, 0, 0, 0)
        self.caseSearch = QLineEdit(CaseList)
        self.caseSearch.setObjectName(u"caseSearch")
        self.caseSearch.setClearButtonEnabled(True)

        self.caseListLayout.addWidget(self.caseSearch)

        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusFilterLabel = QLabel(CaseList)
        self.statusFilterLabel.setObjectName(u"statusFilterLabel")

        self.filterRow.addWidget(self.statusFilterLabel)

        self.statusFilter = QComboBox(CaseList)
        self.statusFilter.setObjectName(u"statusFilter")
        self.statusFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.statusFilter.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.statusFilter)

        self.periodFilterLabel = QLabel(CaseList)
        self.periodFilterLabel.setObjectName(u"periodFilterLabel")

        self.filterRow.addWidget(self.periodFilterLabel)

        self.periodFilter = QComboBox(CaseList)
        self.periodFilter.setObjectName(u"periodFilter")
        self.periodFilter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.periodFilter.setMinimumContentsLength(8)

        self.filterRow.addWidget(self.periodFilter)

        self.filterSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.caseListLayout.addLayout(self.filterRow)

        self.customPeriod = QWidget(CaseList)
        self.customPeriod.setObjectName(u"customPeriod")
        self.customPeriodLayout = QHBoxLayout(self.customPeriod)
        self.customPeriodLayout.setObjectName(u"customPeriodLayout")
        self.customPeriodLayout.setContentsMargins(0, 0, 0, 0)
        self.periodFromLabel = QLabel(self.customPeriod)
        self.periodFromLabel.setObjectName(u"periodFromLabel")

        self.customPeriodLayout.addWidget(self.periodFromLabel)

        self.periodFrom = QDateEdit(self.customPeriod)
        self.periodFrom.setObjectName(u"periodFrom")
        self.periodFrom.setCalendarPopup(True)

        self.customPeriodLayout.addWidget(self.periodFrom)

        self.periodToLabel = QLabel(self.customPeriod)
        self.periodToLabel.setObjectName(u"periodToLabel")

        self.customPeriodLayout.addWidget(self.periodToLabel)

        self.periodTo = QDateEdit(self.customPeriod)
        self.periodTo.setObjectName(u"periodTo")
        self.periodTo.setCalendarPopup(True)

        self.customPeriodLayout.addWidget(self.periodTo)

        self.customSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.customPeriodLayout.addItem(self.customSpacer)


        self.caseListLayout.addWidget(self.customPeriod)

        self.caseTable = QTableView(CaseList)
        self.caseTable.setObjectName(u"caseTable")
        self.caseTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.caseTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.caseTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.caseTable.setAlternatingRowColors(True)
        self.caseTable.setWordWrap(False)
        self.caseTable.setTabKeyNavigation(False)

        self.caseListLayout.addWidget(self.caseTable)

        self.caseCount = QLabel(CaseList)
        self.caseCount.setObjectName(u"caseCount")

        self.caseListLayout.addWidget(self.caseCount)

#if QT_CONFIG(shortcut)
        self.statusFilterLabel.setBuddy(self.statusFilter)
        self.periodFilterLabel.setBuddy(self.periodFilter)
        self.periodFromLabel.setBuddy(self.periodFrom)
        self.periodToLabel.setBuddy(self.periodTo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.caseSearch, self.statusFilter)
        QWidget.setTabOrder(self.statusFilter, self.periodFilter)
        QWidget.setTabOrder(self.periodFilter, self.periodFrom)
        QWidget.setTabOrder(self.periodFrom, self.periodTo)
        QWidget.setTabOrder(self.periodTo, self.caseTable)

        self.retranslateUi(CaseList)
    # setupUi

    def retranslateUi(self, CaseList):
#if QT_CONFIG(accessibility)
        CaseList.setAccessibleName(QCoreApplication.translate("CaseList", u"Case list", None))
#endif // QT_CONFIG(accessibility)
        self.caseSearch.setPlaceholderText(QCoreApplication.translate("CaseList", u"Search case number or name (Ctrl+F)", None))
#if QT_CONFIG(accessibility)
        self.caseSearch.setAccessibleName(QCoreApplication.translate("CaseList", u"Search cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseSearch.setAccessibleDescription(QCoreApplication.translate("CaseList", u"Type part of a case number or of a participant's name; the list follows as you type.", None))
#endif // QT_CONFIG(accessibility)
        self.statusFilterLabel.setText(QCoreApplication.translate("CaseList", u"Status", None))
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("CaseList", u"Show cases with status", None))
#endif // QT_CONFIG(accessibility)
        self.periodFilterLabel.setText(QCoreApplication.translate("CaseList", u"Opened", None))
#if QT_CONFIG(accessibility)
        self.periodFilter.setAccessibleName(QCoreApplication.translate("CaseList", u"Show cases opened", None))
#endif // QT_CONFIG(accessibility)
        self.periodFromLabel.setText(QCoreApplication.translate("CaseList", u"From", None))
        self.periodFrom.setDisplayFormat(QCoreApplication.translate("CaseList", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.periodFrom.setAccessibleName(QCoreApplication.translate("CaseList", u"Opened on or after", None))
#endif // QT_CONFIG(accessibility)
        self.periodToLabel.setText(QCoreApplication.translate("CaseList", u"To", None))
        self.periodTo.setDisplayFormat(QCoreApplication.translate("CaseList", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.periodTo.setAccessibleName(QCoreApplication.translate("CaseList", u"Opened on or before", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseTable.setAccessibleName(QCoreApplication.translate("CaseList", u"Cases", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.caseCount.setAccessibleName(QCoreApplication.translate("CaseList", u"Number of cases shown", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
