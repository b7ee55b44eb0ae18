"""The small tasks a micro-break asks for, and the order they take turns in.

A micro-break is one small thing for 15-60 seconds: a posture check with one concrete
cue, the 20-20-20 eye break, one micro-movement, and now and then standing up for a
short walk and a drink. The reference material (ergonomics.md, stretches.md in the shared
content) backs each one; `source` names the page, in that material's source ids.
The app text is written for knotbreak; it is for comfort and prevention, not treatment.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from knotbreak.core.text import Text, translatable


class MicroKind(StrEnum):
    POSTURE = "posture"
    EYES = "eyes"
    MOVEMENT = "movement"
    WALK = "walk"


@dataclass(frozen=True)
class MicroTask:
    id: str
    kind: MicroKind
    title: Text
    cue: Text
    source: str
    """Where the advice comes from (source ids of the shared reference material)."""
    pose: str | None = None
    """A pose in resources/stretches/poses.json that pictures the task, if one fits."""


_EYE_BREAK = MicroTask(
    "eyes-20-20-20",
    MicroKind.EYES,
    translatable("MicroBreak", "Eye break"),
    translatable(
        "MicroBreak",
        "Look at something at least 6 metres (20 feet) away until the countdown "
        "ends, and blink slowly a few times.",
    ),
    "American Optometric Association, Computer vision syndrome: the 20-20-20 rule "
    "(aoa.org/healthy-eyes/eye-and-vision-conditions/computer-vision-syndrome)",
    "eye-break",
)
"""Every third task: one task, so its words and source are written once."""

TASKS: tuple[MicroTask, ...] = (
    MicroTask(
        "posture-ears",
        MicroKind.POSTURE,
        translatable("MicroBreak", "Posture check"),
        translatable(
            "MicroBreak",
            "Let your ears sit over your shoulders: draw your head back a little, "
            "not down.",
        ),
        "OSHA Computer Workstations eTool, Evaluation Checklist #1 (OSHA-EC)",
        "chin-tuck",
    ),
    _EYE_BREAK,
    MicroTask(
        "move-shoulder-roll",
        MicroKind.MOVEMENT,
        translatable("MicroBreak", "Shoulder roll"),
        translatable(
            "MicroBreak",
            "Lift your shoulders towards your ears, then roll them back and let them drop.",
        ),
        "Mayo Clinic office stretches (shrug and roll)",
        "shrug-roll",
    ),
    MicroTask(
        "posture-shoulders",
        MicroKind.POSTURE,
        translatable("MicroBreak", "Posture check"),
        translatable(
            "MicroBreak",
            "Let your shoulders drop and your upper arms hang loosely at your sides.",
        ),
        "OSHA Computer Workstations eTool, Evaluation Checklist #5 (OSHA-EC); CCOHS",
        "breathing",
    ),
    _EYE_BREAK,
    MicroTask(
        "move-chin-tuck",
        MicroKind.MOVEMENT,
        translatable("MicroBreak", "Chin tuck"),
        translatable(
            "MicroBreak",
            "Sit tall and glide your chin straight back, nose level; hold for a breath, "
            "then relax.",
        ),
        "NHS inform, Exercises for neck problems (chin tuck)",
        "chin-tuck",
    ),
    MicroTask(
        "posture-feet",
        MicroKind.POSTURE,
        translatable("MicroBreak", "Posture check"),
        translatable(
            "MicroBreak",
            "Put both feet flat on the floor (or on a footrest) and sit back against "
            "the backrest.",
        ),
        "CCOHS, Sitting position; OSHA-EC #4",
        "breathing",
    ),
    _EYE_BREAK,
    MicroTask(
        "move-open-hands",
        MicroKind.MOVEMENT,
        translatable("MicroBreak", "Open your hands"),
        translatable(
            "MicroBreak",
            "Take your hands off the keys and mouse, spread your fingers wide, "
            "then let them relax.",
        ),
        "No public guideline page; common hand-therapy practice, as the catalog's "
        "finger-glides entry says",
        "finger-glides",
    ),
    MicroTask(
        "walk-water",
        MicroKind.WALK,
        translatable("MicroBreak", "Stand up"),
        translatable(
            "MicroBreak",
            "Stand up, walk a few steps and have a drink of water if it is at hand.",
        ),
        "HSE, Work routine and breaks for DSE users (hse.gov.uk/msd/dse/work-routine.htm); "
        "CCOHS, Sitting basics (change posture often)",
        None,
    ),
)
"""One turn of the rotation: each posture cue once, an eye break every third task, one
micro-movement after each eye break, and a short walk to close the round."""


def task_for(number: int) -> MicroTask:
    """The task for micro-break `number` (1 for the first this session)."""
    return TASKS[(max(number, 1) - 1) % len(TASKS)]
