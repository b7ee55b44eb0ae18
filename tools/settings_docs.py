"""Rewrite the tables in docs/settings.md from the settings declarations.

    .venv/bin/python tools/settings_docs.py

tests/core/test_settings_schema.py fails while the file and the declarations differ.
"""

from __future__ import annotations

from pathlib import Path

from knotbreak.core.settings_schema import with_docs_tables

DOC = Path(__file__).resolve().parent.parent / "docs" / "settings.md"

if __name__ == "__main__":
    before = DOC.read_text(encoding="utf-8")
    after = with_docs_tables(before)
    if after != before:
        DOC.write_text(after, encoding="utf-8")
        print(f"updated {DOC}")
    else:
        print(f"{DOC} is up to date")
