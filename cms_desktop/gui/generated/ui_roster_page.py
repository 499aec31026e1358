# Generated from ui/roster_page.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QScrollArea, QSplitter, QTableView, QVBoxLayout, QWidget

class Ui_RosterPage(object):
    def setupUi(self, RosterPage):
        if not RosterPage.objectName():
            RosterPage.setObjectName(u"RosterPage")
        self.pageLayout = QHBoxLayout(RosterPage)
        self.pageLayout.setObjectName(u"pageLayout")
        self.splitter = QSplitter(RosterPage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listHost = QWidget(self.splitter)
        self.listHost.setObjectName(u"listHost")
        self.listLayout = QVBoxLayout(self.listHost)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.filterRow = QHBoxLayout()
        self.filterRow.setObjectName(u"filterRow")
        self.statusFilter = QComboBox(self.listHost)
        self.statusFilter.setObjectName(u"statusFilter")

        self.filterRow.addWidget(self.statusFilter)

        self.search = QLineEdit(self.listHost)
        self.search.setObjectName(u"search")
        self.search.setClearButtonEnabled(True)

        self.filterRow.addWidget(self.search)


        self.listLayout.addLayout(self.filterRow)

        self.table = QTableView(self.listHost)
        self.table.setObjectName(u"table")
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)

        self.listLayout.addWidget(self.table)

        self.newButton = QPushButton(self.listHost)
        self.newButton.setObjectName(u"newButton")

        self.listLayout.addWidget(self.newButton)

        self.splitter.addWidget(self.listHost)
        self.detailScroll = QScrollArea(self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setWidgetResizable(True)
        self.detailHost = QWidget()
        self.detailHost.setObjectName(u"detailHost")
        self.detailLayout = QVBoxLayout(self.detailHost)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailsGroup = QGroupBox(self.detailHost)
        self.detailsGroup.setObjectName(u"detailsGroup")
        self.detailsForm = QFormLayout(self.detailsGroup)
        self.detailsForm.setObjectName(u"detailsForm")
        self.nameLabel = QLabel(self.detailsGroup)
        self.nameLabel.setObjectName(u"nameLabel")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.name = QLineEdit(self.detailsGroup)
        self.name.setObjectName(u"name")

        self.detailsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.name)

        self.nameError = QLabel(self.detailsGroup)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setWordWrap(True)
        self.nameError.setVisible(False)

        self.detailsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.nameError)

        self.affiliationLabel = QLabel(self.detailsGroup)
        self.affiliationLabel.setObjectName(u"affiliationLabel")

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.affiliationLabel)

        self.affiliation = QComboBox(self.detailsGroup)
        self.affiliation.setObjectName(u"affiliation")
        self.affiliation.setEditable(True)

        self.detailsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.affiliation)

        self.affiliationError = QLabel(self.detailsGroup)
        self.affiliationError.setObjectName(u"affiliationError")
        self.affiliationError.setWordWrap(True)
        self.affiliationError.setVisible(False)

        self.detailsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.affiliationError)

        self.departmentLabel = QLabel(self.detailsGroup)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.department = QLineEdit(self.detailsGroup)
        self.department.setObjectName(u"department")

        self.detailsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.department)

        self.departmentError = QLabel(self.detailsGroup)
        self.departmentError.setObjectName(u"departmentError")
        self.departmentError.setWordWrap(True)
        self.departmentError.setVisible(False)

        self.detailsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.departmentError)

        self.reportingLineLabel = QLabel(self.detailsGroup)
        self.reportingLineLabel.setObjectName(u"reportingLineLabel")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reportingLineLabel)

        self.reportingLine = QLineEdit(self.detailsGroup)
        self.reportingLine.setObjectName(u"reportingLine")

        self.detailsForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reportingLine)

        self.reportingLineError = QLabel(self.detailsGroup)
        self.reportingLineError.setObjectName(u"reportingLineError")
        self.reportingLineError.setWordWrap(True)
        self.reportingLineError.setVisible(False)

        self.detailsForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.reportingLineError)

        self.emailLabel = QLabel(self.detailsGroup)
        self.emailLabel.setObjectName(u"emailLabel")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.email = QLineEdit(self.detailsGroup)
        self.email.setObjectName(u"email")

        self.detailsForm.setWidget(8, QFormLayout.ItemRole.FieldRole, self.email)

        self.emailError = QLabel(self.detailsGroup)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setWordWrap(True)
        self.emailError.setVisible(False)

        self.detailsForm.setWidget(9, QFormLayout.ItemRole.FieldRole, self.emailError)

        self.phoneLabel = QLabel(self.detailsGroup)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phone = QLineEdit(self.detailsGroup)
        self.phone.setObjectName(u"phone")

        self.detailsForm.setWidget(10, QFormLayout.ItemRole.FieldRole, self.phone)

        self.phoneError = QLabel(self.detailsGroup)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setWordWrap(True)
        self.phoneError.setVisible(False)

        self.detailsForm.setWidget(11, QFormLayout.ItemRole.FieldRole, self.phoneError)

        self.trainingDateLabel = QLabel(self.detailsGroup)
        self.trainingDateLabel.setObjectName(u"trainingDateLabel")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.LabelRole, self.trainingDateLabel)

        self.trainingDate = QLineEdit(self.detailsGroup)
        self.trainingDate.setObjectName(u"trainingDate")

        self.detailsForm.setWidget(12, QFormLayout.ItemRole.FieldRole, self.trainingDate)

        self.trainingDateError = QLabel(self.detailsGroup)
        self.trainingDateError.setObjectName(u"trainingDateError")
        self.trainingDateError.setWordWrap(True)
        self.trainingDateError.setVisible(False)

        self.detailsForm.setWidget(13, QFormLayout.ItemRole.FieldRole, self.trainingDateError)

        self.pledgeDateLabel = QLabel(self.detailsGroup)
        self.pledgeDateLabel.setObjectName(u"pledgeDateLabel")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.LabelRole, self.pledgeDateLabel)

        self.pledgeDate = QLineEdit(self.detailsGroup)
        self.pledgeDate.setObjectName(u"pledgeDate")

        self.detailsForm.setWidget(14, QFormLayout.ItemRole.FieldRole, self.pledgeDate)

        self.pledgeDateError = QLabel(self.detailsGroup)
        self.pledgeDateError.setObjectName(u"pledgeDateError")
        self.pledgeDateError.setWordWrap(True)
        self.pledgeDateError.setVisible(False)

        self.detailsForm.setWidget(15, QFormLayout.ItemRole.FieldRole, self.pledgeDateError)

        self.backgroundCheckDateLabel = QLabel(self.detailsGroup)
        self.backgroundCheckDateLabel.setObjectName(u"backgroundCheckDateLabel")

        self.detailsForm.setWidget(16, QFormLayout.ItemRole.LabelRole, self.backgroundCheckDateLabel)

        self.backgroundCheckDate = QLineEdit(self.detailsGroup)
        self.backgroundCheckDate.setObjectName(u"backgroundCheckDate")

        self.detailsForm.setWidget(16, QFormLayout.ItemRole.FieldRole, self.backgroundCheckDate)

        self.backgroundCheckDateError = QLabel(self.detailsGroup)
        self.backgroundCheckDateError.setObjectName(u"backgroundCheckDateError")
        self.backgroundCheckDateError.setWordWrap(True)
        self.backgroundCheckDateError.setVisible(False)

        self.detailsForm.setWidget(17, QFormLayout.ItemRole.FieldRole, self.backgroundCheckDateError)


        self.detailLayout.addWidget(self.detailsGroup)

        self.saveRow = QHBoxLayout()
        self.saveRow.setObjectName(u"saveRow")
        self.detailsMessage = QLabel(self.detailHost)
        self.detailsMessage.setObjectName(u"detailsMessage")
        self.detailsMessage.setWordWrap(True)

        self.saveRow.addWidget(self.detailsMessage)

        self.discardButton = QPushButton(self.detailHost)
        self.discardButton.setObjectName(u"discardButton")

        self.saveRow.addWidget(self.discardButton)

        self.saveButton = QPushButton(self.detailHost)
        self.saveButton.setObjectName(u"saveButton")

        self.saveRow.addWidget(self.saveButton)


        self.detailLayout.addLayout(self.saveRow)

        self.standingGroup = QGroupBox(self.detailHost)
        self.standingGroup.setObjectName(u"standingGroup")
        self.standingForm = QFormLayout(self.standingGroup)
        self.standingForm.setObjectName(u"standingForm")
        self.currentStatusLabel = QLabel(self.standingGroup)
        self.currentStatusLabel.setObjectName(u"currentStatusLabel")

        self.standingForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.currentStatusLabel)

        self.currentStatus = QLabel(self.standingGroup)
        self.currentStatus.setObjectName(u"currentStatus")

        self.standingForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.currentStatus)

        self.accountLabel = QLabel(self.standingGroup)
        self.accountLabel.setObjectName(u"accountLabel")

        self.standingForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.accountLabel)

        self.account = QLabel(self.standingGroup)
        self.account.setObjectName(u"account")

        self.standingForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.account)

        self.newStatusLabel = QLabel(self.standingGroup)
        self.newStatusLabel.setObjectName(u"newStatusLabel")

        self.standingForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.newStatusLabel)

        self.newStatus = QComboBox(self.standingGroup)
        self.newStatus.setObjectName(u"newStatus")

        self.standingForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.newStatus)

        self.clauseLabel = QLabel(self.standingGroup)
        self.clauseLabel.setObjectName(u"clauseLabel")

        self.standingForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.clauseLabel)

        self.clause = QComboBox(self.standingGroup)
        self.clause.setObjectName(u"clause")

        self.standingForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.clause)

        self.reasonLabel = QLabel(self.standingGroup)
        self.reasonLabel.setObjectName(u"reasonLabel")

        self.standingForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.reasonLabel)

        self.reason = QPlainTextEdit(self.standingGroup)
        self.reason.setObjectName(u"reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setMaximumSize(QSize(16777215, 80))

        self.standingForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.reason)

        self.standingMessage = QLabel(self.standingGroup)
        self.standingMessage.setObjectName(u"standingMessage")
        self.standingMessage.setWordWrap(True)

        self.standingForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.standingMessage)

        self.decideButton = QPushButton(self.standingGroup)
        self.decideButton.setObjectName(u"decideButton")

        self.standingForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.decideButton)


        self.detailLayout.addWidget(self.standingGroup)

        self.historyLabel = QLabel(self.detailHost)
        self.historyLabel.setObjectName(u"historyLabel")

        self.detailLayout.addWidget(self.historyLabel)

        self.history = QTableView(self.detailHost)
        self.history.setObjectName(u"history")
        self.history.setTabKeyNavigation(False)
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)

        self.detailLayout.addWidget(self.history)

        self.detailScroll.setWidget(self.detailHost)
        self.splitter.addWidget(self.detailScroll)

        self.pageLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.name)
        self.affiliationLabel.setBuddy(self.affiliation)
        self.departmentLabel.setBuddy(self.department)
        self.reportingLineLabel.setBuddy(self.reportingLine)
        self.emailLabel.setBuddy(self.email)
        self.phoneLabel.setBuddy(self.phone)
        self.trainingDateLabel.setBuddy(self.trainingDate)
        self.pledgeDateLabel.setBuddy(self.pledgeDate)
        self.backgroundCheckDateLabel.setBuddy(self.backgroundCheckDate)
        self.newStatusLabel.setBuddy(self.newStatus)
        self.clauseLabel.setBuddy(self.clause)
        self.reasonLabel.setBuddy(self.reason)
        self.historyLabel.setBuddy(self.history)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.statusFilter, self.search)
        QWidget.setTabOrder(self.search, self.table)
        QWidget.setTabOrder(self.table, self.newButton)
        QWidget.setTabOrder(self.newButton, self.name)
        QWidget.setTabOrder(self.name, self.affiliation)
        QWidget.setTabOrder(self.affiliation, self.department)
        QWidget.setTabOrder(self.department, self.reportingLine)
        QWidget.setTabOrder(self.reportingLine, self.email)
        QWidget.setTabOrder(self.email, self.phone)
        QWidget.setTabOrder(self.phone, self.trainingDate)
        QWidget.setTabOrder(self.trainingDate, self.pledgeDate)
        QWidget.setTabOrder(self.pledgeDate, self.backgroundCheckDate)
        QWidget.setTabOrder(self.backgroundCheckDate, self.saveButton)
        QWidget.setTabOrder(self.saveButton, self.discardButton)
        QWidget.setTabOrder(self.discardButton, self.newStatus)
        QWidget.setTabOrder(self.newStatus, self.clause)
        QWidget.setTabOrder(self.clause, self.reason)
        QWidget.setTabOrder(self.reason, self.decideButton)
        QWidget.setTabOrder(self.decideButton, self.history)

        self.retranslateUi(RosterPage)

        self.saveButton.setDefault(True)

    # setupUi

    def retranslateUi(self, RosterPage):
