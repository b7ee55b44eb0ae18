"""`knotbreak settings`: open the settings dialog in the running app."""

from __future__ import annotations

from knotbreak.cli.command import Command
from knotbreak.cli.running_app import tell_running_app

SETTINGS = Command(
    "settings", "open the settings dialog in the running app", run=tell_running_app
)
