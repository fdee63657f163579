"""No visible text is elided or cut at 1920x1080, in any language, on any screen."""

from __future__ import annotations

import pytest
from helpers.visitor import shown, walk

from kiosk import paths
from kiosk.content import load_content

SCREENS = (
    ["home", "contacts", "map"]
    + [f"map/{r.id}" for r in load_content(paths.default_content_dir()).content.regions]
    + [f"section/{s.id}" for s in load_content(paths.default_content_dir()).content.sections]
)


@pytest.mark.parametrize("lang", ["tk", "ru", "en"])
def test_no_truncated_text(make_ui, qtbot, lang: str):
    ui = make_ui(lang=lang)
    cut: list[str] = []
    for screen in SCREENS:
        assert ui.model.openScreen(screen)
        qtbot.wait(260)  # the 200 ms fade
        cut += [
            f"{screen}: {item.property('text')!r}"
            for item in walk(ui.window.contentItem())
            if item.inherits("QQuickText") and item.property("truncated") and shown(item)
        ]
    assert not cut, cut
