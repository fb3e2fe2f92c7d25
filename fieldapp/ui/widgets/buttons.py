"""Dialog buttons and message boxes whose words come from our catalogues (Qt has no Kazakh qtbase)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

B = QDialogButtonBox.StandardButton
M = QMessageBox.StandardButton


def standard_texts() -> dict:
    return {
        B.Ok: QCoreApplication.translate("Buttons", "OK"),
        B.Cancel: QCoreApplication.translate("Buttons", "Cancel"),
        B.Save: QCoreApplication.translate("Buttons", "Save"),
        B.Close: QCoreApplication.translate("Buttons", "Close"),
        B.Yes: QCoreApplication.translate("Buttons", "Yes"),
        B.No: QCoreApplication.translate("Buttons", "No"),
        B.Discard: QCoreApplication.translate("Buttons", "Discard"),
        B.Apply: QCoreApplication.translate("Buttons", "Apply"),
        B.Reset: QCoreApplication.translate("Buttons", "Reset"),
        B.Help: QCoreApplication.translate("Buttons", "Help"),
    }


def retranslate_box(box: QDialogButtonBox) -> None:
    """Give a button box's standard buttons our translated words."""
    for which, text in standard_texts().items():
        button = box.button(which)
        if button is not None:
            button.setText(text)


def ask(parent: QWidget | None, title: str, text: str, yes: str, no: str, informative: str = "") -> bool:
    """A yes/no question with explicit, translated button words; True for `yes`."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, text: str, informative: str = "", error: bool = False) -> None:
    icon = QMessageBox.Icon.Critical if error else QMessageBox.Icon.Information
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    if informative:
        box.setInformativeText(informative)
    box.addButton(QCoreApplication.translate("Buttons", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
