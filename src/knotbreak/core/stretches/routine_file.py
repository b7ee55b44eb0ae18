"""Sharing exercises as one routine file: a zip of custom-stretches.json and its images.

A therapist's set of exercises travels as one file. Export writes the user's own entries,
their sources and their image files. Import takes such a zip (or a bare JSON file with
its images beside it), checks every entry with the catalog loader's rules, and adds the
good ones to the user's file: an id that is already taken gets a new one, nothing already
there is replaced, and every entry left out is named with the reason.
"""

from __future__ import annotations

import json
import re
import zipfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from knotbreak.core.atomic_file import write_atomically
from knotbreak.core.stretches.catalog import CUSTOM_FILE_NAME, SCHEMA_VERSION
from knotbreak.core.stretches.custom_file import (
    PICTURE_MAX_BYTES,
    PICTURE_SUFFIXES,
    PICTURES_FOLDER,
    CustomFileError,
    empty_file,
    form_problems,
    read_custom,
    unique_id,
    write_custom,
)
from knotbreak.core.text import translatable

MAX_MEMBERS = 500
MAX_JSON_BYTES = 2 * 1024 * 1024
_SAFE_PICTURE = re.compile(r"^custom-pictures/[A-Za-z0-9][A-Za-z0-9._-]{0,80}$")


class RoutineFileError(Exception):
    """The file cannot be imported at all; nothing was changed. The message says why."""


@dataclass
class ImportResult:
    added: list[str] = field(default_factory=list)
    """Ids of the entries added, as they are now in the user's file."""
    renamed: dict[str, str] = field(default_factory=dict)
    """Imported id -> new id, where the id was taken."""
    skipped: list[str] = field(default_factory=list)
    """One sentence per entry left out."""


def export_routine(custom_path: Path, out: Path, ids: set[str] | None = None) -> int:
    """Write the user's own entries (all, or those in `ids`) with their images to `out`.

    Returns how many entries went in; raises CustomFileError or OSError.
    """
    raw = read_custom(custom_path)
    entries = [
        e for e in raw["entries"]
        if isinstance(e, dict) and (ids is None or e.get("id") in ids)
    ]
    used_sources = {e.get("source") for e in entries}
    sources = raw.get("sources", {}) if isinstance(raw.get("sources"), dict) else {}
    payload = {
        "schema_version": SCHEMA_VERSION,
        "sources": {k: v for k, v in sources.items() if k in used_sources},
        "entries": entries,
    }
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                CUSTOM_FILE_NAME, json.dumps(payload, indent=2, ensure_ascii=False) + "\n"
            )
            for entry in entries:
                picture = entry.get("picture")
                if isinstance(picture, str) and _SAFE_PICTURE.match(picture):
                    image = custom_path.parent / picture
                    if image.is_file():
                        archive.write(image, picture)
        tmp.replace(out)
    finally:
        tmp.unlink(missing_ok=True)
    return len(entries)


def import_routine(
    source: Path, custom_path: Path, builtin_ids: set[str]
) -> ImportResult:
    """Add the entries of routine file `source` to the user's file; see the module doc."""
    raw, read_picture = _open(source)
    try:
        current = read_custom(custom_path)
    except CustomFileError as error:
        raise RoutineFileError(str(error)) from None
    taken = builtin_ids | {
        e["id"] for e in current["entries"] if isinstance(e, dict) and isinstance(e.get("id"), str)
    }
    result = ImportResult()
    merged = dict(current) if current["entries"] or current.get("sources") else empty_file()
    merged["entries"] = list(current["entries"])
    sources = dict(current.get("sources") or {})
    source_ids = _merge_sources(sources, raw.get("sources"))
    pictures: dict[str, bytes] = {}
    for index, item in enumerate(raw["entries"], start=1):
        label = _label(index, item)
        if not isinstance(item, dict):
            result.skipped.append(
                translatable("RoutineFile", "{label}: not an exercise; left out.").format(
                    label=label
                )
            )
            continue
        item = dict(item)
        if item.get("source") in source_ids:
            item["source"] = source_ids[item["source"]]
        old_id = item.get("id")
        if isinstance(old_id, str) and old_id in taken:
            item["id"] = unique_id(old_id, taken)
        picture = item.get("picture")
        if isinstance(picture, str) and not picture.startswith("pose:"):
            data, problem = _picture(picture, read_picture)
            if problem is not None:
                result.skipped.append(f"{label}: {problem}")
                continue
            assert data is not None
            suffix = PurePosixPath(picture).suffix.lower()
            item["picture"] = f"{PICTURES_FOLDER}/{item.get('id')}{suffix}"
            pictures[item["picture"]] = data
        problems = form_problems(item, taken)
        if problems:
            result.skipped.append(
                translatable("RoutineFile", "{label}: {problem}; left out.").format(
                    label=label, problem=next(iter(problems.values()))
                )
            )
            pictures.pop(str(item.get("picture")), None)
            continue
        taken.add(item["id"])
        if item["id"] != old_id:
            result.renamed[str(old_id)] = item["id"]
        merged["entries"].append(item)
        result.added.append(item["id"])
    if not result.added:
        return result
    merged["sources"] = sources
    for name, data in pictures.items():
        write_atomically(custom_path.parent / name, data)
    write_custom(custom_path, merged)
    return result


