"""Typographic quotes in everything a visitor reads: none of a typewriter's
' and " in the packaged content or the interface strings, and `kiosk
validate` names the file and line of one that staff type."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from helpers.cli import kiosk
from helpers.dated import AT
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from kiosk import paths
from kiosk.content import load_content

STRAIGHT = ("'", '"')
TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"


def scalars(node: Node, path: str = "") -> Iterator[tuple[int, str, str]]:
    """Every value (not key, not comment) of a YAML file, with its line."""
    if isinstance(node, ScalarNode):
        yield node.start_mark.line + 1, path, node.value
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            yield from scalars(value, f"{path}.{key.value}")
    elif isinstance(node, SequenceNode):
        for i, value in enumerate(node.value):
            yield from scalars(value, f"{path}[{i}]")


def test_the_packaged_content_has_no_straight_quotes():
    """In every language and every content file (names.yaml included)."""
    content = paths.default_content_dir()
    found = [
        f"{file.relative_to(content)}:{line}: {path}"
        for file in sorted(content.rglob("*.yaml"))
        for line, path, value in scalars(yaml.compose(file.read_text("utf-8")))
        if any(q in value for q in STRAIGHT)
    ]
    assert found == []
    problems = load_content(content).problems
    assert not [p for p in problems if "straight" in p.message]


def test_no_interface_string_has_straight_quotes():
    """qsTr and self.tr texts, as written (English) and as translated."""
    found = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for element in ET.parse(ts).iter():
            text = element.text or ""
            if element.tag in ("source", "translation", "numerusform") and any(
                q in text for q in STRAIGHT
            ):
                found.append(f"{ts.name}: {text}")
    assert found == []


# (file, text there, text put instead, what validate says of it after
# "FILE:LINE: warning: ").
STRAIGHT_EDITS = [
    (
        "partners.yaml",
        "Turkmenistan’s foreign",
        "Turkmenistan's foreign",
        "regions[7].text.en: a straight apostrophe (') in 'is also among Turkmenistan's "
        "foreign policy priorities.': write ’ for an apostrophe, “ ” for quotes",
    ),
    (
        "sections/03-neutrality.yaml",
        "«идеологии силы»",
        '"идеологии силы"',
        "body[1].bullets[1].ru: a straight quote (\") in 'распространению и признанию "
        '"идеологии силы"\': write « »',
    ),
    (
        "sections/03-neutrality.yaml",
        "tk: «Güýç ideologiýasynyň»",
        "tk: Bu 'Güýç ideologiýasynyň'",
        "body[1].bullets[1].tk: a straight apostrophe (') in 'Bu 'Güýç ideologiýasynyň' "
        "ýaýramagyna we': write ’ for an apostrophe, « » for quotes",
    ),
    (
        "contacts.yaml",
        "tk: Arçabil şaýoly, 108",
        'tk: "\\"Arçabil\\" şaýoly, 108"',
        'organizations[0].entries[5].street.tk: a straight quote (") in '
        "'\"Arçabil\" şaýoly, 108': write « »",
    ),
]


@pytest.mark.subprocess
def test_validate_names_the_line_of_each_straight_quote(content_copy: Path):
    """Each language, each kind of file: a section's bullet, a region's
    text, a contact's street. Warnings: the kiosk shows the text as written."""
    expected = []
    for name, old, new, message in STRAIGHT_EDITS:
        file = content_copy / name
        text = file.read_text("utf-8")
        assert text.count(old) == 1, (name, old)
        text = text.replace(old, new)
        file.write_text(text, "utf-8")
        line = text[: text.index(new)].count("\n") + 1
        expected.append(f"{file}:{line}: warning: {message}")
    done = kiosk("validate", "--content", str(content_copy), *AT)
    assert done.returncode == 0, done.stdout + done.stderr  # warnings only
    assert "Traceback" not in done.stdout + done.stderr
    warned = [line for line in done.stdout.splitlines() if "straight" in line]
    assert sorted(warned) == sorted(expected)
