"""The control socket's name costs no OpenSSL: hashlib would map libcrypto (3.5 MB) into the
tray app for this one hash. Goes with the paths.py change (built-in sha256)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

import knotbreak
from knotbreak.paths import AppPaths

SRC = str(Path(knotbreak.__file__).resolve().parents[1])


def test_the_socket_name_is_the_same_sha256_as_before(tmp_path):
    paths = AppPaths(tmp_path / "config", tmp_path / "data", tmp_path / "run")
    key = hashlib.sha256(str(paths.config_dir.resolve()).encode()).hexdigest()[:12]
    assert key in paths.control_address


def test_naming_the_socket_maps_no_libcrypto():
    code = (
        "import json, sys\n"
        "from knotbreak.cli import parse\n"
        "address = parse(['status']).paths.control_address\n"
        "maps = open('/proc/self/maps').read() if sys.platform == 'linux' else ''\n"
        "found = {'hashlib': 'hashlib' in sys.modules, 'libcrypto': 'libcrypto' in maps}\n"
        "print(json.dumps(found))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], env={**os.environ, "PYTHONPATH": SRC},
        capture_output=True, text=True, timeout=30, check=True,
    )
    assert json.loads(done.stdout) == {"hashlib": False, "libcrypto": False}
