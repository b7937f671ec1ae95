"""Translations: every tr() string has a Japanese translation, placeholders survive, and switching works."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTranslator

from gui import i18n

GUI = Path(i18n.__file__).resolve().parent.parent


def lupdate() -> str:
    exe = Path(sys.executable).with_name("pyside6-lupdate")
    found = str(exe) if exe.exists() else shutil.which("pyside6-lupdate")
    if not found:
        pytest.skip("pyside6-lupdate is not installed")
    return found


@pytest.fixture(scope="module")
def source_messages(tmp_path_factory) -> list[tuple[str, str]]:
    """(context, source) of every translatable string in gui/, scanned fresh from the code."""
    ts = tmp_path_factory.mktemp("ts") / "scan.ts"
    sources = sorted(str(p) for p in GUI.glob("*.py")) + [str(GUI / "i18n" / "__init__.py")]
    subprocess.run([lupdate(), *sources, "-ts", str(ts)], check=True, capture_output=True)
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.find("name").text
        for m in ctx.iter("message"):
            out.append((name, m.find("source").text))
    assert len(out) > 150
    return out


def test_every_string_has_a_japanese_translation(source_messages, qapp):
    tr = QTranslator()
    assert tr.load(str(i18n.qm_path("ja")))
    missing = [(c, s) for c, s in source_messages if not tr.translate(c, s)]
    assert not missing, f"{len(missing)} strings lack a Japanese translation in kaga_twin_ja.qm: {missing[:10]}"
    # the string contexts are real: no call went through a helper lupdate cannot attribute
    assert not [c for c, _ in source_messages if c in (None, "None") or "." in c]


def test_placeholders_survive_translation(source_messages, qapp):
    tr = QTranslator()
    assert tr.load(str(i18n.qm_path("ja")))
    field = re.compile(r"\{[^{}]*\}")
    bad = [(s, tr.translate(c, s)) for c, s in source_messages
           if sorted(field.findall(s)) != sorted(field.findall(tr.translate(c, s) or ""))]
    assert not bad, bad[:5]


def test_committed_ts_has_no_unfinished_entries():
    for lang in i18n.LANGUAGES:
        root = ET.parse(i18n.ts_path(lang)).getroot()
        unfinished = [m.find("source").text for m in root.iter("message")
                      if m.find("translation").get("type") in ("unfinished", "obsolete")]
        assert not unfinished, (lang, unfinished[:5])


def test_japanese_ui(qtbot):
    from gui.layer_panel import LayerPanel
    from gui.style_panel import StylePanel

    assert i18n.install_language("ja")
    panel = LayerPanel()
    qtbot.addWidget(panel)
    assert panel.zoom_button.text() == "レイヤにズーム"
    style = StylePanel()
    qtbot.addWidget(style)
    assert style.title.text() == "レイヤが選択されていません"
    assert style.mode_combo.itemText(0) == "単一色"


def test_switching_language_changes_visible_labels(qtbot):
    from gui.attribute_table import AttributeTablePanel
    from gui.settings_dialog import SettingsDialog, apply_language

    table = AttributeTablePanel()
    qtbot.addWidget(table)
    table.show()
    assert table.apply_button.text() == "Apply"
    assert table.filter_label.text() == "Filter (SQL WHERE):"
    dlg = SettingsDialog()
    qtbot.addWidget(dlg)
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("ja"))
    dlg.accept()
    assert QSettings().value(i18n.SETTINGS_KEY) == "ja"
    assert i18n.current_language() == "ja"
    # LanguageChange reaches the widgets: no restart needed
    assert table.apply_button.text() == "適用"
    assert table.filter_label.text() == "フィルタ（SQL WHERE）:"
    assert dlg.windowTitle() == "設定"
    apply_language("en")
    assert table.apply_button.text() == "Apply"
    # "system" follows the system locale
    apply_language("system")
    assert i18n.current_language() == i18n.system_language()


def test_switching_the_ui_language_switches_the_models_messages(qapp):
    from gui.i18n import install_language
    from twin.errors import InputError
    from twin.messages import language

    install_language("ja")
    assert language() == "ja" and "（3 行目）" in str(InputError("a.gml", "x", line=3))
    install_language("en")
    assert language() == "en" and "a.gml, line 3: x" == str(InputError("a.gml", "x", line=3))
