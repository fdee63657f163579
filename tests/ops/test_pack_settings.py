"""The delivery settings: the pack inbox (a folder's full path) and
usb_packs (true or false), each problem named by FILE:LINE and field."""

from __future__ import annotations

import logging

import pytest

from kiosk.ops.settings import Settings, load_settings, save_settings, settings_path


def test_the_defaults_deliver_nothing() -> None:
    settings = load_settings()
    assert settings.pack_inbox is None and settings.usb_packs is False


@pytest.mark.parametrize(
    ("text", "inbox", "usb"),
    [
        ("pack_inbox: /srv/kiosk/packs\nusb_packs: true\n", "/srv/kiosk/packs", True),
        ("pack_inbox: ~/Sync/packs\nusb_packs: false\n", "~/Sync/packs", False),
        ("pack_inbox: '/путь/с пробелом'\nusb_packs: True\n", "/путь/с пробелом", True),
        ("pack_inbox: null\n", None, False),
    ],
)
def test_good_values(text: str, inbox: str | None, usb: bool) -> None:
    settings_path().write_text(text, "utf-8")
    settings = load_settings()
    assert (settings.pack_inbox, settings.usb_packs) == (inbox, usb)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("pack_inbox: packs\n", ":1: pack_inbox: 'packs' is not a full path"),
        ("pack_inbox: ./packs\n", ":1: pack_inbox: './packs' is not a full path"),
        ("pack_inbox: [/a, /b]\n", ":1: pack_inbox: must be a folder's full path"),
        ("pack_inbox: 12\n", ":1: pack_inbox: must be a folder's full path"),
        ("pack_inbox: ''\n", ":1: pack_inbox: must be a folder's full path"),
        ("\nusb_packs: yes\n", ":2: usb_packs: 'yes' is not true or false"),
        ("usb_packs: on\n", ":1: usb_packs: 'on' is not true or false"),
        ("usb_packs: 1\n", ":1: usb_packs: '1' is not true or false"),
        ("usb_packs: 'true'\n", ":1: usb_packs: 'true' is quoted text; write true or false"),
        ("usb_packs: {a: 1}\n", ":1: usb_packs: must be true or false, not a list"),
    ],
)
def test_wrong_values_are_named_and_turn_delivery_off(text: str, message: str, caplog) -> None:
    path = settings_path()
    path.write_text(f"idle_timeout: 120\n{text}", "utf-8")
    with caplog.at_level(logging.ERROR):
        settings = load_settings()
    line = int(message.split(":")[1]) + 1  # the idle_timeout line comes first
    assert f"{path}:{line}:{message.split(':', 2)[2]}" in caplog.text
    assert (settings.pack_inbox, settings.usb_packs) == (None, False)
    assert settings.idle_timeout == 120  # the rest of the file still counts


def test_saved_and_read_back() -> None:
    save_settings(Settings(pack_inbox="/srv/packs", usb_packs=True))
    assert load_settings() == Settings(pack_inbox="/srv/packs", usb_packs=True)
