"""`knotbreak stats`: break statistics on the command line, without the running app.

The history is opened read-only, so this works whether or not knotbreak runs (SQLite's
WAL lets it read while the app writes). `--window` asks the running app to open its
statistics window, or opens one here when knotbreak is not running.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date, datetime, timedelta, tzinfo
from pathlib import Path
from typing import Any

from knotbreak.cli.command import Command
from knotbreak.cli.invocation import (
    EXIT_NO_INSTANCE,
    EXIT_OK,
    Invocation,
    bounded_int,
    output_file,
)
from knotbreak.cli.running_app import Reply, ask_running_app
from knotbreak.core.control_protocol import Request
from knotbreak.core.history import BreakHistory, HistoryError
from knotbreak.core.statistics import MicroTally, Report, Tally, build_report, export_csv

DEFAULT_DAYS = 7
MOST_DAYS = 366


def _options(stats: argparse.ArgumentParser) -> None:
    output = stats.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="print JSON for scripts")
    output.add_argument(
        "--csv",
        dest="csv_file",
        type=output_file,
        metavar="FILE",
        help="write every break in the history to FILE as CSV",
    )
    output.add_argument(
        "--window",
        action="store_true",
        help="open the statistics window (in the running app, or on its own)",
    )
    stats.add_argument(
        "--days",
        type=bounded_int("days", 1, MOST_DAYS),
        default=DEFAULT_DAYS,
        metavar="N",
        help=f"how many days the summary shows (default {DEFAULT_DAYS})",
    )


def run(
    invocation: Invocation, *, now: datetime | None = None, tz: tzinfo | None = None
) -> int:
    """`now` and `tz` are for tests; None means the present moment in the local zone."""
    options = invocation.options
    if options.get("window"):
        return _open_window(invocation)
    goal = _daily_goal(invocation)
    try:
        history = BreakHistory.open_read_only(invocation.paths.history_file)
    except HistoryError as error:
        sys.stderr.write(f"knotbreak: could not read the break history: {error}\n")
        return EXIT_NO_INSTANCE
    if history.read_problem:
        sys.stderr.write(f"knotbreak: {history.read_problem}\n")
    try:
        csv_file = options.get("csv_file")
        if csv_file:
            return _write_csv(history, Path(csv_file), tz)
        moment = now if now is not None else datetime.now().astimezone()
        report = build_report(
            history.rows_between(),
            now=moment,
            tz=tz,
            goal=goal,
            days=options.get("days") or DEFAULT_DAYS,
            weeks=2,
            micro_rows=history.micro_rows_between(),
        )
    except HistoryError as error:
        sys.stderr.write(f"knotbreak: could not read the break history: {error}\n")
        return EXIT_NO_INSTANCE
    finally:
        history.close()
    posture = posture_days(invocation.paths.data_dir, moment.date(),
                           options.get("days") or DEFAULT_DAYS)
    if options.get("json"):
        print(json.dumps({**report.as_json(), "posture": posture}, indent=2))
    else:
        print(summary_text(report))
        if posture:
            latest = posture[-1]
            samples = "1 sample" if latest["samples"] == 1 else f"{latest['samples']} samples"
            print(
                f"Posture coach: {round(latest['share'] * 100)} % of {samples} "
                f"in good posture on {latest['day']}"
            )
    return EXIT_OK


def posture_days(data_dir: Path, today: date, days: int) -> list[dict[str, Any]]:
    """The posture coach's share of samples in good posture per day, oldest first."""
    from knotbreak.core.posture import store

    state = store.read_quietly(data_dir / store.FILE_NAME)
    first = today - timedelta(days=days - 1)
    return [
        {"day": day.isoformat(), "good": share.good, "samples": share.total,
         "share": round(share.share, 3)}
        for day, share in sorted(state.days.items())
        if first <= day <= today and share.share is not None
    ]


def _daily_goal(invocation: Invocation) -> int:
    from knotbreak.core.settings import load_settings

    # A broken settings file is reported by the app itself; here its defaults will do.
    # Loading may copy a broken file aside (as the app would) but never rewrites it.
    paths = invocation.paths
    return load_settings(
        paths.settings_file, datetime.now().astimezone(), paths.managed_defaults_file
    ).settings.daily_break_goal


def _write_csv(history: BreakHistory, path: Path, tz: tzinfo | None) -> int:
    try:
        count = export_csv(path, history.rows_between(), tz, history.micro_rows_between())
    except OSError as error:
        reason = error.strerror or str(error)
        sys.stderr.write(
            f"knotbreak: could not write {path}: {reason}. "
            "Choose another folder, or check that the disk has free space.\n"
        )
        return EXIT_NO_INSTANCE
    print(f"Wrote {count} history rows to {path}")
    return EXIT_OK


