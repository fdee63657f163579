"""The installed package finds every file it ships (wheel or editable install)."""

from __future__ import annotations

from kiosk import paths
from kiosk.app import FONT_FILES


def test_every_packaged_file_is_found():
    expected = [
        paths.resource("content", "site.yaml"),
        *(paths.resource("fonts", name) for name in (*FONT_FILES, "OFL.txt")),
        *(paths.resource("icons", f"{name}.svg") for name in ("home", "arrow-left", "arrow-right")),
        paths.translation("kiosk_ru.qm"),
        paths.translation("kiosk_tk.qm"),
        paths.qml("Main.qml"),
        paths.qml("components", "qmldir"),
    ]
    for path in expected:
        assert path.is_file(), path
    assert len(list(paths.resource("content", "sections").glob("*.yaml"))) == 8
