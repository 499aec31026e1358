# Generated from ui/setup_wizard.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWizard, QWizardPage

class Ui_SetupWizard(object):
    def setupUi(self, SetupWizard):
        if not SetupWizard.objectName():
            SetupWizard.setObjectName(u"SetupWizard")
        SetupWizard.resize(640, 560)
        SetupWizard.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.officePage = QWizardPage()
        self.officePage.setObjectName(u"officePage")
        self.officePageLayout = QVBoxLayout(self.officePage)
        self.officePageLayout.setObjectName(u"officePageLayout")
        self.officeForm = QFormLayout()
        self.officeForm.setObjectName(u"officeForm")
        self.officeNameLabel = QLabel(self.officePage)
        self.officeNameLabel.setObjectName(u"officeNameLabel")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeNameLabel)

        self.officeName = QLineEdit(self.officePage)
        self.officeName.setObjectName(u"officeName")

        self.officeForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeName)

        self.officeError = QLabel(self.officePage)
        self.officeError.setObjectName(u"officeError")
        self.officeError.setWordWrap(True)
        self.officeError.setVisible(False)

        self.officeForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeError)

        self.officeAddressLabel = QLabel(self.officePage)
        self.officeAddressLabel.setObjectName(u"officeAddressLabel")

        self.officeForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officeAddressLabel)

        self.officeAddress = QPlainTextEdit(self.officePage)
        self.officeAddress.setObjectName(u"officeAddress")
        self.officeAddress.setTabChangesFocus(True)
        self.officeAddress.setMaximumSize(QSize(16777215, 80))

        self.officeForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officeAddress)

        self.paperSizeLabel = QLabel(self.officePage)
        self.paperSizeLabel.setObjectName(u"paperSizeLabel")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.paperSizeLabel)

        self.paperSize = QComboBox(self.officePage)
        self.paperSize.addItem("")
        self.paperSize.addItem("")
        self.paperSize.setObjectName(u"paperSize")

        self.officeForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.paperSize)


        self.officePageLayout.addLayout(self.officeForm)

        SetupWizard.addPage(self.officePage)
        self.officialsPage = QWizardPage()
        self.officialsPage.setObjectName(u"officialsPage")
        self.officialsPageLayout = QVBoxLayout(self.officialsPage)
        self.officialsPageLayout.setObjectName(u"officialsPageLayout")
        self.groupHarassment = QGroupBox(self.officialsPage)
        self.groupHarassment.setObjectName(u"groupHarassment")
        self.formHarassment = QFormLayout(self.groupHarassment)
        self.formHarassment.setObjectName(u"formHarassment")
        self.officeHarassmentLabel = QLabel(self.groupHarassment)
        self.officeHarassmentLabel.setObjectName(u"officeHarassmentLabel")

        self.formHarassment.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeHarassmentLabel)

        self.officeHarassment = QLineEdit(self.groupHarassment)
        self.officeHarassment.setObjectName(u"officeHarassment")

        self.formHarassment.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeHarassment)

        self.officeHarassmentError = QLabel(self.groupHarassment)
        self.officeHarassmentError.setObjectName(u"officeHarassmentError")
        self.officeHarassmentError.setWordWrap(True)
        self.officeHarassmentError.setVisible(False)

        self.formHarassment.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeHarassmentError)

        self.officialHarassmentLabel = QLabel(self.groupHarassment)
        self.officialHarassmentLabel.setObjectName(u"officialHarassmentLabel")

        self.formHarassment.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officialHarassmentLabel)

        self.officialHarassment = QLineEdit(self.groupHarassment)
        self.officialHarassment.setObjectName(u"officialHarassment")

        self.formHarassment.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officialHarassment)

        self.contactHarassmentLabel = QLabel(self.groupHarassment)
        self.contactHarassmentLabel.setObjectName(u"contactHarassmentLabel")

        self.formHarassment.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactHarassmentLabel)

        self.contactHarassment = QLineEdit(self.groupHarassment)
        self.contactHarassment.setObjectName(u"contactHarassment")

        self.formHarassment.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactHarassment)


        self.officialsPageLayout.addWidget(self.groupHarassment)

        self.groupDiscrimination = QGroupBox(self.officialsPage)
        self.groupDiscrimination.setObjectName(u"groupDiscrimination")
        self.formDiscrimination = QFormLayout(self.groupDiscrimination)
        self.formDiscrimination.setObjectName(u"formDiscrimination")
        self.officeDiscriminationLabel = QLabel(self.groupDiscrimination)
        self.officeDiscriminationLabel.setObjectName(u"officeDiscriminationLabel")

        self.formDiscrimination.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeDiscriminationLabel)

        self.officeDiscrimination = QLineEdit(self.groupDiscrimination)
        self.officeDiscrimination.setObjectName(u"officeDiscrimination")

        self.formDiscrimination.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeDiscrimination)

        self.officeDiscriminationError = QLabel(self.groupDiscrimination)
        self.officeDiscriminationError.setObjectName(u"officeDiscriminationError")
        self.officeDiscriminationError.setWordWrap(True)
        self.officeDiscriminationError.setVisible(False)

        self.formDiscrimination.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeDiscriminationError)

        self.officialDiscriminationLabel = QLabel(self.groupDiscrimination)
        self.officialDiscriminationLabel.setObjectName(u"officialDiscriminationLabel")

        self.formDiscrimination.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officialDiscriminationLabel)

        self.officialDiscrimination = QLineEdit(self.groupDiscrimination)
        self.officialDiscrimination.setObjectName(u"officialDiscrimination")

        self.formDiscrimination.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officialDiscrimination)

        self.contactDiscriminationLabel = QLabel(self.groupDiscrimination)
        self.contactDiscriminationLabel.setObjectName(u"contactDiscriminationLabel")

        self.formDiscrimination.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactDiscriminationLabel)

        self.contactDiscrimination = QLineEdit(self.groupDiscrimination)
        self.contactDiscrimination.setObjectName(u"contactDiscrimination")

        self.formDiscrimination.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactDiscrimination)


        self.officialsPageLayout.addWidget(self.groupDiscrimination)

        self.groupHarm = QGroupBox(self.officialsPage)
        self.groupHarm.setObjectName(u"groupHarm")
        self.formHarm = QFormLayout(self.groupHarm)
        self.formHarm.setObjectName(u"formHarm")
        self.officeHarmLabel = QLabel(self.groupHarm)
        self.officeHarmLabel.setObjectName(u"officeHarmLabel")

        self.formHarm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeHarmLabel)

        self.officeHarm = QLineEdit(self.groupHarm)
        self.officeHarm.setObjectName(u"officeHarm")

        self.formHarm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeHarm)

        self.officeHarmError = QLabel(self.groupHarm)
        self.officeHarmError.setObjectName(u"officeHarmError")
        self.officeHarmError.setWordWrap(True)
        self.officeHarmError.setVisible(False)

        self.formHarm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeHarmError)

        self.officialHarmLabel = QLabel(self.groupHarm)
        self.officialHarmLabel.setObjectName(u"officialHarmLabel")

        self.formHarm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officialHarmLabel)

        self.officialHarm = QLineEdit(self.groupHarm)
        self.officialHarm.setObjectName(u"officialHarm")

        self.formHarm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officialHarm)

        self.contactHarmLabel = QLabel(self.groupHarm)
        self.contactHarmLabel.setObjectName(u"contactHarmLabel")

        self.formHarm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactHarmLabel)

        self.contactHarm = QLineEdit(self.groupHarm)
        self.contactHarm.setObjectName(u"contactHarm")

        self.formHarm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactHarm)


        self.officialsPageLayout.addWidget(self.groupHarm)

        self.groupMisconduct = QGroupBox(self.officialsPage)
        self.groupMisconduct.setObjectName(u"groupMisconduct")
        self.formMisconduct = QFormLayout(self.groupMisconduct)
        self.formMisconduct.setObjectName(u"formMisconduct")
        self.officeMisconductLabel = QLabel(self.groupMisconduct)
        self.officeMisconductLabel.setObjectName(u"officeMisconductLabel")

        self.formMisconduct.setWidget(0, QFormLayout.ItemRole.LabelRole, self.officeMisconductLabel)

        self.officeMisconduct = QLineEdit(self.groupMisconduct)
        self.officeMisconduct.setObjectName(u"officeMisconduct")

        self.formMisconduct.setWidget(0, QFormLayout.ItemRole.FieldRole, self.officeMisconduct)

        self.officeMisconductError = QLabel(self.groupMisconduct)
        self.officeMisconductError.setObjectName(u"officeMisconductError")
        self.officeMisconductError.setWordWrap(True)
        self.officeMisconductError.setVisible(False)

        self.formMisconduct.setWidget(1, QFormLayout.ItemRole.FieldRole, self.officeMisconductError)

        self.officialMisconductLabel = QLabel(self.groupMisconduct)
        self.officialMisconductLabel.setObjectName(u"officialMisconductLabel")

        self.formMisconduct.setWidget(2, QFormLayout.ItemRole.LabelRole, self.officialMisconductLabel)

        self.officialMisconduct = QLineEdit(self.groupMisconduct)
        self.officialMisconduct.setObjectName(u"officialMisconduct")

        self.formMisconduct.setWidget(2, QFormLayout.ItemRole.FieldRole, self.officialMisconduct)

        self.contactMisconductLabel = QLabel(self.groupMisconduct)
        self.contactMisconductLabel.setObjectName(u"contactMisconductLabel")

        self.formMisconduct.setWidget(3, QFormLayout.ItemRole.LabelRole, self.contactMisconductLabel)

        self.contactMisconduct = QLineEdit(self.groupMisconduct)
        self.contactMisconduct.setObjectName(u"contactMisconduct")

        self.formMisconduct.setWidget(3, QFormLayout.ItemRole.FieldRole, self.contactMisconduct)


        self.officialsPageLayout.addWidget(self.groupMisconduct)

        SetupWizard.addPage(self.officialsPage)
        self.vaultPage = QWizardPage()
        self.vaultPage.setObjectName(u"vaultPage")
        self.vaultPageLayout = QVBoxLayout(self.vaultPage)
        self.vaultPageLayout.setObjectName(u"vaultPageLayout")
        self.vaultRow = QHBoxLayout()
        self.vaultRow.setObjectName(u"vaultRow")
        self.vaultPath = QLineEdit(self.vaultPage)
        self.vaultPath.setObjectName(u"vaultPath")

        self.vaultRow.addWidget(self.vaultPath)

        self.browseVault = QPushButton(self.vaultPage)
        self.browseVault.setObjectName(u"browseVault")

        self.vaultRow.addWidget(self.browseVault)


        self.vaultPageLayout.addLayout(self.vaultRow)

        self.vaultError = QLabel(self.vaultPage)
        self.vaultError.setObjectName(u"vaultError")
        self.vaultError.setWordWrap(True)

        self.vaultPageLayout.addWidget(self.vaultError)

        SetupWizard.addPage(self.vaultPage)
        self.directorPage = QWizardPage()
        self.directorPage.setObjectName(u"directorPage")
        self.directorPageLayout = QVBoxLayout(self.directorPage)
        self.directorPageLayout.setObjectName(u"directorPageLayout")
        self.directorForm = QFormLayout()
        self.directorForm.setObjectName(u"directorForm")
        self.directorNameLabel = QLabel(self.directorPage)
        self.directorNameLabel.setObjectName(u"directorNameLabel")

        self.directorForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directorNameLabel)

        self.directorName = QLineEdit(self.directorPage)
        self.directorName.setObjectName(u"directorName")

        self.directorForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.directorName)

        self.directorNameError = QLabel(self.directorPage)
        self.directorNameError.setObjectName(u"directorNameError")
        self.directorNameError.setWordWrap(True)
        self.directorNameError.setVisible(False)

        self.directorForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.directorNameError)

        self.directorUsernameLabel = QLabel(self.directorPage)
        self.directorUsernameLabel.setObjectName(u"directorUsernameLabel")

        self.directorForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.directorUsernameLabel)

        self.directorUsername = QLineEdit(self.directorPage)
        self.directorUsername.setObjectName(u"directorUsername")

        self.directorForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.directorUsername)

        self.directorUsernameError = QLabel(self.directorPage)
        self.directorUsernameError.setObjectName(u"directorUsernameError")
        self.directorUsernameError.setWordWrap(True)
        self.directorUsernameError.setVisible(False)

        self.directorForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.directorUsernameError)

        self.directorPasswordLabel = QLabel(self.directorPage)
        self.directorPasswordLabel.setObjectName(u"directorPasswordLabel")

        self.directorForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.directorPasswordLabel)

        self.directorPassword = QLineEdit(self.directorPage)
        self.directorPassword.setObjectName(u"directorPassword")
        self.directorPassword.setEchoMode(QLineEdit.EchoMode.Password)

        self.directorForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.directorPassword)

        self.directorPasswordError = QLabel(self.directorPage)
        self.directorPasswordError.setObjectName(u"directorPasswordError")
        self.directorPasswordError.setWordWrap(True)
        self.directorPasswordError.setVisible(False)

        self.directorForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.directorPasswordError)

        self.directorConfirmLabel = QLabel(self.directorPage)
        self.directorConfirmLabel.setObjectName(u"directorConfirmLabel")

        self.directorForm.setWidget(6, QFormLayout.ItemRole.LabelRole, self.directorConfirmLabel)

        self.directorConfirm = QLineEdit(self.directorPage)
        self.directorConfirm.setObjectName(u"directorConfirm")
        self.directorConfirm.setEchoMode(QLineEdit.EchoMode.Password)

        self.directorForm.setWidget(6, QFormLayout.ItemRole.FieldRole, self.directorConfirm)

        self.directorConfirmError = QLabel(self.directorPage)
        self.directorConfirmError.setObjectName(u"directorConfirmError")
        self.directorConfirmError.setWordWrap(True)
        self.directorConfirmError.setVisible(False)

        self.directorForm.setWidget(7, QFormLayout.ItemRole.FieldRole, self.directorConfirmError)


        self.directorPageLayout.addLayout(self.directorForm)

        self.directorError = QLabel(self.directorPage)
        self.directorError.setObjectName(u"directorError")
        self.directorError.setWordWrap(True)

        self.directorPageLayout.addWidget(self.directorError)

        SetupWizard.addPage(self.directorPage)
        self.recoveryPage = QWizardPage()
        self.recoveryPage.setObjectName(u"recoveryPage")
        self.recoveryPageLayout = QVBoxLayout(self.recoveryPage)
        self.recoveryPageLayout.setObjectName(u"recoveryPageLayout")
        self.recoveryKey = QLabel(self.recoveryPage)
        self.recoveryKey.setObjectName(u"recoveryKey")
        self.recoveryKey.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recoveryKey.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.recoveryPageLayout.addWidget(self.recoveryKey)

        self.printRecovery = QPushButton(self.recoveryPage)
        self.printRecovery.setObjectName(u"printRecovery")

        self.recoveryPageLayout.addWidget(self.printRecovery)

        self.recoveryStored = QCheckBox(self.recoveryPage)
        self.recoveryStored.setObjectName(u"recoveryStored")

        self.recoveryPageLayout.addWidget(self.recoveryStored)

        SetupWizard.addPage(self.recoveryPage)