#if QT_CONFIG(accessibility)
        RosterPage.setAccessibleName(QCoreApplication.translate("RosterPage", u"Roster", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.statusFilter.setAccessibleName(QCoreApplication.translate("RosterPage", u"Show mediators who are", None))
#endif // QT_CONFIG(accessibility)
        self.search.setPlaceholderText(QCoreApplication.translate("RosterPage", u"Find a mediator by name", None))
#if QT_CONFIG(accessibility)
        self.search.setAccessibleName(QCoreApplication.translate("RosterPage", u"Find a mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.table.setAccessibleName(QCoreApplication.translate("RosterPage", u"Mediators on the roster", None))
#endif // QT_CONFIG(accessibility)
        self.newButton.setText(QCoreApplication.translate("RosterPage", u"&New mediator", None))
#if QT_CONFIG(accessibility)
        self.newButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"New mediator", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailScroll.setAccessibleName(QCoreApplication.translate("RosterPage", u"The chosen mediator", None))
#endif // QT_CONFIG(accessibility)
        self.detailsGroup.setTitle(QCoreApplication.translate("RosterPage", u"Details", None))
        self.nameLabel.setText(QCoreApplication.translate("RosterPage", u"&Name", None))
#if QT_CONFIG(accessibility)
        self.name.setAccessibleName(QCoreApplication.translate("RosterPage", u"Name", None))
#endif // QT_CONFIG(accessibility)
        self.nameError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Name problem", None))
#endif // QT_CONFIG(accessibility)
        self.affiliationLabel.setText(QCoreApplication.translate("RosterPage", u"&Affiliation", None))
#if QT_CONFIG(accessibility)
        self.affiliation.setAccessibleName(QCoreApplication.translate("RosterPage", u"Affiliation", None))
#endif // QT_CONFIG(accessibility)
        self.affiliationError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.affiliationError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Affiliation problem", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("RosterPage", u"&Department", None))
#if QT_CONFIG(accessibility)
        self.department.setAccessibleName(QCoreApplication.translate("RosterPage", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.departmentError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.departmentError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Department problem", None))
#endif // QT_CONFIG(accessibility)
        self.reportingLineLabel.setText(QCoreApplication.translate("RosterPage", u"Reporting &line", None))
#if QT_CONFIG(accessibility)
        self.reportingLine.setAccessibleName(QCoreApplication.translate("RosterPage", u"Reporting line", None))
#endif // QT_CONFIG(accessibility)
        self.reportingLineError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.reportingLineError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Reporting line problem", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("RosterPage", u"E-&mail", None))
#if QT_CONFIG(accessibility)
        self.email.setAccessibleName(QCoreApplication.translate("RosterPage", u"E-mail", None))
#endif // QT_CONFIG(accessibility)
        self.emailError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("RosterPage", u"E-mail problem", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("RosterPage", u"P&hone", None))
#if QT_CONFIG(accessibility)
        self.phone.setAccessibleName(QCoreApplication.translate("RosterPage", u"Phone", None))
#endif // QT_CONFIG(accessibility)
        self.phoneError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Phone problem", None))
#endif // QT_CONFIG(accessibility)
        self.trainingDateLabel.setText(QCoreApplication.translate("RosterPage", u"&Training date", None))
        self.trainingDate.setPlaceholderText(QCoreApplication.translate("RosterPage", u"YYYY-MM-DD", None))
#if QT_CONFIG(accessibility)
        self.trainingDate.setAccessibleName(QCoreApplication.translate("RosterPage", u"Training date", None))
#endif // QT_CONFIG(accessibility)
        self.trainingDateError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.trainingDateError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Training date problem", None))
#endif // QT_CONFIG(accessibility)
        self.pledgeDateLabel.setText(QCoreApplication.translate("RosterPage", u"&Pledge date", None))
        self.pledgeDate.setPlaceholderText(QCoreApplication.translate("RosterPage", u"YYYY-MM-DD", None))
#if QT_CONFIG(accessibility)
        self.pledgeDate.setAccessibleName(QCoreApplication.translate("RosterPage", u"Confidentiality pledge date", None))
#endif // QT_CONFIG(accessibility)
        self.pledgeDateError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.pledgeDateError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Confidentiality pledge date problem", None))
#endif // QT_CONFIG(accessibility)
        self.backgroundCheckDateLabel.setText(QCoreApplication.translate("RosterPage", u"&Background check", None))
        self.backgroundCheckDate.setPlaceholderText(QCoreApplication.translate("RosterPage", u"YYYY-MM-DD", None))
#if QT_CONFIG(accessibility)
        self.backgroundCheckDate.setAccessibleName(QCoreApplication.translate("RosterPage", u"Background check date", None))
#endif // QT_CONFIG(accessibility)
        self.backgroundCheckDateError.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.backgroundCheckDateError.setAccessibleName(QCoreApplication.translate("RosterPage", u"Background check date problem", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.detailsMessage.setAccessibleName(QCoreApplication.translate("RosterPage", u"Details message", None))
#endif // QT_CONFIG(accessibility)
        self.discardButton.setText(QCoreApplication.translate("RosterPage", u"D&iscard changes", None))
#if QT_CONFIG(accessibility)
        self.discardButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"Discard changes", None))
#endif // QT_CONFIG(accessibility)
        self.saveButton.setText(QCoreApplication.translate("RosterPage", u"&Save", None))
#if QT_CONFIG(accessibility)
        self.saveButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"Save the details", None))
#endif // QT_CONFIG(accessibility)
        self.standingGroup.setTitle(QCoreApplication.translate("RosterPage", u"Standing on the roster", None))
        self.currentStatusLabel.setText(QCoreApplication.translate("RosterPage", u"Now", None))
#if QT_CONFIG(accessibility)
        self.currentStatus.setAccessibleName(QCoreApplication.translate("RosterPage", u"Current standing", None))
#endif // QT_CONFIG(accessibility)
        self.accountLabel.setText(QCoreApplication.translate("RosterPage", u"Account", None))
#if QT_CONFIG(accessibility)
        self.account.setAccessibleName(QCoreApplication.translate("RosterPage", u"Account", None))
#endif // QT_CONFIG(accessibility)
        self.newStatusLabel.setText(QCoreApplication.translate("RosterPage", u"&Decision", None))
#if QT_CONFIG(accessibility)
        self.newStatus.setAccessibleName(QCoreApplication.translate("RosterPage", u"New standing", None))
#endif // QT_CONFIG(accessibility)
        self.clauseLabel.setText(QCoreApplication.translate("RosterPage", u"&Under clause", None))
#if QT_CONFIG(accessibility)
        self.clause.setAccessibleName(QCoreApplication.translate("RosterPage", u"Policy clause", None))
#endif // QT_CONFIG(accessibility)
        self.reasonLabel.setText(QCoreApplication.translate("RosterPage", u"Rea&son", None))
#if QT_CONFIG(accessibility)
        self.reason.setAccessibleName(QCoreApplication.translate("RosterPage", u"Reason for the decision", None))
#endif // QT_CONFIG(accessibility)
        self.standingMessage.setStyleSheet(QCoreApplication.translate("RosterPage", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.standingMessage.setAccessibleName(QCoreApplication.translate("RosterPage", u"Decision problem", None))
#endif // QT_CONFIG(accessibility)
        self.decideButton.setText(QCoreApplication.translate("RosterPage", u"&Record decision", None))
#if QT_CONFIG(accessibility)
        self.decideButton.setAccessibleName(QCoreApplication.translate("RosterPage", u"Record the decision", None))
#endif // QT_CONFIG(accessibility)
        self.historyLabel.setText(QCoreApplication.translate("RosterPage", u"&History", None))
#if QT_CONFIG(accessibility)
        self.history.setAccessibleName(QCoreApplication.translate("RosterPage", u"History of decisions", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
