"""Keeping the app small while it idles in the tray all day (docs/performance.md).

Each measure here was measured on its own (figures in docs/performance.md); each one fails
soft: if a Qt or C library update removes what it relies on, the app runs as before, only
a few MB larger.
"""

from __future__ import annotations

import inspect
import linecache
import logging
import os
import sys
from collections.abc import Callable
from datetime import tzinfo
from types import ModuleType
from typing import Any, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")


def stop_pyside_source_caching() -> bool:
    """Stop PySide6 keeping the source text of every imported module in memory.

    PySide6 replaces `__import__` to support `from __feature__ import snake_case`; for every
    module imported after it, it decides whether the module "uses PySide" by calling
    `inspect.getsource(module)` and looking for the word. `inspect` reads through
    `linecache`, which keeps every line of every file for the life of the process: about
    200 files and 3 MB of Python objects (6 MB of RSS once fragmentation is counted) in
    this app. The replacement gives the same answer from the file's bytes and keeps nothing.
    knotbreak never selects a `__feature__`, so even a wrong answer would change nothing.

    Call it right after PySide6 is first imported. Returns False when this PySide6 does not
    work this way (nothing to do).
    """
    import shiboken6  # noqa: F401  (loads shibokensupport, which holds the hook)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    # What it cached before it was replaced (shiboken6 itself, and enum.py's 2,000 lines,
    # ~0.2 MB): nothing reads these lines again unless a traceback is printed.
    linecache.clearcache()
    return True


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file names PySide6 (PySide's own test, minus the cache)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        # Built-in, extension or bundled (no source): inspect.getsource fails there too.
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False



class _PackageNotFoundError(ModuleNotFoundError):
    pass


def _version(name: str) -> str:
    """A distribution's version from its .dist-info folder name, as importlib.metadata."""
    prefix = name.lower().replace("-", "_") + "-"
    for folder in sys.path:
        try:
            entries = os.listdir(folder or ".")
        except OSError:
            continue
        for entry in entries:
            if entry.lower().startswith(prefix) and entry.endswith(".dist-info"):
                return entry[len(prefix) : -len(".dist-info")]
    raise _PackageNotFoundError(name)


def _stand_ins() -> dict[str, ModuleType]:
    """What APScheduler 3 imports at module level but knotbreak never uses.

    knotbreak hands APScheduler its executor, job store and triggers as objects, so the
    plugin lookup by entry point has nothing to find; it never runs a coroutine or a
    process pool. Each stand-in carries only the names APScheduler takes from the module.
    """
    made = "knotbreak's stand-in while APScheduler is imported"
    metadata = ModuleType("importlib.metadata", made)  # apscheduler/__init__, schedulers/base
    metadata.PackageNotFoundError = _PackageNotFoundError  # type: ignore[attr-defined]
    metadata.version = _version  # type: ignore[attr-defined]
    metadata.entry_points = lambda **_: ()  # type: ignore[attr-defined]
    # apscheduler.util; the real asyncio would bring its event loops, streams and ssl.
    asyncio = ModuleType("asyncio", made)
    asyncio.iscoroutinefunction = inspect.iscoroutinefunction  # type: ignore[attr-defined]
    # apscheduler.executors.pool, for its process pool executor.
    process = ModuleType("concurrent.futures.process", made)
    process.BrokenProcessPool = type("BrokenProcessPool", (RuntimeError,), {})  # type: ignore[attr-defined]
    # knotbreak passes the time zone to the scheduler and every trigger, so neither the
    # local zone (tzlocal) nor zones by name (zoneinfo, which reads sysconfig) are asked for.
    tzlocal = ModuleType("tzlocal", made)
    tzlocal.get_localzone = _left_out  # type: ignore[attr-defined]
    zoneinfo = ModuleType("zoneinfo", made)
    zoneinfo.ZoneInfo = type("ZoneInfo", (tzinfo,), {"__new__": _left_out})  # type: ignore[attr-defined]
    # apscheduler.job, for ids of jobs added without one: knotbreak names every job.
    uuid = ModuleType("uuid", made)
    uuid.uuid4 = _left_out  # type: ignore[attr-defined]
    return {
        "importlib.metadata": metadata,
        "asyncio": asyncio,
        "multiprocessing": ModuleType("multiprocessing", made),
        "concurrent.futures.process": process,
        "tzlocal": tzlocal,
        "zoneinfo": zoneinfo,
        "uuid": uuid,
    }


def _left_out(*_: object, **__: object) -> Any:
    raise RuntimeError("knotbreak imports APScheduler lean: pass a timezone and a job id")


def import_without_unused_modules(load: Callable[[], T]) -> T:
    """Run `load` (which imports APScheduler) with stand-ins for modules it will not need.

    Saves ~5 MB of RSS and ~40 ms (docs/performance.md). The stand-ins are in place only
    while `load` runs, and only for modules nobody imported yet: afterwards the real modules
    import as usual for any code that wants them. Should a later APScheduler want more from
    them, `load` fails with ImportError or AttributeError; it is then run again without
    stand-ins, so the cost is memory, never a broken scheduler.
    """
    placed: dict[str, ModuleType] = {}
    for name, stand_in in _stand_ins().items():
        if name not in sys.modules:
            sys.modules[name] = placed[name] = stand_in
    try:
        return load()
    except (ImportError, AttributeError) as error:
        log.info("importing APScheduler whole (%s)", error)
        _forget("apscheduler")
    finally:
        _remove(placed)
    return load()


def _remove(placed: dict[str, ModuleType]) -> None:
    for name, stand_in in placed.items():
        if sys.modules.get(name) is stand_in:
            del sys.modules[name]
        parent_name, _, child = name.rpartition(".")
        parent = sys.modules.get(parent_name) if parent_name else None
        if parent is not None and getattr(parent, child, None) is stand_in:
            delattr(parent, child)


def _forget(package: str) -> None:
    for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
        del sys.modules[name]