#if QT_CONFIG(shortcut)
        self.officeNameLabel.setBuddy(self.officeName)
        self.officeAddressLabel.setBuddy(self.officeAddress)
        self.paperSizeLabel.setBuddy(self.paperSize)
        self.officeHarassmentLabel.setBuddy(self.officeHarassment)
        self.officialHarassmentLabel.setBuddy(self.officialHarassment)
        self.contactHarassmentLabel.setBuddy(self.contactHarassment)
        self.officeDiscriminationLabel.setBuddy(self.officeDiscrimination)
        self.officialDiscriminationLabel.setBuddy(self.officialDiscrimination)
        self.contactDiscriminationLabel.setBuddy(self.contactDiscrimination)
        self.officeHarmLabel.setBuddy(self.officeHarm)
        self.officialHarmLabel.setBuddy(self.officialHarm)
        self.contactHarmLabel.setBuddy(self.contactHarm)
        self.officeMisconductLabel.setBuddy(self.officeMisconduct)
        self.officialMisconductLabel.setBuddy(self.officialMisconduct)
        self.contactMisconductLabel.setBuddy(self.contactMisconduct)
        self.directorNameLabel.setBuddy(self.directorName)
        self.directorUsernameLabel.setBuddy(self.directorUsername)
        self.directorPasswordLabel.setBuddy(self.directorPassword)
        self.directorConfirmLabel.setBuddy(self.directorConfirm)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SetupWizard)
    # setupUi

    def retranslateUi(self, SetupWizard):
        SetupWizard.setWindowTitle(QCoreApplication.translate("SetupWizard", u"Set up CMS Desktop", None))
        self.officePage.setTitle(QCoreApplication.translate("SetupWizard", u"Your office", None))
        self.officePage.setSubTitle(QCoreApplication.translate("SetupWizard", u"The name and address printed at the top of every form.", None))
        self.officeNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Office &name", None))
