"""Every setting, declared once: the table the rest of knotbreak derives from.

Modelled on qutebrowser's configdata.yml: one row per key says its type, default, range,
unit, label, help text, where it sits in the settings dialog and whether a change takes
effect at once or at the next start. From this table come

- the validators that check settings.json and the dialog's fields (`VALIDATORS`),
- the dialog's editors for the simple fields (ui/settings/dialog.py builds a spin box,
  check box, time field, text field or list box from a row whose `editor` is "auto"),
- the tables in docs/settings.md (`docs_tables`; a test fails when the file is stale),
- the managed defaults an administrator may set (core/managed_settings.py).

The `Settings` dataclass (core/settings.py) keeps its typed fields for mypy; a test
checks that its defaults are exactly the ones declared here.

Labels are core `Text`s in the "SettingsDialog" context, the dialog's own, so the German
catalogue translates them; `help` is the English sentence for docs/settings.md.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from knotbreak.core.stretches.catalog import FOCUS_ORDER
from knotbreak.core.text import Text, translatable
from knotbreak.core.working_hours import DAY_NAMES

Kind = Literal["whole", "switch", "clock", "days", "path", "focus", "stretch_ids", "choice"]
"""What the value is: a whole number in a range, true/false, "HH:MM", a list of days, an
absolute path pattern, a list of focus areas, a list of stretch ids, one of `choices`."""

Applies = Literal["now", "restart"]
"""When a saved change takes effect: at once (the running app follows it) or at the next
start. Check the code that reacts to `CycleRunner.settings_applied` before saying "now"."""

Page = Literal["breaks", "micro", "posture", "stretches", "schedule", "meetings", "general"]

Editor = Literal["auto", "custom"]
"""auto: the dialog builds the field from this row. custom: the dialog has a hand-made
widget for it (focus areas, hold length, volume, stretch lists, days), which still reads
its label and range from here."""

# The dialog's tabs in order, with the English title docs/settings.md uses for each.
PAGES: tuple[tuple[Page, str], ...] = (
    ("breaks", "Breaks"),
    ("micro", "Micro-breaks"),
    ("posture", "Posture"),
    ("stretches", "Stretches"),
    ("schedule", "Schedule"),
    ("meetings", "Meetings"),
    ("general", "General"),
)

LANGUAGES: tuple[str, ...] = ("system", "en", "de")
""""system" follows the desktop's locale; the others are the translations knotbreak ships."""


@dataclass(frozen=True)
class Unit:
    id: str
    words: Text
    """The unit in validation messages ("from 30 to 60 minutes")."""
    english: str
    """The unit in docs/settings.md."""


# Translated like the messages they appear in (context "Settings", as before).
MINUTES = Unit("minutes", translatable("Settings", "minutes"), "minutes")
SECONDS = Unit("seconds", translatable("Settings", "seconds"), "seconds")
SNOOZES = Unit("snoozes", translatable("Settings", "snoozes"), "snoozes")
BREAKS = Unit("breaks", translatable("Settings", "breaks"), "breaks")
BREAKS_A_DAY = Unit("breaks_a_day", translatable("Settings", "breaks"), "breaks a day")
PERCENT = Unit("percent", translatable("Settings", "percent"), "percent")
HOURS = Unit("hours", translatable("Settings", "hours"), "hours")


@dataclass(frozen=True)
class Setting:
    """One row of the table; see the module doc for what is derived from it."""

    key: str
    kind: Kind
    default: Any
    """In the `Settings` dataclass's form (tuples for lists)."""
    label: Text
    """As the dialog shows it, with its access key (&) and, for a field, its colon."""
    help: str
    """What it does, in English, for docs/settings.md."""
    page: Page
    group: str
    """The box on the page it sits in; the dialog adds a group's auto fields in order."""
    applies: Applies = "now"
    editor: Editor = "auto"
    minimum: int = 0
    maximum: int = 0
    unit: Unit | None = None
    step: int = 1
    """What the spin box's arrows add."""
    typed_unit_seconds: int = 1
    """For seconds shown as durations: what a number typed without a unit counts in."""
    zero_label: Text | None = None
    """What the dialog shows for 0 ("Never"); docs say it as "0: never"."""
    choices: tuple[tuple[str, Text | str], ...] = ()
    """For kind "choice": (value, what the dialog shows)."""
    requires: str | None = None
    """The setting means something only while this one is on (or above 0): the dialog
    greys it out otherwise."""

    @property
    def plain_label(self) -> str:
        """The English label without access key or colon ("Work between breaks")."""
        return self.label.replace("&", "").rstrip(":")


