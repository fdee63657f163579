"""The installed package finds every file it ships (wheel or editable install)."""

from __future__ import annotations

from kiosk import paths
from kiosk.app import FONT_FILES

PYTHON_QML_MODULES = ("Models", "Ops", "Views")  # Kiosk.Models, … (qmldir and qmltypes)


def test_every_packaged_file_is_found():
    expected = [
        paths.resource("content", "site.yaml"),
        paths.resource("content", "source", "page.txt"),
        paths.resource("content", "source", "SOURCE.txt"),
        *(paths.resource("fonts", name) for name in (*FONT_FILES, "OFL.txt")),
        *(paths.resource("icons", f"{name}.svg") for name in ("home", "arrow-left", "arrow-right")),
        paths.translation("kiosk_ru.qm"),
        paths.translation("kiosk_tk.qm"),
        paths.qml("Kiosk", "qmldir"),
        paths.qml("Kiosk", "Main.qml"),
        paths.qml("Kiosk", "Theme.qml"),
        *(paths.qml("Kiosk", name, "qmldir") for name in PYTHON_QML_MODULES),
        *(paths.qml("Kiosk", name, f"{name.lower()}.qmltypes") for name in PYTHON_QML_MODULES),
    ]
    for path in expected:
        assert path.is_file(), path
    assert len(list(paths.resource("content", "sections").glob("*.yaml"))) == 8


def test_every_python_package_is_in_the_wheel():
    """A package folder missing from pyproject's list works in an editable
    install and fails in a real one: compare the tree with the list."""
    import tomllib

    root = paths.qml().parent.parent
    pyproject = root / "pyproject.toml"
    if not pyproject.exists():  # an installed wheel: nothing to compare
        return
    listed = set(tomllib.loads(pyproject.read_text("utf-8"))["tool"]["setuptools"]["packages"])
    on_disk = {
        ".".join(init.parent.relative_to(root).parts)
        for init in (root / "kiosk").rglob("__init__.py")
    }
    assert on_disk <= listed, sorted(on_disk - listed)
