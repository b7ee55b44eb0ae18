"""One source for the version: knotbreak/__init__.py; the metainfo and changelog follow it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

from knotbreak import __version__

ROOT = Path(__file__).resolve().parents[1]


def test_the_metainfo_newest_release_is_the_package_version() -> None:
    tree = ET.parse(ROOT / "packaging/linux/org.knotbreak.knotbreak.metainfo.xml")
    releases = tree.getroot().findall("./releases/release")
    assert releases, "the metainfo lists no release"
    assert releases[0].get("version") == __version__


def test_the_changelog_names_the_package_version() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[?(\d+\.\d+\.\d+)\]?", changelog, flags=re.MULTILINE)
    assert versions, "CHANGELOG.md has no version heading"
    assert versions[0] == __version__
