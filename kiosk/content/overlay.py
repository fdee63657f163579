"""Layers: the ministry's content (an installed pack, or a content folder)
with the mission's own overlay on top, read and validated together.

The overlay is a folder the mission's staff edit (in the kiosk's data
folder: ``<data>/content/overlay``). It may hold only:

- ``site.yaml`` with ``default_language`` alone (the rest of the site file
  is the ministry's);
- ``contacts.yaml``: organisations, in the usual form;
- ``notices.yaml``: notices, in the usual form;
- ``sections/*.yaml``: extra topics, in the usual form.

The overlay adds; it never replaces: an organisation, notice or section
with a new id is added (a section where its ``order`` puts it), and one
with the id of one of the ministry's is an error on the overlay's file and
line, and left out. The ministry's signed text is what visitors read under
its name; a mission that thinks it wrong asks the ministry for a new pack
(showing the mission's text in its place, even marked as such for staff,
would put words on screen under the ministry's signature). Anything else in the overlay
is not read, with a warning. A problem in the overlay costs only what it is
in, as anywhere in the content: the ministry's layer stands whatever the
overlay holds. Problems name their file, and so their layer.
"""

from __future__ import annotations

import contextlib
import functools
import os
import re
import stat
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node, ScalarNode

from kiosk.content.contacts import parse_contacts
from kiosk.content.loader import (
    CONTACTS_FILE,
    NOTICES_FILE,
    SECTIONS_DIR,
    SITE_FILE,
    LoadResult,
    _guarded,
    _linked,
    _load_sections,
    content_folder_problem,
    load_content,
)
from kiosk.content.model import KNOWN_LANGUAGES, Content, Notice, Organization, Section
from kiosk.content.notices import parse_notices
from kiosk.content.problems import Problem, ProblemLog
from kiosk.content.source_page import read_source_page
from kiosk.content.textfile import NOT_FOUND, read_text, status
from kiosk.content.yamlsource import line_of, read_yaml

T = TypeVar("T", Organization, Notice, Section)

OVERLAY_FILES = (SITE_FILE, CONTACTS_FILE, NOTICES_FILE, SECTIONS_DIR)
OVERLAY_SITE_KEYS = ("default_language",)


def load_layers(folder: Path, overlay: Path | None, *, check_phones: bool = True) -> LoadResult:
    """``folder``'s content with ``overlay`` on top (None, or a folder that
    is not there: the content alone)."""
    base = load_content(folder, check_phones=check_phones)
    if overlay is None:
        return base
    return apply_overlay(base, folder, Path(overlay), check_phones=check_phones)


def watched_overlay_paths(overlay: Path) -> tuple[Path, ...]:
    """What a change of the overlay shows in (for the kiosk's reload): the
    folder alone while it is not there (its coming is a change)."""
    if not stat.S_ISDIR(getattr(status(overlay), "st_mode", 0)):
        return (overlay,)
    sections = overlay / SECTIONS_DIR
    found: list[Path] = []
    try:
        with os.scandir(sections) as entries:
            found = sorted(sections / e.name for e in entries if e.name.endswith((".yaml", ".yml")))
    except OSError:
        pass
    return (overlay, sections, *(overlay / n for n in OVERLAY_FILES[:-1]), *found[:40])


def apply_overlay(
    base: LoadResult, folder: Path, overlay: Path, *, check_phones: bool = True
) -> LoadResult:
    """``base``, read from ``folder``, with ``overlay`` on top. An overlay
    that cannot even be looked at (not there, or in a data folder this user
    may not enter: `kiosk validate` run by another user) is no overlay; one
    that is there but cannot be read is an error on it."""
    if isinstance(status(overlay), str):
        return base
    problems: list[Problem] = list(base.problems)
    if (reason := content_folder_problem(overlay)) is not None:
        folder_log = ProblemLog(str(overlay))
        folder_log.error(1, f"overlay folder: {reason}")
        return LoadResult(base.content, (*problems, *folder_log.problems))
    content = base.content
    languages = content.site.languages if content else KNOWN_LANGUAGES
    _report_strays(overlay, problems)
    if _links_out(overlay, problems):
        return LoadResult(base.content, tuple(problems))
    default = _guarded(
        overlay / SITE_FILE, lambda log: _read_site(overlay / SITE_FILE, languages, log), problems
    )
    parse = functools.partial(parse_contacts, check_phones=check_phones)
    contacts = _read_list(overlay / CONTACTS_FILE, parse, languages, problems)
    notices = _read_list(overlay / NOTICES_FILE, parse_notices, languages, problems)
    sections: list[Section] = []
    if status(overlay / SECTIONS_DIR) != NOT_FOUND:
        # Overlay topics may cite the ministry's source page as any topic does.
        page = read_source_page(folder, ProblemLog(str(folder)))
        sections_log = ProblemLog(str(overlay / SECTIONS_DIR))
        sections = _load_sections(overlay / SECTIONS_DIR, languages, page, problems, sections_log)
        problems += sections_log.problems
    if content is None:
        return LoadResult(None, tuple(problems))
    sections = [_linked(s, content.regions, problems) for s in sections]
    contacts = _added(content.contacts, contacts or (), overlay / CONTACTS_FILE, problems)
    notices = _added(content.notices, notices or (), overlay / NOTICES_FILE, problems)
    sections = _added(content.sections, sections, None, problems)
    merged = _merge_content(content, default, contacts, notices, sections)
    return LoadResult(merged, tuple(problems))


