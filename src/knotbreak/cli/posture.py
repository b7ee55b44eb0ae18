"""`knotbreak posture-calibrate`: the running app's posture coach takes a baseline."""

from __future__ import annotations

from knotbreak.cli.command import Command
from knotbreak.cli.running_app import tell_running_app

POSTURE_CALIBRATE = Command(
    "posture-calibrate",
    "take your current posture as the posture coach's baseline",
    run=tell_running_app,
)
