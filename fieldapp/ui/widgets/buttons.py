"""Dialog buttons and message boxes whose words come from our catalogues (Qt has no Kazakh qtbase)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

B = QDialogButtonBox.StandardButton
M = QMessageBox.StandardButton


def _t(text: str) -> str:
    return QCoreApplication.translate("Buttons", text)


def standard_texts() -> dict:
    return {
        B.Ok: _t("OK"),
        B.Cancel: _t("Cancel"),
        B.Save: _t("Save"),
        B.Close: _t("Close"),
        B.Yes: _t("Yes"),
        B.No: _t("No"),
        B.Discard: _t("Discard"),
        B.Apply: _t("Apply"),
        B.Reset: _t("Reset"),
        B.Help: _t("Help"),
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
    box.addButton(_t("OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
