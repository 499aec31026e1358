# Generated from ui/settings_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSizePolicy, QSpacerItem, QSpinBox, QVBoxLayout, QWidget

class Ui_SettingsPage(object):
    def setupUi(self, SettingsPage):
        if not SettingsPage.objectName():
            SettingsPage.setObjectName(u"SettingsPage")
        self.pageLayout = QVBoxLayout(SettingsPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.scroll = QScrollArea(SettingsPage)
        self.scroll.setObjectName(u"scroll")
        self.scroll.setWidgetResizable(True)
        self.scrollHost = QWidget()
        self.scrollHost.setObjectName(u"scrollHost")
        self.groupsLayout = QVBoxLayout(self.scrollHost)
        self.groupsLayout.setObjectName(u"groupsLayout")
        self.officeGroup = QGroupBox(self.scrollHost)
        self.officeGroup.setObjectName(u"officeGroup")
        self.officeForm = QFormLayout(self.officeGroup)
        self.officeForm.setObjectName(u"officeForm")
        self.officeNameLabel = QLabel(self.officeGroup)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(self.officeGroup)
        self.officeName.setObjectName(u"officeName")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.officeNameError = QLabel(self.officeGroup)
        self.officeNameError.setObjectName(u"officeNameError")
        self.officeNameError.setWordWrap(True)
        self.officeNameError.setVisible(False)

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeNameError)

        self.officeAddressLabel = QLabel(self.officeGroup)
        self.officeAddressLabel.setObjectName(u"officeAddressLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeAddressLabel)

        self.officeAddress = QPlainTextEdit(self.officeGroup)
        self.officeAddress.setObjectName(u"officeAddress")
        self.officeAddress.setTabChangesFocus(True)
        self.officeAddress.setMaximumSize(QSize(16777215, 70))

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeAddress)

        self.paperSizeLabel = QLabel(self.officeGroup)
        self.paperSizeLabel.setObjectName(u"paperSizeLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paperSizeLabel)

        self.paperSize = QComboBox(self.officeGroup)
        self.paperSize.setObjectName(u"paperSize")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paperSize)


        self.groupsLayout.addWidget(self.officeGroup)

        self.reportingGroup = QGroupBox(self.scrollHost)
        self.reportingGroup.setObjectName(u"reportingGroup")
        self.reportingLayout = QVBoxLayout(self.reportingGroup)
        self.reportingLayout.setObjectName(u"reportingLayout")
        self.officialsHost = QWidget(self.reportingGroup)
        self.officialsHost.setObjectName(u"officialsHost")
        self.officialsGrid = QGridLayout(self.officialsHost)
        self.officialsGrid.setObjectName(u"officialsGrid")
        self.officialsGrid.setContentsMargins(0, 0, 0, 0)

        self.reportingLayout.addWidget(self.officialsHost)

        self.officialsError = QLabel(self.reportingGroup)
        self.officialsError.setObjectName(u"officialsError")
        self.officialsError.setWordWrap(True)
        self.officialsError.setVisible(False)

        self.reportingLayout.addWidget(self.officialsError)

        self.eeoForm = QFormLayout()
        self.eeoForm.setObjectName(u"eeoForm")
        self.eeoOfficeLabel = QLabel(self.reportingGroup)
        self.eeoOfficeLabel.setObjectName(u"eeoOfficeLabel")

        self.eeoForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.eeoOfficeLabel)

        self.eeoOffice = QLineEdit(self.reportingGroup)
        self.eeoOffice.setObjectName(u"eeoOffice")

        self.eeoForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.eeoOffice)


        self.reportingLayout.addLayout(self.eeoForm)


        self.groupsLayout.addWidget(self.reportingGroup)

        self.lockGroup = QGroupBox(self.scrollHost)
        self.lockGroup.setObjectName(u"lockGroup")
        self.lockForm = QFormLayout(self.lockGroup)
        self.lockForm.setObjectName(u"lockForm")
        self.idleMinutesLabel = QLabel(self.lockGroup)
        self.idleMinutesLabel.setObjectName(u"idleMinutesLabel")

        self.lockForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.idleMinutesLabel)

        self.idleMinutes = QSpinBox(self.lockGroup)
        self.idleMinutes.setObjectName(u"idleMinutes")
        self.idleMinutes.setMinimum(1)
        self.idleMinutes.setMaximum(60)

        self.lockForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.idleMinutes)


        self.groupsLayout.addWidget(self.lockGroup)

        self.casesGroup = QGroupBox(self.scrollHost)
        self.casesGroup.setObjectName(u"casesGroup")
        self.casesForm = QFormLayout(self.casesGroup)
        self.casesForm.setObjectName(u"casesForm")
        self.disputeCategoriesLabel = QLabel(self.casesGroup)
        self.disputeCategoriesLabel.setObjectName(u"disputeCategoriesLabel")

        self.casesForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.disputeCategoriesLabel)

        self.disputeCategories = QPlainTextEdit(self.casesGroup)
        self.disputeCategories.setObjectName(u"disputeCategories")
        self.disputeCategories.setTabChangesFocus(True)
        self.disputeCategories.setMaximumSize(QSize(16777215, 110))

        self.casesForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.disputeCategories)

        self.disputeCategoriesError = QLabel(self.casesGroup)
        self.disputeCategoriesError.setObjectName(u"disputeCategoriesError")
        self.disputeCategoriesError.setWordWrap(True)
        self.disputeCategoriesError.setVisible(False)

        self.casesForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.disputeCategoriesError)

        self.notesDestructionDaysLabel = QLabel(self.casesGroup)
        self.notesDestructionDaysLabel.setObjectName(u"notesDestructionDaysLabel")

        self.casesForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.notesDestructionDaysLabel)

        self.notesDestructionDays = QSpinBox(self.casesGroup)
        self.notesDestructionDays.setObjectName(u"notesDestructionDays")
        self.notesDestructionDays.setMinimum(1)
        self.notesDestructionDays.setMaximum(365)

        self.casesForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.notesDestructionDays)

        self.rekeyAfterErasure = QCheckBox(self.casesGroup)
        self.rekeyAfterErasure.setObjectName(u"rekeyAfterErasure")

        self.casesForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.rekeyAfterErasure)

        self.tombstoneRetentionYearsLabel = QLabel(self.casesGroup)
        self.tombstoneRetentionYearsLabel.setObjectName(u"tombstoneRetentionYearsLabel")

        self.casesForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.tombstoneRetentionYearsLabel)

        self.tombstoneRetentionYears = QSpinBox(self.casesGroup)
        self.tombstoneRetentionYears.setObjectName(u"tombstoneRetentionYears")
        self.tombstoneRetentionYears.setMinimum(1)
        self.tombstoneRetentionYears.setMaximum(100)

        self.casesForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.tombstoneRetentionYears)


        self.groupsLayout.addWidget(self.casesGroup)

        self.retentionGroup = QGroupBox(self.scrollHost)
        self.retentionGroup.setObjectName(u"retentionGroup")
        self.retentionForm = QFormLayout(self.retentionGroup)
        self.retentionForm.setObjectName(u"retentionForm")
        self.caseFileRetentionYearsLabel = QLabel(self.retentionGroup)
        self.caseFileRetentionYearsLabel.setObjectName(u"caseFileRetentionYearsLabel")

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.caseFileRetentionYearsLabel)

        self.caseFileRetentionYears = QSpinBox(self.retentionGroup)
        self.caseFileRetentionYears.setObjectName(u"caseFileRetentionYears")
        self.caseFileRetentionYears.setMinimum(0)
        self.caseFileRetentionYears.setMaximum(99)

        self.retentionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.caseFileRetentionYears)

        self.caseFileRetentionYearsError = QLabel(self.retentionGroup)
        self.caseFileRetentionYearsError.setObjectName(u"caseFileRetentionYearsError")
        self.caseFileRetentionYearsError.setWordWrap(True)
        self.caseFileRetentionYearsError.setVisible(False)

        self.retentionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.caseFileRetentionYearsError)

        self.disclosureRetentionYearsLabel = QLabel(self.retentionGroup)
        self.disclosureRetentionYearsLabel.setObjectName(u"disclosureRetentionYearsLabel")

        self.retentionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.disclosureRetentionYearsLabel)

        self.disclosureRetentionYears = QSpinBox(self.retentionGroup)
        self.disclosureRetentionYears.setObjectName(u"disclosureRetentionYears")
        self.disclosureRetentionYears.setMinimum(0)
        self.disclosureRetentionYears.setMaximum(99)

        self.retentionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.disclosureRetentionYears)

        self.disclosureRetentionYearsError = QLabel(self.retentionGroup)
        self.disclosureRetentionYearsError.setObjectName(u"disclosureRetentionYearsError")
        self.disclosureRetentionYearsError.setWordWrap(True)
        self.disclosureRetentionYearsError.setVisible(False)

        self.retentionForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.disclosureRetentionYearsError)


        self.groupsLayout.addWidget(self.retentionGroup)

        self.evaluationGroup = QGroupBox(self.scrollHost)
        self.evaluationGroup.setObjectName(u"evaluationGroup")
        self.evaluationForm = QFormLayout(self.evaluationGroup)
        self.evaluationForm.setObjectName(u"evaluationForm")
        self.evaluationMinimumLabel = QLabel(self.evaluationGroup)
        self.evaluationMinimumLabel.setObjectName(u"evaluationMinimumLabel")

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.evaluationMinimumLabel)

        self.evaluationMinimum = QSpinBox(self.evaluationGroup)
        self.evaluationMinimum.setObjectName(u"evaluationMinimum")
        self.evaluationMinimum.setMinimum(1)
        self.evaluationMinimum.setMaximum(100)

        self.evaluationForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.evaluationMinimum)

        self.statisticsMinimumLabel = QLabel(self.evaluationGroup)
        self.statisticsMinimumLabel.setObjectName(u"statisticsMinimumLabel")

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.statisticsMinimumLabel)

        self.statisticsMinimum = QSpinBox(self.evaluationGroup)
        self.statisticsMinimum.setObjectName(u"statisticsMinimum")
        self.statisticsMinimum.setMinimum(1)
        self.statisticsMinimum.setMaximum(100)

        self.evaluationForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.statisticsMinimum)


        self.groupsLayout.addWidget(self.evaluationGroup)

        self.otherGroup = QGroupBox(self.scrollHost)
        self.otherGroup.setObjectName(u"otherGroup")
        self.otherForm = QFormLayout(self.otherGroup)
        self.otherForm.setObjectName(u"otherForm")

        self.groupsLayout.addWidget(self.otherGroup)

        self.groupsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.groupsLayout.addItem(self.groupsSpacer)

        self.scroll.setWidget(self.scrollHost)

        self.pageLayout.addWidget(self.scroll)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.message = QLabel(SettingsPage)
        self.message.setObjectName(u"message")
        self.message.setWordWrap(True)

        self.saveRow.addWidget(self.message)

        self.discardButton = QPushButton(SettingsPage)
        self.discardButton.setObjectName(u"discardButton")

        self.saveRow.addWidget(self.discardButton)

        self.saveButton = QPushButton(SettingsPage)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)


        self.pageLayout.addLayout(self.saveRow)

