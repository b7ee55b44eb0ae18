"""Posture coach adapters: face detection (OpenCV) and frame sources (camera, files).

OpenCV and NumPy are imported only inside these modules' functions, and these modules
only when the coach is on: the idle app with the coach off keeps its footprint.
"""
