"""Which language knotbreak speaks, and the helpers the UI uses to speak it.

- `install_translations(app, language)` loads knotbreak's own catalogue
  (resources/translations/knotbreak_<lang>.qm) and Qt's (qtbase_<lang>.qm, for standard
  buttons and dialogs) for `Settings.language`; "system" follows the desktop's languages.
  Call it before any widget is built: widgets take their words when they are made.
- `translate(context, source, disambiguation, n)` is QCoreApplication.translate for code
  outside a QObject and for every plural, because English has no .qm: a plural source
  such as "%n minute(s)" is resolved to "1 minute" / "2 minutes" here when no catalogue
  answers. pyside6-lupdate extracts these calls like Qt's own.
- `localized(text)` says a core `Text` (knotbreak.core.text) in the current language.
- `QT_TRANSLATE_NOOP(context, source)` marks a module constant for lupdate (it returns
  `source`); show it with `translate(context, CONSTANT)`.

How to add a language: docs/translations.md.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from knotbreak.core.stretches.wording import CatalogWording, load_wording, wording_path
from knotbreak.core.text import Text, english_plural
from knotbreak.resources_path import resource, resources_dir

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
TRANSLATED = ("de",)
"""Languages with a catalogue in resources/translations (English is the source text)."""
AVAILABLE = (SOURCE_LANGUAGE, *TRANSLATED)
CATALOGUE = "knotbreak"
_TRANSLATOR_NAME = "knotbreak-translator"
"""objectName of the QTranslators installed here, so a second call can take them out."""

# Core messages that reach the UI through a Qt signal arrive as plain English text (a
# signal carries a str, not the core's Text); they are looked up by their words in this
# context. core/cycle.py keeps those messages free of placeholders for this reason.
PLAIN_TEXT_CONTEXT = "Cycle"


@dataclass(frozen=True)
class Installed:
    language: str
    """The language the UI now speaks ("en" or one of TRANSLATED)."""
    files: tuple[str, ...]
    """The .qm files that were loaded (none for English)."""


def resolve_language(setting: str, ui_languages: Sequence[str]) -> str:
    """The language to use for `setting` ("system", "en", "de", ...).

    "system" takes the first of the desktop's preferred languages (QLocale.uiLanguages(),
    e.g. ["de-AT", "en-US"]) that knotbreak has; English when none is.
    """
    if setting in AVAILABLE:
        return setting
    for tag in ui_languages:
        primary = tag.replace("_", "-").split("-")[0].lower()
        if primary in AVAILABLE:
            return primary
    return SOURCE_LANGUAGE


def install_translations(app: QCoreApplication, setting: str = "system") -> Installed:
    """Speak the language `setting` names from now on; replaces an earlier choice."""
    for old in app.findChildren(QTranslator, _TRANSLATOR_NAME):
        app.removeTranslator(old)
        old.setParent(None)
        old.deleteLater()
    language = resolve_language(setting, QLocale.system().uiLanguages())
    if setting != "system":
        # Dates, numbers and Qt's own widgets follow the chosen language too.
        QLocale.setDefault(QLocale(language))
    if language == SOURCE_LANGUAGE:
        return Installed(language, ())
    loaded: list[str] = []
    own = resources_dir() / "translations"
    qt_own = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"{CATALOGUE}_{language}", str(own)), (f"qtbase_{language}", qt_own)):
        translator = QTranslator(app)
        translator.setObjectName(_TRANSLATOR_NAME)
        if translator.load(name, folder) and app.installTranslator(translator):
            loaded.append(translator.filePath())
        else:
            # Qt's catalogue is optional (a trimmed Qt may lack it); knotbreak's is not,
            # but a missing one must not stop the app: it speaks English instead.
            log.warning("no %s translation %s in %s; those words stay English",
                        language, name, folder)
            translator.setParent(None)
            translator.deleteLater()
    if not any(CATALOGUE in path for path in loaded):
        return Installed(SOURCE_LANGUAGE, tuple(loaded))
    return Installed(language, tuple(loaded))


def current_language() -> str:
    """The language knotbreak's own catalogue speaks now ("en" when none is installed)."""
    app = QCoreApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator, _TRANSLATOR_NAME):
            if f"{CATALOGUE}_" in translator.filePath():
                return translator.language().split("_")[0] or SOURCE_LANGUAGE
    return SOURCE_LANGUAGE


def stretch_wording() -> CatalogWording:
    """The built-in stretches' words in the current language (catalog.<lang>.json)."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return CatalogWording()
    wording, problems = load_wording(wording_path(resource("stretches/catalog.json"), language))
    for problem in problems:
        log.warning("%s", problem)
    return wording


def translate(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> str:
    """Translate now: QCoreApplication.translate, with English plurals resolved (see the
    module doc). The core cannot call this; it marks its words with core/text.py's
    `translatable`, and `localized` translates them here."""
    return english_plural(QCoreApplication.translate(context, source, disambiguation, n), n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a module-level constant for lupdate; translate it where it is shown.

    PySide6's own QT_TRANSLATE_NOOP is typed as returning object; this one is a str.
    """
    return source


def _qt_translate(context: str, source: str, disambiguation: str | None, n: int) -> str:
    return QCoreApplication.translate(context, source, disambiguation, n)


def localized(text: str) -> str:
    """A core Text in the current language; other strings as plain Cycle messages."""
    if isinstance(text, Text):
        return text.render(_qt_translate)
    if not text:
        return text
    return QCoreApplication.translate(PLAIN_TEXT_CONTEXT, text)