# The summary table ---------------------------------------------------------------------

_COLUMNS = ("Due", "Taken", "Away", "Snoozed", "Skipped", "Minutes", "Micro")


def _cells(tally: Tally, micro: MicroTally) -> tuple[int, ...]:
    # Micro: the micro-breaks that ran to their end; they are not breaks due.
    return (
        tally.due, tally.taken, tally.natural, tally.snoozed, tally.skipped,
        round(tally.minutes), micro.done,
    )


def _day_name(day: date, today: date) -> str:
    if day == today:
        return "Today"
    if day == today - timedelta(days=1):
        return "Yesterday"
    return day.strftime("%a %d %b")


def summary_text(report: Report) -> str:
    """The plain-text summary `knotbreak stats` prints."""
    goal = report.goal
    if report.empty:
        return (
            "No breaks recorded yet. Once knotbreak has offered a few breaks, "
            "'knotbreak stats' shows how they went."
        )
    lines = [
        f"Breaks, last {len(report.days)} days "
        f"(goal: {goal} a day, taken or away from the desk)",
        "",
        f"{'Day':<12}" + "".join(f"{name:>9}" for name in _COLUMNS) + f"{'Goal':>7}",
    ]
    for entry in report.days:
        met = "" if entry.tally.due == 0 else ("yes" if entry.tally.meets(goal) else "no")
        if entry.day == report.today and met == "no":
            met = "..."  # today is not over yet
        lines.append(
            f"{_day_name(entry.day, report.today):<12}"
            + "".join(f"{value:>9}" for value in _cells(entry.tally, report.micro_on(entry.day)))
            + f"{met:>7}"
        )
    lines.append("")
    names = ("This week", "Last week")
    for name, week in zip(names, reversed(report.weeks), strict=False):
        tally = week.tally
        lines.append(
            f"{name} ({week.label}, from {week.monday.strftime('%a %d %b')}): "
            f"{tally.counted} of {tally.due} breaks taken or away "
            f"({tally.taken} taken, {tally.natural} away, {tally.snoozed} snoozed, "
            f"{tally.skipped} skipped); {round(tally.minutes)} minutes stretched"
        )
        micro = report.micro_in_week(week)
        if micro.shown:
            lines.append(
                f"  Micro-breaks: {micro.shown} shown ({micro.done} done, "
                f"{micro.skipped} skipped, {micro.snoozed} snoozed)"
            )
    streak = report.streak
    lines += [
        "",
        f"Streak: {streak.current} days in a row at your goal (best: {streak.best}). "
        "Days without breaks due, like weekends, don't end it.",
        f"In all since {report.first_day}: {report.total.counted} of {report.total.due} "
        f"breaks taken or away, {round(report.total.minutes)} minutes stretched.",
    ]
    return "\n".join(lines)


# The window --------------------------------------------------------------------------------


def _open_window(invocation: Invocation) -> int:
    def answered(reply: Reply) -> int:
        print("The statistics window is open in knotbreak.")
        return EXIT_OK

    # An older knotbreak that has no statistics window refuses: show one from here.
    return ask_running_app(
        invocation,
        Request("statistics"),
        answered=answered,
        here=lambda: standalone_window(invocation),
        here_when_refused=True,
    )


def standalone_window(invocation: Invocation) -> int:
    """knotbreak is not running: show the window from this process until it is closed."""
    try:
        history = BreakHistory.open_read_only(invocation.paths.history_file)
    except HistoryError as error:
        sys.stderr.write(f"knotbreak: could not read the break history: {error}\n")
        return EXIT_NO_INSTANCE
    goal = _daily_goal(invocation)
    from PySide6.QtWidgets import QApplication

    from knotbreak.adapters.dbus_calls import set_silent_buses_aside
    from knotbreak.ui.statistics import StatisticsLauncher, StatisticsSource

    # A session bus that never answers would hold up the window for minutes (app.py).
    for problem in set_silent_buses_aside():
        sys.stderr.write(f"knotbreak: {problem}\n")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("knotbreak")
    launcher = StatisticsLauncher(
        StatisticsSource(history, lambda: goal, lambda: datetime.now().astimezone())
    )
    launcher.open_window()
    try:
        return int(app.exec())
    finally:
        history.close()


STATS = Command(
    "stats",
    "break statistics: the last days, week totals and your streak",
    run=run,
    add_options=_options,
)
