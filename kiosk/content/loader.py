"""Load a content folder: ``site.yaml`` and ``sections/*.yaml``.

The kiosk keeps running on whatever is valid: a section file with an error is
left out, a broken figure is left out, and only a broken site file (or no
usable section at all) makes the whole content unavailable.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, Node

from kiosk.content.contacts import Organization, parse_contacts
from kiosk.content.model import KNOWN_LANGUAGES, Content, Section
from kiosk.content.partners import Region, parse_partners
from kiosk.content.problems import Problem, ProblemLog
from kiosk.content.schema import parse_section, parse_site
from kiosk.content.yamlsource import line_of, read_yaml

SITE_FILE = "site.yaml"
CONTACTS_FILE = "contacts.yaml"
PARTNERS_FILE = "partners.yaml"
SECTIONS_DIR = "sections"
MAX_SECTION_FILES = 40


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


def load_content(content_dir: Path | str) -> LoadResult:
    folder = Path(content_dir)
    problems: list[Problem] = []

    site_path = folder / SITE_FILE
    site_log = ProblemLog(str(site_path))
    site = None
    if not site_path.is_file():
        site_log.error(1, f"missing site file (looked in {folder})")
    elif (root := read_yaml(site_path, site_log)) is not None:
        site = parse_site(root, site_log)
    problems += site_log.problems
    languages = site.languages if site else KNOWN_LANGUAGES

    sections_log = ProblemLog(str(folder / SECTIONS_DIR))
    sections = _load_sections(folder / SECTIONS_DIR, languages, problems, sections_log)
    if not sections:
        sections_log.error(1, "no usable section: the kiosk shows 'temporarily unavailable'")
    problems += sections_log.problems

    # Optional files: without them there is no contacts screen, or no map.
    contacts: list[Organization] = _optional(
        folder / CONTACTS_FILE, parse_contacts, languages, problems
    )
    regions: list[Region] = _optional(folder / PARTNERS_FILE, parse_partners, languages, problems)

    content = None
    if site is not None and sections:
        ordered = tuple(sorted(sections, key=lambda s: (s.order, s.id)))
        content = Content(site, ordered, tuple(contacts), tuple(regions))
    return LoadResult(content, tuple(problems))


def _optional(path: Path, parse, languages: tuple[str, ...], problems: list[Problem]) -> list:
    if not path.is_file():
        return []
    log = ProblemLog(str(path))
    root = read_yaml(path, log)
    items = parse(root, log, languages) if root is not None else []
    problems += log.problems
    return items


def _load_sections(
    folder: Path, languages: tuple[str, ...], problems: list[Problem], folder_log: ProblemLog
) -> list[Section]:
    if not folder.is_dir():
        return []
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if len(paths) > MAX_SECTION_FILES:
        folder_log.error(
            1, f"{len(paths)} section files; only the first {MAX_SECTION_FILES} are read"
        )
        paths = paths[:MAX_SECTION_FILES]
    sections: list[Section] = []
    first_seen: dict[str, str] = {}
    for path in paths:
        log = ProblemLog(str(path))
        root = read_yaml(path, log)
        section = parse_section(root, log, languages, str(path)) if root is not None else None
        if section is not None and root is not None and log.error_count == 0:
            if section.id in first_seen:
                log.error(
                    _id_line(root),
                    f"id: duplicate section id '{section.id}' (first in {first_seen[section.id]})",
                )
            else:
                first_seen[section.id] = str(path)
                sections.append(section)
        problems += log.problems
    return sections


def _id_line(root: Node) -> int:
    if isinstance(root, MappingNode):
        for key, value in root.value:
            if key.value == "id":
                return line_of(value)
    return line_of(root)
