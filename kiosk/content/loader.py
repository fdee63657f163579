"""Load a content folder: ``site.yaml`` and ``sections/*.yaml`` (and the
optional ``contacts.yaml``, ``partners.yaml`` and ``names.yaml``).

The kiosk keeps running on whatever is valid: a section file with an error is
left out, a broken figure is left out, and only a broken site file (or no
usable section at all) makes the whole content unavailable.

Whatever the folder holds, load_content returns a result and never raises:
each file is read in a guard that turns an unexpected exception (a bug of
ours) into an error on that file, so that a reload always ends with
something the staff panel can show.
"""

from __future__ import annotations

import functools
import logging
import os
import stat
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TypeVar

from yaml.nodes import MappingNode, Node

from kiosk.content.characters import printable
from kiosk.content.contacts import parse_contacts
from kiosk.content.model import (
    KNOWN_LANGUAGES,
    Content,
    CountryName,
    Notice,
    Organization,
    Region,
    Section,
    Site,
)
from kiosk.content.names import parse_names, unofficial_countries
from kiosk.content.notices import parse_notices
from kiosk.content.partners import parse_partners
from kiosk.content.problems import Problem, ProblemLog
from kiosk.content.schema import parse_section, parse_site
from kiosk.content.source_page import SOURCE_PAGE, SourcePage, parse_source, read_source_page
from kiosk.content.textfile import NOT_FOUND, kind_of_file, os_reason, status
from kiosk.content.yamlsource import line_of, read_yaml

log = logging.getLogger(__name__)

T = TypeVar("T")

SITE_FILE = "site.yaml"
CONTACTS_FILE = "contacts.yaml"
PARTNERS_FILE = "partners.yaml"
NAMES_FILE = "names.yaml"

# Optional, and nothing is missed without it: no warning when it is not there.
NOTICES_FILE = "notices.yaml"
SECTIONS_DIR = "sections"
SECTION_SUFFIXES = (".yaml", ".yml")
MAX_SECTION_FILES = 40
# What a visitor misses without each optional file (a warning, not an error).
OPTIONAL_FILES = {
    CONTACTS_FILE: "the kiosk shows no Contacts button",
    PARTNERS_FILE: "the kiosk shows no world map",
    NAMES_FILE: "country names are CLDR's, some of them not as a foreign ministry writes them",
}


