"""The one place that finds packaged files.

In the repository, ``resources/`` and ``translations/`` sit at the top level
(see DESIGN.md); the wheel ships them as the packages ``kiosk.resources`` and
``kiosk.translations`` (pyproject ``package-dir``). Everything that needs a
packaged file asks here, so a plain ``pip install .`` outside the source tree,
an editable install and a bare checkout all behave the same.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.util import find_spec
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent


@cache
def _root(kind: str) -> Path:
    # Installed (wheel or editable): the mapped subpackage exists.
    if find_spec(f"kiosk.{kind}") is not None:
        return Path(str(resources.files(f"kiosk.{kind}")))
    # Bare checkout run with ``python -m kiosk`` and no install.
    return _PACKAGE_ROOT.parent / kind


def resource(*parts: str) -> Path:
    """A file or folder under ``resources/``."""
    return _root("resources").joinpath(*parts)


def translation(*parts: str) -> Path:
    """A file under ``translations/``."""
    return _root("translations").joinpath(*parts)


def qml(*parts: str) -> Path:
    """A QML file of the package."""
    return _PACKAGE_ROOT.joinpath("qml", *parts)


def default_content_dir() -> Path:
    return resource("content")
