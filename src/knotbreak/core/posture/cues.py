"""What a posture nudge says: one specific cue per deviation, shown as a micro-break task.

The advice follows the shared ergonomics reference (OSHA Computer Workstations eTool
checklist, CCOHS sitting position); it is for comfort, not diagnosis.
"""

from __future__ import annotations

from knotbreak.core.micro_breaks import MicroKind, MicroTask
from knotbreak.core.posture.model import Reading
from knotbreak.core.text import translatable

NUDGE_TASKS: dict[Reading, MicroTask] = {
    Reading.LEANING_IN: MicroTask(
        "coach-leaning-in",
        MicroKind.POSTURE,
        translatable("PostureCoach", "Posture coach"),
        translatable(
            "PostureCoach",
            "You're leaning toward the screen: sit back, ears over shoulders.",
        ),
        "OSHA Computer Workstations eTool, Evaluation Checklist #1 (OSHA-EC); CCOHS",
        "chin-tuck",
    ),
    Reading.SLOUCHING: MicroTask(
        "coach-slouching",
        MicroKind.POSTURE,
        translatable("PostureCoach", "Posture coach"),
        translatable(
            "PostureCoach",
            "You've sunk down in your chair: sit up tall against the backrest.",
        ),
        "CCOHS, Sitting position; OSHA-EC #4",
        "breathing",
    ),
    Reading.TILTED: MicroTask(
        "coach-tilted",
        MicroKind.POSTURE,
        translatable("PostureCoach", "Posture coach"),
        translatable(
            "PostureCoach",
            "Your head is tilted to one side: level it, eyes straight ahead.",
        ),
        "OSHA Computer Workstations eTool, Evaluation Checklist #1 (OSHA-EC)",
        "chin-tuck",
    ),
}

RECALIBRATE = translatable(
    "PostureCoach",
    "If the workstation check changed your chair, screen or camera, calibrate the posture "
    "coach again: Settings > Posture > Calibrate.",
)

TASKS_BY_ID: dict[str, MicroTask] = {task.id: task for task in NUDGE_TASKS.values()}


def nudge_task(reading: Reading) -> MicroTask | None:
    return NUDGE_TASKS.get(reading)
