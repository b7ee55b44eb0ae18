"""Reading and writing the user's own exercises (custom-stretches.json) for the form.

The file keeps the documented format (docs/stretches.md). Writing is all or nothing:
the whole file is read, one entry added or replaced, every other entry and source kept
exactly as it was (even ones the loader skips), and the result written atomically. A
file that cannot be read as JSON is never overwritten: the user's hand-written entries
would be lost.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from knotbreak.core.atomic_file import write_atomically
from knotbreak.core.stretches.catalog import SCHEMA_VERSION, entry_field_problems
from knotbreak.core.text import translatable

PICTURES_FOLDER = "custom-pictures"
"""Where chosen image files are copied, inside the config folder."""
PICTURE_SUFFIXES: tuple[str, ...] = (".png", ".jpg", ".jpeg", ".svg")
PICTURE_MAX_BYTES = 10 * 1024 * 1024


class CustomFileError(Exception):
    """The file cannot be safely changed; the message says why and what to do."""


def empty_file() -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "sources": {}, "entries": []}


def read_custom(path: Path) -> dict[str, Any]:
    """The file's content as it is, or an empty one when there is no file yet."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return empty_file()
    except (OSError, UnicodeDecodeError) as error:
        raise CustomFileError(
            translatable(
                "CustomFile", "{file} could not be read ({error}); nothing was changed."
            ).format(file=path, error=error)
        ) from None
    try:
        raw = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        raw = None
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise CustomFileError(
            translatable(
                "CustomFile",
                "{file} is not a valid exercise file, so it was left as it is. Fix it or "
                "move it away, then save again.",
            ).format(file=path)
        )
    return raw


def slug(name: str) -> str:
    """An id from a name: "Slow neck roll" -> "slow-neck-roll"."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", plain.lower())
    return "-".join(words)[:40].strip("-") or "exercise"


def unique_id(wanted: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    number = 2
    while f"{wanted[:36]}-{number}" in taken:
        number += 1
    return f"{wanted[:36]}-{number}"


def form_problems(item: Mapping[str, Any], taken_ids: set[str]) -> dict[str, str]:
    """The loader's problems for the entry, by field, plus an id already in use."""
    problems = entry_field_problems(item)
    entry_id = item.get("id")
    if "id" not in problems and entry_id in taken_ids:
        problems["id"] = f"'id' {entry_id!r} is already used; choose another id"
    return problems


def with_entry(raw: Mapping[str, Any], item: Mapping[str, Any], replacing: str | None) -> dict[
    str, Any
]:
    """`raw` with `item` in place of the entry `replacing` (or added at the end)."""
    entries = list(raw.get("entries", []))
    replaced = False
    if replacing is not None:
        for index, old in enumerate(entries):
            if isinstance(old, dict) and old.get("id") == replacing:
                entries[index] = dict(item)
                replaced = True
                break
    if not replaced:
        entries.append(dict(item))
    result = dict(raw)
    result.setdefault("schema_version", SCHEMA_VERSION)
    result["entries"] = entries
    return result


def write_custom(path: Path, raw: Mapping[str, Any]) -> None:
    """Write the whole file atomically; raises OSError and leaves the old file intact."""
    text = json.dumps(raw, indent=2, ensure_ascii=False) + "\n"
    write_atomically(path, text.encode("utf-8"))


def picture_problem(source: Path) -> str | None:
    """Why an image file cannot be used as a picture, or None."""
    if source.suffix.lower() not in PICTURE_SUFFIXES:
        return translatable(
            "CustomFile", "Choose a PNG, JPEG or SVG image; {name} is none of these."
        ).format(name=source.name)
    try:
        size = source.stat().st_size
    except OSError as error:
        return translatable("CustomFile", "{name} could not be read ({error}).").format(
            name=source.name, error=error.strerror or error
        )
    if size > PICTURE_MAX_BYTES:
        return translatable(
            "CustomFile", "{name} is larger than 10 MB; choose a smaller image."
        ).format(name=source.name)
    return None


def picture_name(entry_id: str, source: Path) -> str:
    """Where a chosen image goes, relative to the config folder."""
    suffix = source.suffix.lower()
    return f"{PICTURES_FOLDER}/{entry_id}{'.jpg' if suffix == '.jpeg' else suffix}"
