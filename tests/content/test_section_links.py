"""A topic's links to the map (``regions:``) and its numbered panels
(``numbered:``): read, checked against partners.yaml, and refused with the
file, line and field when wrong; the topic itself always stays."""

from __future__ import annotations

from pathlib import Path

from helpers.cli import kiosk
from helpers.dated import AT

from kiosk.content import load_content

SECTION = "sections/07-world-regions.yaml"


def _set_regions(content: Path, value: str) -> Path:
    path = content / SECTION
    text = path.read_text("utf-8")
    lines = [line for line in text.splitlines() if not line.startswith("regions:")]
    lines.append(f"regions: {value}")
    path.write_text("\n".join(lines) + "\n", "utf-8")
    return path


def _line_of(path: Path, start: str) -> int:
    return next(i for i, line in enumerate(path.read_text("utf-8").splitlines(), 1)
                if line.startswith(start))


def test_the_packaged_topics_link_the_regions_they_name():
    content = load_content(Path(__file__).parents[2] / "resources" / "content").content
    links = {s.id: [link.id for link in s.regions] for s in content.sections}
    assert links["world-regions"] == ["western-asia", "africa", "northern-america", "latin-america"]
    assert links["central-asia"] == ["central-asia"]
    objectives = next(s for s in content.sections if s.id == "objectives")
    assert objectives.body[0].numbered and len(objectives.body[0].items) == 3


def test_an_unknown_region_costs_only_its_link(content_copy: Path):
    """A warning, not an error: a region taken out of partners.yaml must not
    make every topic that named it an error; --strict still fails on it."""
    path = _set_regions(content_copy, "[africa, atlantis]")
    result = load_content(content_copy)
    line = _line_of(path, "regions:")
    problems = [str(p) for p in result.problems if p.file == str(path)]
    assert problems == [
        f"{path}:{line}: warning: regions[1]: no region 'atlantis' in partners.yaml, so no link"
        " to it (it has: africa, central-asia, eastern-asia, europe, latin-america,"
        " northern-america, oceania, southern-asia, western-asia)"
    ]
    section = next(s for s in result.content.sections if s.id == "world-regions")
    assert [link.id for link in section.regions] == ["africa"]


def test_without_a_map_no_topic_links_to_it(content_copy: Path):
    """partners.yaml's own warning says there is no map; the topics keep
    their text and link nowhere."""
    (content_copy / "partners.yaml").unlink()
    result = load_content(content_copy)
    assert [p.message for p in result.problems if "link" in p.message] == []
    assert all(not s.regions for s in result.content.sections)
    assert not [p for p in result.problems if p.is_error]


def test_bad_links_and_panels_are_refused_by_validate(content_copy: Path):
    """Through the real command: FILE:LINE: error: field: why, exit 1."""
    _set_regions(content_copy, "[atlantis]")
    done = kiosk("validate", "--content", str(content_copy), *AT)
    assert done.returncode == 0, done.stdout  # a lost link is a warning...
    assert "warning: regions[0]: no region 'atlantis'" in done.stdout
    done = kiosk("validate", "--strict", "--content", str(content_copy), *AT)
    assert done.returncode == 1  # ...that --strict fails on
    path = _set_regions(content_copy, "Africa")
    objectives = content_copy / "sections/09-numbered.yaml"
    objectives.write_text(
        "id: numbered\norder: 9\ntitle: {en: Numbered}\nsummary: {en: A list}\nbody:\n"
        "  - numbered: three\n",
        "utf-8",
    )
    done = kiosk("validate", "--content", str(content_copy), *AT)
    assert done.returncode == 1, done.stdout + done.stderr
    out = done.stdout
    assert f"{path}:{_line_of(path, 'regions:')}: error: regions: expected a list" in out, out
    line = _line_of(objectives, "  - numbered:")
    assert f"{objectives}:{line}: error: body[0].numbered: expected a list" in out, out
    assert "Traceback" not in done.stderr
