# Generated from ui/questionnaire_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

class Ui_QuestionnaireDialog(object):
    def setupUi(self, QuestionnaireDialog):
        if not QuestionnaireDialog.objectName():
            QuestionnaireDialog.setObjectName(u"QuestionnaireDialog")
        QuestionnaireDialog.resize(620, 460)
        self.mainLayout = QVBoxLayout(QuestionnaireDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.currentLabel = QLabel(QuestionnaireDialog)
        self.currentLabel.setObjectName(u"currentLabel")

        self.mainLayout.addWidget(self.currentLabel)

        self.questionList = QListWidget(QuestionnaireDialog)
        self.questionList.setObjectName(u"questionList")
        self.questionList.setTabKeyNavigation(False)

        self.mainLayout.addWidget(self.questionList)

        self.newQuestionForm = QFormLayout()
        self.newQuestionForm.setObjectName(u"newQuestionForm")
        self.questionLabel = QLabel(QuestionnaireDialog)
        self.questionLabel.setObjectName(u"questionLabel")

        self.newQuestionForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.questionLabel)

        self.questionText = QLineEdit(QuestionnaireDialog)
        self.questionText.setObjectName(u"questionText")
        self.questionText.setMaxLength(200)

        self.newQuestionForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.questionText)

        self.questionError = QLabel(QuestionnaireDialog)
        self.questionError.setObjectName(u"questionError")
        self.questionError.setWordWrap(True)
        self.questionError.setStyleSheet(u"color: #b3261e;")

        self.newQuestionForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.questionError)

        self.scaleLabel = QLabel(QuestionnaireDialog)
        self.scaleLabel.setObjectName(u"scaleLabel")

        self.newQuestionForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.scaleLabel)

        self.scaleCombo = QComboBox(QuestionnaireDialog)
        self.scaleCombo.setObjectName(u"scaleCombo")

        self.newQuestionForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.scaleCombo)


        self.mainLayout.addLayout(self.newQuestionForm)

        self.versionNote = QLabel(QuestionnaireDialog)
        self.versionNote.setObjectName(u"versionNote")
        self.versionNote.setWordWrap(True)

        self.mainLayout.addWidget(self.versionNote)

        self.buttonBox = QDialogButtonBox(QuestionnaireDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.currentLabel.setBuddy(self.questionList)
        self.questionLabel.setBuddy(self.questionText)
        self.scaleLabel.setBuddy(self.scaleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.questionText, self.scaleCombo)
        QWidget.setTabOrder(self.scaleCombo, self.questionList)

        self.retranslateUi(QuestionnaireDialog)
    # setupUi

    def retranslateUi(self, QuestionnaireDialog):
        QuestionnaireDialog.setWindowTitle(QCoreApplication.translate("QuestionnaireDialog", u"Add a question to the evaluation form", None))
#if QT_CONFIG(accessibility)
        QuestionnaireDialog.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"Add a question to the evaluation form", None))
#endif // QT_CONFIG(accessibility)
        self.currentLabel.setText(QCoreApplication.translate("QuestionnaireDialog", u"Questions on the form printed now:", None))
#if QT_CONFIG(accessibility)
        self.questionList.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"Questions on the form printed now", None))
#endif // QT_CONFIG(accessibility)
        self.questionLabel.setText(QCoreApplication.translate("QuestionnaireDialog", u"New &question", None))
        self.questionText.setPlaceholderText(QCoreApplication.translate("QuestionnaireDialog", u"e.g. The session room was comfortable.", None))
#if QT_CONFIG(accessibility)
        self.questionText.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"New question", None))
#endif // QT_CONFIG(accessibility)
        self.questionError.setText("")
#if QT_CONFIG(accessibility)
        self.questionError.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"Problem with the question", None))
#endif // QT_CONFIG(accessibility)
        self.scaleLabel.setText(QCoreApplication.translate("QuestionnaireDialog", u"&Scale", None))
#if QT_CONFIG(accessibility)
        self.scaleCombo.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"Answer scale", None))
#endif // QT_CONFIG(accessibility)
        self.versionNote.setText("")
#if QT_CONFIG(accessibility)
        self.versionNote.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"What adding a question does", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.buttonBox.setAccessibleName(QCoreApplication.translate("QuestionnaireDialog", u"Add or cancel", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