#if QT_CONFIG(accessibility)
        self.officeName.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office name", None))
#endif // QT_CONFIG(accessibility)
        self.officeName.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"Campus Mediation Services", None))
        self.officeError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.officeError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office name problem", None))
#endif // QT_CONFIG(accessibility)
        self.officeAddressLabel.setText(QCoreApplication.translate("SetupWizard", u"&Address", None))
#if QT_CONFIG(accessibility)
        self.officeAddress.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office address", None))
#endif // QT_CONFIG(accessibility)
        self.paperSizeLabel.setText(QCoreApplication.translate("SetupWizard", u"&Paper size", None))
        self.paperSize.setItemText(0, QCoreApplication.translate("SetupWizard", u"Letter", None))
        self.paperSize.setItemText(1, QCoreApplication.translate("SetupWizard", u"A4", None))

#if QT_CONFIG(accessibility)
        self.paperSize.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Paper size", None))
#endif // QT_CONFIG(accessibility)
        self.officialsPage.setTitle(QCoreApplication.translate("SetupWizard", u"Reporting officials", None))
        self.officialsPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"Where the mediator must report each exception to confidentiality. The defaults come from the office's policy.", None))
        self.groupHarassment.setTitle(QCoreApplication.translate("SetupWizard", u"Disclosures of sexual harassment", None))
        self.officeHarassmentLabel.setText(QCoreApplication.translate("SetupWizard", u"Office", None))
