"""Content that `kiosk validate` accepts never crashes the kiosk: for each
case of the corpus that validates (warnings allowed), `kiosk shot` draws home
and the screen the case concerns, and exits 0 without a traceback.

The key figure of 2^63 that once passed validate and then crashed
QLocale.toString is the model for these: every number, text and count at the
edge of what validate lets through, drawn for real."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from helpers.cli import kiosk
from helpers.dated import AT
from test_content_corpus import CORPUS, SECTION_CASES
from test_long_texts_ui import with_long_words, with_longest_texts

from kiosk.content.contacts import MAX_ORGANIZATIONS
from kiosk.content.partners import MAX_REGIONS, m49_table
from kiosk.content.schema import MAX_BLOCKS, MAX_BULLETS, MAX_FIGURE_VALUE, MAX_ORDER

pytestmark = pytest.mark.subprocess

LARGE_UPRIGHT = ["--size", "1080x1920", "--large-text"]


def edge_numbers(content: Path) -> list[str]:
    sections = sorted((content / "sections").iterdir())
    for path, order in ((sections[0], 0), (sections[1], MAX_ORDER)):
        text = path.read_text("utf-8")
        start = text.index("order: ")
        end = text.index("\n", start)
        path.write_text(f"{text[:start]}order: {order}{text[end:]}", "utf-8")
    site = content / "site.yaml"
    text = site.read_text("utf-8")
    figures = "".join(
        f"  - value: {value}\n    as_of: 2025-10-01\n"
        f"    label: {{tk: a{value}, ru: b{value}, en: c{value}}}\n"
        for value in (MAX_FIGURE_VALUE, 0)
    )
    site.write_text(text[: text.index("figures:")] + "figures:\n" + figures, "utf-8")
    return ["home", "map"]


def literal_texts(content: Path) -> list[str]:
    section = content / "sections" / "01-foundations.yaml"
    for after, value in (("title:", "yes"), ("summary:", "2025"), ("- paragraph:", "1:30")):
        lines = section.read_text("utf-8").splitlines()
        start = next(i for i, line in enumerate(lines) if line.strip() == after)
        for i in range(start + 1, start + 4):
            lines[i] = lines[i].split(":")[0] + f": {value}"
        section.write_text("\n".join(lines) + "\n", "utf-8")
    return ["section/foundations"]


def anchors_and_merges(content: Path) -> list[str]:
    (content / "sections" / "09-anchors.yaml").write_text(
        "id: anchors\norder: 9\n"
        "title: &t {tk: Baş, ru: Заголовок, en: Title}\n"
        "summary:\n  <<: *t\n  en: Own summary\n"
        "body:\n  - paragraph: *t\n  - bullets: [*t, {<<: *t, ru: Свой}]\n",
        "utf-8",
    )
    return ["section/anchors"]


def words_300(content: Path) -> list[str]:
    with_long_words(content, 300)
    return ["section/foundations", "contacts", "map/central-asia"]


def word_4000(content: Path) -> list[str]:
    with_long_words(content, 4000)
    return ["section/foundations", "map/central-asia"]


def longest_texts(content: Path) -> list[str]:
    with_longest_texts(content)
    return ["attract", "map"]


def missing_language(content: Path) -> list[str]:
    shutil.copy(CORPUS / "sections" / "missing_language.yaml", content / "sections")
    return ["section/missinglang"]


def no_optional_files(content: Path) -> list[str]:
    (content / "contacts.yaml").unlink()
    (content / "partners.yaml").unlink()
    return ["attract"]


def unusual_files(content: Path) -> list[str]:
    """Windows line ends and a byte order mark, an upper-case suffix, and the
    files editors and macOS leave beside the content (ignored)."""
    text = (content / "sections" / "03-neutrality.yaml").read_text("utf-8")
    text = text.replace("id: neutrality", "id: windows").replace("order: 3", "order: 30")
    (content / "sections" / "30-WINDOWS.YAML").write_bytes(
        b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode("utf-8")
    )
    (content / "sections" / "._01-foundations.yaml").write_bytes(b"\x00\x05\x16\x07Mac OS X")
    (content / "sections" / ".#02-objectives.yaml").symlink_to("root@host.1234:1700000000")
    return ["section/windows"]


def most_items(content: Path) -> list[str]:
    """As many blocks, bullets, cards and regions as validate allows."""
    bullets = "".join(f"      - {{tk: a{i}, ru: b{i}, en: c{i}}}\n" for i in range(MAX_BULLETS))
    blocks = "".join(
        "  - bullets:\n" + bullets if i % 2 else f"  - paragraph: {{tk: a{i}, ru: b, en: c}}\n"
        for i in range(MAX_BLOCKS)
    )
    (content / "sections" / "09-long.yaml").write_text(
        "id: long\norder: 9\ntitle: {tk: a, ru: b, en: c}\nsummary: {tk: a, ru: b, en: c}\n"
        "body:\n" + blocks,
        "utf-8",
    )
    contacts = content / "contacts.yaml"
    text = contacts.read_text("utf-8")
    card = text[text.index("  - id: mfa") :]
    copies = (card.replace("id: mfa", f"id: mfa-{i}") for i in range(MAX_ORGANIZATIONS - 1))
    contacts.write_text(text + "".join(copies), "utf-8")
    # As many regions as validate allows, each one M49 area no other holds.
    leaves = [code for code in sorted(m49_table().areas) if code not in ("002", "019", "142",
              "150", "009", "202", "419", "830")][:MAX_REGIONS]  # fmt: skip
    (content / "partners.yaml").write_text(
        "regions:\n"
        + "".join(
            f"  - id: extra-{i}\n"
            f"    name: {{tk: Sebit {i}, ru: Регион {i}, en: Region {i}}}\n"
            f"    text: {{tk: a, ru: b, en: c}}\n    m49: [\"{code}\"]\n"
            for i, code in enumerate(leaves)
        ),
        "utf-8",
    )
    return ["section/long", "contacts", "map/extra-0"]


CASES: dict[str, Callable[[Path], list[str]]] = {
    "edge numbers": edge_numbers,
    "texts YAML 1.1 would misread": literal_texts,
    "anchors and merge keys": anchors_and_merges,
    "words of 300 letters": words_300,
    "a word of 4,000 letters": word_4000,
    "the longest texts": longest_texts,
    "a missing language": missing_language,
    "no contacts.yaml nor partners.yaml": no_optional_files,
    "unusual files": unusual_files,
    "the most items": most_items,
}


def test_the_corpus_cases_validate_accepts_are_all_here():
    accepted = {name for name, (_, severity, _) in SECTION_CASES.items() if severity == "warning"}
    assert accepted == {"missing_language.yaml"}  # the corpus's one: "a missing language"


@pytest.mark.parametrize("name", CASES)
def test_validated_content_is_drawn(content_copy: Path, tmp_path: Path, name: str):
    screens = CASES[name](content_copy)
    done = kiosk("validate", "--content", str(content_copy), *AT)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    shots = [("home", [])] + [(s, o) for s in screens for o in ([], LARGE_UPRIGHT)]
    for screen, options in shots:
        out = tmp_path / f"{screen.replace('/', '-')}{len(options)}.png"
        shot = kiosk(
            "shot", "--content", str(content_copy), "--screen", screen, "-o", str(out), *AT,
            *options,
        )  # fmt: skip
        assert shot.returncode == 0, (screen, options, shot.stderr[-3000:])
        assert "Traceback" not in shot.stderr, (screen, options, shot.stderr[-3000:])
        assert out.stat().st_size > 10_000
