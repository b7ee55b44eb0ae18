"""The `knotbreak` command line: one module per command (or small family of commands).

- `invocation.py`  what every command is handed (the parsed `Invocation`), exit codes,
                   argument types shared by several commands;
- `command.py`     `Command`: a name, its --help line, its options and its handler;
- `registry.py`    every command, in the order `knotbreak --help` lists them;
- `parser.py`      the global options and `parse()`, built from the registry;
- `running_app.py` the one way to reach the running app: ask it over the control channel,
                   else do the work in this process (or say it is not running);
- the commands:    `run.py` (run, quit, version), `status.py`, `breaks.py` (break-now,
                   pause, resume, snooze, skip), `meeting.py`, `stretch_now.py`,
                   `posture.py`, `stretches.py`, `ergonomics.py`, `settings.py`,
                   `stats.py`, `journal.py` (log).

`app.main()` parses, looks the command up in the registry and runs its handler; only
`run` (or no command) becomes the app. Commands never import `knotbreak.app`: the
package sits beside it in the composition layer, and Qt is imported only by the handlers
that open a window or draw, so control commands answer in a few milliseconds.
"""

from knotbreak.cli.parser import build_parser, parse

__all__ = ["build_parser", "parse"]
