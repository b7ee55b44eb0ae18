"""End to end on Wayland: the real app on headless sway (wlroots) and weston.

On sway the compositor tells the app when the seat goes idle (org_kde_kwin_idle) and
when a key comes (wtype's virtual keyboard); the break window is photographed with grim.
On weston, which has neither idle protocol nor a tray, the app runs on the clock and
says why in `status --json`. Missing compositors skip the tests, naming what to install;
with KNOTBREAK_REQUIRE_E2E=1 (CI) they fail instead.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from desktop import BREAK_TITLE, NOTICE_TITLE, holds_for, region_stats, wait_for
from wayland_desktop import (
    WIDTH,
    Compositor,
    WaylandApp,
    WaylandUnavailable,
    start_sway,
    start_weston,
)

from dbus_standin import BusUnavailable, start_bus, start_standin

pytestmark = pytest.mark.e2e

# As in test_away_and_meeting_holds: at --time-scale 120 the break falls due 15 s after
# start and lasts 2.5 s; a minute without input (away) is half a second.
SCALE = 120
CYCLE = {"work_interval_minutes": 30, "notice_seconds": 60, "break_seconds": 300}
NO_SIGNALS = {
    "meeting_fullscreen": False,
    "meeting_camera": False,
    "meeting_microphone": False,
    "meeting_dnd": False,
}
FULLSCREEN_TITLE = "knotbreak-e2e-fullscreen"
FULLSCREEN_SCRIPT = f"""
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
app.setDesktopFileName("knotbreak-e2e-presentation")
window = QLabel("A presentation")
window.setWindowTitle({FULLSCREEN_TITLE!r})
window.showFullScreen()
app.exec()
"""


def _unavailable(why: str) -> None:
    if os.environ.get("KNOTBREAK_REQUIRE_E2E", "") not in ("", "0"):
        pytest.fail(why + " (KNOTBREAK_REQUIRE_E2E is set)", pytrace=False)
    pytest.skip(why)


def _compositor(start: Callable[[Path], Compositor], name: str,
                factory: pytest.TempPathFactory) -> Iterator[Compositor]:
    try:
        comp = start(factory.mktemp(name))
    except WaylandUnavailable as error:
        _unavailable(f"headless {name}: {error}")
        raise  # not reached
    yield comp
    comp.close()


@pytest.fixture(scope="module")
def sway(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Compositor]:
    yield from _compositor(start_sway, "sway", tmp_path_factory)


@pytest.fixture(scope="module")
def weston(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Compositor]:
    yield from _compositor(start_weston, "weston", tmp_path_factory)


@pytest.fixture(scope="module")
def sway_with_bar(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Compositor, str]]:
    """sway with swaybar, whose tray is a real StatusNotifierItem host, on a shared bus."""
    try:
        bus = start_bus(any_user=True)
    except BusUnavailable as error:
        _unavailable(str(error))
        raise  # not reached
    try:
        for comp in _compositor(lambda d: start_sway(d, bus.address), "sway-bar",
                                tmp_path_factory):
            yield comp, bus.address
    finally:
        bus.close()


@pytest.fixture
def wayland_app(tmp_path: Path) -> Iterator[Callable[..., WaylandApp]]:
    apps: list[WaylandApp] = []

    def make(compositor: Compositor, settings: dict[str, object], **kw: Any) -> WaylandApp:
        app = WaylandApp("", tmp_path / f"app{len(apps)}", compositor=compositor, **kw)
        app.workdir.mkdir(parents=True, exist_ok=True)
        app.write_settings(settings)
        apps.append(app)
        return app

    yield make
    for app in apps:
        code = app.stop()
        log = app.log_text()
        app.cleanup()
        # Captured output: pytest shows it only when the test failed.
        print(f"--- app log ({app.workdir}) ---\n{log}")
        if app.compositor is not None:
            print(f"--- {app.compositor.name} log ---\n{app.compositor.log_text()[-4000:]}")
        assert "Traceback" not in log, log
        assert code in (0, None), f"the app exited with {code}:\n{log}"


def _history(app: WaylandApp) -> list[str]:
    with sqlite3.connect(app.home / "data" / "history.sqlite3") as db:
        return [outcome for (outcome,) in db.execute("SELECT outcome FROM breaks ORDER BY id")]


def test_sway_idle_from_the_compositor_holds_a_break_and_counts_it_natural(
    sway: Compositor, wayland_app: Callable[..., WaylandApp]
) -> None:
    app = wayland_app(sway, {**CYCLE, **NO_SIGNALS})
    app.start(SCALE)
    status = app.wait_ready()
    assert status["idle_backend"] == {"name": "wayland-kde-idle", "reason": None}
    # Nobody types: sway says the seat is idle, and the break that falls due waits.
    wait_for(lambda: app.status()["away_since"], 10, interval=0.2,
             message="the compositor never said the seat was idle")
    held = wait_for(
        lambda: (s := app.status())["state"] == "held" and s, 25, interval=0.3,
        message=lambda: f"the break was not held; state {app.state()}",
    )
    assert held["held_break"]["held_by"] == ["away"]
    assert sway.find(BREAK_TITLE) is None, "a break window opened at an empty desk"
    assert _history(app) == []
    sway.press_key()  # back at the desk, long after a break's length
    working = wait_for(
        lambda: (s := app.status())["state"] == "working" and s, 5, interval=0.2,
        message=lambda: f"a key press did not end the absence; state {app.state()}",
    )
    assert working["away_since"] is None
    assert _history(app) == ["natural"]


def test_sway_break_window_opens_focused_and_is_seen_in_a_screenshot(
    sway: Compositor, wayland_app: Callable[..., WaylandApp], tmp_path: Path
) -> None:
    app = wayland_app(sway, {**CYCLE, **NO_SIGNALS, "idle_detection": False})
    app.start(10)  # a 5-minute break lasts 30 s: time to look at it
    app.wait_ready()
    assert app.cli("break-now").returncode == 0
    window = wait_for(
        lambda: (w := sway.find(BREAK_TITLE)) and w["visible"] and w["focused"] and w,
        10, interval=0.2,
        message=lambda: f"no focused break window; sway has {[w['name'] for w in sway.windows()]}",
    )
    assert window["app_id"] == "knotbreak"
    shot = sway.screenshot(tmp_path / "sway-break.png")
    rect = window["rect"]
    x, y, w, h = rect["x"], rect["y"], rect["width"], rect["height"]
    assert w >= 400 and h >= 300, rect
    assert not region_stats(shot, (x, y, w, h)).uniform, "the break window is blank"
    assert app.cli("skip").returncode == 0
    wait_for(lambda: sway.find(BREAK_TITLE) is None, 5, message="the break window stayed")


def test_sway_floats_the_notice_instead_of_tiling_it(
    sway: Compositor, wayland_app: Callable[..., WaylandApp], tmp_path: Path
) -> None:
    """Wayland lets no client place its windows; a fixed height makes sway float the notice."""
    # The rule README gives sway users who want the keyboard to stay where it is.
    sway.swaymsg('no_focus [app_id="knotbreak" title="^Break coming up"]')
    app = wayland_app(sway, {**CYCLE, **NO_SIGNALS, "idle_detection": False})
    app.start(60)  # the notice comes 29 s after start and stays a second
    app.wait_ready()
    notice = wait_for(lambda: sway.find(NOTICE_TITLE), 45, interval=0.1,
                      message="no notice appeared")
    assert notice["floating"], notice["rect"]
    assert not notice["focused"], "the notice took the keyboard despite no_focus"
    rect = notice["rect"]
    assert rect["width"] < 600 and rect["height"] < 200, rect
    shot = sway.screenshot(tmp_path / "sway-notice.png")
    assert not region_stats(shot, (rect["x"], rect["y"], rect["width"], rect["height"])).uniform


def test_sway_fullscreen_window_holds_a_due_break_until_it_closes(
    sway: Compositor, wayland_app: Callable[..., WaylandApp], tmp_path: Path
) -> None:
    app = wayland_app(sway, {**CYCLE, **NO_SIGNALS, "meeting_fullscreen": True,
                             "idle_detection": False})
    app.start(SCALE)
    status = app.wait_ready()
    assert status["meeting_signals"]["fullscreen"] == {
        "enabled": True, "available": True, "active": False, "reason": None,
    }
    with (tmp_path / "fullscreen.log").open("wb") as window_log:
        window = subprocess.Popen(
            [sys.executable, "-c", FULLSCREEN_SCRIPT],
            env={**sway.env(), "QT_QPA_PLATFORM": "wayland"},
            stdout=window_log, stderr=subprocess.STDOUT,
        )
        try:
            wait_for(lambda: (w := sway.find(FULLSCREEN_TITLE)) and w["fullscreen_mode"], 15,
                     message="the fullscreen window did not appear")
            held = wait_for(
                lambda: (s := app.status())["state"] == "held" and s, 25, interval=0.3,
                message=lambda: f"the break was not held; state {app.state()}",
            )
            assert held["held_break"]["held_by"] == ["fullscreen"]
            holds_for(
                lambda: sway.find(BREAK_TITLE) is None and sway.find(NOTICE_TITLE) is None,
                2.0, message="a break window opened over the fullscreen window",
            )
        finally:
            window.terminate()
            window.wait(timeout=10)
    # Closed: the usual notice, then the break itself.
    wait_for(lambda: sway.find(BREAK_TITLE), 15, message="the held break never came")
    assert app.status()["holds"] == []


def test_weston_degrades_as_documented(
    weston: Compositor, wayland_app: Callable[..., WaylandApp]
) -> None:
    app = wayland_app(weston, {**CYCLE, "meeting_camera": False})
    app.start(10)
    status = app.wait_ready()
    idle = status["idle_backend"]
    assert idle["name"] == "none"
    assert "neither ext-idle-notify-v1 nor org_kde_kwin_idle" in idle["reason"]
    fullscreen = status["meeting_signals"]["fullscreen"]
    assert fullscreen["available"] is False
    assert "wlr-foreign-toplevel-management" in fullscreen["reason"]
    assert status["tray"] is False  # no StatusNotifierItem host: the status window shows
    assert app.cli("break-now").returncode == 0
    assert app.status()["state"] == "on_break"
    assert app.running()


# The tray over StatusNotifierItem ----------------------------------------------------------


class SniHost:
    """Plays the tray host: reads the item the app registered, and drives its menu."""

    def __init__(self, address: str) -> None:
        from jeepney.io.blocking import open_dbus_connection

        self.connection = open_dbus_connection(bus=address)

    def call(self, bus_name: str, path: str, interface: str, member: str,
             signature: str | None = None, body: tuple[Any, ...] = ()) -> tuple[Any, ...]:
        from jeepney import DBusAddress, MessageType, new_method_call

        address = DBusAddress(path, bus_name=bus_name, interface=interface)
        reply = self.connection.send_and_get_reply(
            new_method_call(address, member, signature, body), timeout=5
        )
        assert reply.header.message_type == MessageType.method_return, reply.body
        return tuple(reply.body)

    def registered(self) -> list[str]:
        (value,) = self.call(
            "org.kde.StatusNotifierWatcher", "/StatusNotifierWatcher",
            "org.freedesktop.DBus.Properties", "Get", "ss",
            ("org.kde.StatusNotifierWatcher", "RegisteredStatusNotifierItems"),
        )
        return list(value[1])

    def item(self, service: str) -> dict[str, Any]:
        (props,) = self.call(service, "/StatusNotifierItem", "org.freedesktop.DBus.Properties",
                             "GetAll", "s", ("org.kde.StatusNotifierItem",))
        return {name: value for name, (_sig, value) in props.items()}

    def menu(self, service: str, path: str) -> dict[str, int]:
        """Every menu entry: its label (mnemonics removed, submenus as 'Pause/...') -> id."""
        _revision, layout = self.call(service, path, "com.canonical.dbusmenu", "GetLayout",
                                      "iias", (0, -1, []))
        entries: dict[str, int] = {}

        def walk(node: tuple[Any, ...], prefix: str) -> None:
            item_id, props, children = node
            label = props.get("label", ("s", ""))[1].replace("_", "")
            name = f"{prefix}{label}" if label else prefix
            if label and props.get("visible", ("b", True))[1]:
                entries[name] = item_id
            for _sig, child in children:
                walk(child, f"{name}/" if label else prefix)

        walk(layout, "")
        return entries

    def click(self, service: str, path: str, item_id: int) -> None:
        self.call(service, path, "com.canonical.dbusmenu", "Event", "isvu",
                  (item_id, "clicked", ("i", 0), 0))

    def close(self) -> None:
        self.connection.close()


def _tooltip(item: dict[str, Any]) -> str:
    _icon, _pixmaps, title, description = item["ToolTip"]
    return f"{title} {description}"


def test_tray_over_status_notifier_item_menu_tooltip_and_icon(
    sway: Compositor, wayland_app: Callable[..., WaylandApp]
) -> None:
    try:
        bus = start_bus()
    except BusUnavailable as error:
        _unavailable(str(error))
    try:
        start_standin(bus, "sni-watcher")
        app = wayland_app(sway, {**CYCLE, **NO_SIGNALS, "idle_detection": False},
                          bus_address=bus.address)
        app.start(10)
        status = app.wait_ready()
        assert status["tray"] is True, "a StatusNotifierWatcher is on the bus: the tray works"
        assert sway.find("knotbreak") is None, "no status window when the tray shows"
        host = SniHost(bus.address)
        try:
            (service,) = wait_for(host.registered, 10, message="no item registered")
            item = host.item(service)
            assert item["Status"] == "Active"
            assert "Next break" in _tooltip(item)
            working_icon = item["IconPixmap"]
            assert working_icon, "the item carries its icon as pixmaps"
            assert all(w == h and len(data) == 4 * w * h for w, h, data in working_icon)
            menu_path = item["Menu"]
            entries = host.menu(service, menu_path)
            for label in ("Take a break now", "Pause/30 minutes", "Pause/Until I resume",
                          "Resume", "Settings...", "Statistics...", "Quit"):
                assert label in entries, f"{label!r} not in the menu: {sorted(entries)}"

            host.click(service, menu_path, entries["Pause/30 minutes"])
            wait_for(lambda: app.state() == "paused", 5, message="the menu's pause did nothing")
            def says_paused() -> dict[str, Any] | None:
                item = host.item(service)
                return item if item and "Paused until" in _tooltip(item) else None

            paused = wait_for(says_paused, 5, message="the tooltip did not say paused")
            assert paused["IconPixmap"] != working_icon, "the paused icon looks the same"

            host.click(service, menu_path, host.menu(service, menu_path)["Take a break now"])
            wait_for(lambda: app.state() == "on_break", 5, message="no break from the menu")
            def shows_the_break() -> dict[str, Any] | None:
                item = host.item(service)
                changed = item["IconPixmap"] not in (working_icon, paused["IconPixmap"])
                return item if changed else None

            on_break = wait_for(shows_the_break, 5,
                                message="the icon did not change for the break")
            assert "break" in _tooltip(on_break).lower()
            assert sway.find(BREAK_TITLE), "the break window opened"

            host.click(service, menu_path, host.menu(service, menu_path)["Quit"])
            assert app.wait_exit(10) == 0
        finally:
            host.close()
    finally:
        bus.close()


def _tray_corner(path: Path) -> bytes:
    """The right end of swaybar, where its tray draws the icons."""
    from PySide6.QtGui import QImage

    image = QImage(str(path))
    corner = image.copy(image.width() - 40, 0, 40, 22)
    return bytes(corner.constBits())


def test_swaybar_tray_shows_the_icon_and_its_states(
    sway_with_bar: tuple[Compositor, str], wayland_app: Callable[..., WaylandApp],
    tmp_path: Path,
) -> None:
    """A real StatusNotifierItem host (swaybar), not a stand-in: the icon is drawn."""
    sway, bus_address = sway_with_bar
    app = wayland_app(sway, {**CYCLE, **NO_SIGNALS, "idle_detection": False},
                      bus_address=bus_address)
    app.start(10)
    assert app.wait_ready()["tray"] is True
    wait_for(lambda: "Registering Status Notifier Item" in sway.log_text(), 10,
             message="swaybar never saw the item")
    time.sleep(1)  # swaybar fetches the icon after registering
    working = sway.screenshot(tmp_path / "swaybar-working.png")
    bar = region_stats(working, (WIDTH - 40, 0, 40, 22))
    assert not bar.uniform, "no icon in swaybar's tray"
    assert app.cli("break-now").returncode == 0
    wait_for(
        lambda: _tray_corner(sway.screenshot(tmp_path / "swaybar-break.png"))
        != _tray_corner(working),
        10, interval=0.5, message="the tray icon did not change for the break",
    )


def test_bundle_on_sway_finds_the_compositor_protocols(
    sway: Compositor, wayland_app: Callable[..., WaylandApp]
) -> None:
    """The PyInstaller bundle carries pywayland and its cffi backend (loaded from C)."""
    bundle = Path(__file__).resolve().parents[2] / "dist" / "knotbreak" / "knotbreak"
    if not bundle.exists():
        reason = f"no bundle at {bundle}; build it with 'make bundle'"
        if os.environ.get("KNOTBREAK_REQUIRE_BUNDLE") == "1":
            pytest.fail(reason)
        pytest.skip(reason)
    app = wayland_app(sway, {**CYCLE, **NO_SIGNALS, "meeting_fullscreen": True},
                      command=[str(bundle)])
    app.start(SCALE)
    status = app.wait_ready(timeout=30)
    assert status["idle_backend"] == {"name": "wayland-kde-idle", "reason": None}
    assert status["meeting_signals"]["fullscreen"]["available"] is True