def _merge_content(
    content: Content,
    default: str | None,
    contacts: Sequence[Organization] | None,
    notices: Sequence[Notice] | None,
    sections: Sequence[Section],
) -> Content:
    site = replace(content.site, default_language=default) if default else content.site
    return replace(
        content,
        site=site,
        contacts=merge_by_id(content.contacts, contacts or ()),
        notices=merge_by_id(content.notices, notices or ()),
        sections=tuple(
            sorted(merge_by_id(content.sections, sections), key=lambda s: (s.order, s.id))
        ),
    )


def _added(
    base: Sequence[T], top: Sequence[T], path: Path | None, problems: list[Problem]
) -> list[T]:
    """``top`` without the items whose id is one of ``base``'s (an error on
    each, at the line of its id in ``path``, or its own file: a section)."""
    ministry = {item.id for item in base}
    kept = []
    for item in top:
        if item.id not in ministry:
            kept.append(item)
            continue
        where = Path(getattr(item, "source", "") or path or ".")
        log = ProblemLog(str(where))
        log.error(
            _id_line(where, item.id),
            f"id '{item.id}' is the ministry's: the overlay may add, not replace "
            "(left out; give it an id of its own)",
        )
        problems += log.problems
    return kept


def _id_line(path: Path, item_id: str) -> int:
    """The line of ``id: item_id`` in ``path`` (1 if it cannot be found)."""
    pattern = re.compile(rf"^\s*(-\s+)?id:\s*[\"']?{re.escape(item_id)}[\"']?\s*(#.*)?$")
    # The shared reader: a file swapped for a FIFO meanwhile does not hang it.
    text = read_text(path, ProblemLog(str(path))) or ""
    for number, line in enumerate(text.splitlines(), 1):
        if pattern.match(line):
            return number
    return 1


def merge_by_id(base: Sequence[T], top: Sequence[T]) -> tuple[T, ...]:
    """``base`` with each item of ``top`` in the place of the one with its id,
    and those with new ids after them."""
    by_id = {item.id: item for item in top}
    merged = [by_id.pop(item.id, item) for item in base]
    return (*merged, *(item for item in top if item.id in by_id))


def _read_list(
    path: Path,
    parse: Callable[[Node, ProblemLog, tuple[str, ...]], list[T]],
    languages: tuple[str, ...],
    problems: list[Problem],
) -> list[T] | None:
    if status(path) == NOT_FOUND:
        return None

    def read(log: ProblemLog) -> list[T]:
        root = read_yaml(path, log)
        return parse(root, log, languages) if root is not None else []

    return _guarded(path, read, problems)


def _read_site(path: Path, languages: tuple[str, ...], log: ProblemLog) -> str | None:
    """The overlay's default_language, if it gives a valid one."""
    if status(path) == NOT_FOUND:
        return None
    root = read_yaml(path, log)
    if root is None:
        return None
    if not isinstance(root, MappingNode):
        log.error(line_of(root), "expected a mapping with default_language")
        return None
    found = None
    for key, value in root.value:
        name = key.value if isinstance(key, ScalarNode) else "?"
        if name not in OVERLAY_SITE_KEYS:
            log.error(
                line_of(key),
                f"{name}: the overlay's site file may set only default_language; "
                "the rest is the ministry's (left out)",
            )
        elif not isinstance(value, ScalarNode) or value.value not in languages:
            log.error(
                line_of(value),
                f"default_language: expected one of the content's languages "
                f"({', '.join(languages)})",
            )
        else:
            found = value.value
    return found


def _links_out(overlay: Path, problems: list[Problem]) -> bool:
    """An error on each overlay file that is a link leading out of the
    overlay (to /etc/shadow, say): the overlay is then not read at all, so
    that no line of a file nobody meant for the kiosk is ever quoted."""
    root = os.path.realpath(overlay)
    paths = [overlay / name for name in OVERLAY_FILES]
    with contextlib.suppress(OSError), os.scandir(overlay / SECTIONS_DIR) as entries:
        paths += sorted(overlay / SECTIONS_DIR / e.name for e in entries)
    found = False
    for path in paths:
        if not os.path.islink(path):
            continue
        target = os.path.realpath(path)
        if os.path.commonpath([root, target]) != root:
            log = ProblemLog(str(path))
            log.error(1, "a link leading out of the overlay: the overlay is not read")
            problems += log.problems
            found = True
    return found


def _report_strays(overlay: Path, problems: list[Problem]) -> None:
    try:
        names = sorted(n for n in os.listdir(overlay) if not n.startswith("."))
    except OSError:
        return
    for name in names:
        if name not in OVERLAY_FILES:
            log = ProblemLog(str(overlay / name))
            log.warning(
                1,
                "not read: the overlay holds only site.yaml (default_language), "
                "contacts.yaml, notices.yaml and sections/",
            )
            problems += log.problems


def layer_name(problem: Problem, layers: Sequence[tuple[str, Path]]) -> Problem:
    """The problem with its file named by layer (``overlay/contacts.yaml``)
    instead of its full path, for ``kiosk validate``."""
    for label, folder in layers:
        prefix = str(folder).rstrip(os.sep) + os.sep
        if problem.file.startswith(prefix):
            return replace(problem, file=f"{label}/{problem.file[len(prefix) :]}")
        if problem.file == str(folder):
            return replace(problem, file=f"{label}/")
    return problem
