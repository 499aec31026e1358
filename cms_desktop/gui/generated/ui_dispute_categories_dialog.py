# Generated from ui/dispute_categories_dialog.ui by tools/build_ui.py (pyside6-uic): do not edit.
# -*- coding: utf-8 -*-

################################################################################
##
##
################################################################################

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget

class Ui_DisputeCategoriesDialog(object):
    def setupUi(self, DisputeCategoriesDialog):
        if not DisputeCategoriesDialog.objectName():
            DisputeCategoriesDialog.setObjectName(u"DisputeCategoriesDialog")
        DisputeCategoriesDialog.resize(420, 380)
        self.categoriesLayout = QVBoxLayout(DisputeCategoriesDialog)
        self.categoriesLayout.setObjectName(u"categoriesLayout")
        self.categoriesIntro = QLabel(DisputeCategoriesDialog)
        self.categoriesIntro.setObjectName(u"categoriesIntro")
        self.categoriesIntro.setWordWrap(True)

        self.categoriesLayout.addWidget(self.categoriesIntro)

        self.categoriesRow = QHBoxLayout()
        self.categoriesRow.setObjectName(u"categoriesRow")
        self.categoryList = QListWidget(DisputeCategoriesDialog)
        self.categoryList.setObjectName(u"categoryList")
        self.categoryList.setTabKeyNavigation(False)

        self.categoriesRow.addWidget(self.categoryList)

        self.categoryButtons = QVBoxLayout()
        self.categoryButtons.setObjectName(u"categoryButtons")
        self.categoryUpButton = QPushButton(DisputeCategoriesDialog)
        self.categoryUpButton.setObjectName(u"categoryUpButton")

        self.categoryButtons.addWidget(self.categoryUpButton)

        self.categoryDownButton = QPushButton(DisputeCategoriesDialog)
        self.categoryDownButton.setObjectName(u"categoryDownButton")

        self.categoryButtons.addWidget(self.categoryDownButton)

        self.categoryRemoveButton = QPushButton(DisputeCategoriesDialog)
        self.categoryRemoveButton.setObjectName(u"categoryRemoveButton")

        self.categoryButtons.addWidget(self.categoryRemoveButton)

        self.categoryButtonsSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.categoryButtons.addItem(self.categoryButtonsSpacer)


        self.categoriesRow.addLayout(self.categoryButtons)


        self.categoriesLayout.addLayout(self.categoriesRow)

        self.newCategoryRow = QHBoxLayout()
        self.newCategoryRow.setObjectName(u"newCategoryRow")
        self.newCategoryEdit = QLineEdit(DisputeCategoriesDialog)
        self.newCategoryEdit.setObjectName(u"newCategoryEdit")
        self.newCategoryEdit.setMaxLength(60)

        self.newCategoryRow.addWidget(self.newCategoryEdit)

        self.categoryAddButton = QPushButton(DisputeCategoriesDialog)
        self.categoryAddButton.setObjectName(u"categoryAddButton")

        self.newCategoryRow.addWidget(self.categoryAddButton)


        self.categoriesLayout.addLayout(self.newCategoryRow)

        self.categoryError = QLabel(DisputeCategoriesDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setStyleSheet(u"color: #a40000;")
        self.categoryError.setWordWrap(True)

        self.categoriesLayout.addWidget(self.categoryError)

        self.categoryButtonBox = QDialogButtonBox(DisputeCategoriesDialog)
        self.categoryButtonBox.setObjectName(u"categoryButtonBox")
        self.categoryButtonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.categoriesLayout.addWidget(self.categoryButtonBox)

        QWidget.setTabOrder(self.categoryList, self.categoryUpButton)
        QWidget.setTabOrder(self.categoryUpButton, self.categoryDownButton)
        QWidget.setTabOrder(self.categoryDownButton, self.categoryRemoveButton)
        QWidget.setTabOrder(self.categoryRemoveButton, self.newCategoryEdit)
        QWidget.setTabOrder(self.newCategoryEdit, self.categoryAddButton)

        self.retranslateUi(DisputeCategoriesDialog)
    # setupUi

    def retranslateUi(self, DisputeCategoriesDialog):
        DisputeCategoriesDialog.setWindowTitle(QCoreApplication.translate("DisputeCategoriesDialog", u"Dispute categories", None))
#if QT_CONFIG(accessibility)
        DisputeCategoriesDialog.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"Dispute categories", None))
#endif // QT_CONFIG(accessibility)
        self.categoriesIntro.setText(QCoreApplication.translate("DisputeCategoriesDialog", u"The categories offered when a case is opened, in this order. Cases keep the category they were given, even one removed here.", None))
#if QT_CONFIG(accessibility)
        self.categoryList.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"Dispute categories", None))
#endif // QT_CONFIG(accessibility)
        self.categoryUpButton.setText(QCoreApplication.translate("DisputeCategoriesDialog", u"Move &up", None))
#if QT_CONFIG(accessibility)
        self.categoryUpButton.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"Move the category up", None))
#endif // QT_CONFIG(accessibility)
        self.categoryDownButton.setText(QCoreApplication.translate("DisputeCategoriesDialog", u"Move &down", None))
#if QT_CONFIG(accessibility)
        self.categoryDownButton.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"Move the category down", None))
#endif // QT_CONFIG(accessibility)
        self.categoryRemoveButton.setText(QCoreApplication.translate("DisputeCategoriesDialog", u"&Remove", None))
#if QT_CONFIG(accessibility)
        self.categoryRemoveButton.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"Remove the category", None))
#endif // QT_CONFIG(accessibility)
        self.newCategoryEdit.setPlaceholderText(QCoreApplication.translate("DisputeCategoriesDialog", u"A new category", None))
#if QT_CONFIG(accessibility)
        self.newCategoryEdit.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"New category", None))
#endif // QT_CONFIG(accessibility)
        self.categoryAddButton.setText(QCoreApplication.translate("DisputeCategoriesDialog", u"&Add", None))
#if QT_CONFIG(accessibility)
        self.categoryAddButton.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"Add the category", None))
#endif // QT_CONFIG(accessibility)
#if QT_CONFIG(accessibility)
        self.categoryError.setAccessibleName(QCoreApplication.translate("DisputeCategoriesDialog", u"Problem with the categories", None))
#endif // QT_CONFIG(accessibility)
    # retranslateUi