# Reading ----------------------------------------------------------------------------------


def _open(source: Path) -> tuple[dict[str, Any], Callable[[str], bytes | None]]:
    if zipfile.is_zipfile(source):
        return _open_zip(source)
    if source.suffix.lower() == ".json":
        return _check(_read_json_bytes(_read_small(source), source.name), source.name), (
            lambda name: _read_beside(source.parent, name)
        )
    raise RoutineFileError(
        translatable(
            "RoutineFile",
            "{name} is not a routine file: choose a .zip exported from knotbreak, or a "
            "custom-stretches.json.",
        ).format(name=source.name)
    )


def _open_zip(source: Path) -> tuple[dict[str, Any], Callable[[str], bytes | None]]:
    try:
        archive = zipfile.ZipFile(source)
        members = {info.filename: info for info in archive.infolist()}
    except (OSError, zipfile.BadZipFile) as error:
        raise RoutineFileError(
            translatable("RoutineFile", "{name} could not be opened ({error}).").format(
                name=source.name, error=error
            )
        ) from None
    if len(members) > MAX_MEMBERS:
        raise RoutineFileError(
            translatable("RoutineFile", "{name} holds too many files to be a routine file.")
            .format(name=source.name)
        )
    info = members.get(CUSTOM_FILE_NAME)
    if info is None:
        raise RoutineFileError(
            translatable(
                "RoutineFile", "{name} has no {file} inside, so it is not a routine file."
            ).format(name=source.name, file=CUSTOM_FILE_NAME)
        )
    if info.file_size > MAX_JSON_BYTES:
        raise RoutineFileError(
            translatable("RoutineFile", "{name}: its exercise list is too large.").format(
                name=source.name
            )
        )
    try:
        data = archive.read(info)
    except (OSError, zipfile.BadZipFile, ValueError) as error:
        raise RoutineFileError(
            translatable("RoutineFile", "{name} could not be opened ({error}).").format(
                name=source.name, error=error
            )
        ) from None
    raw = _check(_read_json_bytes(data, source.name), source.name)

    def read_picture(name: str) -> bytes | None:
        member = members.get(name)
        if member is None or member.file_size > PICTURE_MAX_BYTES:
            return None
        try:
            return archive.read(member)
        except (OSError, zipfile.BadZipFile, ValueError):
            return None

    return raw, read_picture


def _read_small(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_JSON_BYTES:
            raise RoutineFileError(
                translatable("RoutineFile", "{name}: its exercise list is too large.").format(
                    name=path.name
                )
            )
        return path.read_bytes()
    except OSError as error:
        raise RoutineFileError(
            translatable("RoutineFile", "{name} could not be opened ({error}).").format(
                name=path.name, error=error.strerror or error
            )
        ) from None


def _read_beside(folder: Path, name: str) -> bytes | None:
    path = folder / name
    try:
        if not path.is_file() or path.stat().st_size > PICTURE_MAX_BYTES:
            return None
        return path.read_bytes()
    except OSError:
        return None


def _read_json_bytes(data: bytes, name: str) -> Any:
    try:
        return json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise RoutineFileError(
            translatable(
                "RoutineFile", "{name} does not hold valid JSON, so nothing was imported."
            ).format(name=name)
        ) from None


def _check(raw: Any, name: str) -> dict[str, Any]:
    if not isinstance(raw, dict) or not isinstance(raw.get("entries"), list):
        raise RoutineFileError(
            translatable(
                "RoutineFile",
                '{name} has no list of exercises ("entries"), so nothing was imported.',
            ).format(name=name)
        )
    return raw


def _picture(name: str, read: Callable[[str], bytes | None]) -> tuple[bytes | None, str | None]:
    if not _SAFE_PICTURE.match(name) or PurePosixPath(name).suffix.lower() not in PICTURE_SUFFIXES:
        return None, translatable(
            "RoutineFile",
            "its picture {picture} is not a PNG, JPEG or SVG in custom-pictures/; left out.",
        ).format(picture=repr(name))
    data = read(name)
    if data is None:
        return None, translatable(
            "RoutineFile", "its picture {picture} is missing from the file; left out."
        ).format(picture=repr(name))
    return data, None


def _merge_sources(current: dict[str, Any], incoming: Any) -> dict[str, str]:
    """Add the file's sources; one whose id means something else here gets a new id."""
    renamed: dict[str, str] = {}
    if not isinstance(incoming, Mapping):
        return renamed
    for source_id, value in incoming.items():
        if not isinstance(source_id, str):
            continue
        if source_id not in current:
            current[source_id] = value
        elif current[source_id] != value:
            new_id = unique_id(source_id, set(current))
            current[new_id] = value
            renamed[source_id] = new_id
    return renamed


def _label(index: int, item: Any) -> str:
    entry_id = item.get("id") if isinstance(item, dict) else None
    if isinstance(entry_id, str) and entry_id:
        return translatable("RoutineFile", "Exercise {number} ({id})").format(
            number=index, id=entry_id
        )
    return translatable("RoutineFile", "Exercise {number}").format(number=index)
