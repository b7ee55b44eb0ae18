"""Idle, sleep and meeting adapters: probes, parsers and pollers, with fakes where the OS is."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from knotbreak.adapters import dbus_calls
from knotbreak.adapters.clock import AppClock
from knotbreak.adapters.cycle_runner import CycleRunner
from knotbreak.adapters.idle import IdleUnavailable, probe
from knotbreak.adapters.idle.watcher import (
    ACTIVE_POLL_MAX_S,
    AWAY_POLL_S,
    MIN_POLL_S,
    IdleWatcher,
    next_poll_s,
)
from knotbreak.adapters.idle.windows import idle_ms_from_ticks
from knotbreak.adapters.meetings import Detector, DetectorUnavailable
from knotbreak.adapters.meetings.camera_linux import CameraDetector, devices, holders
from knotbreak.adapters.meetings.macos import fourcc, ids_from_buffer, running_from_buffer
from knotbreak.adapters.meetings.microphone_pactl import recording_streams
from knotbreak.adapters.meetings.watcher import MeetingWatcher
from knotbreak.adapters.meetings.windows import (
    ConsentStoreDetector,
    NotificationStateDetector,
    apps_in_use,
)
from knotbreak.adapters.sleep_watch import SleepWatch, slept_between
from knotbreak.core.cycle import Phase
from knotbreak.core.history import BreakHistory
from knotbreak.core.settings import Settings

# Idle backend probe ---------------------------------------------------------------------


class FakeIdle:
    def __init__(self, name: str, readings: list[float | None]) -> None:
        self.name = name
        self.readings = readings
        self.closed = False

    def idle_seconds(self) -> float | None:
        return self.readings.pop(0) if self.readings else None

    def close(self) -> None:
        self.closed = True


def _unavailable(why: str):
    def factory():
        raise IdleUnavailable(why)

    return factory


def _broken():
    raise OSError("libsomething.so: cannot open shared object file")


def test_probe_picks_the_first_backend_that_answers():
    silent = FakeIdle("silent", [None])
    good = FakeIdle("good", [3.0])
    result = probe(
        [
            ("missing", _unavailable("no X display")),
            ("broken", _broken),
            ("silent", lambda: silent),
            ("good", lambda: good),
            ("later", lambda: FakeIdle("later", [1.0])),
        ]
    )
    assert result.backend is good
    assert result.name == "good"
    assert result.reason is None
    assert [name for name, _ in result.tried] == ["missing", "broken", "silent"]
    assert silent.closed, "a backend that gave no reading is closed"
    assert result.describe() == {"name": "good", "reason": None}


def test_probe_reports_none_with_every_reason():
    result = probe([("x11", _unavailable("no X display")), ("gnome", _unavailable("no bus"))])
    assert result.backend is None
    assert result.describe() == {"name": "none", "reason": "x11: no X display; gnome: no bus"}
    assert probe([]).reason == "no idle-time backend exists for this platform"


def test_real_probe_without_display_or_bus_says_none_cleanly(monkeypatch):
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    result = probe()
    assert result.name == "none"
    assert "DISPLAY" in (result.reason or "")
    assert "no session bus" in (result.reason or "")


def test_dbus_backends_and_dnd_need_a_session_bus(monkeypatch):
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", "/nonexistent-runtime")
    assert not dbus_calls.session_bus_exists()
    from knotbreak.adapters.idle.dbus_idle import KdeIdle, MutterIdle
    from knotbreak.adapters.meetings.dnd_dbus import DndDetector

    for backend in (MutterIdle, KdeIdle):
        with pytest.raises(IdleUnavailable, match="no session bus"):
            backend()
    with pytest.raises(DetectorUnavailable, match="no session bus"):
        DndDetector()


def test_x11_detectors_refuse_a_wayland_session(monkeypatch):
    from knotbreak.adapters.idle.x11 import X11Idle
    from knotbreak.adapters.meetings.fullscreen_x11 import FullscreenX11Detector

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    with pytest.raises(IdleUnavailable, match="Wayland"):
        X11Idle()
    with pytest.raises(DetectorUnavailable, match="Wayland"):
        FullscreenX11Detector()


def test_windows_tick_arithmetic_survives_the_wrap():
    assert idle_ms_from_ticks(5000, 2000) == 3000
    assert idle_ms_from_ticks(100, 2**32 - 400) == 500


# Idle polling ----------------------------------------------------------------------------


def test_idle_polls_are_rare_while_the_user_is_here():
    minute = timedelta(minutes=1)
    assert next_poll_s(timedelta(0), False, minute, 1.0) == ACTIVE_POLL_MAX_S
    # 40 s idle: check again exactly when it could reach the threshold.
    assert next_poll_s(timedelta(seconds=40), False, minute, 1.0) == pytest.approx(20)
    assert next_poll_s(timedelta(seconds=59.9), False, minute, 1.0) == MIN_POLL_S
    assert next_poll_s(timedelta(minutes=5), True, minute, 1.0) == AWAY_POLL_S
    # Scaled clock: scaled down, never below the floor.
    assert next_poll_s(timedelta(0), False, minute, 60.0) == pytest.approx(1.0)
    assert next_poll_s(timedelta(0), True, minute, 60.0) == MIN_POLL_S


@pytest.fixture
def runner(qtbot, tmp_path):
    history = BreakHistory.open(tmp_path / "history.sqlite3")
    runner = CycleRunner(AppClock(), Settings(), history)
    yield runner
    history.close()


def test_idle_watcher_reports_leaving_and_coming_back(runner):
    backend = FakeIdle("fake", [5.0, 75.0, 80.0, 1.0])
    watcher = IdleWatcher(runner, backend)
    watcher.poll()
    assert runner.state.away_since is None
    watcher.poll()
    assert runner.state.away_since is not None
    away_since = runner.state.away_since
    watcher.poll()
    assert runner.state.away_since == away_since
    watcher.poll()
    assert runner.state.away_since is None
    assert runner.state.phase is Phase.WORKING
    watcher.stop()


def test_idle_watcher_gives_up_after_repeated_failures(runner):
    watcher = IdleWatcher(runner, FakeIdle("flaky", []))
    for _ in range(3):
        watcher.poll()
    assert watcher.lost == "flaky stopped answering"
    watcher.stop()


# Sleep -----------------------------------------------------------------------------------


def test_slept_between_compares_the_clocks():
    assert slept_between((100.0, 50.0), (160.0, 110.0)) == 0.0
    assert slept_between((100.0, 50.0), (100.0 + 3600 + 60, 110.0)) == pytest.approx(3600)
    assert slept_between((0.0, 0.0), (20.0, 0.0)) == 0.0, "below the tolerance"


def test_sleep_watch_reports_each_sleep_once(qtbot):
    clocks = {"counting": 1000.0, "mono": 10.0}
    watch = SleepWatch(lambda: clocks["counting"], lambda: clocks["mono"])
    reports: list[float] = []
    watch.slept.connect(reports.append)
    clocks["counting"] += 60
    clocks["mono"] += 60
    assert watch.check() == 0.0
    clocks["counting"] += 8 * 3600 + 60
    clocks["mono"] += 60
    watch.check()
    watch.on_prepare_for_sleep(False)  # logind's wake signal after the heartbeat saw it
    assert reports == [pytest.approx(8 * 3600)]


def test_sleep_watch_without_a_system_bus_says_why(qtbot, monkeypatch):
    monkeypatch.setattr(dbus_calls, "SYSTEM_BUS_SOCKETS", ("/nonexistent/socket",))
    monkeypatch.delenv("DBUS_SYSTEM_BUS_ADDRESS", raising=False)
    watch = SleepWatch()
    assert watch.watch_logind() == "there is no system bus"
    assert watch.logind is False


# Camera ----------------------------------------------------------------------------------


def test_camera_held_open_by_a_process_is_found(tmp_path: Path):
    device = tmp_path / "video0"
    device.write_bytes(b"")
    pattern = str(tmp_path / "video*")
    detector = CameraDetector(pattern)
    assert devices(pattern) == {str(device)}
    assert detector.active() is False
    with device.open("rb") as handle:
        holder = subprocess.Popen(["sleep", "30"], stdin=handle)
    try:
        assert detector.active() is True
        assert holder.pid in holders({str(device)})
    finally:
        holder.terminate()
        holder.wait()
    assert detector.active() is False


def test_no_camera_device_means_no_scan(tmp_path: Path):
    assert holders(set(), proc=tmp_path / "does-not-matter") == []
    assert CameraDetector(str(tmp_path / "none*")).active() is False


def test_camera_scan_skips_other_users_and_unreadable_entries(tmp_path: Path):
    proc = tmp_path / "proc"
    (proc / "123" / "fd").mkdir(parents=True)
    (proc / "123" / "fd" / "4").symlink_to("/dev/video0")
    (proc / "self").mkdir()
    assert holders({"/dev/video0"}, proc=proc) == [123]
    assert holders({"/dev/video0"}, proc=proc, uid=(proc / "123").stat().st_uid + 1) == []


# Microphone ------------------------------------------------------------------------------

PACTL_OUTPUT = """\
Source Output #42
\tDriver: protocol-native.c
\tOwner Module: 10
\tClient: 57
\tSource: 1
\tSample Specification: s16le 1ch 48000Hz
\tProperties:
\t\tmedia.name = "Peak detect"
\t\tapplication.name = "PulseAudio Volume Control"
\t\tapplication.id = "org.PulseAudio.pavucontrol"
Source Output #43
\tDriver: protocol-native.c
\tSource: 1
\tProperties:
\t\tmedia.name = "WebRTC VoiceEngine"
\t\tapplication.name = "Firefox"
\t\tapplication.process.binary = "firefox"
"""


def test_pactl_recordings_ignore_level_meters():
    streams = recording_streams(PACTL_OUTPUT)
    assert [stream["application.name"] for stream in streams] == ["Firefox"]
    assert recording_streams("") == []
    only_meter = PACTL_OUTPUT.split("Source Output #43")[0]
    assert recording_streams(only_meter) == []


# Windows ---------------------------------------------------------------------------------


def test_consent_store_in_use_means_stop_time_zero():
    entries: list[tuple[str, dict[str, Any]]] = [
        ("\\Microsoft.WindowsCamera_8wekyb3d8bbwe",
         {"LastUsedTimeStart": 133_000_000_000_000_000, "LastUsedTimeStop": 0}),
        ("\\NonPackaged\\C:#Program Files#Zoom#bin#Zoom.exe",
         {"LastUsedTimeStart": 133_000_000_000_000_000,
          "LastUsedTimeStop": 133_000_000_100_000_000}),
        ("\\NonPackaged\\never-used", {"LastUsedTimeStart": 0, "LastUsedTimeStop": 0}),
        ("", {"Value": "Allow"}),
    ]
    assert apps_in_use(entries) == ["\\Microsoft.WindowsCamera_8wekyb3d8bbwe"]
    assert ConsentStoreDetector("camera", lambda: entries).active() is True
    assert ConsentStoreDetector("microphone", lambda: entries[1:]).active() is False


def test_notification_state_means_fullscreen_or_presenting():
    assert NotificationStateDetector(lambda: 3).active() is True  # fullscreen Direct3D
    assert NotificationStateDetector(lambda: 4).active() is True  # presentation mode
    assert NotificationStateDetector(lambda: 5).active() is False  # accepts notifications
    assert NotificationStateDetector(lambda: None).active() is None


def test_windows_detectors_refuse_other_platforms():
    with pytest.raises(DetectorUnavailable):
        ConsentStoreDetector("camera")
    with pytest.raises(DetectorUnavailable):
        NotificationStateDetector()


# macOS -----------------------------------------------------------------------------------


def test_core_audio_codes_and_buffers():
    assert fourcc("gone") == 0x676F6E65
    assert fourcc("dIn ") == 0x64496E20
    with pytest.raises(ValueError, match="four characters"):
        fourcc("go")
    assert running_from_buffer((1).to_bytes(4, "little")) in (True, False)
    assert running_from_buffer(b"\x00\x00\x00\x00") is False
    assert running_from_buffer(b"") is False
    import sys

    raw = b"".join(n.to_bytes(4, sys.byteorder) for n in (33, 71))
    assert ids_from_buffer(raw) == [33, 71]
    assert running_from_buffer((1).to_bytes(4, sys.byteorder)) is True


# Meeting watcher ------------------------------------------------------------------------


class FakeDetector:
    def __init__(self, source: str, answers: list[bool | None]) -> None:
        self.source = source
        self.answers = answers

    def active(self) -> bool | None:
        return self.answers.pop(0) if self.answers else None

    def close(self) -> None:
        pass


def test_meeting_watcher_reads_only_enabled_signals_and_reports_changes(runner):
    built: list[str] = []
    camera = FakeDetector("camera", [False, True, None, True, False])

    def make(name, detector=None):
        def factory():
            built.append(name)
            if detector is None:
                raise DetectorUnavailable(f"{name} is not here")
            return detector

        return factory

    factories = {name: make(name) for name in ("fullscreen", "microphone", "dnd")}
    factories["camera"] = make("camera", camera)
    settings = Settings(meeting_microphone=False)
    watcher = MeetingWatcher(runner, settings, factories)
    assert "microphone" not in built, "a signal the user did not enable is never built"
    described: dict[str, Any] = watcher.describe()
    assert described["camera"] == {
        "enabled": True, "available": True, "active": False, "reason": None,
    }
    assert described["fullscreen"]["reason"] == "fullscreen is not here"
    assert described["microphone"]["enabled"] is False

    sources = []
    for _ in range(5):
        watcher.poll()
        sources.append({hold.source for hold in runner.state.holds})
    # False, True, (failed look: unchanged), True, False
    assert sources == [set(), {"camera"}, {"camera"}, {"camera"}, set()]
    watcher.stop()


def test_runner_status_includes_adapter_sources(runner):
    runner.add_status_source(lambda: {"idle_backend": {"name": "none", "reason": "test"}})
    assert runner.status()["idle_backend"]["reason"] == "test"
    assert runner.status()["holds"] == []


def test_runner_meeting_intents(runner):
    assert runner.meeting_start("45m") is None
    (hold,) = runner.state.holds
    assert hold.until is not None
    assert runner.meeting_start("banana") is not None
    assert runner.meeting_end() is None
    assert runner.meeting_end() is not None
    assert runner.postpone() is not None


# Watched, not polled --------------------------------------------------------------------


def test_camera_is_looked_at_when_a_device_comes_opens_closes_or_goes(tmp_path: Path, qtbot):
    """inotify says when; /proc is scanned only then. Regular files stand in for devices."""
    pattern = str(tmp_path / "video*")
    detector = CameraDetector(pattern)
    told: list[bool | None] = []
    detector.watch(lambda: told.append(detector.active()), None)

    (tmp_path / "notes.txt").write_text("not a camera")
    qtbot.wait(100)
    assert told == [], "other files in the folder are not a reason to look"

    device = tmp_path / "video0"
    device.write_bytes(b"")  # plugged in (and opened and closed by the writer)
    qtbot.waitUntil(lambda: len(told) >= 1)
    assert told[-1] is False
    told.clear()
    with device.open("rb") as handle:
        holder = subprocess.Popen(["sleep", "30"], stdin=handle)
    try:
        qtbot.waitUntil(lambda: True in told)
    finally:
        holder.terminate()
        holder.wait()
    qtbot.waitUntil(lambda: told[-1] is False)
    told.clear()
    device.unlink()  # unplugged
    qtbot.waitUntil(lambda: len(told) >= 1)
    assert told[-1] is False
    detector.close()


def test_camera_pattern_with_a_wildcard_folder_is_polled(tmp_path: Path):
    detector = CameraDetector(str(tmp_path / "*" / "video*"))
    with pytest.raises(DetectorUnavailable, match="wildcards"):
        detector.watch(lambda: None, None)


class WatchedFake(FakeDetector):
    """A detector that says when it changes."""

    def __init__(self, source: str, answers: list[bool | None]) -> None:
        super().__init__(source, answers)
        self.changed = None

    def watch(self, changed, parent) -> None:
        self.changed = changed


def test_meeting_watcher_polls_only_what_cannot_be_watched(runner):
    camera = WatchedFake("camera", [False, True, False])
    microphone = FakeDetector("microphone", [False] * 10)
    settings = Settings(meeting_microphone=True, meeting_fullscreen=False, meeting_dnd=False)
    factories: dict[str, Callable[[], Detector]] = {
        "camera": lambda: camera, "microphone": lambda: microphone
    }
    watcher = MeetingWatcher(runner, settings, factories)
    watcher.start()
    assert watcher.polled() == ["microphone"]
    assert watcher.poll_planned
    assert camera.changed is not None
    camera.changed()
    assert {hold.source for hold in runner.state.holds} == {"camera"}
    camera.changed()
    assert runner.state.holds == frozenset()
    watcher.stop()

    only_watched = MeetingWatcher(runner, Settings(
        meeting_fullscreen=False, meeting_dnd=False, meeting_microphone=False,
    ), {"camera": lambda: WatchedFake("camera", [False])})
    only_watched.start()
    assert only_watched.polled() == []
    assert not only_watched.poll_planned, "no timer when every signal says when"
    only_watched.stop()
