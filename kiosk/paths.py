"""The one place that finds packaged files.

In the repository, ``resources/`` and ``translations/`` sit at the top level,
where content editors and translators find them; the wheel ships them as the
packages ``kiosk.resources`` and ``kiosk.translations`` (pyproject
``package-dir``). Everything that needs a packaged file asks here, so a plain
``pip install .`` outside the source tree, an editable install and a bare
checkout all behave the same.
"""

from __future__ import annotations

from functools import cache
from importlib.util import find_spec
from pathlib import Path

_PACKAGE_ROOT = Path(__file__).resolve().parent


@cache
def _root(kind: str) -> Path:
    # A wheel install: the folder sits inside the installed package.
    installed = _PACKAGE_ROOT / kind
    if installed.is_dir():
        return installed
    # An editable install: setuptools maps kiosk.<kind> to the source folder.
    spec = find_spec(f"kiosk.{kind}")
    if spec is not None and spec.submodule_search_locations:
        return Path(next(iter(spec.submodule_search_locations)))
    # A bare checkout run with ``python -m kiosk`` and no install.
    return _PACKAGE_ROOT.parent / kind


def resource(*parts: str) -> Path:
    """A file or folder under ``resources/``."""
    return _root("resources").joinpath(*parts)


def translation(*parts: str) -> Path:
    """A file under ``translations/``."""
    return _root("translations").joinpath(*parts)


def qml(*parts: str) -> Path:
    """The QML import path (no arguments), or a file under it: the module
    ``Kiosk`` is ``qml("Kiosk")``."""
    return _PACKAGE_ROOT.joinpath("qml", *parts)


def default_content_dir() -> Path:
    return resource("content")
