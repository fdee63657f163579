"""Turn YAML nodes into content objects, reporting every problem by field.

Each ``parse_*`` function returns the object, or None when the node is too
broken to use; problems go to the file's ProblemLog with the node's line and
the field's dotted path (``body[2].bullets[0].ru``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.model import (
    FALLBACK_LANGUAGE,
    KNOWN_LANGUAGES,
    TRANSLATION_STATES,
    Block,
    BulletList,
    Figure,
    LocalText,
    Paragraph,
    Section,
    Site,
)
from kiosk.content.problems import ProblemLog
from kiosk.content.yamlsource import line_of

T = TypeVar("T")

SECTION_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,47}$")
MAX_TEXT_CHARS = 4000
_TAG_NAMES = {"null": "nothing (null)", "bool": "yes/no", "int": "a number", "float": "a number"}


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return _TAG_NAMES.get(node.tag.rsplit(":", 1)[-1], "text")


class Fields:
    """A checked YAML mapping: unknown keys and missing required keys reported."""

    def __init__(
        self,
        node: Node,
        path: str,
        log: ProblemLog,
        required: Sequence[str],
        optional: Sequence[str] = (),
    ) -> None:
        self.node, self.path, self.log = node, path, log
        self.values: dict[str, Node] = {}
        self.ok = isinstance(node, MappingNode)
        if not self.ok:
            log.error(line_of(node), f"{path or 'file'}: expected a mapping, got {_kind(node)}")
            return
        allowed = (*required, *optional)
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else None
            if name not in allowed:
                shown = name if name is not None else _kind(key)
                log.error(
                    line_of(key),
                    f"{self.sub(str(shown))}: unknown key (allowed: {', '.join(allowed)})",
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
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
) -> LocalText | None:
    """A field written in several languages: ``{tk: …, ru: …, en: …}``."""
    if not isinstance(node, MappingNode):
        log.error(
            line_of(node), f"{path}: expected texts by language (tk, ru, en), got {_kind(node)}"
        )
        return None
    values: dict[str, str] = {}
    ok = True
    for key, value in node.value:
        code = key.value if isinstance(key, ScalarNode) else None
        if code not in KNOWN_LANGUAGES:
            log.error(
                line_of(key),
                f"{path}: unknown language code '{code}' (known: {', '.join(KNOWN_LANGUAGES)})",
            )
            ok = False
            continue
        text = parse_plain_text(value, f"{path}.{code}", log)
        if text is None:
            ok = False
        elif code not in values:
            values[code] = text
    if not ok:
        return None
    if not values:
        log.error(line_of(node), f"{path}: no text in any language")
        return None
    for code in languages:
        if code not in values:
            log.warning(line_of(node), f"{path}: no '{code}' text; English is shown instead")
    return LocalText(values)


def parse_plain_text(node: Node, path: str, log: ProblemLog) -> str | None:
    if not isinstance(node, ScalarNode) or node.tag.endswith((":null", ":bool")):
        log.error(line_of(node), f"{path}: expected text, got {_kind(node)}")
        return None
    text = node.value.strip()
    if not text:
        log.error(line_of(node), f"{path}: empty text")
        return None
    if len(text) > MAX_TEXT_CHARS:
        log.error(
            line_of(node), f"{path}: text is {len(text)} characters; the limit is {MAX_TEXT_CHARS}"
        )
        return None
    return text


def parse_id(node: Node, path: str, log: ProblemLog) -> str | None:
    """An id used in screen names and file references: lower-case slug."""
    value = parse_plain_text(node, path, log)
    if value is not None and not SECTION_ID.match(value):
        log.error(line_of(node), f"{path}: '{value}' must be lower-case letters, digits and '-'")
        return None
    return value


def parse_int(node: Node, path: str, log: ProblemLog, minimum: int = 0) -> int | None:
    if not isinstance(node, ScalarNode) or not node.tag.endswith(":int"):
        log.error(line_of(node), f"{path}: expected a whole number, got {_kind(node)}")
        return None
    value = int(node.value.replace("_", ""), 0)
    if value < minimum:
        log.error(line_of(node), f"{path}: must be at least {minimum}")
        return None
    return value


def parse_list(
    node: Node, path: str, log: ProblemLog, item: Callable[[Node, str], T | None]
) -> list[T] | None:
    """Parse each item; None if the node is not a non-empty list or any item failed."""
    if not isinstance(node, SequenceNode):
        log.error(line_of(node), f"{path}: expected a list, got {_kind(node)}")
        return None
    if not node.value:
        log.error(line_of(node), f"{path}: empty list")
        return None
    parsed = [item(child, f"{path}[{i}]") for i, child in enumerate(node.value)]
    if any(p is None for p in parsed):
        return None
    return parsed  # type: ignore[return-value]


def parse_block(node: Node, path: str, log: ProblemLog, languages: Sequence[str]) -> Block | None:
    if isinstance(node, MappingNode) and len(node.value) != 1:
        log.error(line_of(node), f"{path}: a block has exactly one key: paragraph or bullets")
        return None
    fields = Fields(node, path, log, required=(), optional=("paragraph", "bullets"))
    if not fields.ok:
        return None
    if (text_node := fields.get("paragraph")) is not None:
        text = parse_text(text_node, fields.sub("paragraph"), log, languages)
        return Paragraph(text) if text else None
    items_node = fields.get("bullets")
    assert items_node is not None
    items = parse_list(
        items_node, fields.sub("bullets"), log, lambda n, p: parse_text(n, p, log, languages)
    )
    return BulletList(tuple(items)) if items else None


def parse_section(
    root: Node, log: ProblemLog, languages: Sequence[str], source: str
) -> Section | None:
    fields = Fields(root, "", log, required=("id", "order", "title", "summary", "body"))
    if not fields.ok:
        return None
    parts: dict[str, object] = {}
    parts["id"] = parse_id(fields.values["id"], "id", log)
    parts["order"] = parse_int(fields.values["order"], "order", log)
    parts["title"] = parse_text(fields.values["title"], "title", log, languages)
    parts["summary"] = parse_text(fields.values["summary"], "summary", log, languages)
    body = parse_list(
        fields.values["body"], "body", log, lambda n, p: parse_block(n, p, log, languages)
    )
    parts["body"] = tuple(body) if body else None
    if any(v is None for v in parts.values()):
        return None
    return Section(source=source, **parts)  # type: ignore[arg-type]


def parse_site(root: Node, log: ProblemLog) -> Site | None:
    fields = Fields(
        root,
        "",
        log,
        required=("languages", "default_language", "title", "motto"),
        optional=("figures", "translation_status"),
    )
    if not fields.ok:
        return None
    languages = _parse_languages(fields.values["languages"], log)
    langs_for_text = languages or KNOWN_LANGUAGES
    default_node = fields.values["default_language"]
    default = parse_plain_text(default_node, "default_language", log)
    if default is not None and default not in langs_for_text:
        log.error(
            line_of(default_node),
            f"default_language: '{default}' is not one of languages "
            f"({', '.join(langs_for_text)}); English is used",
        )
        default = FALLBACK_LANGUAGE
    title = parse_text(fields.values["title"], "title", log, langs_for_text)
    motto = parse_text(fields.values["motto"], "motto", log, langs_for_text)
    figures: list[Figure] = []
    if (figures_node := fields.get("figures")) is not None:
        if isinstance(figures_node, SequenceNode):
            # One broken figure is left out; the rest still show.
            for i, child in enumerate(figures_node.value):
                if (
                    figure := _parse_figure(child, f"figures[{i}]", log, langs_for_text)
                ) is not None:
                    figures.append(figure)
        else:
            log.error(line_of(figures_node), f"figures: expected a list, got {_kind(figures_node)}")
    status: dict[str, str] = {}
    if (status_node := fields.get("translation_status")) is not None:
        status = _parse_status(status_node, log, langs_for_text)
    if languages is None or default is None or title is None or motto is None:
        return None
    return Site(languages, default, title, motto, tuple(figures), status)


def _parse_languages(node: Node, log: ProblemLog) -> tuple[str, ...] | None:
    """Known codes are kept (an unknown one is reported and skipped); None
    only when nothing usable is left, since English is the fallback."""
    codes = parse_list(node, "languages", log, lambda n, p: parse_plain_text(n, p, log))
    if codes is None:
        return None
    kept: list[str] = []
    for code, child in zip(codes, node.value, strict=True):
        if code not in KNOWN_LANGUAGES:
            log.error(
                line_of(child),
                f"languages: unknown language code '{code}' (known: {', '.join(KNOWN_LANGUAGES)})",
            )
        elif code in kept:
            log.error(line_of(child), f"languages: '{code}' is listed twice")
        else:
            kept.append(code)
    if "en" not in kept:
        log.error(line_of(node), "languages: 'en' is required (it is the fallback language)")
        return None
    return tuple(kept)


def _parse_figure(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
) -> Figure | None:
    fields = Fields(node, path, log, required=("value", "label"))
    if not fields.ok:
        return None
    value = parse_int(fields.values["value"], fields.sub("value"), log)
    label = parse_text(fields.values["label"], fields.sub("label"), log, languages)
    return Figure(value, label) if value is not None and label is not None else None


def _parse_status(node: Node, log: ProblemLog, languages: Sequence[str]) -> dict[str, str]:
    status: dict[str, str] = {}
    if not isinstance(node, MappingNode):
        log.error(line_of(node), f"translation_status: expected a mapping, got {_kind(node)}")
        return status
    for key, value in node.value:
        code = key.value if isinstance(key, ScalarNode) else None
        if code not in languages:
            log.error(line_of(key), f"translation_status: unknown language code '{code}'")
            continue
        state = parse_plain_text(value, f"translation_status.{code}", log)
        if state is not None and state not in TRANSLATION_STATES:
            log.error(
                line_of(value),
                f"translation_status.{code}: '{state}' is not one of "
                f"{', '.join(TRANSLATION_STATES)}",
            )
        elif state is not None:
            status[code] = state
    return status
