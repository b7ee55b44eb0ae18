"""The knot journal's windows: the "Log a knot" dialog with its body map, the journal
window with its chart, and the health notes. The app reaches them through
launcher.JournalLauncher, which imports each window module only when it is first opened.
"""