SETTINGS: tuple[Setting, ...] = (
    # Breaks ------------------------------------------------------------------------------
    Setting(
        "work_interval_minutes", "whole", 45,
        translatable("SettingsDialog", "&Work between breaks:"),
        "work time between breaks", "breaks", "rhythm",
        minimum=30, maximum=60, unit=MINUTES, step=5,
    ),
    Setting(
        "break_seconds", "whole", 180, translatable("SettingsDialog", "Brea&k length:"),
        "length of a break", "breaks", "rhythm",
        minimum=30, maximum=1800, unit=SECONDS, step=30, typed_unit_seconds=60,
    ),
    Setting(
        "long_break_every", "whole", 4, translatable("SettingsDialog", "&Long break every:"),
        "every Nth break is a long one (the 4th, 8th, ...)", "breaks", "rhythm",
        minimum=0, maximum=20, unit=BREAKS, zero_label=translatable("SettingsDialog", "Never"),
    ),
    Setting(
        "long_break_seconds", "whole", 600, translatable("SettingsDialog", "Long bre&ak length:"),
        "length of a long break; never shorter than `break_seconds`", "breaks", "rhythm",
        minimum=30, maximum=1800, unit=SECONDS, step=60, typed_unit_seconds=60,
        requires="long_break_every",
    ),
    Setting(
        "notice_seconds", "whole", 60, translatable("SettingsDialog", "&Notice before a break:"),
        "how long before a break the notice appears", "breaks", "due",
        minimum=0, maximum=300, unit=SECONDS, step=15,
        zero_label=translatable("SettingsDialog", "No notice"),
    ),
    Setting(
        "snooze_minutes", "whole", 5, translatable("SettingsDialog", "Sn&ooze for:"),
        "how long Snooze puts a break off", "breaks", "due",
        minimum=1, maximum=30, unit=MINUTES, requires="snooze_limit",
    ),
    Setting(
        "snooze_limit", "whole", 2, translatable("SettingsDialog", "Snoo&zes per break:"),
        "snoozes allowed per break", "breaks", "due",
        minimum=0, maximum=10, unit=SNOOZES,
        zero_label=translatable("SettingsDialog", "Not at all"),
    ),
    Setting(
        "strict_mode", "switch", False,
        translatable("SettingsDialog", "S&trict mode: no Skip button during a break"),
        "no Skip button during breaks; snoozes stay limited", "breaks", "due",
    ),
    Setting(
        "daily_break_goal", "whole", 6, translatable("SettingsDialog", "Dail&y goal:"),
        "breaks taken per day that count towards the streak in Statistics", "breaks", "goal",
        minimum=1, maximum=20, unit=BREAKS_A_DAY,
    ),
    # Micro-breaks --------------------------------------------------------------------------
    Setting(
        "micro_breaks_enabled", "switch", True,
        translatable("SettingsDialog", "Sho&w micro-breaks between the breaks"),
        "show micro-breaks between the main breaks", "micro", "micro",
    ),
    Setting(
        "micro_break_interval_minutes", "whole", 20, translatable("SettingsDialog", "E&very:"),
        "work time between micro-breaks", "micro", "micro",
        minimum=10, maximum=30, unit=MINUTES, requires="micro_breaks_enabled",
    ),
    Setting(
        "micro_break_seconds", "whole", 20, translatable("SettingsDialog", "&Length:"),
        "how long a micro-break shows", "micro", "micro",
        minimum=15, maximum=60, unit=SECONDS, step=5, requires="micro_breaks_enabled",
    ),
    Setting(
        "count_active_time", "switch", False,
        translatable("SettingsDialog", "Count &only active time: time away stops the work clock"),
        "count work by active time (as Workrave does): a short pause in input changes "
        "nothing, but while you are away (no input for a minute, with `idle_detection` on) "
        "the work clock stands still and the next break moves back by the absence; away at "
        "least a break's length still counts as that break taken",
        "micro", "active",
    ),
    Setting(
        "daily_limit_enabled", "switch", False,
        translatable("SettingsDialog", "A dail&y limit, with one calm notice"),
        "one calm notice when today's time at the computer reaches the limit",
        "micro", "active",
    ),
    Setting(
        "daily_limit_hours", "whole", 8, translatable("SettingsDialog", "Limi&t:"),
        "the daily limit; time at the computer is time not away and not on a break, "
        "counted afresh each day",
        "micro", "active", minimum=4, maximum=10, unit=HOURS, requires="daily_limit_enabled",
    ),
    # Posture -------------------------------------------------------------------------------
    Setting(
        "posture_coach", "switch", False,
        translatable("SettingsDialog", "Use the &camera to check my posture now and then"),
        "the posture coach: a short camera sample while working, compared with your "
        "calibrated posture; see [posture.md](posture.md). Frames are looked at in memory "
        "and dropped at once; only numbers are kept",
        "posture", "coach",
    ),
    Setting(
        "posture_interval_seconds", "whole", 120, translatable("SettingsDialog", "Look e&very:"),
        "time between two posture samples", "posture", "coach",
        minimum=30, maximum=600, unit=SECONDS, step=30, typed_unit_seconds=60,
        requires="posture_coach",
    ),
    # Stretches -----------------------------------------------------------------------------
    Setting(
        "focus_areas", "focus", FOCUS_ORDER, translatable("SettingsDialog", "Focus areas"),
        "body areas routines cover first", "stretches", "focus", editor="custom",
    ),
    Setting(
        "sitting_only", "switch", False,
        translatable("SettingsDialog", "Only stretches that &can be done sitting"),
        "only stretches that can be done sitting", "stretches", "stretches",
    ),
    Setting(
        "prefer_long_holds", "switch", False, translatable("SettingsDialog", "Hold le&ngth:"),
        "2-minute holds where a stretch suits them, instead of 2 x 30 s: a practice from "
        "massage and myofascial release, not a proven treatment (docs/stretches.md)",
        "stretches", "stretches", editor="custom",
    ),
    Setting(
        "favourite_stretches", "stretch_ids", (), translatable("SettingsDialog", "Favourites:"),
        "marked with Favourite in the Stretches window; routines choose them about three "
        "times as readily (never more than once a break)",
        "stretches", "stretches", editor="custom",
    ),
    Setting(
        "sounds", "switch", True,
        translatable("SettingsDialog", "S&oft tones at the start and end of each hold"),
        "soft tones at the start and end of each hold", "stretches", "sound",
    ),
    Setting(
        "sound_volume", "whole", 60, translatable("SettingsDialog", "&Volume:"),
        "loudness of those tones", "stretches", "sound",
        minimum=0, maximum=100, unit=PERCENT, step=5, requires="sounds", editor="custom",
    ),
    Setting(
        "hidden_stretches", "stretch_ids", (), translatable("SettingsDialog", "Hidden stretches"),
        "stretches turned off with \"Don't show this stretch again\" on the break card; "
        "routines never pick them. Settings > Stretches lists them and shows them again",
        "stretches", "hidden", editor="custom",
    ),
    # Schedule ------------------------------------------------------------------------------
    Setting(
        "working_hours_enabled", "switch", False,
        translatable("SettingsDialog", "Only schedule breaks during &working hours"),
        "only schedule breaks inside working hours", "schedule", "hours",
    ),
    Setting(
        "working_hours_start", "clock", "09:00", translatable("SettingsDialog", "&From:"),
        "start of working hours; also \"tomorrow morning\" for Pause", "schedule", "hours",
        requires="working_hours_enabled",
    ),
    Setting(
        "working_hours_end", "clock", "17:30", translatable("SettingsDialog", "&Until:"),
        "end; earlier than the start means an overnight shift", "schedule", "hours",
        requires="working_hours_enabled",
    ),
    Setting(
        "working_days", "days", ("mon", "tue", "wed", "thu", "fri"),
        translatable("SettingsDialog", "Working days"),
        "days with working hours", "schedule", "hours",
        editor="custom", requires="working_hours_enabled",
    ),
    Setting(
        "idle_detection", "switch", True,
        translatable("SettingsDialog", "Notice when I am &away"),
        "a break due while you are away waits for you; an absence of a break's length "
        "counts as a break",
        "schedule", "away",
    ),
    # Meetings ------------------------------------------------------------------------------
    Setting(
        "meeting_fullscreen", "switch", True,
        translatable("SettingsDialog", "a window is &fullscreen (presentation, video)"),
        "hold breaks while the active window is fullscreen (presentation, video)",
        "meetings", "hold",
    ),
    Setting(
        "meeting_camera", "switch", True,
        translatable("SettingsDialog", "a program uses the &camera"),
        "hold breaks while a program has the camera open", "meetings", "hold",
    ),
    Setting(
        "meeting_microphone", "switch", False,
        translatable("SettingsDialog", "a program records from the micropho&ne"),
        "hold breaks while a program records from the microphone", "meetings", "hold",
    ),
    Setting(
        "meeting_dnd", "switch", True,
        translatable("SettingsDialog", "the desktop\u2019s do-not-dis&turb is on"),
        "hold breaks while the desktop's do-not-disturb is on", "meetings", "hold",
    ),
    Setting(
        "meeting_camera_devices", "path", "/dev/video*",
        translatable("SettingsDialog", "Camera de&vices:"),
        "which device files count as cameras (Linux)", "meetings", "hold",
        requires="meeting_camera",
    ),
    # General -------------------------------------------------------------------------------
    Setting(
        "language", "choice", "system", translatable("SettingsDialog", "La&nguage:"),
        "language of the app's text; `system` follows the desktop", "general", "language",
        applies="restart",
        choices=(
            ("system", translatable("SettingsDialog", "Same as the desktop")),
            ("en", "English"),
            ("de", "Deutsch"),
        ),
    ),
)

