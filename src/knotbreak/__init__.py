"""knotbreak: a break and posture companion that helps desk workers prevent muscle knots."""

__version__ = "0.1.0"
