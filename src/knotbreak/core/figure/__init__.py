"""The stretch figure: a small 3D skeleton seen through a camera (pure data, no Qt).

`pose` holds the skeleton, forward kinematics, the camera projection, reaching hands,
interpolation, the rep motion, mirroring, props and highlight areas; `poses_file` reads
and checks resources/stretches/poses.json.
"""

from knotbreak.core.figure.pose import (
    Camera,
    Figure,
    Pose,
    PoseEntry,
    Prop,
    Reach,
    camera_for,
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
    "Camera",
    "Figure",
    "Pose",
    "PoseEntry",
    "PoseFileError",
    "PoseLibrary",
    "Prop",
    "Reach",
    "camera_for",
    "forward_kinematics",
    "interpolate",
    "load_pose_file",
    "mirror",
    "mirror_entry",
    "parse_pose_data",
    "stance_pose",
]
