"""Turn YAML nodes into content objects, reporting every problem by field.

Each ``parse_*`` function returns the object, or None when the node is too
broken to use; problems go to the file's ProblemLog with the node's line and
the field's dotted path (``body[2].bullets[0].ru``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content.characters import printable
from kiosk.content.dates import FIRST_YEAR, LAST_YEAR, read_day
from kiosk.content.fields import (
    Fields,
    Fit,
    kind_of,
    parse_id,
    parse_int,
    parse_list,
    parse_plain_text,
    parse_text,
)
from kiosk.content.model import (
    FALLBACK_LANGUAGE,
    KNOWN_LANGUAGES,
    TRANSLATION_STATES,
    Block,
    BulletList,
    Figure,
    LocalText,
    Origin,
    Paragraph,
    RegionLink,
    Section,
    Site,
)
from kiosk.content.problems import ProblemLog
from kiosk.content.yamlsource import line_of, refused

# Bounds on numbers and counts, each one the screens were tried with.
MAX_ORDER = 9999  # a section's place among the topics
MAX_LANGUAGES = 10  # listed (unknown ones are reported and skipped)
# Key figures are drawn large, on one line, beside their labels on home's
# band and under the map, neither of which scrolls: two figures up to 9,999
# with the longest labels are what both hold at every size, with large text
# (tests/content/test_long_texts_ui.py). A larger number belongs in the
# label's words ("1.2 million").
MAX_FIGURE_VALUE = 9_999
MAX_FIGURES = 2
MAX_BLOCKS = 100  # paragraphs and bullet lists in one section
MAX_BULLETS = 50  # bullets in one list
MAX_NUMBERED = 9  # numbered panels in one list: one digit each, and a screen holds them
MAX_REGION_LINKS = 20  # as many as partners.yaml may have regions


def parse_block(node: Node, path: str, log: ProblemLog, languages: Sequence[str]) -> Block | None:
    if isinstance(node, MappingNode) and len(node.value) != 1:
        log.error(line_of(node), f"{path}: a block has exactly one key: paragraph or bullets")
        return None
    fields = Fields(node, path, log, required=(), optional=("paragraph", "bullets", "numbered"))
    if not fields.ok:
        return None
    if (text_node := fields.get("paragraph")) is not None:
        text = parse_text(text_node, fields.sub("paragraph"), log, languages, fit=Fit.BODY)
        return Paragraph(text) if text else None
    numbered = fields.get("bullets") is None
    key = "numbered" if numbered else "bullets"
    items_node = fields.get(key)
    assert items_node is not None
    items = parse_list(
        items_node,
        fields.sub(key),
        log,
        lambda n, p: parse_text(n, p, log, languages, fit=Fit.BODY),
        most=MAX_NUMBERED if numbered else MAX_BULLETS,
    )
    return BulletList(tuple(items), numbered=numbered) if items else None


def parse_region_links(node: Node, log: ProblemLog) -> tuple[RegionLink, ...]:
    """``regions: [africa, europe]``: ids, each checked against partners.yaml
    by the loader (which has read it); a wrong one costs only itself."""

    def link(item: Node, path: str) -> RegionLink | None:
        region = parse_id(item, path, log)
        return RegionLink(region, line_of(item)) if region else None

    links = parse_list(node, "regions", log, link, most=MAX_REGION_LINKS)
    return tuple(links or ())


def parse_section(
    root: Node, log: ProblemLog, languages: Sequence[str], source: str
) -> Section | None:
    # ``source`` (the passages of the source page) is read by source_page.parse_source:
    # a wrong passage costs only itself, never the section.
    fields = Fields(
        root,
        "",
        log,
        required=("id", "order", "title", "summary", "body"),
        optional=("source", "regions"),
    )
    if not fields.ok:
        return None
    parts: dict[str, object] = {}
    parts["id"] = parse_id(fields.values["id"], "id", log)
    parts["order"] = parse_int(fields.values["order"], "order", log, maximum=MAX_ORDER)
    parts["title"] = parse_text(
        fields.values["title"], "title", log, languages, fit=Fit.SECTION_TITLE
    )
    parts["summary"] = parse_text(
        fields.values["summary"], "summary", log, languages, fit=Fit.SUMMARY
    )
    body = parse_list(
        fields.values["body"],
        "body",
        log,
        lambda n, p: parse_block(n, p, log, languages),
        most=MAX_BLOCKS,
    )
    parts["body"] = tuple(body) if body else None
    if any(v is None for v in parts.values()):
        return None
    if (links := fields.get("regions")) is not None:
        parts["regions"] = parse_region_links(links, log)
    return Section(source=source, **parts)  # type: ignore[arg-type]


def parse_site(root: Node, log: ProblemLog) -> Site | None:
    fields = Fields(
        root,
        "",
        log,
        required=("languages", "default_language", "title", "motto"),
        optional=("motto_year", "figures", "translation_status", "ministry"),
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
            f"default_language: '{printable(default, 20)}' is not one of languages "
            f"({', '.join(langs_for_text)}); English is used",
        )
        default = FALLBACK_LANGUAGE
    title = parse_text(fields.values["title"], "title", log, langs_for_text, fit=Fit.SITE_TITLE)
    motto = parse_text(fields.values["motto"], "motto", log, langs_for_text, fit=Fit.MOTTO)
    motto_year, motto_origin = _parse_motto_year(fields, log, motto)
    ministry = None
    if (ministry_node := fields.get("ministry")) is not None:
        ministry = parse_text(ministry_node, "ministry", log, langs_for_text, fit=Fit.MINISTRY)
    figures: list[Figure] = []
    if (figures_node := fields.get("figures")) is not None:
        figures = _parse_figures(figures_node, log, langs_for_text)
    status: dict[str, str] = {}
    if (status_node := fields.get("translation_status")) is not None:
        status = _parse_status(status_node, log, langs_for_text)
    if languages is None or default is None or title is None or motto is None:
        return None
    return Site(
        languages,
        default,
        title,
        motto,
        tuple(figures),
        status,
        motto_year=motto_year,
        motto_origin=motto_origin,
        ministry=ministry,
    )


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[89]\d\d|2\d\d\d)(?!\d)")


def _parse_motto_year(
    fields: Fields, log: ProblemLog, motto: LocalText | None
) -> tuple[int | None, Origin | None]:
    """The year the motto belongs to. Without it the motto cannot be known
    to be current, and is not shown (an error; the rest of the site is)."""
    node = fields.get("motto_year")
    if node is None:
        log.error(
            line_of(fields.node),
            "motto_year: missing required field: the year the motto belongs to (it is "
            "shown in that year only); until it is given the motto is not shown",
        )
        return None, None
    year = parse_int(node, "motto_year", log, minimum=FIRST_YEAR, maximum=LAST_YEAR)
    if year is None:
        return None, None
    for lang, text in motto.values.items() if motto else ():
        named = set(_YEAR_IN_TEXT.findall(text))
        if named and str(year) not in named:
            log.error(
                line_of(node),
                f"motto_year: {year}, but motto.{lang} names {', '.join(sorted(named))}; "
                "the motto is not shown until they agree",
            )
            return None, None
    return year, Origin(log.file, line_of(node), "motto_year")


def _parse_languages(node: Node, log: ProblemLog) -> tuple[str, ...] | None:
    """Known codes are kept (an unknown one is reported and skipped); None
    only when nothing usable is left, since English is the fallback."""
    codes = parse_list(
        node, "languages", log, lambda n, p: parse_plain_text(n, p, log), most=MAX_LANGUAGES
    )
    if codes is None:
        return None
    kept: list[str] = []
    for code, child in zip(codes, node.value, strict=True):
        if code not in KNOWN_LANGUAGES:
            log.error(
                line_of(child),
                f"languages: unknown language code '{printable(code, 20)}' "
                f"(known: {', '.join(KNOWN_LANGUAGES)})",
            )
        elif code in kept:
            log.error(line_of(child), f"languages: '{code}' is listed twice")
        else:
            kept.append(code)
    if "en" not in kept:
        log.error(line_of(node), "languages: 'en' is required (it is the fallback language)")
        return None
    return tuple(kept)


def _parse_figures(node: Node, log: ProblemLog, languages: Sequence[str]) -> list[Figure]:
    """One broken figure is left out; the rest still show."""
    if refused(node):
        return []
    if not isinstance(node, SequenceNode):
        log.error(line_of(node), f"figures: expected a list, got {kind_of(node)}")
        return []
    children = node.value
    if len(children) > MAX_FIGURES:
        log.error(
            line_of(children[MAX_FIGURES]),
            f"figures: {len(children)} figures; home shows at most {MAX_FIGURES}, "
            f"so only the first {MAX_FIGURES} are used",
        )
        children = children[:MAX_FIGURES]
    figures = [
        _parse_figure(child, f"figures[{i}]", log, languages) for i, child in enumerate(children)
    ]
    return [f for f in figures if f is not None]


def _parse_figure(
    node: Node, path: str, log: ProblemLog, languages: Sequence[str]
) -> Figure | None:
    fields = Fields(node, path, log, required=("value", "as_of", "label"))
    if not fields.ok:
        return None
    value = parse_int(fields.values["value"], fields.sub("value"), log, maximum=MAX_FIGURE_VALUE)
    as_of_node = fields.values["as_of"]
    as_of, problem = read_day(as_of_node, fields.sub("as_of"))
    if problem is not None:
        log.error(line_of(as_of_node), problem)
    label = parse_text(
        fields.values["label"], fields.sub("label"), log, languages, fit=Fit.FIGURE_LABEL
    )
    if value is None or label is None or as_of is None:
        return None
    origin = Origin(log.file, line_of(as_of_node), fields.sub("as_of"))
    return Figure(value, label, as_of, origin)


def _parse_status(node: Node, log: ProblemLog, languages: Sequence[str]) -> dict[str, str]:
    status: dict[str, str] = {}
    if refused(node):
        return status
    if not isinstance(node, MappingNode):
        log.error(line_of(node), f"translation_status: expected a mapping, got {kind_of(node)}")
        return status
    for key, value in node.value:
        code = key.value if isinstance(key, ScalarNode) else None
        if code not in languages:
            shown = printable(code, 20) if code is not None else kind_of(key)
            log.error(line_of(key), f"translation_status: unknown language code '{shown}'")
            continue
        state = parse_plain_text(value, f"translation_status.{code}", log)
        if state is not None and state not in TRANSLATION_STATES:
            log.error(
                line_of(value),
                f"translation_status.{code}: '{printable(state, 20)}' is not one of "
                f"{', '.join(TRANSLATION_STATES)}",
            )
        elif state is not None:
            status[code] = state
    return status