#if QT_CONFIG(accessibility)
        self.officeHarassment.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office for sexual harassment", None))
#endif // QT_CONFIG(accessibility)
        self.officeHarassmentError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.officeHarassmentError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office problem", None))
#endif // QT_CONFIG(accessibility)
        self.officialHarassmentLabel.setText(QCoreApplication.translate("SetupWizard", u"Named official", None))
#if QT_CONFIG(accessibility)
        self.officialHarassment.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Official for sexual harassment", None))
#endif // QT_CONFIG(accessibility)
        self.officialHarassment.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"optional", None))
        self.contactHarassmentLabel.setText(QCoreApplication.translate("SetupWizard", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.contactHarassment.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Contact for sexual harassment", None))
#endif // QT_CONFIG(accessibility)
        self.contactHarassment.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"phone or e-mail", None))
        self.groupDiscrimination.setTitle(QCoreApplication.translate("SetupWizard", u"Disclosures of discrimination", None))
        self.officeDiscriminationLabel.setText(QCoreApplication.translate("SetupWizard", u"Office", None))
#if QT_CONFIG(accessibility)
        self.officeDiscrimination.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office for discrimination", None))
#endif // QT_CONFIG(accessibility)
        self.officeDiscriminationError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.officeDiscriminationError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office problem", None))
