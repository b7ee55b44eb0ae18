"""Memory a closed window left behind goes back once the app is in the tray alone
(adapters/give_back.py; the figures are in docs/performance.md, "Memory")."""

from __future__ import annotations

import mmap
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QWindow

from knotbreak.adapters.give_back import MemoryGiveBack, give_back_memory, resident_kb

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc, madvise")


@linux_only
def test_pages_of_a_file_only_this_process_read_are_given_back(tmp_path: Path) -> None:
    data = tmp_path / "pages.bin"
    data.write_bytes(bytes(range(256)) * 4096 * 16)  # 16 MB
    with data.open("rb") as file, mmap.mmap(file.fileno(), 0, prot=mmap.PROT_READ) as pages:
        checksum = sum(pages[offset] for offset in range(0, len(pages), 4096))
        before = resident_kb()
        gave = give_back_memory()
        after = resident_kb()
        if gave.file_pages == 0:
            pytest.skip("this kernel has no MADV_PAGEOUT (Linux 5.4+)")
        assert before - after >= 12 * 1024, "the 16 MB read through the mapping went back"
        # Read again: the same bytes, from the file.
        assert sum(pages[offset] for offset in range(0, len(pages), 4096)) == checksum


def test_it_waits_for_the_last_window_and_not_while_one_is_open(qtbot) -> None:
    open_windows = [True]
    give_back = MemoryGiveBack(lambda: open_windows[0], delay_ms=50)
    give_back.windows_closed()
    qtbot.wait(150)
    assert give_back.last is None, "a window is still open: nothing is given back"

    open_windows[0] = False
    give_back.windows_closed()
    give_back.focus_changed(QWindow())  # a window of the app took the focus again
    qtbot.wait(150)
    assert give_back.last is None, "coming back stops the wait"

    give_back.focus_changed(None)
    qtbot.waitUntil(lambda: give_back.last is not None, timeout=2000)


def test_the_journal_request_opens_the_journal_in_the_running_app() -> None:
    # The bench (and any script) opens the knot journal the way the tray menu does.
    from knotbreak.adapters.control_commands import ControlCommands
    from knotbreak.core.control_protocol import Request, encode_request, parse_request

    opened: list[bool] = []
    commands = ControlCommands(
        object(),  # type: ignore[arg-type]  # not needed for this command
        tray_shown=lambda: True, show=lambda: None, quit_app=lambda: None,
        open_journal=lambda: opened.append(True),
    )
    request = parse_request(encode_request(Request("journal")))
    assert commands(request) == {"ok": True, "message": "The knot journal is open in knotbreak."}
    assert opened == [True]
    without = ControlCommands(
        object(),  # type: ignore[arg-type]
        tray_shown=lambda: True, show=lambda: None, quit_app=lambda: None,
    )
    assert without(Request("journal"))["ok"] is False
