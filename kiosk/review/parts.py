"""What the review page shows, read from the content folder: every file as a
part, every text and value in it as a row, every problem at its row.

Rows come from the YAML as written, not from the loaded content: a file the
kiosk leaves out for an error is exactly the one a reviewer must see, texts
and all. A text in several languages (a mapping of language codes) is one
row, a file's plain values (``id``, ``order``, a phone number) are one row per
mapping, and a list of plain values (a region's country codes) is one row.

A problem is put at its row by the field its message names
(``body[1].bullets[0].ru: empty text``), else by its line; one that names
neither belongs to its file (a syntax error) and is shown at the file's top.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk.content import KNOWN_LANGUAGES, Content, LoadResult, Problem
from kiosk.content.alphabets import sorted_in
from kiosk.content.characters import escaped
from kiosk.content.country_names import country_name, country_sort_form
from kiosk.content.loader import (
    CONTACTS_FILE,
    PARTNERS_FILE,
    SECTION_SUFFIXES,
    SECTIONS_DIR,
    SITE_FILE,
    section_paths,
)
from kiosk.content.model import SourcePassage
from kiosk.content.problems import ProblemLog
from kiosk.content.source_page import (
    SOURCE_NOTE,
    SOURCE_PAGE,
    SourcePage,
    parse_passage,
    read_source_page,
    value_of,
)
from kiosk.content.textfile import NOT_FOUND, read_text, status
from kiosk.content.yamlsource import line_of, read_yaml

T = TypeVar("T")

# Other YAML files beside the known ones are shown too (up to this many):
# whatever the kiosk reads from the folder, the reviewer signs.
MAX_OTHER_FILES = 20

# Mappings keyed by language that are settings, not texts.
NOT_TEXTS = ("translation_status",)

# A field path at the start of a message: ``body[1].bullets[0].ru: …``.
_FIELD = re.compile(r"[A-Za-z_][\w-]*(?:\[\d+\]|\.[\w-]+)*(?=: )")


@dataclass
class Row:
    """One text (``texts`` by language) or the plain values of one mapping."""

    path: str  # the field as messages name it; "" for the file's top level
    line: int
    texts: dict[str, str] = field(default_factory=dict)
    values: list[tuple[str, str]] = field(default_factory=list)  # (key, value) or ("", value)
    passage: SourcePassage | None = None  # a `source` passage, resolved when it could be
    is_passage: bool = False
    problems: list[Problem] = field(default_factory=list)


@dataclass
class Part:
    """One file of the content (or the folder), as the page shows it."""

    kind: str  # "folder", "site", "section", "contacts", "partners", "page", "other"
    path: Path
    name: str  # relative to the content folder, with "/"
    title: str = ""
    shown: bool = True  # is it on the kiosk's screens (False: left out for errors)
    rows: list[Row] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)  # not tied to a row

    @property
    def passages(self) -> list[Row]:
        return [row for row in self.rows if row.is_passage]

    @property
    def all_problems(self) -> list[Problem]:
        return [*self.problems, *(p for row in self.rows for p in row.problems)]


@dataclass
class Review:
    folder: Path
    result: LoadResult
    parts: list[Part]
    page: SourcePage | None
    note: str  # source/SOURCE.txt as written ("" if there is none)
    unplaced: list[Problem]  # problems of no file the page shows (kept for the list)

    @property
    def languages(self) -> tuple[str, ...]:
        content = self.result.content
        return content.site.languages if content else KNOWN_LANGUAGES


def collect(folder: Path, result: LoadResult) -> Review:
    """Every part of the content folder, with ``result``'s problems placed."""
    page = _quietly(lambda log: read_source_page(folder, log))
    parts = [Part("folder", folder, "content folder", title="The content folder")]
    parts.append(_yaml_part("site", folder / SITE_FILE, folder, page))
    parts += _section_parts(folder, result.content, page)
    parts.append(_yaml_part("contacts", folder / CONTACTS_FILE, folder, page))
    parts.append(_yaml_part("partners", folder / PARTNERS_FILE, folder, page))
    _add_region_countries(parts[-1], result.content)
    parts += [_yaml_part("other", path, folder, page) for path in _other_files(folder)]
    parts.append(Part("page", folder / SOURCE_PAGE, SOURCE_PAGE.as_posix(), "The source page"))
    parts.append(Part("sections-folder", folder / SECTIONS_DIR, SECTIONS_DIR, "Topic files"))
    unplaced = place(result.problems, parts)
    note = _quietly(lambda log: _read_note(folder / SOURCE_NOTE, log)) or ""
    kept = [p for p in parts if p.rows or p.problems or p.kind in ("site", "section")]
    return Review(folder, result, kept, page, note, unplaced)