#endif // QT_CONFIG(accessibility)
        self.officialDiscriminationLabel.setText(QCoreApplication.translate("SetupWizard", u"Named official", None))
#if QT_CONFIG(accessibility)
        self.officialDiscrimination.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Official for discrimination", None))
#endif // QT_CONFIG(accessibility)
        self.officialDiscrimination.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"optional", None))
        self.contactDiscriminationLabel.setText(QCoreApplication.translate("SetupWizard", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.contactDiscrimination.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Contact for discrimination", None))
#endif // QT_CONFIG(accessibility)
        self.contactDiscrimination.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"phone or e-mail", None))
        self.groupHarm.setTitle(QCoreApplication.translate("SetupWizard", u"Disclosures of express intent to commit physical harm", None))
        self.officeHarmLabel.setText(QCoreApplication.translate("SetupWizard", u"Office", None))
#if QT_CONFIG(accessibility)
        self.officeHarm.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office for express intent to commit physical harm", None))
#endif // QT_CONFIG(accessibility)
        self.officeHarmError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.officeHarmError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office problem", None))
#endif // QT_CONFIG(accessibility)
        self.officialHarmLabel.setText(QCoreApplication.translate("SetupWizard", u"Named official", None))
#if QT_CONFIG(accessibility)
        self.officialHarm.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Official for express intent to commit physical harm", None))
#endif // QT_CONFIG(accessibility)
        self.officialHarm.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"optional", None))
        self.contactHarmLabel.setText(QCoreApplication.translate("SetupWizard", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.contactHarm.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Contact for express intent to commit physical harm", None))
#endif // QT_CONFIG(accessibility)
        self.contactHarm.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"phone or e-mail", None))
        self.groupMisconduct.setTitle(QCoreApplication.translate("SetupWizard", u"Disclosures of information needed to defend against a misconduct complaint", None))
        self.officeMisconductLabel.setText(QCoreApplication.translate("SetupWizard", u"Office", None))
