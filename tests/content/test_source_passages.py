"""Each section's `source`: passages of the source page, checked against it."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from kiosk.content import load_content
from kiosk.content.source_page import SourcePage

SECTION = """\
id: extra
order: 9
title: {tk: a, ru: b, en: c}
summary: {tk: a, ru: b, en: c}
body:
  - paragraph: {tk: a, ru: b, en: c}
"""


def with_source(content: Path, source: str) -> Path:
    """A ninth section file whose `source` is ``source`` (YAML from line 7)."""
    path = content / "sections" / "09-extra.yaml"
    path.write_text(SECTION + source, "utf-8")
    return path


def problems_of(content: Path, path: Path) -> list[str]:
    result = load_content(content)
    return [
        f"{p.line}: {p.severity.value}: {p.message}" for p in result.problems if p.file == str(path)
    ]


def extra_section(content: Path):
    return load_content(content).content.section("extra")


# -- what the page holds and how a quote is found ------------------------------

PAGE = SourcePage(
    "Title\n\nThe foreign policy of Independent and Permanently\n"
    "Neutral Turkmenistan is implemented based on the Constitution.\n\n"
    "Turkmenistan’s “National Program”\u00a0for  2022-2052.\n"
)


def test_a_quote_is_found_across_line_breaks_and_odd_spaces():
    assert PAGE.find("Independent and Permanently Neutral Turkmenistan") == (3, 4)
    assert PAGE.find("Turkmenistan’s “National Program” for 2022-2052") == (6, 6)
    assert PAGE.find("  based on   the\nConstitution ") == (4, 4)
    assert PAGE.find("independent and permanently neutral Turkmenistan") is None
    assert PAGE.find("") is None


def test_a_quote_typed_loosely_is_found_with_the_pages_own_words():
    assert PAGE.near('turkmenistan\'s "national program" for 2022–2052') == (
        6,
        "Turkmenistan’s “National Program”\u00a0for  2022-2052",
    )
    assert PAGE.near("Turkmenistan's National Programme") is None


def test_lines_are_counted_as_the_loader_counts_them():
    page = SourcePage("one\r\ntwo\rthree\nfour")
    assert page.lines == ("one", "two", "three", "four")
    assert page.passage(2, 3) == "two\nthree"
    assert page.find("three four") == (3, 4)


# -- passages in a section file ------------------------------------------------


def test_passages_resolve_to_lines_of_the_page(content_copy: Path):
    path = with_source(
        content_copy,
        "source:\n"
        "  - lines: 15\n"
        "  - lines: 21-27\n"
        "  - lines: 23 – 25\n"
        "  - quote: Turkmenistan has established diplomatic relations with 155 countries\n",
    )
    assert problems_of(content_copy, path) == []
    passages = extra_section(content_copy).passages
    assert [(p.first_line, p.last_line) for p in passages] == [
        (15, 15),
        (21, 27),
        (23, 25),
        (37, 37),
    ]
    assert passages[3].quote.endswith("with 155 countries")


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (
            "source:\n  - quote: Turkmenistan has diplomatic relations with 200 countries\n",
            "8: error: source[0].quote: not in source/page.txt: 'Turkmenistan has diplomatic "
            "relations with 200 countries'",
        ),
        (
            "source:\n  - quote: The foreign policy of independent and permanently neutral\n",
            "8: error: source[0].quote: not in source/page.txt as written; line 15 has 'The "
            "foreign policy of Independent and Permanently Neutral' (case, quotation marks or "
            "dashes differ)",
        ),
        (
            "source:\n  - quote: Turkmenistan's foreign policy include\n",
            "8: error: source[0].quote: not in source/page.txt as written; line 21 has "
            "'Turkmenistan’s foreign policy include' (case, quotation marks or dashes differ)",
        ),
        (
            "source:\n  - quote: mutual respect\n",
            "8: error: source[0].quote: 2 word(s) say little about where a text comes from; "
            "quote at least 3",
        ),
        (
            "source:\n  - lines: 70\n",
            "8: error: source[0].lines: 70 is past the end of source/page.txt, which has 64 lines",
        ),
        (
            "source:\n  - lines: 60-99\n",
            "8: error: source[0].lines: 60-99 is past the end of "
            "source/page.txt, which has 64 lines",
        ),
        (
            "source:\n  - lines: 27-21\n",
            "8: error: source[0].lines: 27-21 runs backwards; write 21-27",
        ),
        ("source:\n  - lines: 0\n", "8: error: source[0].lines: lines are counted from 1"),
        (
            "source:\n  - lines: 16\n",
            "8: error: source[0].lines: line 16 is blank in source/page.txt",
        ),
        (
            "source:\n  - lines: line 4\n",
            "8: error: source[0].lines: expected a line number or a range like 21-27, got 'line 4'",
        ),
        (
            "source:\n  - lines: 1:30\n",
            "8: error: source[0].lines: expected a line number or a range like 21-27, got '1:30'",
        ),
        ("source:\n  - lines: [15, 17]\n", "8: error: source[0].lines: expected text, got a list"),
        (
            "source:\n  - lines: 15\n    quote: The foreign policy of\n",
            "8: error: source[0]: a passage has exactly one key: lines or quote",
        ),
        ("source:\n  - page: 3\n", "8: error: source[0].page: unknown key (allowed: lines, quote)"),
        ("source:\n  - {}\n", "8: error: source[0]: a passage has exactly one key: lines or quote"),
        ("source:\n  - 15\n", "8: error: source[0]: expected a mapping, got a number"),
        ("source: lines 15-17\n", "7: error: source: expected a list of passages, got text"),
        ("source: []\n", "7: error: source: expected a list of passages, got an empty list"),
        ("source:\n", "7: error: source: expected a list of passages, got nothing (null)"),
    ],
)
def test_a_wrong_passage_is_named_and_costs_only_itself(content_copy: Path, source, expected):
    path = with_source(content_copy, source + "  - lines: 17\n" if "- " in source else source)
    assert problems_of(content_copy, path) == [expected]
    # The section still shows: a passage is not on screen.
    section = extra_section(content_copy)
    assert section is not None
    kept = [(p.first_line, p.last_line) for p in section.passages]
    assert kept == ([(17, 17)] if "- " in source else [])


def test_a_yaml_tag_in_a_passage_is_refused_as_anywhere(content_copy: Path):
    """Tags are refused while the file is read, which leaves the file out,
    as a tag on any other field does."""
    path = with_source(content_copy, "source:\n  - lines: !!int 15\n")
    assert problems_of(content_copy, path) == [
        "8: error: source[0].lines: YAML tags such as '!!int' are not used in the kiosk's "
        "files; remove it"
    ]
    assert extra_section(content_copy) is None


def test_too_many_passages(content_copy: Path):
    path = with_source(content_copy, "source:\n" + "  - lines: 15\n" * 31)
    assert problems_of(content_copy, path) == [
        "38: error: source: 31 passages; only the first 30 are used"
    ]
    assert len(extra_section(content_copy).passages) == 30


def test_a_section_without_passages_is_warned_about(content_copy: Path):
    path = with_source(content_copy, "")
    assert problems_of(content_copy, path) == [
        "1: warning: source: missing; name the passages of source/page.txt this section was "
        "written from (lines: 21-27, or quote: words as the page has them)"
    ]
    assert extra_section(content_copy).passages == ()


def test_a_broken_section_is_not_also_told_about_its_passages(content_copy: Path):
    path = with_source(content_copy, "source:\n  - lines: 999\n")
    text = path.read_text("utf-8").replace("order: 9", "order: nine")
    path.write_text(text, "utf-8")
    assert problems_of(content_copy, path) == [
        "2: error: order: expected a whole number like 12, got 'nine'"
    ]


# -- the page itself -----------------------------------------------------------


def test_without_the_page_passages_are_kept_unchecked(content_copy: Path):
    shutil.rmtree(content_copy / "source")
    path = with_source(content_copy, "source:\n  - lines: 999\n  - quote: not on any page\n")
    result = load_content(content_copy)
    page = content_copy / "source" / "page.txt"
    assert [str(p) for p in result.problems] == [
        f"{page}:1: warning: no source page: the sections' source passages are not checked "
        "(see source/SOURCE.txt in the packaged content)"
    ]
    passages = result.content.section("extra").passages
    assert [(p.first_line, p.last_line, p.quote) for p in passages] == [
        (999, 999, ""),
        (0, 0, "not on any page"),
    ]
    assert path.exists()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (
            lambda page: page.write_bytes(b"\xff\xfeT\x00e\x00x\x00t\x00"),
            "UTF-16 text, not UTF-8; save the file as UTF-8",
        ),
        (lambda page: page.write_bytes(b"caf\xe9\n"), "not UTF-8 text (byte 0xe9)"),
        (
            lambda page: page.write_text("  \n\n", "utf-8"),
            "empty file: the sections' source passages are not checked",
        ),
        (
            lambda page: (page.unlink(), page.mkdir()),
            "cannot read file: it is a folder, not a file",
        ),
        (
            lambda page: (page.unlink(), os.symlink(page, page)),
            "cannot read file: symbolic link loop",
        ),
        (
            lambda page: page.write_text("x" * 300_000, "utf-8"),
            "file is 300,000 bytes; the limit is 256 KiB (262,144 bytes)",
        ),
    ],
)
def test_a_page_that_cannot_be_read_is_an_error_and_the_kiosk_shows_on(
    content_copy: Path, make, message
):
    page = content_copy / "source" / "page.txt"
    make(page)
    result = load_content(content_copy)
    assert [(p.file, p.line, p.severity.value) for p in result.problems] == [
        (str(page), 1, "error")
    ], [str(p) for p in result.problems]
    assert message in result.problems[0].message
    assert len(result.content.sections) == 8
