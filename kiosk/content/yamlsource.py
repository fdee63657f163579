"""Read one YAML file into a node tree, refusing what staff should never ship.

We compose (not construct) with PyYAML's safe loader so that every node keeps
its line number for error messages, duplicate keys can be seen, and aliases
are never expanded blindly.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.problems import ProblemLog

# libyaml's composer when PyYAML was built with it: ten times faster, same
# nodes and line numbers, still the safe resolver.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

MAX_FILE_BYTES = 256 * 1024
# A generous ceiling for a hand-written file once aliases are expanded; a
# "billion laughs" file exceeds it by orders of magnitude.
MAX_EXPANDED_NODES = 20_000


def line_of(node: Node) -> int:
    return node.start_mark.line + 1


def read_yaml(path: Path, log: ProblemLog) -> Node | None:
    """The document's root node, or None after logging why it can't be used."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        log.error(1, f"cannot read file: {exc.strerror or exc}")
        return None
    if len(raw) > MAX_FILE_BYTES:
        log.error(1, f"file is {len(raw) // 1024} KiB; the limit is {MAX_FILE_BYTES // 1024} KiB")
        return None
    if b"\x00" in raw:
        log.error(
            raw[: raw.index(b"\x00")].count(b"\n") + 1, "binary file (NUL byte), not YAML text"
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        log.error(line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8")
        return None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        log.error(1, "empty file")
        return None
    try:
        root = yaml.compose(text, Loader=SAFE_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        message = f"YAML syntax: {exc.problem or exc.context}"
        if exc.context and exc.context_mark and exc.context_mark.line + 1 != line:
            message += f" ({exc.context} at line {exc.context_mark.line + 1})"
        log.error(line, message)
        return None
    except yaml.YAMLError as exc:
        log.error(1, f"YAML syntax: {exc}")
        return None
    if root is None or (isinstance(root, ScalarNode) and root.tag.endswith(":null")):
        log.error(1, "empty file")
        return None
    if not _check_expansion(root, log):
        return None
    _check_duplicate_keys(root, log, set())
    return root


def _check_expansion(root: Node, log: ProblemLog) -> bool:
    """Refuse alias bombs and recursive aliases before anything walks the tree."""
    sizes: dict[int, int] = {}
    in_progress: set[int] = set()

    def size(node: Node) -> int:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in in_progress:
            raise _Recursive(line_of(node))
        in_progress.add(key)
        total = 1
        if isinstance(node, SequenceNode):
            total += sum(size(child) for child in node.value)
        elif isinstance(node, MappingNode):
            total += sum(size(k) + size(v) for k, v in node.value)
        in_progress.discard(key)
        if total > MAX_EXPANDED_NODES:
            raise _TooLarge(line_of(node))
        sizes[key] = total
        return total

    try:
        size(root)
    except _Recursive as exc:
        log.error(exc.line, "recursive YAML alias")
        return False
    except _TooLarge as exc:
        log.error(
            exc.line,
            f"aliases expand to more than {MAX_EXPANDED_NODES} values (alias expansion bomb?)",
        )
        return False
    return True


class _AliasProblem(Exception):
    def __init__(self, line: int) -> None:
        super().__init__(line)
        self.line = line


class _Recursive(_AliasProblem):
    pass


class _TooLarge(_AliasProblem):
    pass


def _check_duplicate_keys(node: Node, log: ProblemLog, seen: set[int]) -> None:
    if id(node) in seen:
        return
    seen.add(id(node))
    if isinstance(node, MappingNode):
        first_line: dict[str, int] = {}
        for key, value in node.value:
            if isinstance(key, ScalarNode):
                if key.value in first_line:
                    log.error(
                        line_of(key),
                        f"duplicate key '{key.value}' (first at line {first_line[key.value]})",
                    )
                else:
                    first_line[key.value] = line_of(key)
            _check_duplicate_keys(value, log, seen)
    elif isinstance(node, SequenceNode):
        for child in node.value:
            _check_duplicate_keys(child, log, seen)