@dataclass(frozen=True)
class LoadResult:
    content: Content | None
    problems: tuple[Problem, ...]

    @property
    def errors(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return tuple(p for p in self.problems if not p.is_error)


def load_content(content_dir: Path | str, *, check_phones: bool = True) -> LoadResult:
    """``check_phones=False`` reads phone numbers without libphonenumber
    (the kiosk's first read: kiosk.content.contacts.check_phones, later)."""
    folder = Path(content_dir)
    problems: list[Problem] = []
    try:
        return _load(folder, problems, check_phones)
    except Exception as exc:  # a bug of ours: the reload still ends, with a result
        log.exception("internal error while loading the content in %s", folder)
        folder_log = ProblemLog(str(folder))
        folder_log.error(1, _internal(exc))
        return LoadResult(None, (*problems, *folder_log.problems))


def _internal(exc: Exception) -> str:
    what = f"{type(exc).__name__}: {printable(str(exc), 200)}"
    return f"internal error while reading this file: {what}; please report it"


def _guarded(path: Path, read: Callable[[ProblemLog], T], problems: list[Problem]) -> T | None:
    """``read(log)`` for one file; an exception becomes an error on the file."""
    file_log = ProblemLog(str(path))
    try:
        result = read(file_log)
    except Exception as exc:
        log.exception("internal error while reading %s", path)
        file_log.error(1, _internal(exc))
        result = None
    problems += file_log.problems
    return result


def _load(folder: Path, problems: list[Problem], check_phones: bool) -> LoadResult:
    if (reason := content_folder_problem(folder)) is not None:
        folder_log = ProblemLog(str(folder))
        folder_log.error(1, f"content folder: {reason}")
        return LoadResult(None, tuple(folder_log.problems))

    site = _guarded(folder / SITE_FILE, lambda file_log: _read_site(folder, file_log), problems)
    languages = site.languages if site else KNOWN_LANGUAGES
    page = _guarded(
        folder / SOURCE_PAGE, lambda file_log: read_source_page(folder, file_log), problems
    )

    sections_log = ProblemLog(str(folder / SECTIONS_DIR))
    sections = _load_sections(folder / SECTIONS_DIR, languages, page, problems, sections_log)
    if not sections:
        sections_log.error(1, "no usable section: the kiosk shows 'temporarily unavailable'")
    problems += sections_log.problems

    # Optional files: without them there is no contacts screen, or no map.
    contacts: list[Organization] = _optional(
        folder,
        CONTACTS_FILE,
        functools.partial(parse_contacts, check_phones=check_phones),
        languages,
        problems,
    )
    regions: list[Region] = _optional(folder, PARTNERS_FILE, parse_partners, languages, problems)
    names: list[CountryName] = _optional(folder, NAMES_FILE, parse_names, languages, problems)
    notices: list[Notice] = _optional(folder, NOTICES_FILE, parse_notices, languages, problems)
    problems += unofficial_countries(contacts, names)

    sections = [_linked(section, regions, problems) for section in sections]
    content = None
    if site is not None and sections:
        ordered = tuple(sorted(sections, key=lambda s: (s.order, s.id)))
        content = Content(
            site,
            ordered,
            tuple(contacts),
            tuple(regions),
            names=tuple(names),
            notices=tuple(notices),
        )
    return LoadResult(content, tuple(problems))


def _linked(section: Section, regions: Sequence[Region], problems: list[Problem]) -> Section:
    """The section with only the map regions partners.yaml has. A link to
    one it lacks (a typing error, a region taken out) is a warning on the
    section's file, with its line: it costs only the link, never the topic
    (--strict fails on it). Without a map, partners.yaml's own warning says
    so once."""
    known = {region.id for region in regions}
    kept = tuple(link for link in section.regions if link.id in known)
    if len(kept) == len(section.regions) or not known:
        # No map at all (its own warning says so): no topic links to it.
        return replace(section, regions=kept)
    file_log = ProblemLog(section.source)
    for i, link in enumerate(section.regions):
        if link.id not in known:
            message = f"regions[{i}]: no region '{link.id}' in {PARTNERS_FILE}, so no link to it"
            file_log.warning(link.line, f"{message} (it has: {', '.join(sorted(known))})")
    problems += file_log.problems
    return replace(section, regions=kept)


def content_folder_problem(folder: Path) -> str | None:
    """Why the content folder itself cannot be used, if it cannot."""
    found = status(folder)
    if isinstance(found, str):
        return "not found (a USB stick or share not mounted yet?)" if found == NOT_FOUND else found
    if stat.S_ISREG(found.st_mode):
        return "it is a file, not a folder"
    if not stat.S_ISDIR(found.st_mode):
        return f"it is {kind_of_file(found.st_mode)}, not a folder"
    # Entering it (the x permission) is what reading any file in it needs.
    try:
        os.stat(os.path.join(folder, os.curdir))
    except OSError as exc:
        return f"cannot enter it: {os_reason(exc, folder)}"
    return None


def _read_site(folder: Path, file_log: ProblemLog) -> Site | None:
    found = status(folder / SITE_FILE)
    if found == NOT_FOUND:
        file_log.error(1, f"missing site file (looked in {folder})")
        return None
    root = read_yaml(folder / SITE_FILE, file_log)
    return parse_site(root, file_log) if root is not None else None


def _optional(
    folder: Path,
    name: str,
    parse: Callable[[Node, ProblemLog, tuple[str, ...]], list[T]],
    languages: tuple[str, ...],
    problems: list[Problem],
) -> list[T]:
    path = folder / name

    def read(file_log: ProblemLog) -> list[T]:
        if status(path) == NOT_FOUND:
            if name in OPTIONAL_FILES:
                file_log.warning(1, f"no {name}: {OPTIONAL_FILES[name]}")
            return []
        root = read_yaml(path, file_log)
        return parse(root, file_log, languages) if root is not None else []

    return _guarded(path, read, problems) or []


def section_paths(folder: Path, folder_log: ProblemLog) -> list[Path]:
    """Every *.yaml and *.yml name in the folder, whatever it is: what is not
    a readable file is reported when it is read. Names starting with a dot
    are left out: editors' lock files and macOS's "._" files on USB sticks."""
    found = status(folder)
    if isinstance(found, str):
        if found != NOT_FOUND:
            folder_log.error(1, f"cannot read the sections folder: {found}")
        return []
    if not stat.S_ISDIR(found.st_mode):
        folder_log.error(1, f"it is {kind_of_file(found.st_mode)}, not a folder of sections")
        return []
    try:
        with os.scandir(folder) as entries:
            names = [
                entry.name
                for entry in entries
                if not entry.name.startswith(".")
                and os.path.splitext(entry.name)[1].lower() in SECTION_SUFFIXES
            ]
    except OSError as exc:
        folder_log.error(1, f"cannot list the sections folder: {os_reason(exc, folder)}")
        return []
    names.sort()
    if len(names) > MAX_SECTION_FILES:
        folder_log.error(
            1, f"{len(names)} section files; only the first {MAX_SECTION_FILES} are read"
        )
        names = names[:MAX_SECTION_FILES]
    return [folder / name for name in names]


def _load_sections(
    folder: Path,
    languages: tuple[str, ...],
    page: SourcePage | None,
    problems: list[Problem],
    folder_log: ProblemLog,
) -> list[Section]:
    sections: list[Section] = []
    first_seen: dict[str, str] = {}

    def read(path: Path, file_log: ProblemLog) -> Section | None:
        root = read_yaml(path, file_log)
        if root is None:
            return None
        section = parse_section(root, file_log, languages, str(path))
        if section is None or file_log.error_count:
            return None
        if section.id in first_seen:
            file_log.error(
                _id_line(root),
                f"id: duplicate section id '{section.id}' (first in {first_seen[section.id]})",
            )
            return None
        first_seen[section.id] = str(path)
        # Read last, of a section that shows: a wrong passage costs only
        # itself, as it shows nowhere on screen.
        return replace(section, passages=parse_source(root, file_log, page))

    for path in section_paths(folder, folder_log):
        section = _guarded(path, lambda file_log, path=path: read(path, file_log), problems)
        if section is not None:
            sections.append(section)
    return sections


def _id_line(root: Node) -> int:
    if isinstance(root, MappingNode):
        for key, value in root.value:
            if key.value == "id":
                return line_of(value)
    return line_of(root)
