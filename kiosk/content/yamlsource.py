"""Read one YAML file into a node tree, refusing what staff should never ship.

The one hardened reader for every YAML file the kiosk reads (content and
settings). We compose (not construct) so that every node keeps its line
number for error messages, duplicate keys can be seen, and aliases are never
expanded blindly. Nothing here recurses: the file is checked before it is
read (textfile), composed with a depth limit (composer), and walked with
explicit stacks below.
"""

from __future__ import annotations

from pathlib import Path

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.characters import printable
from kiosk.content.composer import compose, refused
from kiosk.content.problems import ProblemLog
from kiosk.content.textfile import MAX_FILE_BYTES, read_text

__all__ = ["MAX_EXPANDED_NODES", "MAX_FILE_BYTES", "line_of", "read_yaml", "refused"]

# A generous ceiling for a hand-written file once aliases are expanded; a
# "billion laughs" file exceeds it by orders of magnitude.
MAX_EXPANDED_NODES = 20_000
MERGE_TAG = "tag:yaml.org,2002:merge"


def line_of(node: Node) -> int:
    return node.start_mark.line + 1


def read_yaml(path: Path, log: ProblemLog) -> Node | None:
    """The document's root node, or None after logging why it can't be used.
    Never raises for anything in or at ``path``."""
    text = read_text(Path(path), log)
    if text is None:
        return None
    if not text.strip():
        log.error(1, "empty file")
        return None
    before = log.error_count
    root = compose(text, log)
    if root is None and log.error_count > before:
        return None  # not readable on: the reason is logged
    if root is None or (isinstance(root, ScalarNode) and root.tag.endswith(":null")):
        log.error(1, "empty file")
        return None
    # Only an alias (`*name`) can expand or recurse, and only a `<<` key can
    # merge; a file without the characters has neither (explicit tags are
    # refused), and is spared those walks of its tree (each start reads
    # every content file).
    if "*" in text and not _check_expansion(root, log):
        return None
    _check_duplicate_keys(root, log)
    if "<<" in text and not _merge_keys(root, log):
        return None
    return root


def _children(node: Node) -> list[Node]:
    if isinstance(node, SequenceNode):
        return node.value
    if isinstance(node, MappingNode):
        return [part for pair in node.value for part in pair]
    return []


def _check_expansion(root: Node, log: ProblemLog) -> bool:
    """Refuse alias bombs and recursive aliases before anything walks the tree.

    Each distinct node's size is its expanded size (a node an alias names
    again counts again), computed bottom-up with an explicit stack."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            open_nodes.discard(key)
            total = 1 + sum(sizes[id(child)] for child in _children(node))
            if total > MAX_EXPANDED_NODES:
                log.error(
                    line_of(node),
                    f"aliases expand to more than {MAX_EXPANDED_NODES:,} values "
                    "(alias expansion bomb?)",
                )
                return False
            sizes[key] = total
            continue
        if key in sizes:
            continue
        if key in open_nodes:
            log.error(line_of(node), "recursive YAML alias")
            return False
        open_nodes.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in open_nodes:
                log.error(line_of(child), "recursive YAML alias")
                return False
            if id(child) not in sizes:
                stack.append((child, False))
    return True


def _check_duplicate_keys(root: Node, log: ProblemLog) -> None:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            first_line: dict[str, int] = {}
            for key, _ in node.value:
                if not isinstance(key, ScalarNode):
                    continue
                if key.value in first_line:
                    log.error(
                        line_of(key),
                        f"duplicate key '{printable(key.value, 40)}' "
                        f"(first at line {first_line[key.value]})",
                    )
                else:
                    first_line[key.value] = line_of(key)
        stack.extend(reversed(_children(node)))  # depth first, in file order


def _merge_keys(root: Node, log: ProblemLog) -> bool:
    """Apply YAML merge keys (``<<: *defaults``): the mapping's own keys win,
    then each merged mapping's in turn. Mappings are done children first, so
    a merged mapping's own merges are already in it."""
    order: list[MappingNode] = []
    seen: set[int] = set()
    stack: list[tuple[Node, bool]] = [(root, False)]
    while stack:
        node, children_done = stack.pop()
        if children_done:
            order.append(node)  # type: ignore[arg-type]
            continue
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, MappingNode):
            stack.append((node, True))
        stack.extend((child, False) for child in _children(node))
    for mapping in order:
        merges = [v for k, v in mapping.value if k.tag == MERGE_TAG]
        if not merges:
            continue
        sources: list[MappingNode] = []
        for value in merges:
            parts = value.value if isinstance(value, SequenceNode) else [value]
            if not all(isinstance(part, MappingNode) for part in parts):
                log.error(line_of(value), "<<: merges only a mapping or a list of mappings")
                return False
            sources += parts
        pairs = [(k, v) for k, v in mapping.value if k.tag != MERGE_TAG]
        names = {k.value for k, _ in pairs if isinstance(k, ScalarNode)}
        for source in sources:
            for k, v in source.value:
                if isinstance(k, ScalarNode) and k.value not in names:
                    names.add(k.value)
                    pairs.append((k, v))
        mapping.value = pairs
    return True