#if QT_CONFIG(accessibility)
        self.officeMisconduct.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office for information needed to defend against a misconduct complaint", None))
#endif // QT_CONFIG(accessibility)
        self.officeMisconductError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.officeMisconductError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Office problem", None))
#endif // QT_CONFIG(accessibility)
        self.officialMisconductLabel.setText(QCoreApplication.translate("SetupWizard", u"Named official", None))
#if QT_CONFIG(accessibility)
        self.officialMisconduct.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Official for information needed to defend against a misconduct complaint", None))
#endif // QT_CONFIG(accessibility)
        self.officialMisconduct.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"optional", None))
        self.contactMisconductLabel.setText(QCoreApplication.translate("SetupWizard", u"Contact", None))
#if QT_CONFIG(accessibility)
        self.contactMisconduct.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Contact for information needed to defend against a misconduct complaint", None))
#endif // QT_CONFIG(accessibility)
        self.contactMisconduct.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"phone or e-mail", None))
        self.vaultPage.setTitle(QCoreApplication.translate("SetupWizard", u"Where the office's records are kept", None))
        self.vaultPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"One encrypted file holds every record of the office. Keep it on this workstation's own disk; a small key file is kept beside it.", None))
#if QT_CONFIG(accessibility)
        self.vaultPath.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Records file", None))
#endif // QT_CONFIG(accessibility)
        self.browseVault.setText(QCoreApplication.translate("SetupWizard", u"&Browse\u2026", None))
        self.vaultError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
        self.directorPage.setTitle(QCoreApplication.translate("SetupWizard", u"The director's account", None))
        self.directorPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"The director keeps the roster, the accounts and the office's settings.", None))
        self.directorNameLabel.setText(QCoreApplication.translate("SetupWizard", u"Full &name", None))
#if QT_CONFIG(accessibility)
        self.directorName.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Director's full name", None))
#endif // QT_CONFIG(accessibility)
        self.directorNameError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.directorNameError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Full name problem", None))
#endif // QT_CONFIG(accessibility)
        self.directorUsernameLabel.setText(QCoreApplication.translate("SetupWizard", u"&User name", None))
#if QT_CONFIG(accessibility)
        self.directorUsername.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Director's user name", None))
#endif // QT_CONFIG(accessibility)
        self.directorUsernameError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.directorUsernameError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"User name problem", None))
#endif // QT_CONFIG(accessibility)
        self.directorPasswordLabel.setText(QCoreApplication.translate("SetupWizard", u"&Password", None))
#if QT_CONFIG(accessibility)
        self.directorPassword.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Password", None))
#endif // QT_CONFIG(accessibility)
        self.directorPassword.setPlaceholderText(QCoreApplication.translate("SetupWizard", u"at least 10 characters", None))
        self.directorPasswordError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.directorPasswordError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Password problem", None))
#endif // QT_CONFIG(accessibility)
        self.directorConfirmLabel.setText(QCoreApplication.translate("SetupWizard", u"&Confirm password", None))
#if QT_CONFIG(accessibility)
        self.directorConfirm.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Confirm password", None))
#endif // QT_CONFIG(accessibility)
        self.directorConfirmError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
#if QT_CONFIG(accessibility)
        self.directorConfirmError.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Confirm password problem", None))
#endif // QT_CONFIG(accessibility)
        self.directorError.setStyleSheet(QCoreApplication.translate("SetupWizard", u"color: #a40000;", None))
        self.recoveryPage.setTitle(QCoreApplication.translate("SetupWizard", u"The recovery key", None))
        self.recoveryPage.setSubTitle(QCoreApplication.translate("SetupWizard", u"If the director's password is ever forgotten, this key opens the office's records. It is shown only now.", None))
#if QT_CONFIG(accessibility)
        self.recoveryKey.setAccessibleName(QCoreApplication.translate("SetupWizard", u"Recovery key", None))
#endif // QT_CONFIG(accessibility)
        self.recoveryKey.setStyleSheet(QCoreApplication.translate("SetupWizard", u"font-family: monospace; font-size: 16pt; padding: 12px; border: 1px solid #888;", None))
        self.printRecovery.setText(QCoreApplication.translate("SetupWizard", u"&Print the recovery key\u2026", None))
        self.recoveryStored.setText(QCoreApplication.translate("SetupWizard", u"I have printed or written down the recovery key and will &lock it away", None))
    # retranslateUi
