"""Entry script for the PyInstaller bundle (a script, since the spec cannot run -m)."""

import sys

from knotbreak.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
