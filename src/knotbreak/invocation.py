"""Moved to `knotbreak.cli.invocation`; import from there.

Kept only so that work begun before the cli package (composition.py, test imports on
other branches) still imports while it is merged. Delete once nothing imports
`knotbreak.invocation` (`grep -rn "knotbreak.invocation\\b" src tests`).
"""

from knotbreak.cli.invocation import (
    EXIT_NO_INSTANCE,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    Invocation,
    bounded_int,
    output_file,
)

__all__ = [
    "EXIT_NO_INSTANCE",
    "EXIT_OK",
    "EXIT_REFUSED",
    "EXIT_USAGE",
    "Invocation",
    "bounded_int",
    "output_file",
]
