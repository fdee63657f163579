"""YAML text to a node tree, one event at a time, within fixed limits.

PyYAML's own composer calls itself for each level of nesting, so a small file
nested a few hundred levels deep ends in a RecursionError. This one keeps its
own stack, stops at the first node nested deeper than content files ever
need, counts values and aliases as it goes, and refuses explicit YAML tags
and escaped control characters, naming the field (``body[1].bullets[0].en``).
The nodes are PyYAML's own, with the safe resolver's implicit tags, so
everything that reads them keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
)
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.characters import find_forbidden, printable, problem_with
from kiosk.content.problems import ProblemLog
from kiosk.content.textfile import LINE_BREAK, line_at

# libyaml's parser when PyYAML was built with it (about ten times faster than
# the pure-Python one); both give the same events and marks.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# The packaged files nest at most 6 levels (contacts: organizations, an
# organisation, its entries, an entry, its street, a language).
MAX_DEPTH = 20
# Values written in one file (aliases count once here; what they expand to
# is bounded after composing). A 256 KiB file can hold about 130,000.
MAX_NODES = 50_000
MAX_ALIASES = 1_000
# Reported per file before the rest are left unsaid.
_MAX_REPORTS = 20
# What a refused value (a tagged one, or text with an escaped control
# character) becomes: an empty scalar with this tag, reported once here and
# skipped without a second message by whatever reads the field
# (`refused`). The rest of the file is still read, so one bad value costs
# one field, not the file (a settings file keeps its PIN hash).
REFUSED_TAG = "tag:kiosk.invalid,2026:refused"


def refused(node: Node) -> bool:
    """Was this value refused (and reported) while the file was read?"""
    return node.tag == REFUSED_TAG


class _Stop(Exception):
    """A limit was passed: the rest of the file is not read."""


@dataclass
class _Open:
    """A list or mapping whose children are still being read."""

    node: SequenceNode | MappingNode
    path: str
    refused: bool = False  # tagged: it stands in the tree as a refused value
    key: str | None = None  # a mapping's key read, its value not yet
    items: list = field(default_factory=list)  # nodes, or (key, value) pairs


def compose(text: str, log: ProblemLog) -> Node | None:
    """The one document's root node; None when the file is empty, or when it
    cannot be read on (a syntax error or a limit passed: logged). Values
    refused one by one are logged and stand in the tree as `refused`."""
    composer = _Composer(log)
    loader = SAFE_LOADER(text)
    try:
        composer.run(loader)
    except _Stop:
        return None
    except yaml.MarkedYAMLError as exc:
        _syntax_error(exc, text, log)
        return None
    except yaml.reader.ReaderError as exc:
        log.error(line_at(text, exc.position), f"YAML syntax: {exc.reason}")
        return None
    except yaml.YAMLError as exc:
        log.error(1, f"YAML syntax: {exc}")
        return None
    finally:
        loader.dispose()
    return composer.root


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, log: ProblemLog) -> None:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    tab = _tab_column(text, mark.line, mark.column) if mark else None
    if tab is not None:
        # What a tab in the indentation gives is "found character that cannot
        # start any token": editors insert tabs, and staff cannot see them.
        log.error(
            line,
            f"YAML syntax: a tab in column {tab}; YAML indents with spaces only, "
            "replace the tab with spaces",
        )
        return
    message = f"YAML syntax: {exc.problem or exc.context}"
    if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
        message += f" ({exc.context} at line {exc.context_mark.line + 1})"
    log.error(line, message)


def _tab_column(text: str, line: int, column: int) -> int | None:
    """The 1-based column of the tab where the parser stopped (it may stop
    on the spaces before it), or None if it did not stop at a tab."""
    lines = LINE_BREAK.split(text, maxsplit=line + 1)
    if line >= len(lines):
        return None
    rest = lines[line][column:]
    spaces = len(rest) - len(rest.lstrip(" "))
    return column + spaces + 1 if rest[spaces : spaces + 1] == "\t" else None


def _shorten(path: str, most: int = 60) -> str:
    """``body[0][0][0]…[0][0]``: a long path cut between its parts."""
    if len(path) <= most:
        return path
    half = most // 2
    head = max(path.rfind("[", 0, half), path.rfind(".", 0, half))
    starts = [i for i in (path.find("[", -half), path.find(".", -half)) if i >= 0]
    tail = min(starts) if starts else len(path) - half
    return f"{path[: head if head > 0 else half]}…{path[tail:]}"


class _Composer:
    def __init__(self, log: ProblemLog) -> None:
        self.log = log
        self.root: Node | None = None
        self.stack: list[_Open] = []
        self.anchors: dict[str, Node] = {}
        self.nodes = 0
        self.aliases = 0
        self.reports = 0

    def run(self, loader: yaml.SafeLoader) -> None:
        documents = 0
        while True:
            event = loader.get_event()
            if isinstance(event, StreamEndEvent):
                return
            if isinstance(event, DocumentStartEvent):
                documents += 1
                if documents > 1:
                    self._refuse(event, "a second YAML document starts here; a file holds one")
                    raise _Stop
            elif isinstance(event, AliasEvent):
                self._alias(event)
            elif isinstance(event, ScalarEvent):
                self._scalar(event, loader)
            elif isinstance(event, (SequenceStartEvent, MappingStartEvent)):
                self._start(event, loader)
            elif isinstance(event, (SequenceEndEvent, MappingEndEvent)):
                done = self.stack.pop()
                done.node.value = done.items
                self._add(self._stand_in(done.node) if done.refused else done.node)

    # -- one event each

    def _alias(self, event: AliasEvent) -> None:
        self.aliases += 1
        if self.aliases > MAX_ALIASES:
            self._refuse(event, f"more than {MAX_ALIASES:,} aliases (*name) in one file")
            raise _Stop
        node = self.anchors.get(event.anchor)
        if node is None:
            self._refuse(event, f"alias '*{printable(event.anchor)}' names no anchor before it")
            raise _Stop
        if any(o.node is node for o in self.stack):
            self._refuse(
                event,
                f"recursive YAML alias: '*{printable(event.anchor)}' names the list or mapping "
                f"it is in (line {node.start_mark.line + 1})",
            )
            raise _Stop
        self._count(event)
        self._add(node)

    def _scalar(self, event: ScalarEvent, loader: yaml.SafeLoader) -> None:
        self._count(event)
        where = self._where(event.value)
        bad = self._check_tag(event, where)
        if (char := find_forbidden(event.value)) is not None:
            self._report(
                event,
                f"{where or 'file'}: {problem_with(char[0])} (written as an escape); remove it",
            )
            bad = True
        tag = loader.resolve(ScalarNode, event.value, event.implicit)
        # libyaml calls the plain style '', pure PyYAML None: one spelling here.
        style = event.style or None
        node = ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=style)
        if bad:
            node = self._stand_in(node)
        self._anchor(event, node)
        self._add(node)

    def _start(self, event: SequenceStartEvent | MappingStartEvent, loader) -> None:
        self._count(event)
        where = self._where()
        if len(self.stack) >= MAX_DEPTH:
            self._refuse(
                event,
                f"{_shorten(where) or 'file'}: lists and mappings nested more than "
                f"{MAX_DEPTH} levels deep; the kiosk's files need at most 6",
            )
            raise _Stop
        bad = self._check_tag(event, where)
        kind = SequenceNode if isinstance(event, SequenceStartEvent) else MappingNode
        tag = loader.resolve(kind, None, event.implicit)
        node = kind(tag, [], event.start_mark, event.end_mark, flow_style=event.flow_style)
        # A refused list or mapping is still read to its end (its events
        # follow), but an alias to it finds the stand-in.
        self._anchor(event, self._stand_in(node) if bad else node)
        self.stack.append(_Open(node, where, refused=bad))

    # -- helpers

    def _where(self, key_text: str | None = None) -> str:
        """The path of the node about to be added (a key shares its value's)."""
        if not self.stack:
            return ""
        top = self.stack[-1]
        if isinstance(top.node, SequenceNode):
            return f"{top.path}[{len(top.items)}]"
        name = top.key if top.key is not None else key_text
        name = printable(name, 40) if name is not None else "(key)"
        return f"{top.path}.{name}" if top.path else name

    def _add(self, node: Node) -> None:
        if not self.stack:
            self.root = node
            return
        top = self.stack[-1]
        if isinstance(top.node, SequenceNode):
            top.items.append(node)
        elif top.key is None:
            top.items.append((node, None))
            top.key = node.value if isinstance(node, ScalarNode) else "(key)"
        else:
            key, _ = top.items[-1]
            top.items[-1] = (key, node)
            top.key = None

    def _anchor(self, event: Event, node: Node) -> None:
        name = event.anchor
        if name is None:
            return
        if name in self.anchors:
            first = self.anchors[name].start_mark.line + 1
            self._refuse(
                event, f"anchor '&{printable(name)}' is defined twice (first at line {first})"
            )
            raise _Stop
        self.anchors[name] = node

    def _count(self, event: Event) -> None:
        self.nodes += 1
        if self.nodes > MAX_NODES:
            self._refuse(event, f"more than {MAX_NODES:,} values in one file")
            raise _Stop

    def _check_tag(
        self, event: ScalarEvent | SequenceStartEvent | MappingStartEvent, where: str
    ) -> bool:
        """Report an explicit tag; True if there was one."""
        if event.tag is None:
            return False
        tag = event.tag.replace("tag:yaml.org,2002:", "!!")
        self._report(
            event,
            f"{where or 'file'}: YAML tags such as '{printable(tag, 30)}' are not used "
            "in the kiosk's files; remove it",
        )
        return True

    @staticmethod
    def _stand_in(node: Node) -> ScalarNode:
        return ScalarNode(REFUSED_TAG, "", node.start_mark, node.end_mark)

    def _report(self, event: Event, message: str) -> None:
        self.reports += 1
        if self.reports <= _MAX_REPORTS:
            self.log.error(event.start_mark.line + 1, message)

    def _refuse(self, event: Event, message: str) -> None:
        self.reports += 1
        self.log.error(event.start_mark.line + 1, message)