BY_KEY: dict[str, Setting] = {setting.key: setting for setting in SETTINGS}
KEYS: tuple[str, ...] = tuple(BY_KEY)
RESTART_KEYS: frozenset[str] = frozenset(s.key for s in SETTINGS if s.applies == "restart")


def on_page(page: Page, group: str | None = None) -> list[Setting]:
    """The page's settings in table order (the dialog's order), optionally one group's."""
    return [s for s in SETTINGS if s.page == page and (group is None or s.group == group)]


# Validation, derived from the table -------------------------------------------------------

Validator = Callable[[Any], Any]
_CLOCK = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")
_STRETCH_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
STRETCH_IDS_MAX = 200


def _whole_number(low: int, high: int, unit: str) -> Validator:
    def check(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                translatable("Settings", "must be a whole number of {unit} from {low} to {high}")
                .format(unit=unit, low=low, high=high)
            )
        if not low <= value <= high:
            raise ValueError(
                translatable("Settings", "{value} is outside the allowed {low} to {high} {unit}")
                .format(value=value, low=low, high=high, unit=unit)
            )
        return value

    return check


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(translatable("Settings", "must be true or false"))
    return value


def _clock_text(value: Any) -> str:
    if not isinstance(value, str) or not _CLOCK.match(value):
        raise ValueError(
            translatable("Settings", '{value} is not a 24-hour time like "09:00"').format(
                value=repr(value)
            )
        )
    return value


