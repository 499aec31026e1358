# Generated from ui/agenda_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QHBoxLayout, QLabel, QPushButton, QRadioButton, QSizePolicy, QSpacerItem, QTableWidget, QTableWidgetItem, QVBoxLayout

class Ui_AgendaPage(object):
    def setupUi(self, AgendaPage):
        if not AgendaPage.objectName():
            AgendaPage.setObjectName(u"AgendaPage")
        AgendaPage.resize(900, 600)
        self.agendaLayout = QVBoxLayout(AgendaPage)
        self.agendaLayout.setObjectName(u"agendaLayout")
        self.agendaBar = QHBoxLayout()
        self.agendaBar.setObjectName(u"agendaBar")
        self.previousButton = QPushButton(AgendaPage)
        self.previousButton.setObjectName(u"previousButton")

        self.agendaBar.addWidget(self.previousButton)

        self.todayButton = QPushButton(AgendaPage)
        self.todayButton.setObjectName(u"todayButton")

        self.agendaBar.addWidget(self.todayButton)

        self.nextButton = QPushButton(AgendaPage)
        self.nextButton.setObjectName(u"nextButton")

        self.agendaBar.addWidget(self.nextButton)

        self.dateEdit = QDateEdit(AgendaPage)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.agendaBar.addWidget(self.dateEdit)

        self.dayRadio = QRadioButton(AgendaPage)
        self.dayRadio.setObjectName(u"dayRadio")

        self.agendaBar.addWidget(self.dayRadio)

        self.weekRadio = QRadioButton(AgendaPage)
        self.weekRadio.setObjectName(u"weekRadio")
        self.weekRadio.setChecked(True)

        self.agendaBar.addWidget(self.weekRadio)

        self.agendaBarSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.agendaBar.addItem(self.agendaBarSpacer)

        self.rangeLabel = QLabel(AgendaPage)
        self.rangeLabel.setObjectName(u"rangeLabel")

        self.agendaBar.addWidget(self.rangeLabel)


        self.agendaLayout.addLayout(self.agendaBar)

        self.agendaTable = QTableWidget(AgendaPage)
        if (self.agendaTable.columnCount() < 6):
            self.agendaTable.setColumnCount(6)
        __qtablewidgetitem = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(0, __qtablewidgetitem)
        __qtablewidgetitem1 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(1, __qtablewidgetitem1)
        __qtablewidgetitem2 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(2, __qtablewidgetitem2)
        __qtablewidgetitem3 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(3, __qtablewidgetitem3)
        __qtablewidgetitem4 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(4, __qtablewidgetitem4)
        __qtablewidgetitem5 = QTableWidgetItem()
        self.agendaTable.setHorizontalHeaderItem(5, __qtablewidgetitem5)
        self.agendaTable.setObjectName(u"agendaTable")
        self.agendaTable.setTabKeyNavigation(False)
        self.agendaTable.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.agendaTable.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agendaTable.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agendaTable.setColumnCount(6)
        self.agendaTable.horizontalHeader().setStretchLastSection(True)
        self.agendaTable.verticalHeader().setVisible(False)

        self.agendaLayout.addWidget(self.agendaTable)

        self.emptyLabel = QLabel(AgendaPage)
        self.emptyLabel.setObjectName(u"emptyLabel")

        self.agendaLayout.addWidget(self.emptyLabel)


        self.retranslateUi(AgendaPage)
    # setupUi

    def retranslateUi(self, AgendaPage):
#if QT_CONFIG(accessibility)
        AgendaPage.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Agenda", None))
#endif // QT_CONFIG(accessibility)
        self.previousButton.setText(QCoreApplication.translate("AgendaPage", u"< &Previous", None))
#if QT_CONFIG(accessibility)
        self.previousButton.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Previous day or week", None))
#endif // QT_CONFIG(accessibility)
        self.todayButton.setText(QCoreApplication.translate("AgendaPage", u"T&oday", None))
#if QT_CONFIG(accessibility)
        self.todayButton.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Today", None))
#endif // QT_CONFIG(accessibility)
        self.nextButton.setText(QCoreApplication.translate("AgendaPage", u"&Next >", None))
#if QT_CONFIG(accessibility)
        self.nextButton.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Next day or week", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("AgendaPage", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Go to date", None))
#endif // QT_CONFIG(accessibility)
        self.dayRadio.setText(QCoreApplication.translate("AgendaPage", u"&Day", None))
#if QT_CONFIG(accessibility)
        self.dayRadio.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Show one day", None))
#endif // QT_CONFIG(accessibility)
        self.weekRadio.setText(QCoreApplication.translate("AgendaPage", u"&Week", None))
#if QT_CONFIG(accessibility)
        self.weekRadio.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Show a week", None))
#endif // QT_CONFIG(accessibility)
        self.rangeLabel.setText("")
#if QT_CONFIG(accessibility)
        self.rangeLabel.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Days shown", None))
#endif // QT_CONFIG(accessibility)
        ___qtablewidgetitem = self.agendaTable.horizontalHeaderItem(0)
        ___qtablewidgetitem.setText(QCoreApplication.translate("AgendaPage", u"Day", None))
        ___qtablewidgetitem1 = self.agendaTable.horizontalHeaderItem(1)
        ___qtablewidgetitem1.setText(QCoreApplication.translate("AgendaPage", u"Time", None))
        ___qtablewidgetitem2 = self.agendaTable.horizontalHeaderItem(2)
        ___qtablewidgetitem2.setText(QCoreApplication.translate("AgendaPage", u"Case", None))
        ___qtablewidgetitem3 = self.agendaTable.horizontalHeaderItem(3)
        ___qtablewidgetitem3.setText(QCoreApplication.translate("AgendaPage", u"Place", None))
        ___qtablewidgetitem4 = self.agendaTable.horizontalHeaderItem(4)
        ___qtablewidgetitem4.setText(QCoreApplication.translate("AgendaPage", u"Mediators", None))
        ___qtablewidgetitem5 = self.agendaTable.horizontalHeaderItem(5)
        ___qtablewidgetitem5.setText(QCoreApplication.translate("AgendaPage", u"Status", None))
#if QT_CONFIG(accessibility)
        self.agendaTable.setAccessibleName(QCoreApplication.translate("AgendaPage", u"Sessions on the agenda", None))
#endif // QT_CONFIG(accessibility)
        self.emptyLabel.setText("")
#if QT_CONFIG(accessibility)
        self.emptyLabel.setAccessibleName(QCoreApplication.translate("AgendaPage", u"About the agenda", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