def place(problems: Iterable[Problem], parts: Sequence[Part]) -> list[Problem]:
    """Put each problem at its row or its part; return those of no part."""
    by_file = {escaped(str(part.path)): part for part in parts}
    unplaced: list[Problem] = []
    for problem in problems:
        part = by_file.get(problem.file)
        if part is None:
            unplaced.append(problem)
            continue
        row = _row_for(problem, part.rows)
        (row.problems if row is not None else part.problems).append(problem)
    return unplaced


def _row_for(problem: Problem, rows: Sequence[Row]) -> Row | None:
    match = _FIELD.match(problem.message)
    if match is not None:
        named = match[0]
        # The row of the field, or of the mapping holding it: the longest path.
        holding = [row for row in rows if _holds(row.path, named)]
        if holding:
            return max(holding, key=lambda row: len(row.path))
        # A list or mapping as a whole ("body: 101 items"): its first row.
        inside = [row for row in rows if _holds(named, row.path)]
        if inside:
            return inside[0]
    same_line = [row for row in rows if row.line == problem.line]
    return same_line[0] if same_line else None


def _holds(outer: str, inner: str) -> bool:
    """Is ``inner`` the field ``outer`` or a field inside it?"""
    if outer == inner or not outer:
        return True
    return inner.startswith((outer + ".", outer + "["))


def _quietly(read: Callable[[ProblemLog], T]) -> T:
    """A reading whose problems are not wanted: the loader has named them."""
    return read(ProblemLog("review"))


def _read_note(path: Path, log: ProblemLog) -> str | None:
    return None if status(path) == NOT_FOUND else read_text(path, log)


def _section_parts(folder: Path, content: Content | None, page: SourcePage | None) -> list[Part]:
    """The topics in the kiosk's order, then the files it leaves out."""
    paths = section_paths(folder / SECTIONS_DIR, ProblemLog(SECTIONS_DIR))
    shown = [Path(s.source) for s in content.sections] if content else []
    left_out = [p for p in paths if p not in shown]
    parts = [_yaml_part("section", path, folder, page) for path in (*shown, *left_out)]
    for part in parts:
        part.shown = part.path in shown
    return parts


def _other_files(folder: Path) -> list[Path]:
    known = {SITE_FILE, CONTACTS_FILE, PARTNERS_FILE}
    try:
        with os.scandir(folder) as entries:
            names = sorted(
                entry.name
                for entry in entries
                if not entry.name.startswith(".")
                and entry.name not in known
                and os.path.splitext(entry.name)[1].lower() in SECTION_SUFFIXES
            )
    except OSError:  # the folder's own problem is in the loader's list
        return []
    return [folder / name for name in names[:MAX_OTHER_FILES]]


def _yaml_part(kind: str, path: Path, folder: Path, page: SourcePage | None) -> Part:
    name = path.relative_to(folder).as_posix()
    part = Part(kind, path, name, title=escaped(name))
    root = _quietly(lambda log: read_yaml(path, log))
    if root is None:
        return part
    part.rows = rows_of(root, skip=("source",) if kind == "section" else ())
    if kind == "section":
        part.rows += _passage_rows(root, page)
        part.title = _title_of(root) or escaped(name)
    return part


