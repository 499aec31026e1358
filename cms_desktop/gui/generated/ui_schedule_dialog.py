# Generated from ui/schedule_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QTimeEdit, QVBoxLayout

class Ui_ScheduleDialog(object):
    def setupUi(self, ScheduleDialog):
        if not ScheduleDialog.objectName():
            ScheduleDialog.setObjectName(u"ScheduleDialog")
        ScheduleDialog.resize(520, 480)
        self.scheduleLayout = QVBoxLayout(ScheduleDialog)
        self.scheduleLayout.setObjectName(u"scheduleLayout")
        self.scheduleForm = QFormLayout()
        self.scheduleForm.setObjectName(u"scheduleForm")
        self.dateLabel = QLabel(ScheduleDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(ScheduleDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.scheduleForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.startLabel = QLabel(ScheduleDialog)
        self.startLabel.setObjectName(u"startLabel")

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.startLabel)

        self.startEdit = QTimeEdit(ScheduleDialog)
        self.startEdit.setObjectName(u"startEdit")

        self.scheduleForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.startEdit)

        self.endLabel = QLabel(ScheduleDialog)
        self.endLabel.setObjectName(u"endLabel")

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.endLabel)

        self.endEdit = QTimeEdit(ScheduleDialog)
        self.endEdit.setObjectName(u"endEdit")

        self.scheduleForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.endEdit)

        self.placeLabel = QLabel(ScheduleDialog)
        self.placeLabel.setObjectName(u"placeLabel")

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.placeLabel)

        self.placeEdit = QLineEdit(ScheduleDialog)
        self.placeEdit.setObjectName(u"placeEdit")

        self.scheduleForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.placeEdit)

        self.mediatorsLabel = QLabel(ScheduleDialog)
        self.mediatorsLabel.setObjectName(u"mediatorsLabel")

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.mediatorsLabel)

        self.mediatorList = QListWidget(ScheduleDialog)
        self.mediatorList.setObjectName(u"mediatorList")
        self.mediatorList.setTabKeyNavigation(False)

        self.scheduleForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.mediatorList)


        self.scheduleLayout.addLayout(self.scheduleForm)

        self.warningsLabel = QLabel(ScheduleDialog)
        self.warningsLabel.setObjectName(u"warningsLabel")
        self.warningsLabel.setWordWrap(True)

        self.scheduleLayout.addWidget(self.warningsLabel)

        self.errorLabel = QLabel(ScheduleDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.scheduleLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ScheduleDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.scheduleLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.dateLabel.setBuddy(self.dateEdit)
        self.startLabel.setBuddy(self.startEdit)
        self.endLabel.setBuddy(self.endEdit)
        self.placeLabel.setBuddy(self.placeEdit)
        self.mediatorsLabel.setBuddy(self.mediatorList)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ScheduleDialog)
    # setupUi

    def retranslateUi(self, ScheduleDialog):
        ScheduleDialog.setWindowTitle(QCoreApplication.translate("ScheduleDialog", u"Schedule a session", None))
        self.dateLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Date", None))
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("ScheduleDialog", u"ddd d MMM yyyy", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.startLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Starts", None))
        self.startEdit.setDisplayFormat(QCoreApplication.translate("ScheduleDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.startEdit.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"Start time", None))
#endif // QT_CONFIG(accessibility)
        self.endLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Ends", None))
        self.endEdit.setDisplayFormat(QCoreApplication.translate("ScheduleDialog", u"HH:mm", None))
#if QT_CONFIG(accessibility)
        self.endEdit.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"End time", None))
#endif // QT_CONFIG(accessibility)
        self.placeLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Place", None))
        self.placeEdit.setPlaceholderText(QCoreApplication.translate("ScheduleDialog", u"Room, building, or how to join", None))
#if QT_CONFIG(accessibility)
        self.placeEdit.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"Place", None))
#endif // QT_CONFIG(accessibility)
        self.mediatorsLabel.setText(QCoreApplication.translate("ScheduleDialog", u"&Mediators", None))
#if QT_CONFIG(accessibility)
        self.mediatorList.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"Mediators (tick one or more)", None))
#endif // QT_CONFIG(accessibility)
        self.warningsLabel.setText("")
#if QT_CONFIG(accessibility)
        self.warningsLabel.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"Warnings", None))
#endif // QT_CONFIG(accessibility)
        self.warningsLabel.setStyleSheet(QCoreApplication.translate("ScheduleDialog", u"color: #8a5300;", None))
        self.errorLabel.setText("")
#if QT_CONFIG(accessibility)
        self.errorLabel.setAccessibleName(QCoreApplication.translate("ScheduleDialog", u"What is wrong", None))
#endif // QT_CONFIG(accessibility)
        self.errorLabel.setStyleSheet(QCoreApplication.translate("ScheduleDialog", u"color: #a40000;", None))
    # retranslateUi
