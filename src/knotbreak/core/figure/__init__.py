"""The stretch figure: a small articulated 2D model (pure data, no Qt).

`pose` holds the skeleton, forward kinematics, interpolation, mirroring, props and
highlight areas; `poses_file` reads and checks resources/stretches/poses.json.
"""

from knotbreak.core.figure.pose import (
    Figure,
    Pose,
    PoseEntry,
    Prop,
    forward_kinematics,
    interpolate,
    mirror,
    mirror_entry,
    stance_pose,
)
from knotbreak.core.figure.poses_file import (
    PoseFileError,
    PoseLibrary,
    load_pose_file,
    parse_pose_data,
)

__all__ = [
    "Figure",
    "Pose",
    "PoseEntry",
    "PoseFileError",
    "PoseLibrary",
    "Prop",
    "forward_kinematics",
    "interpolate",
    "load_pose_file",
    "mirror",
    "mirror_entry",
    "parse_pose_data",
    "stance_pose",
]
