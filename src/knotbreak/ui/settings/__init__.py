"""The settings dialog, its presets, start at login, and the data controls.

Importing this package is cheap: the composition root imports `launcher`, which loads the
dialog modules only when the dialog is first opened.
"""
