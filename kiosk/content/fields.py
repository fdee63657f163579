"""Reading single fields from YAML nodes by the project's own rules.

YAML 1.1 guesses a type for every plain scalar: ``yes`` is a boolean, ``010``
an octal number, ``1:30`` a sexagesimal one, ``2025`` an integer. Content
files do not guess: a text field takes the text as written (Norway's ``NO``
stays "NO"); a whole number is plain decimal digits within a range each field
documents, checked before Python or Qt ever turn it into a number. Every
problem names the field by its dotted path (``body[2].bullets[0].ru``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.characters import printable
from kiosk.content.model import KNOWN_LANGUAGES, LocalText
from kiosk.content.problems import ProblemLog
from kiosk.content.yamlsource import line_of, refused

T = TypeVar("T")

ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
MAX_TEXT_CHARS = 4000
# No sign, no underscores, no leading zeros, no other base: 12, not 012.
_WHOLE_NUMBER = re.compile(r"0|[1-9][0-9]*")
# Plain scalars YAML reads as "nothing": for a text field, an empty text.
_NULLS = ("", "~", "null", "Null", "NULL")
_TAG_NAMES = {"null": "nothing (null)", "bool": "yes/no", "int": "a number", "float": "a number"}


@dataclass(frozen=True)
class Room:
    """How much text fits where a field is shown."""

    # The longest word, in characters, that fits on one line of the
    # narrowest place the field is shown; a longer one is warned about, and
    # the screen breaks it inside the word (KText's Text.Wrap).
    word: int
    # The longest text the field may hold: less than MAX_TEXT_CHARS where it
    # is shown in a place that does not scroll (header, home's band, the
    # map's key figures, the attract screen).
    chars: int = MAX_TEXT_CHARS


class Fit:
    """Each kind of text's Room. Words were measured on the packaged UI at
    1920x1080, 1080x1920 and 1280x800, with standard and large text (Aa,
    1.5x), as the place's width over the average width of a letter of the
    packaged words in its font; the packaged content's longest word is given
    for each, and every limit is above it. The lengths are what the places
    that do not scroll hold at every size, with words as long as fit
    (tests/content/test_long_texts_ui.py); the packaged texts are at most
    30, 45, 61 and 37 characters (site title, motto, figure label, topic)."""

    REGION_NAME = Room(word=14)  # the region panel's heading at 1280x800, large text (13)
    SECTION_TITLE = Room(word=18, chars=80)  # the reader's headline upright, large (14)
    FIGURE_LABEL = Room(word=18, chars=64)  # home's key figures upright, large text (15)
    # The header's title is one line that shrinks to fit (never wraps: a
    # language switch must not change the header): 34 characters hold
    # upright with large text.
    SITE_TITLE = Room(word=20, chars=34)  # the header upright, large text (14)
    # The ministry's name above the title: one line that shrinks to fit
    # rather than wrap (the header's height never changes with the language);
    # 46 characters hold upright with large text (the Russian name is 42).
    MINISTRY = Room(word=20, chars=46)
    # A contact card's name and address also go into its QR code (twice
    # for the name), which holds at most about 2,300 bytes.
    ADDRESS = Room(word=21, chars=150)  # a contact entry's address lines at 1280x800 (12)
    MOTTO = Room(word=22, chars=80)  # home's motto upright, large text (13)
    # A notice's title and text, on home's notice band and (the title, in
    # every language) on the attract screen: the most notices shown at once
    # with texts this long fit both at every size, with large text
    # (tests/ui/test_notices_layout.py). Real ones are shorter: "The
    # consular section is closed on 12 December" is 45.
    NOTICE_TITLE = Room(word=18, chars=60)
    NOTICE_TEXT = Room(word=24, chars=140)
    ORG_NAME = Room(word=24, chars=200)  # a contact card's heading upright, large text (14)
    REGION_TEXT = Room(word=26)  # the region panel at 1920x1080, large text (16)
    SUMMARY = Room(word=29)  # a home tile at 1920x1080 (16)
    FORMAT = Room(word=35)  # a dialogue format in the region panel (12)
    BODY = Room(word=36)  # a paragraph or bullet in the reader upright, large text (26)


# Combining marks (accents) stacked on one letter: real writing has one or
# two; "Zalgo" text stacks dozens, drawn far above and below its line, over
# the text around it. These blocks are the marks such text is made of.
_STACKED_MARKS = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]{5,}"
)

# Where a line may break: breaking spaces (not the no-break ones) and zero
# width space, and after a hyphen, dash or slash.
# A typewriter's quotes in text a visitor reads: print writes ’ for an
# apostrophe, “ ” for quotes in English and « » in Russian and Turkmen
# (as the content does: «Merkezi Aziýa + 1», “Central Asia + 1”).
_STRAIGHT_QUOTE = re.compile(r"['\"]")
_WORD_BREAK = re.compile(
    r"[ \t\n\r\u1680\u2000-\u2006\u2008-\u200b\u205f\u3000]+|(?<=[-\u2010\u2013\u2014/])"
)


def kind_of(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _TAG_NAMES.get(node.tag.rsplit(":", 1)[-1], "text")


class Fields:
    """A checked YAML mapping: unknown keys and missing required keys reported.
    A *retired* key (one the kiosk once read) is a warning that says why it
    is no longer read, so that an older file still loads; it is not listed
    among the allowed keys."""

    def __init__(
        self,
        node: Node,
        path: str,
        log: ProblemLog,
        required: Sequence[str],
        optional: Sequence[str] = (),
        retired: Mapping[str, str] | None = None,
    ) -> None:
        self.node, self.path, self.log = node, path, log
        self.values: dict[str, Node] = {}
        self.ok = isinstance(node, MappingNode)
        if refused(node):  # reported while the file was read
            return
        if not self.ok:
            log.error(line_of(node), f"{path or 'file'}: expected a mapping, got {kind_of(node)}")
            return
        allowed = (*required, *optional)
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else None
            if refused(key):
                self.ok = False
                continue
            if retired and name in retired:
                log.warning(line_of(key), f"{self.sub(name)}: {retired[name]}")
            elif name not in allowed:
                shown = printable(name, 40) if name is not None else kind_of(key)
                log.error(
                    line_of(key),
                    f"{self.sub(shown)}: unknown key (allowed: {', '.join(allowed)})",
                )
                self.ok = False
            elif name not in self.values:  # duplicates are reported by yamlsource
                self.values[name] = value
        for name in required:
            if name not in self.values:
                log.error(line_of(node), f"{self.sub(name)}: missing required field")
                self.ok = False

    def sub(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def get(self, name: str) -> Node | None:
        return self.values.get(name)


def parse_text(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str], *, fit: Room
) -> LocalText | None:
    """A field written in several languages: ``{tk: …, ru: …, en: …}``,
    each no longer than ``fit`` allows where it is shown."""
    if refused(node):
        return None
    if not isinstance(node, MappingNode):
        log.error(
            line_of(node), f"{path}: expected texts by language (tk, ru, en), got {kind_of(node)}"
        )
        return None
    values: dict[str, str] = {}
    ok = True
    for key, value in node.value:
        code = key.value if isinstance(key, ScalarNode) else None
        if refused(key):
            ok = False
            continue
        if code not in KNOWN_LANGUAGES:
            shown = printable(code, 20) if code is not None else kind_of(key)
            log.error(
                line_of(key),
                f"{path}: unknown language code '{shown}' (known: {', '.join(KNOWN_LANGUAGES)})",
            )
            ok = False
            continue
        text = parse_plain_text(value, f"{path}.{code}", log, most=fit.chars)
        if text is None:
            ok = False
        elif code not in values:
            values[code] = text
            _check_words(text, value, f"{path}.{code}", log, fit.word)
            _check_quotes(text, value, f"{path}.{code}", log)
    if not ok:
        return None
    if not values:
        log.error(line_of(node), f"{path}: no text in any language")
        return None
    for code in languages:
        if code not in values:
            log.warning(line_of(node), f"{path}: no '{code}' text; English is shown instead")
    return LocalText(values, room=fit.word)


def _check_words(text: str, node: Node, path: str, log: ProblemLog, limit: int) -> None:
    longest = max(_WORD_BREAK.split(text), key=len)
    if len(longest) > limit:
        log.warning(
            line_of(node),
            f"{path}: the word '{printable(longest, 24)}' ({len(longest)} characters) is "
            f"longer than the {limit} that fit on one line where it is shown; "
            "the screen breaks it inside the word",
        )


def _check_quotes(text: str, node: Node, path: str, log: ProblemLog) -> None:
    if (found := _STRAIGHT_QUOTE.search(text)) is None:
        return
    # The words around it, so that staff find it in a long paragraph.
    words = text.split()
    at = next(i for i, word in enumerate(words) if found[0] in word)
    around = printable(" ".join(words[max(at - 3, 0) : at + 4]), 60)
    quotes = "“ ”" if path.endswith(".en") else "« »"
    if found[0] == "'":
        what, instead = "apostrophe (')", f"’ for an apostrophe, {quotes} for quotes"
    else:
        what, instead = 'quote (")', quotes
    log.warning(line_of(node), f"{path}: a straight {what} in '{around}': write {instead}")


def parse_plain_text(
    node: Node, path: str, log: ProblemLog, *, most: int = MAX_TEXT_CHARS
) -> str | None:
    """The scalar's text as written, whatever YAML 1.1 would make of it, of
    at most ``most`` characters."""
    if refused(node):
        return None
    if not isinstance(node, ScalarNode):
        log.error(line_of(node), f"{path}: expected text, got {kind_of(node)}")
        return None
    if node.style is None and node.value in _NULLS:
        log.error(line_of(node), f"{path}: empty text")
        return None
    text = node.value.strip()
    if not text:
        log.error(line_of(node), f"{path}: empty text")
        return None
    if len(text) > most:
        where = "" if most == MAX_TEXT_CHARS else " for what is shown here"
        log.error(
            line_of(node), f"{path}: text is {len(text):,} characters; the limit{where} is {most:,}"
        )
        return None
    if (marks := _STACKED_MARKS.search(text)) is not None:
        log.error(
            line_of(node),
            f"{path}: {len(marks[0])} accents stacked on one letter; the screen would draw "
            "them over the lines around it",
        )
        return None
    return text


def parse_id(node: Node, path: str, log: ProblemLog) -> str | None:
    """An id used in screen names and file references: lower-case slug."""
    value = parse_plain_text(node, path, log)
    if value is not None and not ID.match(value):
        log.error(
            line_of(node),
            f"{path}: '{printable(value, 40)}' must be lower-case letters, digits and '-' "
            "(at most 48)",
        )
        return None
    return value


def parse_int(
    node: Node, path: str, log: ProblemLog, *, minimum: int = 0, maximum: int
) -> int | None:
    """A whole number from ``minimum`` to ``maximum``, written in plain
    decimal digits; checked as text before it becomes a number, so no
    length of digits costs anything."""
    if refused(node):
        return None
    if not isinstance(node, ScalarNode):
        log.error(line_of(node), f"{path}: expected a whole number like 12, got {kind_of(node)}")
        return None
    text = node.value.strip()
    if not _WHOLE_NUMBER.fullmatch(text):
        shown = f"'{printable(text, 30)}'" if text and node.value not in _NULLS else "nothing"
        log.error(line_of(node), f"{path}: expected a whole number like 12, got {shown}")
        return None
    value = int(text) if len(text) <= len(str(maximum)) else None
    if value is None or not minimum <= value <= maximum:
        shown = text if len(text) <= 30 else f"a number of {len(text)} digits"
        log.error(line_of(node), f"{path}: {shown} is not from {minimum:,} to {maximum:,}")
        return None
    return value


def parse_list(
    node: Node,
    path: str,
    log: ProblemLog,
    item: Callable[[Node, str], T | None],
    *,
    most: int,
) -> list[T] | None:
    """Parse each item; None if the node is not a non-empty list of at most
    ``most`` items or any item failed."""
    if refused(node):
        return None
    if not isinstance(node, SequenceNode):
        log.error(line_of(node), f"{path}: expected a list, got {kind_of(node)}")
        return None
    if not node.value:
        log.error(line_of(node), f"{path}: empty list")
        return None
    if len(node.value) > most:
        log.error(line_of(node), f"{path}: {len(node.value)} items; the limit is {most}")
        return None
    parsed = [item(child, f"{path}[{i}]") for i, child in enumerate(node.value)]
    if any(p is None for p in parsed):
        return None
    return parsed  # type: ignore[return-value]
