"""Words for the user that Qt can translate later, said by a core that cannot import Qt.

The core speaks English. It builds every user-facing sentence with
`translatable(context, source)`, which translates nothing: it returns the English text
as a `Text`, a `str` that also remembers its context, source text, plural count and
placeholder values. Tests, logs, `status --json`
and the command line use it as the plain English string it is; a Qt layer turns it into
the user's language with `text.render(QCoreApplication.translate)`.

The calls have QCoreApplication.translate's arguments on purpose, because that is what
pyside6-lupdate extracts from Python (the Makefile tells lupdate that `translatable` is
another spelling of `translate`):

    translatable("Status", "Paused until {clock}").format(clock=...)
    translatable("Durations", "%n day(s)", None, days)

Only positional arguments are seen by lupdate (a keyword `n=` is not), and placeholders
are filled with `.format()` after the call, so translators see `{clock}` and may move it.
Plural sources use `%n` and an English "(s)" that `english_plural` resolves.

Plurals: pyside6-lupdate (6.11) marks a translatable() call as a plural only when its count
is a number literal; with a variable it extracts a plain message, and with an expression
nothing at all. So a plural is written with the literal 1 and given its real count after:

    translatable("Durations", "%n day(s)", None, 1).counted(days)

(Inside a QObject, `self.tr("%n day(s)", "", days)` is recognised with any count.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from functools import reduce

Translator = Callable[[str, str, str | None, int], str]
"""QCoreApplication.translate's shape: (context, source, disambiguation, n) -> text."""


def english_plural(text: str, n: int) -> str:
    """Resolve the English "(s)" of a plural source: "1 minute(s)" -> "1 minute"."""
    if n < 0:
        return text
    return text.replace("(s)", "" if n == 1 else "s")


def _english(source: str, n: int) -> str:
    return english_plural(source.replace("%n", str(n)), n) if n >= 0 else source


class Text(str):
    """English text that still knows how to be said in another language (see module doc)."""

    context: str
    source: str
    disambiguation: str | None
    n: int
    args: Mapping[str, object] | None

    def __new__(
        cls,
        english: str,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
        args: Mapping[str, object] | None = None,
    ) -> Text:
        made = super().__new__(cls, english)
        made.context = context
        made.source = source
        made.disambiguation = disambiguation
        made.n = n
        made.args = args
        return made

    def __str__(self) -> str:
        # str() of a str subclass would drop to a plain copy; str(error) of a
        # DurationError must keep the Text so the UI can still translate it.
        return self

    def counted(self, n: int) -> Text:
        """The same plural text for `n` things (see the module doc for why)."""
        english = _english(self.source, n)
        if self.args is not None:
            english = str.format(english, **self.args)
        return Text(english, self.context, self.source, self.disambiguation, n, self.args)

    def format(self, *args: object, **kwargs: object) -> Text:
        """Fill `{name}` placeholders; the values (Texts too) are kept for `render`."""
        if args:
            raise TypeError("Text.format takes named placeholders only: translators reorder them")
        english = str.format(str.__str__(self), **kwargs)
        return Text(english, self.context, self.source, self.disambiguation, self.n, kwargs)

    def render(self, translate: Translator) -> str:
        """This text in the language `translate` speaks (English where it has no entry)."""
        said = translate(self.context, self.source, self.disambiguation, self.n)
        said = english_plural(said, self.n)
        if self.args is None:
            return said
        values = {
            key: value.render(translate) if isinstance(value, Text) else value
            for key, value in self.args.items()
        }
        return said.format(**values)


def translatable(
    context: str, source: str, disambiguation: str | None = None, n: int = -1
) -> Text:
    """Mark `source` for translation and return it, in English, as a `Text` (the UI
    translates it when it shows it: `localized`); it translates nothing itself."""
    return Text(_english(source, n), context, source, disambiguation, n)


def untranslated(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """A Translator that knows no language but English (renders a Text as itself)."""
    return _english(source, n)


def join_texts(parts: Iterable[str], separator: str) -> str:
    """`separator.join(parts)` that keeps each part translatable (the separator is not)."""
    items = list(parts)
    if not items:
        return ""
    source = "{first}" + separator.replace("{", "{{").replace("}", "}}") + "{then}"
    return reduce(
        lambda first, then: Text(
            f"{first}{separator}{then}", "", source, args={"first": first, "then": then}
        ),
        items[1:],
        items[0],
    )


def join_and(parts: Iterable[str]) -> str:
    """"a and b and c", each "and" translatable (an empty input gives "")."""
    items = list(parts)
    if not items:
        return ""
    return reduce(
        lambda first, then: translatable("Text", "{first} and {then}").format(
            first=first, then=then
        ),
        items[1:],
        items[0],
    )
