"""Reading and checking resources/stretches/poses.json (the picture of every stretch).

Layout (schema_version 1)::

    {"schema_version": 1,
     "poses": {
       "<stretch id>": {
         "view": "side" | "front" | "three-quarter",   # the camera (see pose.py)
         "yaw": 35, "pitch": 0,                   # optional: the camera's exact angles
         "stance": "seated" | "standing",        # the neutral pose the angles start from
         "x": 0.45, "facing": 1,                  # optional: where the pelvis is, which way
         "view_box": [x0, y0, x1, y1],            # optional crop of the unit box; seated
                                                  # figures default to a closer frame
         "props": [{"kind": "chair", "x": 0.4}, {"kind": "ball", "at": "neck_base", ...}],
         "start": {"angles": {...}, "root": [x, y],
                   "reach": {"l": {"to": "elbow_r", "offset": [0, 0.03, 0.04]}}},
         "keys": [{"at": 0.5, "angles": {...}}],  # optional key poses between start
                                                  # and hold, each on top of the one before
         "hold":  {"angles": {...}},              # on top of start (or the last key)
         "highlight": ["neck", "trap_r"],
         "close_up": false                        # true: a hands close-up (only the hands
                                                  # must stay in frame)
       }}}

`reach` puts a hand's palm on a named point of the body (plus an offset in body
coordinates: x to the figure's left, y up, z forward) and solves the arm to get there,
so a hand holds a knee or presses the other hand; optional "pole" [x, y, z] says which
way the elbow points; a later key or the hold inherits it, {"l": null} lets go.

A prop may carry "show": "start" or "hold" to appear only in that half of the motion
(eye-break: the sight line goes to the screen first, then into the distance).

A broken entry is reported with its id and field and skipped; the others still load.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from knotbreak.core.figure.pose import (
    AREAS,
    JOINTS,
    PROP_KINDS,
    PROP_SHOW,
    VIEWS,
    Camera,
    Pose,
    PoseEntry,
    Prop,
    Reach,
    View,
    forward_kinematics,
    stance_pose,
)

SCHEMA_VERSION = 1
STANCES = ("seated", "standing")
_ENTRY_KEYS = {
    "view",
    "yaw",
    "pitch",
    "stance",
    "x",
    "facing",
    "view_box",
    "props",
    "start",
    "hold",
    "highlight",
    "close_up",
    "keys",
}
_POSE_KEYS = {"angles", "root", "reach"}
_REACH_KEYS = {"to", "offset", "pole"}
_KEY_KEYS = {"at", *_POSE_KEYS}
_PROP_KEYS = {"kind", "x", "y", "w", "h", "facing", "at", "dx", "dy", "points", "bend", "show"}
_MAX_ANGLE = 360.0
# A seated figure is shorter: frame it a little closer so it reads as well as a standing one.
DEFAULT_VIEW_BOX = {"standing": (0.0, 0.0, 1.0, 1.0), "seated": (0.08, 0.0, 0.92, 0.84)}


@dataclass(frozen=True)
class PoseFileError:
    """One problem: which entry (None for the whole file), which field, what is wrong."""

    entry: str | None
    field: str
    message: str

    def __str__(self) -> str:
        where = (
            f"entry {self.entry!r}, field {self.field!r}"
            if self.entry
            else (f"field {self.field!r}")
        )
        return f"{where}: {self.message}"


class _Invalid(Exception):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


@dataclass(frozen=True)
class PoseLibrary:
    entries: Mapping[str, PoseEntry]
    errors: tuple[PoseFileError, ...]


def _number(
    value: Any,
    field: str,
    low: float | None = None,
    high: float | None = None,
) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        raise _Invalid(field, f"must be a number, got {value!r}")
    if low is not None and value < low:
        raise _Invalid(field, f"must be at least {low}, got {value}")
    if high is not None and value > high:
        raise _Invalid(field, f"must be at most {high}, got {value}")
    return float(value)


def _object(value: Any, field: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _Invalid(field, f"must be an object, got {type(value).__name__}")
    return value


def _unknown_keys(data: Mapping[str, Any], allowed: set[str], field: str) -> None:
    extra = sorted(set(data) - allowed)
    if extra:
        raise _Invalid(
            f"{field}{extra[0]}", f"unknown field; allowed fields are {', '.join(sorted(allowed))}"
        )


def _point(value: Any, field: str) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:
        raise _Invalid(field, f"must be a list of two numbers [x, y], got {value!r}")
    return (_number(value[0], f"{field}[0]"), _number(value[1], f"{field}[1]"))


def _vector(value: Any, field: str) -> tuple[float, float, float]:
    if not isinstance(value, list) or len(value) != 3:
        raise _Invalid(field, f"must be a list of three numbers [x, y, z], got {value!r}")
    x, y, z = (_number(v, f"{field}[{i}]", -2.0, 2.0) for i, v in enumerate(value))
    return (x, y, z)


def _reach(data: Any, field: str, base: Mapping[str, Reach]) -> dict[str, Reach]:
    reach = dict(base)
    for side, raw in _object(data, field).items():
        if side not in ("l", "r"):
            raise _Invalid(f"{field}.{side}", 'names a hand: use "l" or "r"')
        if raw is None:
            reach.pop(side, None)
            continue
        obj = _object(raw, f"{field}.{side}")
        _unknown_keys(obj, _REACH_KEYS, f"{field}.{side}.")
        target = obj.get("to")
        if not isinstance(target, str):
            raise _Invalid(f"{field}.{side}.to", f"must be a point name, got {target!r}")
        offset = _vector(obj.get("offset", [0, 0, 0]), f"{field}.{side}.offset")
        pole = _vector(obj["pole"], f"{field}.{side}.pole") if "pole" in obj else None
        reach[side] = Reach(target=target, offset=offset, pole=pole)
    return reach


def _pose(data: Any, field: str, base: Pose) -> Pose:
    obj = _object(data, field)
    _unknown_keys(obj, _POSE_KEYS, f"{field}.")
    angles = dict(base.angles)
    raw_angles = _object(obj.get("angles", {}), f"{field}.angles")
    for name, value in raw_angles.items():
        if name not in JOINTS:
            raise _Invalid(
                f"{field}.angles.{name}", f"unknown joint; known joints are {', '.join(JOINTS)}"
            )
        angles[name] = _number(value, f"{field}.angles.{name}", -_MAX_ANGLE, _MAX_ANGLE)
    reach = _reach(obj["reach"], f"{field}.reach", base.reach) if "reach" in obj else base.reach
    root = base.root
    if "root" in obj:
        root = _point(obj["root"], f"{field}.root")
    return Pose(camera=base.camera, angles=angles, root=root, reach=reach)


def _prop(data: Any, field: str) -> Prop:
    obj = _object(data, field)
    _unknown_keys(obj, _PROP_KEYS, f"{field}.")
    kind = obj.get("kind")
    if kind not in PROP_KINDS:
        raise _Invalid(f"{field}.kind", f"must be one of {', '.join(PROP_KINDS)}, got {kind!r}")
    numbers = {
        key: _number(obj[key], f"{field}.{key}", -2.0, 3.0)
        for key in ("x", "y", "w", "h", "dx", "dy", "bend")
        if key in obj
    }
    facing = obj.get("facing", 1)
    if facing not in (1, -1):
        raise _Invalid(f"{field}.facing", f"must be 1 or -1, got {facing!r}")
    at = obj.get("at")
    if at is not None and not isinstance(at, str):
        raise _Invalid(f"{field}.at", f"must be a point name, got {at!r}")
    raw_points = obj.get("points", [])
    if not isinstance(raw_points, list):
        raise _Invalid(f"{field}.points", "must be a list of [x, y] points")
    points = tuple(_point(p, f"{field}.points[{i}]") for i, p in enumerate(raw_points))
    if kind in ("arrow", "sight") and len(points) < 2:
        raise _Invalid(f"{field}.points", f"a {kind} needs at least two [x, y] points")
    show = obj.get("show", "always")
    if show not in PROP_SHOW:
        raise _Invalid(f"{field}.show", f"must be one of {', '.join(PROP_SHOW)}, got {show!r}")
    return Prop(kind=kind, facing=facing, at=at, points=points, show=show, **numbers)


def parse_entry(entry_id: str, data: Any) -> PoseEntry:
    """One entry, or _Invalid naming the field. Public callers use `parse_pose_data`."""
    obj = _object(data, "entry")
    _unknown_keys(obj, _ENTRY_KEYS, "")
    view = obj.get("view")
    if view not in VIEWS:
        raise _Invalid("view", f"must be one of {', '.join(VIEWS)}, got {view!r}")
    stance = obj.get("stance", "standing")
    if stance not in STANCES:
        raise _Invalid("stance", f"must be one of {', '.join(STANCES)}, got {stance!r}")
    facing = obj.get("facing", 1)
    if facing not in (1, -1):
        raise _Invalid("facing", f"must be 1 or -1, got {facing!r}")
    x = _number(obj.get("x", 0.5), "x", -1.0, 2.0)
    view_t: View = view
    yaw = _number(obj["yaw"], "yaw", -180.0, 180.0) if "yaw" in obj else None
    pitch = _number(obj.get("pitch", 0.0), "pitch", -30.0, 30.0)
    base = stance_pose(view_t, stance, x=x, facing=facing, yaw=yaw)
    base = Pose(camera=Camera(yaw=base.camera.yaw, pitch=pitch), angles=base.angles, root=base.root)
    if "start" not in obj:
        raise _Invalid("start", 'is missing; give at least {"angles": {}}')
    start = _pose(obj["start"], "start", base)
    raw_keys = obj.get("keys", [])
    if not isinstance(raw_keys, list):
        raise _Invalid("keys", 'must be a list of key poses {"at": 0.5, "angles": {...}}')
    keys: list[tuple[float, Pose]] = []
    previous, last_t = start, 0.0
    for i, raw in enumerate(raw_keys):
        key_obj = _object(raw, f"keys[{i}]")
        _unknown_keys(key_obj, _KEY_KEYS, f"keys[{i}].")
        if "at" not in key_obj:
            raise _Invalid(f"keys[{i}].at", "is missing; give the key's time between 0 and 1")
        when = _number(key_obj["at"], f"keys[{i}].at", 0.0, 1.0)
        if not last_t < when < 1.0:
            raise _Invalid(
                f"keys[{i}].at", f"must be after the previous key ({last_t}) and before 1"
            )
        previous = _pose({k: v for k, v in key_obj.items() if k != "at"}, f"keys[{i}]", previous)
        keys.append((when, previous))
        last_t = when
    # The hold builds on the last key, so a later phase only names what changes.
    hold = _pose(obj.get("hold", {}), "hold", previous)
    raw_box = obj.get("view_box", list(DEFAULT_VIEW_BOX[stance]))
    if not isinstance(raw_box, list) or len(raw_box) != 4:
        raise _Invalid("view_box", "must be a list of four numbers [x0, y0, x1, y1]")
    box = tuple(_number(v, f"view_box[{i}]", -1.0, 2.0) for i, v in enumerate(raw_box))
    if box[2] <= box[0] or box[3] <= box[1]:
        raise _Invalid("view_box", "needs x1 > x0 and y1 > y0")
    raw_props = obj.get("props", [])
    if not isinstance(raw_props, list):
        raise _Invalid("props", "must be a list of props")
    props = tuple(_prop(p, f"props[{i}]") for i, p in enumerate(raw_props))
    raw_highlight = obj.get("highlight", [])
    if not isinstance(raw_highlight, list) or not raw_highlight:
        raise _Invalid("highlight", "must be a non-empty list of body areas or segments")
    figure = forward_kinematics(start)
    known = set(AREAS) | set(figure.segment_names())
    for i, name in enumerate(raw_highlight):
        if name not in known:
            raise _Invalid(
                f"highlight[{i}]",
                f"unknown body area {name!r}; use one of "
                f"{', '.join(sorted(AREAS))} or a segment name",
            )
    labelled = [("start", start), *((f"keys[{i}]", k) for i, (_, k) in enumerate(keys))]
    for label, pose in [*labelled, ("hold", hold)]:
        for side, reach in pose.reach.items():
            if reach.target not in figure.points:
                raise _Invalid(
                    f"{label}.reach.{side}.to",
                    f"unknown point {reach.target!r}; use one of "
                    f"{', '.join(sorted(figure.points))}",
                )
    for i, prop in enumerate(props):
        if prop.at is not None and prop.at not in figure.points:
            raise _Invalid(
                f"props[{i}].at",
                f"unknown point {prop.at!r}; use one of {', '.join(sorted(figure.points))}",
            )
    close_up = obj.get("close_up", False)
    if not isinstance(close_up, bool):
        raise _Invalid("close_up", f"must be true or false, got {close_up!r}")
    return PoseEntry(
        id=entry_id,
        close_up=close_up,
        keys=tuple(keys),
        view=view_t,
        start=start,
        hold=hold,
        props=props,
        highlight=tuple(raw_highlight),
        view_box=(box[0], box[1], box[2], box[3]),
    )


def parse_pose_data(data: Any) -> PoseLibrary:
    """Every valid entry, plus one error per broken entry (which is skipped)."""
    errors: list[PoseFileError] = []
    entries: dict[str, PoseEntry] = {}
    if not isinstance(data, dict):
        return PoseLibrary(
            {}, (PoseFileError(None, "(file)", 'must be a JSON object with "poses"'),)
        )
    version = data.get("schema_version")
    if version != SCHEMA_VERSION:
        errors.append(
            PoseFileError(
                None,
                "schema_version",
                f"must be {SCHEMA_VERSION}, got {version!r}; this knotbreak reads version 1 files",
            )
        )
        return PoseLibrary({}, tuple(errors))
    poses = data.get("poses")
    if not isinstance(poses, dict):
        return PoseLibrary(
            {}, (PoseFileError(None, "poses", "must be an object of stretch id -> picture"),)
        )
    for entry_id, entry_data in poses.items():
        try:
            entries[entry_id] = parse_entry(entry_id, entry_data)
        except _Invalid as exc:
            errors.append(PoseFileError(entry_id, exc.field, exc.message))
        except ValueError as exc:
            errors.append(PoseFileError(entry_id, "(entry)", str(exc)))
    return PoseLibrary(entries, tuple(errors))


def load_pose_file(path: Path) -> PoseLibrary:
    """Read and check a poses file. An unreadable or non-JSON file gives one error."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        return PoseLibrary(
            {}, (PoseFileError(None, "(file)", f"could not read {path}: {exc.strerror}"),)
        )
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return PoseLibrary(
            {},
            (
                PoseFileError(
                    None,
                    "(file)",
                    f"{path} is not valid JSON (line {exc.lineno}, column "
                    f"{exc.colno}: {exc.msg}); fix the file or restore it from the package",
                ),
            ),
        )
    return parse_pose_data(data)
