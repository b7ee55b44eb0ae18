"""The journal's words in the user's language.

The core keeps English names and messages (the command line prints those); here every
string is a literal inside QCoreApplication.translate, so lupdate finds it, and the
{placeholders} are filled after translation. tests/ui/test_journal_ui.py checks that the
English here matches the core's, so the two never drift apart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from knotbreak.core.journal import Finding, area_label
from knotbreak.core.journal.advice import ClinicianAdvice
from knotbreak.ui.translations import translate

# translate() is called with literals so lupdate finds the names (a helper taking a
# variable hid all of them: the journal showed English area names in German).


def area_name(area_id: str) -> str:
    """The area's name, lower case for use inside a sentence."""
    names = {
        "head": translate("BodyArea", "head and temples"),
        "eyes": translate("BodyArea", "eyes"),
        "jaw": translate("BodyArea", "jaw"),
        "neck-left": translate("BodyArea", "left side of the neck"),
        "neck-right": translate("BodyArea", "right side of the neck"),
        "shoulder-left": translate("BodyArea", "left shoulder"),
        "shoulder-right": translate("BodyArea", "right shoulder"),
        "chest": translate("BodyArea", "chest"),
        "upper-back-left": translate("BodyArea", "left upper back"),
        "upper-back-right": translate("BodyArea", "right upper back"),
        "lower-back-left": translate("BodyArea", "left lower back"),
        "lower-back-right": translate("BodyArea", "right lower back"),
        "hip-left": translate("BodyArea", "front of the left hip"),
        "hip-right": translate("BodyArea", "front of the right hip"),
        "glute-left": translate("BodyArea", "left buttock"),
        "glute-right": translate("BodyArea", "right buttock"),
        "thigh-front-left": translate("BodyArea", "front of the left thigh"),
        "thigh-front-right": translate("BodyArea", "front of the right thigh"),
        "thigh-back-left": translate("BodyArea", "back of the left thigh"),
        "thigh-back-right": translate("BodyArea", "back of the right thigh"),
        "forearm-left": translate("BodyArea", "left forearm"),
        "forearm-right": translate("BodyArea", "right forearm"),
        "wrist-left": translate("BodyArea", "left wrist and hand"),
        "wrist-right": translate("BodyArea", "right wrist and hand"),
    }
    return names.get(area_id) or area_label(area_id)


def area_title(area_id: str) -> str:
    """The name at the start of a line or in a list: first letter upper case."""
    name = area_name(area_id)
    return name[:1].upper() + name[1:]


def intensity_word(intensity: int) -> str:
    words = (
        QCoreApplication.translate("Intensity", "none"),
        QCoreApplication.translate("Intensity", "barely there"),
        QCoreApplication.translate("Intensity", "mild"),
        QCoreApplication.translate("Intensity", "mild"),
        QCoreApplication.translate("Intensity", "noticeable"),
        QCoreApplication.translate("Intensity", "moderate"),
        QCoreApplication.translate("Intensity", "moderate"),
        QCoreApplication.translate("Intensity", "strong"),
        QCoreApplication.translate("Intensity", "strong"),
        QCoreApplication.translate("Intensity", "severe"),
        QCoreApplication.translate("Intensity", "worst"),
    )
    return words[max(0, min(10, intensity))]


def finding_text(finding: Finding) -> str:
    if finding.rule == "severe":
        return QCoreApplication.translate(
            "ClinicianAdvice",
            "You have logged a knot in the {area} at {intensity} out of 10. Pain that strong "
            "can get in the way of daily life, and it is worth having it looked at soon, "
            "especially if it does not ease with rest.",
        ).format(area=area_name(finding.area), intensity=finding.latest)
    if finding.rule == "repeated-high":
        return QCoreApplication.translate(
            "ClinicianAdvice",
            "You have logged a strong knot in the {area} {count} times in the last two "
            "weeks. When a knot keeps coming back this strongly, it is worth booking an "
            "appointment to have it looked at.",
        ).format(area=area_name(finding.area), count=finding.count)
    if finding.rule == "recurring":
        return QCoreApplication.translate(
            "ClinicianAdvice",
            "You have logged a knot in the {area} on {count} different days in the last "
            "month. When a knot keeps coming back, it is worth booking an appointment: a "
            "doctor or physiotherapist can look for the reason.",
        ).format(area=area_name(finding.area), count=finding.count)
    return QCoreApplication.translate(
        "ClinicianAdvice",
        "The knot in the {area} has not eased over {days} days of logging (from {first} to "
        "{latest} out of 10). Self-care usually helps within two to four weeks; when it "
        "does not, it is worth booking an appointment.",
    ).format(
        area=area_name(finding.area),
        days=finding.days,
        first=finding.first,
        latest=finding.latest,
    )


def advice_closing() -> str:
    return QCoreApplication.translate(
        "ClinicianAdvice",
        "knotbreak cannot tell what is behind a knot. A doctor or physiotherapist can, and "
        "can suggest what helps. If you notice any of the warning signs, get help sooner.",
    )


def advice_paragraphs(advice: ClinicianAdvice) -> list[str]:
    return [*(finding_text(finding) for finding in advice.findings), advice_closing()]


def health_text(text: str) -> str:
    """Text from resources/health/red_flags.json. lupdate cannot see strings in data, so
    the translation file lists them by hand under this context (see docs/journal.md)."""
    return QCoreApplication.translate("HealthNotes", text)