#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.officeAddressLabel.setBuddy(self.officeAddress)
        self.paperSizeLabel.setBuddy(self.paperSize)
        self.eeoOfficeLabel.setBuddy(self.eeoOffice)
        self.idleMinutesLabel.setBuddy(self.idleMinutes)
        self.disputeCategoriesLabel.setBuddy(self.disputeCategories)
        self.notesDestructionDaysLabel.setBuddy(self.notesDestructionDays)
        self.tombstoneRetentionYearsLabel.setBuddy(self.tombstoneRetentionYears)
        self.caseFileRetentionYearsLabel.setBuddy(self.caseFileRetentionYears)
        self.disclosureRetentionYearsLabel.setBuddy(self.disclosureRetentionYears)
        self.evaluationMinimumLabel.setBuddy(self.evaluationMinimum)
        self.statisticsMinimumLabel.setBuddy(self.statisticsMinimum)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.officeName, self.officeAddress)
        QWidget.setTabOrder(self.officeAddress, self.paperSize)
        QWidget.setTabOrder(self.paperSize, self.eeoOffice)
        QWidget.setTabOrder(self.eeoOffice, self.idleMinutes)
        QWidget.setTabOrder(self.idleMinutes, self.disputeCategories)
        QWidget.setTabOrder(self.disputeCategories, self.notesDestructionDays)
        QWidget.setTabOrder(self.notesDestructionDays, self.rekeyAfterErasure)
        QWidget.setTabOrder(self.rekeyAfterErasure, self.tombstoneRetentionYears)
        QWidget.setTabOrder(self.tombstoneRetentionYears, self.caseFileRetentionYears)
        QWidget.setTabOrder(self.caseFileRetentionYears, self.disclosureRetentionYears)
        QWidget.setTabOrder(self.disclosureRetentionYears, self.evaluationMinimum)
        QWidget.setTabOrder(self.evaluationMinimum, self.statisticsMinimum)
        QWidget.setTabOrder(self.statisticsMinimum, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.saveButton)

        self.retranslateUi(SettingsPage)
    # setupUi

    def retranslateUi(self, SettingsPage):