def rows_of(root: Node, skip: Sequence[str] = ()) -> list[Row]:
    """The rows of a YAML document in the order they are written; the
    top-level keys in ``skip`` are left out. Explicit stack: no recursion."""
    rows: list[Row] = []
    stack: list[tuple[Node, str]] = [(root, "")]
    while stack:
        node, path = stack.pop()
        if isinstance(node, ScalarNode):
            rows.append(Row(path, line_of(node), values=[("", node.value.strip())]))
        elif isinstance(node, SequenceNode):
            if all(isinstance(child, ScalarNode) for child in node.value):
                joined = ", ".join(child.value.strip() for child in node.value)
                rows.append(Row(path, line_of(node), values=[("", joined)]))
            else:
                stack += reversed([(child, f"{path}[{i}]") for i, child in enumerate(node.value)])
        elif isinstance(node, MappingNode):
            if _is_text(node) and path not in NOT_TEXTS:
                rows.append(_text_row(node, path))
                continue
            plain = Row(path, line_of(node))
            deeper: list[tuple[Node, str]] = []
            for key, value in node.value:
                name = key.value if isinstance(key, ScalarNode) else "?"
                if not path and name in skip:
                    continue
                if isinstance(value, ScalarNode):
                    plain.values.append((name, value.value.strip()))
                else:
                    deeper.append((value, f"{path}.{name}" if path else name))
            if plain.values:
                rows.append(plain)
            stack += reversed(deeper)
    return rows


def _is_text(node: MappingNode) -> bool:
    """A text in several languages: plain values, a language code among the keys."""
    keys = [key.value for key, _ in node.value if isinstance(key, ScalarNode)]
    return (
        bool(node.value)
        and all(isinstance(value, ScalarNode) for _, value in node.value)
        and any(key in KNOWN_LANGUAGES for key in keys)
    )


def _text_row(node: MappingNode, path: str) -> Row:
    row = Row(path, line_of(node))
    for key, value in node.value:
        code = key.value if isinstance(key, ScalarNode) else "?"
        if code in KNOWN_LANGUAGES and code not in row.texts:
            row.texts[code] = value.value.strip()
        else:  # an unknown language code, or a language twice: shown, not hidden
            row.values.append((code, value.value.strip()))
    return row


def _passage_rows(root: Node, page: SourcePage | None) -> list[Row]:
    node = value_of(root, "source")
    if not isinstance(node, SequenceNode):
        return []
    rows = []
    for i, child in enumerate(node.value):
        path = f"source[{i}]"
        passage = _quietly(
            lambda log, child=child, path=path: parse_passage(child, path, log, page)
        )
        written = rows_of(child)[0].values if isinstance(child, MappingNode) and child.value else []
        rows.append(
            Row(path, line_of(child), values=list(written), passage=passage, is_passage=True)
        )
    return rows


def _title_of(root: Node) -> str:
    """The topic's title as the heading: English, else any language written."""
    title = value_of(root, "title")
    if isinstance(title, MappingNode) and _is_text(title):
        texts = _text_row(title, "title").texts
        return texts.get("en") or next(iter(texts.values()), "")
    return ""


def _add_region_countries(part: Part, content: Content | None) -> None:
    """partners.yaml names M49 areas, not countries: under each region's
    ``m49`` row, the states and then the territories the kiosk lists for it,
    by the names it shows in each language (official names over CLDR's) and
    in its order (the UN's sort forms), so that the reviewer signs what
    visitors read."""
    if content is None:
        return
    official = content.official_names()
    sort_forms = content.sort_forms()

    def listed(codes: Iterable[str], lang: str) -> str:
        by_form = {country_sort_form(lang, c, official, sort_forms): c for c in codes}
        return ", ".join(
            country_name(lang, by_form[form], official) for form in sorted_in(by_form, lang)
        )

    for index, region in enumerate(content.regions):
        at = next(
            (i for i, row in enumerate(part.rows) if row.path == f"regions[{index}].m49"), None
        )
        if at is None:
            continue
        line = part.rows[at].line
        for row_name, codes in (("countries", region.states), ("territories", region.territories)):
            if codes:
                at += 1
                texts = {lang: listed(codes, lang) for lang in content.site.languages}
                part.rows.insert(at, Row(f"regions[{index}].{row_name}", line, texts=texts))
