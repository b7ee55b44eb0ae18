from __future__ import annotations

import pytest

from knotbreak.resources_path import resource, resources_dir


def test_app_icon_is_found_from_this_install():
    icon = resource("icons/knotbreak.svg")
    assert icon.read_text().lstrip().startswith("<svg")
    assert resources_dir().is_dir()


def test_missing_resource_names_what_is_missing():
    with pytest.raises(FileNotFoundError, match="no-such-file"):
        resource("no-such-file.png")
