"""Words for areas and kinds, shared by the tray's Stretch now menu and the library."""

from __future__ import annotations

from knotbreak.ui.translations import QT_TRANSLATE_NOOP, translate

CONTEXT = "StretchLibrary"

AREA_LABELS: dict[str, str] = {
    "neck-shoulders": QT_TRANSLATE_NOOP("StretchLibrary", "Neck and shoulders"),
    "upper-back-chest": QT_TRANSLATE_NOOP("StretchLibrary", "Upper back and chest"),
    "low-back-hips": QT_TRANSLATE_NOOP("StretchLibrary", "Low back and hips"),
    "wrists-forearms": QT_TRANSLATE_NOOP("StretchLibrary", "Wrists and forearms"),
    "eyes": QT_TRANSLATE_NOOP("StretchLibrary", "Eyes"),
}

KIND_LABELS: dict[str, str] = {
    "stretch": QT_TRANSLATE_NOOP("StretchLibrary", "Stretches"),
    "strengthening": QT_TRANSLATE_NOOP("StretchLibrary", "Strengthening"),
    "self-care": QT_TRANSLATE_NOOP("StretchLibrary", "Self-care"),
}


BODY_AREA_LABELS: dict[str, str] = {
    "neck": QT_TRANSLATE_NOOP("StretchLibrary", "Neck"),
    "jaw": QT_TRANSLATE_NOOP("StretchLibrary", "Jaw"),
    "shoulder-left": QT_TRANSLATE_NOOP("StretchLibrary", "Left shoulder"),
    "shoulder-right": QT_TRANSLATE_NOOP("StretchLibrary", "Right shoulder"),
    "upper-back": QT_TRANSLATE_NOOP("StretchLibrary", "Upper back"),
    "chest": QT_TRANSLATE_NOOP("StretchLibrary", "Chest"),
    "low-back": QT_TRANSLATE_NOOP("StretchLibrary", "Low back"),
    "hip-left": QT_TRANSLATE_NOOP("StretchLibrary", "Left hip"),
    "hip-right": QT_TRANSLATE_NOOP("StretchLibrary", "Right hip"),
    "thigh-front-left": QT_TRANSLATE_NOOP("StretchLibrary", "Front of left thigh"),
    "thigh-front-right": QT_TRANSLATE_NOOP("StretchLibrary", "Front of right thigh"),
    "thigh-back-left": QT_TRANSLATE_NOOP("StretchLibrary", "Back of left thigh"),
    "thigh-back-right": QT_TRANSLATE_NOOP("StretchLibrary", "Back of right thigh"),
    "forearm-left": QT_TRANSLATE_NOOP("StretchLibrary", "Left forearm"),
    "forearm-right": QT_TRANSLATE_NOOP("StretchLibrary", "Right forearm"),
    "hand-left": QT_TRANSLATE_NOOP("StretchLibrary", "Left hand"),
    "hand-right": QT_TRANSLATE_NOOP("StretchLibrary", "Right hand"),
    "eyes": QT_TRANSLATE_NOOP("StretchLibrary", "Eyes"),
}


def body_area_label(area: str) -> str:
    source = BODY_AREA_LABELS.get(area)
    return translate(CONTEXT, source) if source else area


def area_label(area: str) -> str:
    source = AREA_LABELS.get(area)
    return translate(CONTEXT, source) if source else area


def kind_label(kind: str) -> str:
    source = KIND_LABELS.get(kind)
    return translate(CONTEXT, source) if source else kind


def area_minutes_label(area: str, minutes: int) -> str:
    """"Neck and shoulders, up to 3 minutes": what Start now will do.

    "Up to": an area with few entries (Eyes has one 20 s item) gives a shorter routine
    than the minutes asked for, and the label must not promise more.
    """
    # Whole phrases per count (German, like English, has one singular): lupdate only
    # marks a plural whose count is a literal.
    if minutes == 1:
        text = translate("StretchLibrary", "{area}, up to 1 minute")
    else:
        text = translate("StretchLibrary", "{area}, up to {minutes} minutes")
    return text.format(area=area_label(area), minutes=minutes)
