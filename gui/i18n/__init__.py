"""UI language: Japanese and English translations, following the system locale unless chosen in Settings.

The translation sources are ``kaga_twin_ja.ts`` and ``kaga_twin_en.ts`` beside this file (Qt Linguist XML, the
source of truth); the compiled ``.qm`` files are committed. To refresh them after changing UI strings::

    pyside6-lupdate gui/*.py -ts gui/i18n/kaga_twin_ja.ts gui/i18n/kaga_twin_en.ts
    # translate the new entries (Qt Linguist, or edit the XML), then
    pyside6-lrelease gui/i18n/kaga_twin_ja.ts gui/i18n/kaga_twin_en.ts

``tests/gui/test_i18n.py`` fails when a ``tr()`` string has no Japanese translation in the committed ``.qm``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QGuiApplication

from twin.messages import set_language as set_message_language

I18N_DIR = Path(__file__).resolve().parent
LANGUAGES = ("ja", "en")
SETTINGS_KEY = "ui/language"   # "system", "ja" or "en"

_installed: list[QTranslator] = []


def qm_path(lang: str) -> Path:
    return I18N_DIR / f"kaga_twin_{lang}.qm"


def ts_path(lang: str) -> Path:
    return I18N_DIR / f"kaga_twin_{lang}.ts"


def system_language() -> str:
    """'ja' when the system locale is Japanese, else 'en'."""
    return "ja" if QLocale.system().language() == QLocale.Language.Japanese else "en"


def language_setting() -> str:
    value = QSettings().value(SETTINGS_KEY, "system")
    return value if value in ("system", *LANGUAGES) else "system"


def set_language_setting(value: str) -> None:
    if value not in ("system", *LANGUAGES):
        raise ValueError(value)
    QSettings().setValue(SETTINGS_KEY, value)


def effective_language(setting: str | None = None) -> str:
    setting = language_setting() if setting is None else setting
    return system_language() if setting == "system" else setting


def current_language() -> str:
    """The language whose translators are installed now."""
    app = QCoreApplication.instance()
    lang = app.property("kaga_language") if app is not None else None
    return lang or "en"


def install_language(lang: str) -> bool:
    """Install the translators for ``lang`` (replacing earlier ones); widgets receive LanguageChange.

    Also loads Qt's own translations (dialog buttons, file dialogs) and puts a Japanese font first in the
    fallback list so that kana and kanji render with Japanese glyph shapes. Returns False when the
    compiled translation is missing (the UI then stays in English).
    """
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    if lang not in LANGUAGES:
        lang = "en"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    ok = True
    ours = QTranslator(app)
    if ours.load(str(qm_path(lang))):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        ok = False
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_tr = QTranslator(app)
    if qt_tr.load(f"qtbase_{lang}", qt_dir):
        app.installTranslator(qt_tr)
        _installed.append(qt_tr)
    QLocale.setDefault(QLocale(QLocale.Language.Japanese if lang == "ja" else QLocale.Language.English,
                               QLocale.Country.Japan if lang == "ja" else QLocale.Country.AnyTerritory))
    app.setProperty("kaga_language", lang)
    set_message_language(lang)  # messages from the model, the store and the importers too
    if isinstance(app, QGuiApplication):
        _set_font_fallbacks(app)
    # deliver LanguageChange now (the application posts it to every window), so widgets retranslate at once
    for _ in range(2):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange.value)
    return ok


def _set_font_fallbacks(app: QGuiApplication) -> None:
    """Prefer Noto Sans CJK JP (or another Japanese face) for CJK text, keeping the platform UI font."""
    font = QFont(app.font())
    families = [f for f in font.families() if f]
    if not families:
        families = [font.family()]
    for jp in ("Noto Sans CJK JP", "Noto Sans JP", "IPAexGothic", "IPAGothic", "Yu Gothic UI", "Meiryo UI",
               "Hiragino Sans"):
        if jp not in families:
            families.append(jp)
    font.setFamilies(families)
    app.setFont(font)
