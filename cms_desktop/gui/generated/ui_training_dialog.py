# Generated from ui/training_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDateEdit, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

class Ui_TrainingDialog(object):
    def setupUi(self, TrainingDialog):
        if not TrainingDialog.objectName():
            TrainingDialog.setObjectName(u"TrainingDialog")
        TrainingDialog.resize(460, 300)
        self.dialogLayout = QVBoxLayout(TrainingDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.intro = QLabel(TrainingDialog)
        self.intro.setObjectName(u"intro")
        self.intro.setWordWrap(True)

        self.dialogLayout.addWidget(self.intro)

        self.form = QFormLayout()
        self.form.setObjectName(u"form")
        self.kindLabel = QLabel(TrainingDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.form.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(TrainingDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.form.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.kindError = QLabel(TrainingDialog)
        self.kindError.setObjectName(u"kindError")
        self.kindError.setVisible(False)

        self.form.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindError)

        self.dateLabel = QLabel(TrainingDialog)
        self.dateLabel.setObjectName(u"dateLabel")

        self.form.setWidget(2, QFormLayout.ItemRole.LabelRole, self.dateLabel)

        self.dateEdit = QDateEdit(TrainingDialog)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)

        self.form.setWidget(2, QFormLayout.ItemRole.FieldRole, self.dateEdit)

        self.dateError = QLabel(TrainingDialog)
        self.dateError.setObjectName(u"dateError")
        self.dateError.setVisible(False)

        self.form.setWidget(3, QFormLayout.ItemRole.FieldRole, self.dateError)

        self.hoursLabel = QLabel(TrainingDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.form.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursSpin = QDoubleSpinBox(TrainingDialog)
        self.hoursSpin.setObjectName(u"hoursSpin")
        self.hoursSpin.setDecimals(1)
        self.hoursSpin.setMaximum(200.000000000000000)
        self.hoursSpin.setSingleStep(0.500000000000000)

        self.form.setWidget(4, QFormLayout.ItemRole.FieldRole, self.hoursSpin)

        self.hoursError = QLabel(TrainingDialog)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setVisible(False)

        self.form.setWidget(5, QFormLayout.ItemRole.FieldRole, self.hoursError)

        self.detailLabel = QLabel(TrainingDialog)
        self.detailLabel.setObjectName(u"detailLabel")

        self.form.setWidget(6, QFormLayout.ItemRole.LabelRole, self.detailLabel)

        self.detailEdit = QLineEdit(TrainingDialog)
        self.detailEdit.setObjectName(u"detailEdit")

        self.form.setWidget(6, QFormLayout.ItemRole.FieldRole, self.detailEdit)


        self.dialogLayout.addLayout(self.form)

        self.generalError = QLabel(TrainingDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)

        self.dialogLayout.addWidget(self.generalError)

        self.buttons = QDialogButtonBox(TrainingDialog)
        self.buttons.setObjectName(u"buttons")
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttons)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.dateLabel.setBuddy(self.dateEdit)
        self.hoursLabel.setBuddy(self.hoursSpin)
        self.detailLabel.setBuddy(self.detailEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.hoursSpin)
        QWidget.setTabOrder(self.hoursSpin, self.detailEdit)
        QWidget.setTabOrder(self.detailEdit, self.buttons)

        self.retranslateUi(TrainingDialog)
    # setupUi

    def retranslateUi(self, TrainingDialog):
        TrainingDialog.setWindowTitle(QCoreApplication.translate("TrainingDialog", u"Record training or a standing date", None))
#if QT_CONFIG(accessibility)
        TrainingDialog.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Record training", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.intro.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Mediator", None))
#endif // QT_CONFIG(accessibility)
        self.kindLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Completed", None))
#if QT_CONFIG(accessibility)
        self.kindCombo.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"What was completed", None))
#endif // QT_CONFIG(accessibility)
        self.kindError.setStyleSheet(QCoreApplication.translate("TrainingDialog", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.kindError.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Completed error", None))
#endif // QT_CONFIG(accessibility)
        self.dateLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Date", None))
#if QT_CONFIG(accessibility)
        self.dateEdit.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Date", None))
#endif // QT_CONFIG(accessibility)
        self.dateEdit.setDisplayFormat(QCoreApplication.translate("TrainingDialog", u"yyyy-MM-dd", None))
        self.dateError.setStyleSheet(QCoreApplication.translate("TrainingDialog", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.dateError.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Date error", None))
#endif // QT_CONFIG(accessibility)
        self.hoursLabel.setText(QCoreApplication.translate("TrainingDialog", u"&Hours", None))
#if QT_CONFIG(accessibility)
        self.hoursSpin.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Hours", None))
#endif // QT_CONFIG(accessibility)
        self.hoursError.setStyleSheet(QCoreApplication.translate("TrainingDialog", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.hoursError.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Hours error", None))
#endif // QT_CONFIG(accessibility)
        self.detailLabel.setText(QCoreApplication.translate("TrainingDialog", u"D&etail", None))
#if QT_CONFIG(accessibility)
        self.detailEdit.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Detail", None))
#endif // QT_CONFIG(accessibility)
        self.detailEdit.setPlaceholderText(QCoreApplication.translate("TrainingDialog", u"Course or trainer (never case details)", None))
        self.generalError.setStyleSheet(QCoreApplication.translate("TrainingDialog", u"color: #b00020;", None))
#if QT_CONFIG(accessibility)
        self.generalError.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Error", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttons.setAccessibleName(QCoreApplication.translate("TrainingDialog", u"Record or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
