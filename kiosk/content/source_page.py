"""The page the content is written from, and the passages each section cites.

A ministry signs content it can trace: every fact on screen comes from one
page of its own site. The content folder carries a verbatim copy of that
page (``source/page.txt``, with ``source/SOURCE.txt`` saying where it came
from), so the content and the text it was written from travel together: a
content folder copied to a USB stick is checked against its own page, and a
new page comes with the content rewritten from it.

Each section names its passages in a ``source`` list, as line numbers of the
page or as words quoted from it::

    source:
      - lines: 21-27
      - quote: derived from the key initiatives of the President of Turkmenistan

A quote must occur in the page as written, whitespace aside (the page's line
breaks, double and no-break spaces are one space); one that differs only in
case, quotation marks or dashes is reported with the page's own words. A
wrong passage costs only itself: it says nothing on screen, so the section
still shows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.characters import printable
from kiosk.content.fields import Fields, kind_of, parse_plain_text
from kiosk.content.model import SourcePassage
from kiosk.content.problems import ProblemLog
from kiosk.content.textfile import LINE_BREAK, NOT_FOUND, line_at, read_text, status
from kiosk.content.yamlsource import line_of, refused

SOURCE_PAGE = Path("source", "page.txt")
SOURCE_NOTE = Path("source", "SOURCE.txt")
PAGE_NAME = SOURCE_PAGE.as_posix()  # as messages name it, on every system
MAX_PASSAGES = 30
# Fewer words are a phrase, found anywhere; they say nothing of where a
# section comes from.
MIN_QUOTE_WORDS = 3

_LINES = re.compile(r"(\d{1,7})(?:\s*[-–]\s*(\d{1,7}))?")
# What a quote typed by hand differs in from the page without being wrong
# words: quotation marks, apostrophes and dashes (case is folded too).
_LOOSE = str.maketrans("‘’‛′“”„″«»–—‒―−", '\'\'\'\'""""""-----')


_WORD = re.compile(r"\S+")


def _folded(word: str) -> str:
    """``word`` with marks and case folded, one character for one (a letter
    whose lower case is longer, such as İ, keeps its case)."""
    word = word.translate(_LOOSE)
    lower = word.lower()
    if len(lower) == len(word):
        return lower
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in word)


def _squeezed(text: str, *, loose: bool = False) -> tuple[str, tuple[int, ...]]:
    """``text`` with each run of whitespace one space (and, ``loose``, marks
    and case folded), and for each character kept its index in ``text``.
    Word by word, not character by character: the kiosk reads the page at
    every start, and a page of some 15,000 characters took 12 ms that way."""
    kept: list[str] = []
    where: list[int] = []
    for match in _WORD.finditer(text):
        start, end = match.span()
        if kept:
            kept.append(" ")  # at the first character of the run of whitespace
            where.append(_run_start(text, start))
        kept.append(_folded(match.group()) if loose else match.group())
        where.extend(range(start, end))
    return "".join(kept), tuple(where)


def _run_start(text: str, word_start: int) -> int:
    """Where the run of whitespace that ends at ``word_start`` begins."""
    index = word_start
    while index > 0 and text[index - 1].isspace():
        index -= 1
    return index


@dataclass(frozen=True)
class SourcePage:
    """The page's text, its lines, and what finding a quote in it needs."""

    text: str
    lines: tuple[str, ...] = field(init=False)
    line_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _exact: tuple[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)
    _loose: tuple[str, tuple[int, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(LINE_BREAK.split(self.text)))
        starts = (0, *(match.end() for match in LINE_BREAK.finditer(self.text)))
        object.__setattr__(self, "line_starts", starts)
        object.__setattr__(self, "_exact", _squeezed(self.text))
        object.__setattr__(self, "_loose", _squeezed(self.text, loose=True))

    def find(self, quote: str) -> tuple[int, int] | None:
        """The first and last line of the quote's first occurrence, or None."""
        span = self.span(quote)
        return (line_at(self.text, span[0]), line_at(self.text, span[1])) if span else None

    def near(self, quote: str) -> tuple[int, str] | None:
        """Where the quote occurs when case, quotation marks and dashes are
        let go, and the page's own words there; None if not even so."""
        span = self._search(quote, self._loose, loose=True)
        if span is None:
            return None
        return line_at(self.text, span[0]), self.text[span[0] : span[1] + 1]

    def span(self, quote: str) -> tuple[int, int] | None:
        """Where in ``text`` the quote's first occurrence starts and ends
        (both inclusive), or None."""
        return self._search(quote, self._exact, loose=False)

    @staticmethod
    def _search(
        quote: str, index: tuple[str, tuple[int, ...]], *, loose: bool
    ) -> tuple[int, int] | None:
        wanted, _ = _squeezed(quote, loose=loose)
        squeezed, where = index
        at = squeezed.find(wanted) if wanted else -1
        if at < 0:
            return None
        return where[at], where[at + len(wanted) - 1]

    def passage(self, first: int, last: int) -> str:
        """Lines ``first`` to ``last`` (1-based, inclusive) as they stand."""
        return "\n".join(self.lines[first - 1 : last])


def read_source_page(folder: Path, log: ProblemLog) -> SourcePage | None:
    """The content folder's copy of the source page, or None (logged)."""
    path = folder / SOURCE_PAGE
    if status(path) == NOT_FOUND:
        log.warning(
            1,
            f"no source page: the sections' source passages are not checked "
            f"(see {SOURCE_NOTE.as_posix()} in the packaged content)",
        )
        return None
    text = read_text(path, log)
    if text is None:
        return None
    if not text.strip():
        log.error(1, "empty file: the sections' source passages are not checked")
        return None
    return SourcePage(text)


def parse_source(root: Node, log: ProblemLog, page: SourcePage | None) -> tuple[SourcePassage, ...]:
    """The passages a section file's ``source`` names; each wrong one is
    reported and left out. A section without them is warned about: the
    review page could not show what it was written from."""
    node = value_of(root, "source")
    if node is None:
        if isinstance(root, MappingNode):
            log.warning(
                line_of(root),
                f"source: missing; name the passages of {PAGE_NAME} this section was written "
                "from (lines: 21-27, or quote: words as the page has them)",
            )
        return ()
    if refused(node):
        return ()
    if not isinstance(node, SequenceNode) or not node.value:
        got = "an empty list" if isinstance(node, SequenceNode) else kind_of(node)
        log.error(line_of(node), f"source: expected a list of passages, got {got}")
        return ()
    children = node.value
    if len(children) > MAX_PASSAGES:
        log.error(
            line_of(children[MAX_PASSAGES]),
            f"source: {len(children)} passages; only the first {MAX_PASSAGES} are used",
        )
        children = children[:MAX_PASSAGES]
    passages = (parse_passage(child, f"source[{i}]", log, page) for i, child in enumerate(children))
    return tuple(p for p in passages if p is not None)


def value_of(root: Node, key: str) -> Node | None:
    """The first value of ``key`` in a mapping (a duplicate is reported as such)."""
    if isinstance(root, MappingNode):
        for name, value in root.value:
            if isinstance(name, ScalarNode) and name.value == key:
                return value
    return None


def parse_passage(
    node: Node, path: str, log: ProblemLog, page: SourcePage | None
) -> SourcePassage | None:
    """One passage (``lines`` or ``quote``), or None after logging why not."""
    fields = Fields(node, path, log, required=(), optional=("lines", "quote"))
    if not fields.ok:
        return None
    if len(fields.values) != 1:
        log.error(line_of(node), f"{path}: a passage has exactly one key: lines or quote")
        return None
    if (lines := fields.get("lines")) is not None:
        return _parse_lines(lines, fields.sub("lines"), log, page)
    quote = fields.get("quote")
    assert quote is not None
    return _parse_quote(quote, fields.sub("quote"), log, page)


def _parse_lines(
    node: Node, path: str, log: ProblemLog, page: SourcePage | None
) -> SourcePassage | None:
    text = parse_plain_text(node, path, log, most=40)
    if text is None:
        return None
    match = _LINES.fullmatch(text)
    if match is None:
        log.error(
            line_of(node),
            f"{path}: expected a line number or a range like 21-27, got '{printable(text, 40)}'",
        )
        return None
    first = int(match[1])
    last = int(match[2]) if match[2] else first
    if first < 1:
        log.error(line_of(node), f"{path}: lines are counted from 1")
        return None
    if last < first:
        log.error(line_of(node), f"{path}: {first}-{last} runs backwards; write {last}-{first}")
        return None
    if page is None:
        return SourcePassage(first, last)
    if last > len(page.lines):
        log.error(
            line_of(node),
            f"{path}: {text} is past the end of {PAGE_NAME}, which has {len(page.lines)} lines",
        )
        return None
    if not page.passage(first, last).strip():
        which = f"line {first} is" if first == last else f"lines {first}-{last} are"
        log.error(line_of(node), f"{path}: {which} blank in {PAGE_NAME}")
        return None
    return SourcePassage(first, last)


def _parse_quote(
    node: Node, path: str, log: ProblemLog, page: SourcePage | None
) -> SourcePassage | None:
    quote = parse_plain_text(node, path, log)
    if quote is None:
        return None
    words = len(quote.split())
    if words < MIN_QUOTE_WORDS:
        log.error(
            line_of(node),
            f"{path}: {words} word(s) say little about where a text comes from; quote at "
            f"least {MIN_QUOTE_WORDS}",
        )
        return None
    if page is None:
        return SourcePassage(0, 0, quote)
    found = page.find(quote)
    if found is not None:
        return SourcePassage(found[0], found[1], quote)
    near = page.near(quote)
    if near is not None:
        log.error(
            line_of(node),
            f"{path}: not in {PAGE_NAME} as written; line {near[0]} has "
            f"'{printable(' '.join(near[1].split()), 80)}' (case, quotation marks or dashes "
            "differ)",
        )
    else:
        log.error(line_of(node), f"{path}: not in {PAGE_NAME}: '{printable(quote, 80)}'")
    return None
