"""Interface icons are drawn in the theme's colours from one SVG each."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QSize

from kiosk import paths
from kiosk.views.icons import icon_image


def test_an_icon_is_drawn_in_the_colour_asked_for(qapp):
    image = icon_image("home", "ffe14d", QSize(96, 96))
    assert (image.width(), image.height()) == (96, 96)
    solid = {
        image.pixelColor(x, y).name()
        for x in range(96)
        for y in range(96)
        if image.pixelColor(x, y).alpha() == 255
    }
    assert solid == {"#ffe14d"}


def test_bad_requests_draw_nothing_and_say_why(qapp, caplog):
    with caplog.at_level(logging.ERROR):
        assert icon_image("no-such-icon", "000000", QSize(48, 48)).isNull()
        assert icon_image("../site", "000000", QSize(48, 48)).isNull()
        assert icon_image("home", "red", QSize(48, 48)).isNull()
    assert "no-such-icon.svg" in caplog.text
    assert "not a valid icon request" in caplog.text


def test_every_icon_the_qml_names_exists():
    names = set()
    for path in paths.qml().rglob("*.qml"):
        text = path.read_text("utf-8")
        names |= set(re.findall(r'iconName: "([a-z-]+)"', text))
        names |= set(re.findall(r'Theme\.icon\("([a-z-]+)"', text))
    names |= {"phone", "fax", "email", "address", "reception", "press-service"}  # by entry kind
    missing = [n for n in sorted(names) if not paths.resource("icons", f"{n}.svg").is_file()]
    assert not missing
    assert len(names) > 8
