# Generated from ui/participant_editor.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QToolButton, QWidget

class Ui_ParticipantEditor(object):
    def setupUi(self, ParticipantEditor):
        if not ParticipantEditor.objectName():
            ParticipantEditor.setObjectName(u"ParticipantEditor")
        ParticipantEditor.setFrameShape(QFrame.Shape.StyledPanel)
        self.participantGrid = QGridLayout(ParticipantEditor)
        self.participantGrid.setObjectName(u"participantGrid")
        self.participantTitle = QLabel(ParticipantEditor)
        self.participantTitle.setObjectName(u"participantTitle")
        self.participantTitle.setStyleSheet(u"font-weight: 600;")

        self.participantGrid.addWidget(self.participantTitle, 0, 0, 1, 2)

        self.participantButtons = QHBoxLayout()
        self.participantButtons.setObjectName(u"participantButtons")
        self.participantButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.participantButtons.addItem(self.participantButtonsSpacer)

        self.moveUpButton = QToolButton(ParticipantEditor)
        self.moveUpButton.setObjectName(u"moveUpButton")

        self.participantButtons.addWidget(self.moveUpButton)

        self.moveDownButton = QToolButton(ParticipantEditor)
        self.moveDownButton.setObjectName(u"moveDownButton")

        self.participantButtons.addWidget(self.moveDownButton)

        self.removeButton = QToolButton(ParticipantEditor)
        self.removeButton.setObjectName(u"removeButton")

        self.participantButtons.addWidget(self.removeButton)


        self.participantGrid.addLayout(self.participantButtons, 0, 2, 1, 2)

        self.nameLabel = QLabel(ParticipantEditor)
        self.nameLabel.setObjectName(u"nameLabel")

        self.participantGrid.addWidget(self.nameLabel, 1, 0, 1, 1)

        self.nameEdit = QLineEdit(ParticipantEditor)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.participantGrid.addWidget(self.nameEdit, 1, 1, 1, 1)

        self.roleLabel = QLabel(ParticipantEditor)
        self.roleLabel.setObjectName(u"roleLabel")

        self.participantGrid.addWidget(self.roleLabel, 1, 2, 1, 1)

        self.roleCombo = QComboBox(ParticipantEditor)
        self.roleCombo.setObjectName(u"roleCombo")

        self.participantGrid.addWidget(self.roleCombo, 1, 3, 1, 1)

        self.nameError = QLabel(ParticipantEditor)
        self.nameError.setObjectName(u"nameError")
        self.nameError.setStyleSheet(u"color: #a40000;")

        self.participantGrid.addWidget(self.nameError, 2, 1, 1, 3)

        self.affiliationLabel = QLabel(ParticipantEditor)
        self.affiliationLabel.setObjectName(u"affiliationLabel")

        self.participantGrid.addWidget(self.affiliationLabel, 3, 0, 1, 1)

        self.affiliationCombo = QComboBox(ParticipantEditor)
        self.affiliationCombo.setObjectName(u"affiliationCombo")

        self.participantGrid.addWidget(self.affiliationCombo, 3, 1, 1, 1)

        self.departmentLabel = QLabel(ParticipantEditor)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.participantGrid.addWidget(self.departmentLabel, 3, 2, 1, 1)

        self.departmentEdit = QLineEdit(ParticipantEditor)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setMaxLength(200)

        self.participantGrid.addWidget(self.departmentEdit, 3, 3, 1, 1)

        self.reportingLineLabel = QLabel(ParticipantEditor)
        self.reportingLineLabel.setObjectName(u"reportingLineLabel")

        self.participantGrid.addWidget(self.reportingLineLabel, 4, 0, 1, 1)

        self.reportingLineEdit = QLineEdit(ParticipantEditor)
        self.reportingLineEdit.setObjectName(u"reportingLineEdit")
        self.reportingLineEdit.setMaxLength(200)

        self.participantGrid.addWidget(self.reportingLineEdit, 4, 1, 1, 1)

        self.languageLabel = QLabel(ParticipantEditor)
        self.languageLabel.setObjectName(u"languageLabel")

        self.participantGrid.addWidget(self.languageLabel, 4, 2, 1, 1)

        self.languageEdit = QLineEdit(ParticipantEditor)
        self.languageEdit.setObjectName(u"languageEdit")
        self.languageEdit.setMaxLength(100)

        self.participantGrid.addWidget(self.languageEdit, 4, 3, 1, 1)

        self.emailLabel = QLabel(ParticipantEditor)
        self.emailLabel.setObjectName(u"emailLabel")

        self.participantGrid.addWidget(self.emailLabel, 5, 0, 1, 1)

        self.emailEdit = QLineEdit(ParticipantEditor)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setMaxLength(254)

        self.participantGrid.addWidget(self.emailEdit, 5, 1, 1, 1)

        self.phoneLabel = QLabel(ParticipantEditor)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.participantGrid.addWidget(self.phoneLabel, 5, 2, 1, 1)

        self.phoneEdit = QLineEdit(ParticipantEditor)
        self.phoneEdit.setObjectName(u"phoneEdit")
        self.phoneEdit.setMaxLength(40)

        self.participantGrid.addWidget(self.phoneEdit, 5, 3, 1, 1)

        self.emailError = QLabel(ParticipantEditor)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setStyleSheet(u"color: #a40000;")
        self.emailError.setWordWrap(True)

        self.participantGrid.addWidget(self.emailError, 6, 1, 1, 1)

        self.phoneError = QLabel(ParticipantEditor)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setStyleSheet(u"color: #a40000;")
        self.phoneError.setWordWrap(True)

        self.participantGrid.addWidget(self.phoneError, 6, 3, 1, 1)

        self.accessibilityLabel = QLabel(ParticipantEditor)
        self.accessibilityLabel.setObjectName(u"accessibilityLabel")

        self.participantGrid.addWidget(self.accessibilityLabel, 7, 0, 1, 1)

        self.accessibilityEdit = QLineEdit(ParticipantEditor)
        self.accessibilityEdit.setObjectName(u"accessibilityEdit")
        self.accessibilityEdit.setMaxLength(500)

        self.participantGrid.addWidget(self.accessibilityEdit, 7, 1, 1, 3)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.roleLabel.setBuddy(self.roleCombo)
        self.affiliationLabel.setBuddy(self.affiliationCombo)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.reportingLineLabel.setBuddy(self.reportingLineEdit)
        self.languageLabel.setBuddy(self.languageEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.accessibilityLabel.setBuddy(self.accessibilityEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.affiliationCombo)
        QWidget.setTabOrder(self.affiliationCombo, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.reportingLineEdit)
        QWidget.setTabOrder(self.reportingLineEdit, self.languageEdit)
        QWidget.setTabOrder(self.languageEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.accessibilityEdit)
        QWidget.setTabOrder(self.accessibilityEdit, self.moveUpButton)
        QWidget.setTabOrder(self.moveUpButton, self.moveDownButton)
        QWidget.setTabOrder(self.moveDownButton, self.removeButton)

        self.retranslateUi(ParticipantEditor)
    # setupUi

    def retranslateUi(self, ParticipantEditor):
#if QT_CONFIG(accessibility)
        ParticipantEditor.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Participant", None))
#endif // QT_CONFIG(accessibility)
        self.participantTitle.setText(QCoreApplication.translate("ParticipantEditor", u"Participant", None))
        self.moveUpButton.setText(QCoreApplication.translate("ParticipantEditor", u"Move up", None))
#if QT_CONFIG(accessibility)
        self.moveUpButton.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Move this participant up", None))
#endif // QT_CONFIG(accessibility)
        self.moveDownButton.setText(QCoreApplication.translate("ParticipantEditor", u"Move down", None))
#if QT_CONFIG(accessibility)
        self.moveDownButton.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Move this participant down", None))
#endif // QT_CONFIG(accessibility)
        self.removeButton.setText(QCoreApplication.translate("ParticipantEditor", u"Remove", None))
#if QT_CONFIG(accessibility)
        self.removeButton.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Remove this participant", None))
#endif // QT_CONFIG(accessibility)
        self.nameLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Name", None))
#if QT_CONFIG(accessibility)
        self.nameEdit.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Participant's name", None))
#endif // QT_CONFIG(accessibility)
        self.roleLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Role", None))
#if QT_CONFIG(accessibility)
        self.roleCombo.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Role in the dispute", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.nameError.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Problem with the name", None))
