"""Fixtures for the end-to-end tests: a private X desktop per session, a fresh app per test.

Needs Xvfb, openbox, trayer, xdotool, x11-utils and ImageMagick (see .ci/run). Without
them the tests are skipped, or fail when KNOTBREAK_REQUIRE_E2E=1 (as in CI).
On a failure the app's log is added to the report and a screenshot is saved under
artifacts/e2e/ (or $KNOTBREAK_E2E_ARTIFACTS).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Generator, Iterator
from pathlib import Path

import pytest
from desktop import REPO_ROOT, App, Desktop, DesktopError, missing_programs, start_desktop

E2E_DIR = Path(__file__).resolve().parent
APPS_KEY = pytest.StashKey[list[App]]()
DESKTOP_KEY = pytest.StashKey[Desktop]()


def _require_e2e() -> bool:
    return os.environ.get("KNOTBREAK_REQUIRE_E2E", "") not in ("", "0")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if Path(str(item.path)).resolve().is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)


def _check_programs() -> None:
    missing = missing_programs()
    if missing:
        reason = "end-to-end tests need " + ", ".join(missing)
        if _require_e2e():
            pytest.fail(reason + " (KNOTBREAK_REQUIRE_E2E is set)", pytrace=False)
        pytest.skip(reason)


@pytest.fixture(scope="session")
def desktop(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Desktop]:
    _check_programs()
    try:
        desk = start_desktop(tmp_path_factory.mktemp("desktop"))
    except DesktopError as error:
        pytest.fail(str(error), pytrace=False)
    request.config.stash[DESKTOP_KEY] = desk
    yield desk
    desk.close()


@pytest.fixture(scope="session")
def trayless_desktop(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Desktop]:
    """Xvfb + openbox without a tray host, started on first use."""
    _check_programs()
    try:
        desk = start_desktop(tmp_path_factory.mktemp("trayless"), first=120, with_tray=False)
    except DesktopError as error:
        pytest.fail(str(error), pytrace=False)
    yield desk
    desk.close()


@pytest.fixture
def make_app(
    request: pytest.FixtureRequest, desktop: Desktop, tmp_path: Path
) -> Iterator[Callable[..., App]]:
    """Factory: make_app(settings=None, on=None) -> an App, not yet started, with its own home.

    `on` picks another desktop (e.g. trayless_desktop); the default has a tray.
    """
    apps: list[App] = []
    request.node.stash[APPS_KEY] = apps

    def make(
        settings: dict[str, object] | None = None,
        time_scale: float = 60.0,
        on: Desktop | None = None,
    ) -> App:
        display = (on or desktop).display
        app = App(display, tmp_path / f"app{len(apps)}", time_scale=time_scale)
        app.workdir.mkdir(parents=True, exist_ok=True)
        if settings is not None:
            app.write_settings(settings)
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.cleanup()


@pytest.fixture
def app(make_app: Callable[..., App]) -> App:
    """A fresh app (not yet started): write_settings(...) then start(time_scale)."""
    return make_app()


def _artifact_dir() -> Path:
    return Path(os.environ.get("KNOTBREAK_E2E_ARTIFACTS", REPO_ROOT / "artifacts" / "e2e"))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report: pytest.TestReport = yield
    if not report.failed:
        return report
    for app in item.stash.get(APPS_KEY, []):
        if app.proc is None:
            state = "not started"
        else:
            state = "running" if app.running() else f"exit code {app.proc.returncode}"
        report.sections.append((f"knotbreak app log ({app.log_path}, {state})", app.log_text()))
    desk = item.config.stash.get(DESKTOP_KEY, None)
    if desk is not None and report.when == "call":
        name = re.sub(r"[^\w.-]+", "_", item.nodeid.split("::", 1)[-1])
        try:
            path = desk.screenshot(_artifact_dir() / f"{name}.png")
            report.sections.append(("screenshot at failure", str(path)))
        except Exception as error:
            report.sections.append(("screenshot at failure", f"failed: {error}"))
    return report
