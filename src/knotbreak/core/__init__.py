"""Pure-Python domain logic. Nothing below this package may import Qt: a test enforces it."""
