"""The stretch library window: browse every entry, start a stretch or an area now.

Only the launcher and the labels load with the app; the window's modules load when it
first opens, so the idle app pays nothing for it.
"""
