"""Widgets: the tray icon, the break and notice windows, and the no-tray status window.

They only talk to a runner object (see docs/contracts.md) and never import the app.
"""
