"""Suite-wide set-up: widget tests run offscreen, whatever display the developer has.

End-to-end tests start the real app with its own DISPLAY and QT_QPA_PLATFORM=xcb.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"
