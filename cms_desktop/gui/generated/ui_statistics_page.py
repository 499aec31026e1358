# Generated from ui/statistics_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_StatisticsPageForm(object):
    def setupUi(self, StatisticsPageForm):
        if not StatisticsPageForm.objectName():
            StatisticsPageForm.setObjectName(u"StatisticsPageForm")
        StatisticsPageForm.resize(1100, 760)
        self.mainLayout = QVBoxLayout(StatisticsPageForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.controlsRow = QHBoxLayout()
        self.controlsRow.setObjectName(u"controlsRow")
        self.presetLabel = QLabel(StatisticsPageForm)
        self.presetLabel.setObjectName(u"presetLabel")

        self.controlsRow.addWidget(self.presetLabel)

        self.periodPreset = QComboBox(StatisticsPageForm)
        self.periodPreset.setObjectName(u"periodPreset")

        self.controlsRow.addWidget(self.periodPreset)

        self.fromLabel = QLabel(StatisticsPageForm)
        self.fromLabel.setObjectName(u"fromLabel")

        self.controlsRow.addWidget(self.fromLabel)

        self.fromDate = QDateEdit(StatisticsPageForm)
        self.fromDate.setObjectName(u"fromDate")
        self.fromDate.setCalendarPopup(True)

        self.controlsRow.addWidget(self.fromDate)

        self.toLabel = QLabel(StatisticsPageForm)
        self.toLabel.setObjectName(u"toLabel")

        self.controlsRow.addWidget(self.toLabel)

        self.toDate = QDateEdit(StatisticsPageForm)
        self.toDate.setObjectName(u"toDate")
        self.toDate.setCalendarPopup(True)

        self.controlsRow.addWidget(self.toDate)

        self.showButton = QPushButton(StatisticsPageForm)
        self.showButton.setObjectName(u"showButton")

        self.controlsRow.addWidget(self.showButton)

        self.controlsSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.controlsRow.addItem(self.controlsSpacer)

        self.printButton = QPushButton(StatisticsPageForm)
        self.printButton.setObjectName(u"printButton")

        self.controlsRow.addWidget(self.printButton)

        self.questionButton = QPushButton(StatisticsPageForm)
        self.questionButton.setObjectName(u"questionButton")

        self.controlsRow.addWidget(self.questionButton)


        self.mainLayout.addLayout(self.controlsRow)

        self.periodError = QLabel(StatisticsPageForm)
        self.periodError.setObjectName(u"periodError")
        self.periodError.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.periodError)

        self.explanation = QLabel(StatisticsPageForm)
        self.explanation.setObjectName(u"explanation")
        self.explanation.setWordWrap(True)

        self.mainLayout.addWidget(self.explanation)

        self.resultsArea = QScrollArea(StatisticsPageForm)
        self.resultsArea.setObjectName(u"resultsArea")
        self.resultsArea.setWidgetResizable(True)
        self.resultsHost = QWidget()
        self.resultsHost.setObjectName(u"resultsHost")
        self.resultsLayout = QVBoxLayout(self.resultsHost)
        self.resultsLayout.setObjectName(u"resultsLayout")
        self.resultsArea.setWidget(self.resultsHost)

        self.mainLayout.addWidget(self.resultsArea)

#if QT_CONFIG(shortcut)
        self.presetLabel.setBuddy(self.periodPreset)
        self.fromLabel.setBuddy(self.fromDate)
        self.toLabel.setBuddy(self.toDate)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.periodPreset, self.fromDate)
        QWidget.setTabOrder(self.fromDate, self.toDate)
        QWidget.setTabOrder(self.toDate, self.showButton)
        QWidget.setTabOrder(self.showButton, self.printButton)
        QWidget.setTabOrder(self.printButton, self.questionButton)

        self.retranslateUi(StatisticsPageForm)
    # setupUi

    def retranslateUi(self, StatisticsPageForm):
#if QT_CONFIG(accessibility)
        StatisticsPageForm.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Statistics", None))
#endif // QT_CONFIG(accessibility)
        self.presetLabel.setText(QCoreApplication.translate("StatisticsPageForm", u"Perio&d", None))
#if QT_CONFIG(accessibility)
        self.periodPreset.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Period", None))
#endif // QT_CONFIG(accessibility)
        self.fromLabel.setText(QCoreApplication.translate("StatisticsPageForm", u"Fro&m", None))
        self.fromDate.setDisplayFormat(QCoreApplication.translate("StatisticsPageForm", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.fromDate.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"First day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.toLabel.setText(QCoreApplication.translate("StatisticsPageForm", u"T&o", None))
        self.toDate.setDisplayFormat(QCoreApplication.translate("StatisticsPageForm", u"yyyy-MM-dd", None))
#if QT_CONFIG(accessibility)
        self.toDate.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Last day of the period", None))
#endif // QT_CONFIG(accessibility)
        self.showButton.setText(QCoreApplication.translate("StatisticsPageForm", u"Sho&w", None))
#if QT_CONFIG(accessibility)
        self.showButton.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Show the statistics for the period", None))
#endif // QT_CONFIG(accessibility)
        self.printButton.setText(QCoreApplication.translate("StatisticsPageForm", u"P&rint report\u2026", None))
#if QT_CONFIG(accessibility)
        self.printButton.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Print the statistics report for the period", None))
#endif // QT_CONFIG(accessibility)
        self.questionButton.setText(QCoreApplication.translate("StatisticsPageForm", u"Add a &question\u2026", None))
#if QT_CONFIG(tooltip)
        self.questionButton.setToolTip(QCoreApplication.translate("StatisticsPageForm", u"Add a question to the evaluation form (a new questionnaire version).", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(accessibility)
        self.questionButton.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Add a question to the evaluation questionnaire", None))
#endif // QT_CONFIG(accessibility)
        self.periodError.setText("")
#if QT_CONFIG(accessibility)
        self.periodError.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Problem with the period", None))
#endif // QT_CONFIG(accessibility)
        self.explanation.setText("")
#if QT_CONFIG(accessibility)
        self.explanation.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"How small counts are hidden", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.resultsArea.setAccessibleName(QCoreApplication.translate("StatisticsPageForm", u"Statistics for the period", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
