"""Settings: the UI language (system, 日本語, English). The change applies at once and is remembered."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from gui import i18n
from gui.qt_helpers import Retranslatable


class SettingsDialog(Retranslatable, QDialog):
    """The Settings dialog: the UI language (applied when accepted)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.form = QFormLayout()
        self.language_label = QLabel(self)
        self.form.addRow(self.language_label, self.language_combo)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.note)
        lay.addStretch(1)
        lay.addWidget(self.buttons)
        self.retranslate()
        i = self.language_combo.findData(i18n.language_setting())
        self.language_combo.setCurrentIndex(max(i, 0))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("Language"))
        current = self.language_combo.currentData()
        self.language_combo.clear()
        system = "日本語" if i18n.system_language() == "ja" else "English"
        self.language_combo.addItem(self.tr("Same as the system ({language})").format(language=system), "system")
        self.language_combo.addItem("日本語", "ja")
        self.language_combo.addItem("English", "en")
        if current is not None:
            self.language_combo.setCurrentIndex(max(self.language_combo.findData(current), 0))
        self.note.setText(self.tr("PLATEAU code-list values (usage, structure, risk ranks) are shown as "
                                  "published, in Japanese."))

    def chosen_language(self) -> str:
        return self.language_combo.currentData() or "system"

    def accept(self) -> None:
        apply_language(self.chosen_language())
        super().accept()


def apply_language(setting: str) -> str:
    """Remember ``setting`` ("system", "ja", "en") and switch the running UI to it; returns the language."""
    i18n.set_language_setting(setting)
    lang = i18n.effective_language(setting)
    if lang != i18n.current_language():
        i18n.install_language(lang)
    return lang