def _day_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(day, str) for day in value):
        raise ValueError(
            translatable("Settings", 'must be a list of day names such as ["mon", "tue"]')
        )
    unknown = [day for day in value if day.lower() not in DAY_NAMES]
    if unknown:
        raise ValueError(
            translatable("Settings", "unknown day {day}; use {days}").format(
                day=repr(unknown[0]), days=", ".join(DAY_NAMES)
            )
        )
    chosen = {day.lower() for day in value}
    return tuple(day for day in DAY_NAMES if day in chosen)


def _device_glob(value: Any) -> str:
    if not isinstance(value, str) or not value.startswith("/") or len(value) > 200:
        raise ValueError(
            translatable("Settings", 'must be an absolute path pattern such as "/dev/video*"')
        )
    return value


def _focus_list(value: Any) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(area, str) for area in value):
        raise ValueError(
            translatable("Settings", "must be a list of focus areas such as {example}").format(
                example=f'["{FOCUS_ORDER[0]}"]'
            )
        )
    unknown = [area for area in value if area not in FOCUS_ORDER]
    if unknown:
        raise ValueError(
            translatable("Settings", "unknown focus area {area}; use {areas}").format(
                area=repr(unknown[0]), areas=", ".join(FOCUS_ORDER)
            )
        )
    if not value:
        raise ValueError(translatable("Settings", "needs at least one focus area"))
    return tuple(area for area in FOCUS_ORDER if area in value)


