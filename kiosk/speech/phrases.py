"""What speech mode says for a focused item: its name, its role, its state
and its position ("Neutrality, button, 3 of 8").

The words for roles, states and positions are interface strings: the Qt
side (kiosk.models.speech_words) translates them and hands them in as
:class:`Words`, so that this module stays free of Qt and every language is
said by the same rules.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from kiosk.speech.plain import plain_text
from kiosk.speech.spoken import with_spoken_contacts


class Role(enum.Enum):
    """The roles speech mode names (others are said by name only)."""

    BUTTON = "button"
    TOGGLE = "toggle"  # a button that stays on or off ("Aa", contrast, Listen)
    TEXT = "text"
    HEADING = "heading"
    PICTURE = "picture"
    LINK = "link"
    LIST_ITEM = "list item"
    GROUP = "group"
    OTHER = ""


@dataclass(frozen=True)
class Words:
    """The words of one language, translated by the Qt side."""

    roles: dict[Role, str]
    on: str  # a toggle's state
    off: str
    selected: str
    position: str  # with {index} and {count}: "{index} of {count}"
    at: str  # "@" in an address
    dot: str  # "." in an address
    separator: str = ", "


@dataclass(frozen=True)
class Focused:
    """What is known of the item that has the focus."""

    name: str
    role: Role = Role.OTHER
    description: str = ""
    checkable: bool = False
    checked: bool = False
    selected: bool = False
    index: int = 0  # 1-based position among its like; 0: none
    count: int = 0


def phrase(item: Focused, words: Words, lang: str) -> str:
    """The sentence said for ``item`` in ``lang``; "" for an item with no name."""
    name = item.name.strip()
    if not name:
        return ""
    parts = [name]
    role_word = words.roles.get(item.role, "")
    if role_word:
        parts.append(role_word)
    if item.checkable:
        parts.append(words.on if item.checked else words.off)
    elif item.selected:
        parts.append(words.selected)
    if item.count > 1 and 0 < item.index <= item.count:
        parts.append(words.position.format(index=item.index, count=item.count))
    if item.description.strip():
        parts.append(item.description.strip())
    return sayable(words.separator.join(parts), words, lang)


def sayable(text: str, words: Words, lang: str) -> str:
    """Any text as espeak-ng is given it: contacts made readable, then
    cleaned (kiosk.speech.plain)."""
    return plain_text(with_spoken_contacts(text, words.at, words.dot), lang)
