"""Readers of the settings' values that are neither numbers nor languages:
a folder's path and a switch. Each returns ``(value, None)`` or ``(None,
what is wrong)``, for kiosk.ops.settings to log with the file and line."""

from __future__ import annotations

import os

from yaml.nodes import Node, ScalarNode

from kiosk.ops.pin import parse_hash

_BOOL_TAG = "tag:yaml.org,2002:bool"
_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _NULL_TAG


def read_folder(node: Node) -> tuple[object, str | None]:
    if is_null(node):
        return None, None
    if not (isinstance(node, ScalarNode) and node.tag == _STR_TAG and node.value.strip()):
        return None, "must be a folder's full path, e.g. /home/kiosk/packs"
    text = node.value.strip()
    if "\0" in text or len(text) > 4096:
        return None, "is not a folder's path"
    if not os.path.isabs(os.path.expanduser(text)):
        return None, f"{text[:60]!r} is not a full path (it starts with / or ~)"
    return text, None


def read_switch(node: Node) -> tuple[object, str | None]:
    # true or false, not YAML 1.1's yes/no/on/off (`no` is also Norway's code).
    plain = isinstance(node, ScalarNode) and node.tag == _BOOL_TAG and not node.style
    if plain and node.value.lower() in ("true", "false"):
        return node.value.lower() == "true", None
    if not isinstance(node, ScalarNode):
        return None, "must be true or false, not a list or mapping"
    if node.style:
        return None, f"{node.value[:20]!r} is quoted text; write true or false, without quotes"
    return None, f"{node.value[:20]!r} is not true or false"


MISSION_MAX = 80


def read_mission(node: Node) -> tuple[object, str | None]:
    if is_null(node):
        return None, None
    if not (isinstance(node, ScalarNode) and node.tag == _STR_TAG):
        return None, "must be a name, not a list or mapping"
    text = node.value.strip()
    if not text or len(text) > MISSION_MAX or not text.isprintable():
        return None, f"must be a name of 1–{MISSION_MAX} printable characters on one line"
    return text, None


def read_pin_hash(node: Node) -> tuple[object, str | None]:
    if is_null(node):
        return None, None
    # Never quote the value: it is a secret (or a PIN typed in by mistake).
    if not (
        isinstance(node, ScalarNode)
        and node.tag == _STR_TAG
        and node.value.startswith("scrypt$")
        and len(node.value) < 512
    ):
        return None, "not a scrypt hash (set the PIN with `kiosk set-pin`)"
    if parse_hash(node.value) is None:
        # Checked now, not when staff tap OK: a costly hash would freeze the screen.
        return None, (
            "not a scrypt hash the kiosk checks (malformed, or too costly to check on a "
            "tap); set the PIN with `kiosk set-pin`"
        )
    return node.value, None