def _stretch_ids(value: Any) -> tuple[str, ...]:
    # Ids only: the catalog is not read with the settings, so an id that is not (or no
    # longer) in it is kept and simply matches nothing.
    if (
        not isinstance(value, list)
        or len(value) > STRETCH_IDS_MAX
        or not all(isinstance(i, str) and _STRETCH_ID.match(i) and len(i) <= 40 for i in value)
    ):
        raise ValueError(
            translatable("Settings", "must be a list of stretch ids such as \"chin-tuck\"")
        )
    return tuple(dict.fromkeys(value))


def _one_of(choices: tuple[str, ...]) -> Validator:
    def check(value: Any) -> str:
        if not isinstance(value, str) or value not in choices:
            raise ValueError(
                translatable("Settings", "{value} is not a language knotbreak has; use {languages}")
                .format(value=repr(value), languages=", ".join(choices))
            )
        return value

    return check


def validator_for(setting: Setting) -> Validator:
    """What checks a value of `setting` from settings.json or the dialog."""
    if setting.kind == "whole":
        unit = setting.unit.words if setting.unit is not None else ""
        return _whole_number(setting.minimum, setting.maximum, unit)
    if setting.kind == "choice":
        return _one_of(tuple(value for value, _ in setting.choices))
    fixed: dict[Kind, Validator] = {
        "switch": _boolean,
        "clock": _clock_text,
        "days": _day_list,
        "path": _device_glob,
        "focus": _focus_list,
        "stretch_ids": _stretch_ids,
    }
    return fixed[setting.kind]


VALIDATORS: dict[str, Validator] = {s.key: validator_for(s) for s in SETTINGS}


def json_value(value: Any) -> Any:
    """A value as settings.json holds it (lists for tuples)."""
    return list(value) if isinstance(value, tuple) else value


# docs/settings.md, derived from the table ---------------------------------------------------

_TYPES: dict[Kind, str] = {
    "whole": "integer",
    "switch": "boolean",
    "clock": '"HH:MM"',
    "days": "list",
    "path": "path pattern",
    "focus": "list",
    "stretch_ids": "list",
    "choice": "string",
}


def _allowed(setting: Setting) -> str:
    if setting.kind == "whole":
        unit = f" {setting.unit.english}" if setting.unit is not None else ""
        text = f"{setting.minimum}-{setting.maximum}{unit}"
        if setting.zero_label is not None:
            text += f"; 0: {setting.zero_label.lower()}"
        return text
    if setting.kind == "clock":
        return "24-hour time"
    if setting.kind == "days":
        return "mon ... sun"
    if setting.kind == "path":
        return "absolute"
    if setting.kind == "focus":
        return ", ".join(f"`{area}`" for area in FOCUS_ORDER)
    if setting.kind == "stretch_ids":
        return (
            f'stretch ids such as `"chin-tuck"` (see `knotbreak stretches`), '
            f"at most {STRETCH_IDS_MAX}"
        )
    if setting.kind == "choice":
        return ", ".join(f"`{value}`" for value, _ in setting.choices)
    return ""


def _cell(text: str) -> str:
    return text.replace("|", "\\|")


def docs_tables() -> str:
    """The key tables of docs/settings.md, one per dialog tab (tools/settings_docs.py)."""
    lines: list[str] = []
    for page, title in PAGES:
        lines += [
            f"### {title}",
            "",
            "| key | type | default | allowed | applies | meaning |",
            "|---|---|---|---|---|---|",
        ]
        for s in on_page(page):
            default = json.dumps(json_value(s.default), separators=(",", ":"))
            applies = "at once" if s.applies == "now" else "at the next start"
            lines.append(
                f"| `{s.key}` | {_TYPES[s.kind]} | `{default}` | {_cell(_allowed(s))} "
                f"| {applies} | {_cell(s.help)} |"
            )
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


DOCS_BEGIN = "<!-- settings tables: generated from core/settings_schema.py -->"
DOCS_END = "<!-- end of generated settings tables -->"


def with_docs_tables(markdown: str) -> str:
    """docs/settings.md with its generated part replaced by today's tables."""
    head, found, rest = markdown.partition(DOCS_BEGIN)
    _old, found_end, tail = rest.partition(DOCS_END)
    if not found or not found_end:
        raise ValueError(f"docs/settings.md needs the lines {DOCS_BEGIN} and {DOCS_END}")
    return f"{head}{DOCS_BEGIN}\n\n{docs_tables()}\n{DOCS_END}{tail}"
