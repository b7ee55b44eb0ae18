"""The posture coach's pure logic: baseline, readings, streaks, nudges and daily shares.

Capture and face detection are adapters (knotbreak.adapters.posture); they hand the core a
`FaceSample` of plain numbers. No frame ever reaches the core.
"""
