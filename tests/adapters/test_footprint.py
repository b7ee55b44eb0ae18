"""What keeps the idle app small (adapters/footprint.py), each checked in a fresh interpreter:
the measures are about what a process imports and keeps, which this test process has long
since imported for its own reasons."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import knotbreak

SRC = str(Path(knotbreak.__file__).resolve().parents[1])
LEFT_OUT = [
    "asyncio",
    "importlib.metadata",
    "multiprocessing",
    "concurrent.futures.process",
    "tzlocal",
    "zoneinfo",
    "uuid",
]


def run_python(code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": SRC, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


def test_pyside_no_longer_keeps_the_source_of_every_imported_module():
    found = run_python(
        "import json, linecache, sys\n"
        "from knotbreak.adapters.footprint import stop_pyside_source_caching\n"
        "stopped = stop_pyside_source_caching()\n"
        "import PySide6.QtCore\n"
        "import csv, difflib, knotbreak.core.cycle\n"
        "names = ('csv.py', 'difflib.py', 'cycle.py')\n"
        "cached = [f for f in linecache.cache if f.endswith(names)]\n"
        "print(json.dumps({'stopped': stopped, 'cached': cached}))\n"
    )
    assert found == {"stopped": True, "cached": []}


def test_the_replacement_still_tells_pyside_modules_from_others():
    from knotbreak.adapters import clock, control_server, footprint
    from knotbreak.core import cycle

    assert footprint.mentions_pyside(clock) is False
    assert footprint.mentions_pyside(control_server) is True
    assert footprint.mentions_pyside(cycle) is False
    assert footprint.mentions_pyside(sys) is False  # built in: no file


def test_the_scheduler_imports_without_the_modules_it_does_not_use():
    found = run_python(
        "import json, sys\n"
        "import knotbreak.adapters.scheduler as s\n"
        f"print(json.dumps([m for m in {LEFT_OUT!r} if m in sys.modules]))\n"
    )
    assert found == []


def test_the_real_modules_import_as_usual_afterwards():
    found = run_python(
        "import json, sys\n"
        "import knotbreak.adapters.scheduler\n"
        "import apscheduler\n"
        "import asyncio, importlib.metadata, uuid, zoneinfo, multiprocessing, tzlocal\n"
        "from concurrent.futures import ProcessPoolExecutor\n"
        "print(json.dumps({\n"
        "    'asyncio': asyncio.run(asyncio.sleep(0, result='ran')),\n"
        "    'apscheduler': apscheduler.__version__,\n"
        "    'metadata': importlib.metadata.version('APScheduler'),\n"
        "    'uuid': len(str(uuid.uuid4())),\n"
        "    'zone': str(zoneinfo.ZoneInfo('Europe/Berlin')),\n"
        "    'cpus': multiprocessing.cpu_count() > 0,\n"
        "    'pool': ProcessPoolExecutor.__module__,\n"
        "}))\n"
    )
    assert found["asyncio"] == "ran"
    assert found["apscheduler"] == found["metadata"]  # read from .dist-info, not guessed
    assert found["uuid"] == 36
    assert found["zone"] == "Europe/Berlin"
    assert found["cpus"] is True
    assert found["pool"] == "concurrent.futures.process"


def test_a_later_apscheduler_that_needs_more_gets_everything():
    """If an import under the stand-ins fails, it runs again with the real modules."""
    found = run_python(
        "import json, sys\n"
        "from knotbreak.adapters.footprint import import_without_unused_modules\n"
        "calls = []\n"
        "def load():\n"
        "    calls.append(1)\n"
        "    from asyncio import get_running_loop  # not in the stand-in\n"
        "    return get_running_loop.__name__\n"
        "print(json.dumps({'module': import_without_unused_modules(load), 'calls': len(calls),\n"
        "                  'real': sys.modules['asyncio'].__file__ is not None}))\n"
    )
    assert found == {"module": "get_running_loop", "calls": 2, "real": True}


def test_nothing_stays_behind_when_the_import_succeeds():
    found = run_python(
        "import json, sys, importlib\n"
        "from knotbreak.adapters.footprint import import_without_unused_modules\n"
        "import_without_unused_modules(lambda: __import__('importlib.metadata'))\n"
        f"left = [m for m in {LEFT_OUT!r} if m in sys.modules]\n"
        "print(json.dumps({'left': left, 'attr': hasattr(importlib, 'metadata')}))\n"
    )
    assert found == {"left": [], "attr": False}