#if QT_CONFIG(accessibility)
        SettingsPage.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Office settings", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.scroll.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Settings", None))
#endif // QT_CONFIG(accessibility)
        self.officeGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Office", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SettingsPage", u"Office &name", None))
#if QT_CONFIG(accessibility)
        self.officeName.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Office name", None))
#endif // QT_CONFIG(accessibility)
        self.officeNameError.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.officeNameError.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Office name problem", None))
#endif // QT_CONFIG(accessibility)
        self.officeAddressLabel.setText(QCoreApplication.translate("SettingsPage", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.officeAddress.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Office address", None))
#endif // QT_CONFIG(accessibility)
        self.paperSizeLabel.setText(QCoreApplication.translate("SettingsPage", u"&Paper size", None))
#if QT_CONFIG(accessibility)
        self.paperSize.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.reportingGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Where disclosures are reported (E1\u2013E4)", None))
#if QT_CONFIG(accessibility)
        self.officialsHost.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Reporting officials by category", None))
#endif // QT_CONFIG(accessibility)
        self.officialsError.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.officialsError.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Reporting officials problem", None))
#endif // QT_CONFIG(accessibility)
        self.eeoOfficeLabel.setText(QCoreApplication.translate("SettingsPage", u"Also &inform (F1)", None))
#if QT_CONFIG(accessibility)
        self.eeoOffice.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Office also informed of harassment and discrimination", None))
#endif // QT_CONFIG(accessibility)
        self.lockGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Lock", None))
        self.idleMinutesLabel.setText(QCoreApplication.translate("SettingsPage", u"&Lock after", None))
        self.idleMinutes.setSuffix(QCoreApplication.translate("SettingsPage", u" minutes idle", None))
#if QT_CONFIG(accessibility)
        self.idleMinutes.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Minutes idle before the window locks", None))
#endif // QT_CONFIG(accessibility)
        self.casesGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Cases and notes", None))
        self.disputeCategoriesLabel.setText(QCoreApplication.translate("SettingsPage", u"Dispute &categories", None))
        self.disputeCategories.setPlaceholderText(QCoreApplication.translate("SettingsPage", u"One category on each line", None))
#if QT_CONFIG(accessibility)
        self.disputeCategories.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Dispute categories, one on each line", None))
#endif // QT_CONFIG(accessibility)
        self.disputeCategoriesError.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.disputeCategoriesError.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Dispute categories problem", None))
#endif // QT_CONFIG(accessibility)
        self.notesDestructionDaysLabel.setText(QCoreApplication.translate("SettingsPage", u"&Destroy notes within", None))
        self.notesDestructionDays.setSuffix(QCoreApplication.translate("SettingsPage", u" days of the final agreement", None))
#if QT_CONFIG(accessibility)
        self.notesDestructionDays.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Days to destroy notes after the final agreement", None))
#endif // QT_CONFIG(accessibility)
        self.rekeyAfterErasure.setText(QCoreApplication.translate("SettingsPage", u"&Re-key the vault after notes are destroyed", None))
#if QT_CONFIG(accessibility)
        self.rekeyAfterErasure.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Re-key the vault after notes are destroyed", None))
#endif // QT_CONFIG(accessibility)
        self.tombstoneRetentionYearsLabel.setText(QCoreApplication.translate("SettingsPage", u"&Keep destruction records", None))
        self.tombstoneRetentionYears.setSuffix(QCoreApplication.translate("SettingsPage", u" years", None))
#if QT_CONFIG(accessibility)
        self.tombstoneRetentionYears.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Years to keep records of destruction", None))
#endif // QT_CONFIG(accessibility)
        self.retentionGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Records retention", None))
        self.caseFileRetentionYearsLabel.setText(QCoreApplication.translate("SettingsPage", u"Keep a cl&osed case's identifying file", None))
        self.caseFileRetentionYears.setSuffix(QCoreApplication.translate("SettingsPage", u" years after closing (1 to 7)", None))
#if QT_CONFIG(accessibility)
        self.caseFileRetentionYears.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Years to keep a closed case's identifying file", None))
#endif // QT_CONFIG(accessibility)
        self.caseFileRetentionYearsError.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.caseFileRetentionYearsError.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Case file retention problem", None))
#endif // QT_CONFIG(accessibility)
        self.disclosureRetentionYearsLabel.setText(QCoreApplication.translate("SettingsPage", u"Keep the lo&g of disclosures", None))
        self.disclosureRetentionYears.setSuffix(QCoreApplication.translate("SettingsPage", u" years after recording (1 to 10)", None))
#if QT_CONFIG(accessibility)
        self.disclosureRetentionYears.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Years to keep the log of disclosures", None))
#endif // QT_CONFIG(accessibility)
        self.disclosureRetentionYearsError.setStyleSheet(QCoreApplication.translate("SettingsPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.disclosureRetentionYearsError.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Disclosure retention problem", None))
#endif // QT_CONFIG(accessibility)
        self.evaluationGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Evaluations and statistics", None))
        self.evaluationMinimumLabel.setText(QCoreApplication.translate("SettingsPage", u"Show eval&uation summaries from", None))
        self.evaluationMinimum.setSuffix(QCoreApplication.translate("SettingsPage", u" forms", None))
#if QT_CONFIG(accessibility)
        self.evaluationMinimum.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Fewest evaluations a summary shows", None))
#endif // QT_CONFIG(accessibility)
        self.statisticsMinimumLabel.setText(QCoreApplication.translate("SettingsPage", u"&Suppress counts below", None))
        self.statisticsMinimum.setSuffix("")
#if QT_CONFIG(accessibility)
        self.statisticsMinimum.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Smallest count statistics show", None))
#endif // QT_CONFIG(accessibility)
        self.otherGroup.setTitle(QCoreApplication.translate("SettingsPage", u"Other settings", None))
#if QT_CONFIG(accessibility)
        self.message.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Message", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("SettingsPage", u"D&iscard changes", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Discard changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("SettingsPage", u"&Save settings", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("SettingsPage", u"Save settings", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