#endif // QT_CONFIG(accessibility)
        self.affiliationLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Affiliation", None))
#if QT_CONFIG(accessibility)
        self.affiliationCombo.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"University affiliation", None))
#endif // QT_CONFIG(accessibility)
        self.departmentLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Department", None))
#if QT_CONFIG(accessibility)
        self.departmentEdit.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Department", None))
#endif // QT_CONFIG(accessibility)
        self.reportingLineLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Reports to", None))
#if QT_CONFIG(accessibility)
        self.reportingLineEdit.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Reporting line", None))
#endif // QT_CONFIG(accessibility)
        self.reportingLineEdit.setPlaceholderText(QCoreApplication.translate("ParticipantEditor", u"supervisor or unit, for conflict checks", None))
        self.languageLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Language", None))
#if QT_CONFIG(accessibility)
        self.languageEdit.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Preferred language", None))
#endif // QT_CONFIG(accessibility)
        self.emailLabel.setText(QCoreApplication.translate("ParticipantEditor", u"E-mail", None))
#if QT_CONFIG(accessibility)
        self.emailEdit.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"E-mail address", None))
#endif // QT_CONFIG(accessibility)
        self.phoneLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Phone", None))
#if QT_CONFIG(accessibility)
        self.phoneEdit.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Phone number", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.emailError.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Problem with the e-mail address", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.phoneError.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Problem with the phone number", None))
#endif // QT_CONFIG(accessibility)
        self.accessibilityLabel.setText(QCoreApplication.translate("ParticipantEditor", u"Accessibility", None))
#if QT_CONFIG(accessibility)
        self.accessibilityEdit.setAccessibleName(QCoreApplication.translate("ParticipantEditor", u"Accessibility needs", None))
#endif // QT_CONFIG(accessibility)
        self.accessibilityEdit.setPlaceholderText(QCoreApplication.translate("ParticipantEditor", u"e.g. step-free room, sign language interpreter, breaks", None))
    # retranslateUi
