"""The most notices the screens show at once, with texts as long as their
fields allow, fit home and the attract screen at every size, in every
language, with standard and large text: nothing cut, spilling or overlapping
(tests/helpers/layout.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers.dated import notice_yaml, write_notices
from helpers.layout import settled_layout_problems
from helpers.visitor import find_all, open_screen, wait_screen

from kiosk.content import load_content
from kiosk.content.fields import Fit, Room
from kiosk.content.notices import MAX_SHOWN

SIZES = {
    "landscape": (1920, 1080),
    "portrait": (1080, 1920),
    "small": (1280, 800),
    "4k": (3840, 2160),
}


def longest_text(room: Room) -> str:
    """As long as ``room`` allows, of words as long as fit (real letters,
    as tests/content/test_long_texts_ui.py makes them)."""
    letters = "Türkmenistanyňдипломатическиеneighbourliness"
    word = (letters * (room.word // len(letters) + 1))[: room.word]
    return " ".join([word] * (room.chars // (room.word + 1) + 1))[: room.chars].strip()


def with_longest_notices(content: Path) -> Path:
    title, text = longest_text(Fit.NOTICE_TITLE), longest_text(Fit.NOTICE_TEXT)
    entries = [
        notice_yaml(
            f"n{i}",
            "2025-11-01",
            "2025-11-30",
            kind=("closure", "event")[i % 2],
            title=dict.fromkeys(("tk", "ru", "en"), title),
            text=dict.fromkeys(("tk", "ru", "en"), text),
        )
        for i in range(MAX_SHOWN)
    ]
    return write_notices(content, *entries)


def settled_problems(ui, qtbot, screen: str, item: str) -> list[str]:
    assert open_screen(ui.model, screen)
    wait_screen(qtbot, ui.window, item)
    problems = settled_layout_problems(qtbot, ui.window.contentItem())
    return [f"{screen}: {p}" for p in problems]


@pytest.mark.parametrize("large", [False, True], ids=["text", "large-text"])
@pytest.mark.parametrize("size", SIZES.values(), ids=SIZES.keys())
def test_the_longest_notices_fit(make_ui, qtbot, content_copy: Path, size, large: bool):
    content = with_longest_notices(content_copy)
    result = load_content(content)
    assert result.errors == ()
    assert len(result.content.notices) == MAX_SHOWN
    ui = make_ui(content_dir=content, lang="en", size=size, screen="attract")
    problems = settled_problems(ui, qtbot, "attract", "attractScreen")
    assert len(find_all(ui.window, "attractNotice_")) == MAX_SHOWN
    for lang in ui.model.language_codes:
        ui.model.setLanguage(lang)
        ui.model.display.setLargeText(large)
        problems += [f"{lang} {p}" for p in settled_problems(ui, qtbot, "home", "homeScreen")]
        assert len(find_all(ui.window, "homeNotice_")) == MAX_SHOWN
    assert not problems, "\n".join(problems[:30])
