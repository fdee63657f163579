"""The loader against a corpus of broken files: exact file, line and field."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kiosk.content import load_content

CORPUS = Path(__file__).parent / "corpus"

# file in corpus/sections → (line, severity, message fragment naming the field)
SECTION_CASES = {
    # A tab in the indentation, named as such (not "cannot start any token").
    "tab_indent.yaml": (4, "error", "YAML syntax: a tab in column 1; YAML indents with spaces"),
    "tab_after_spaces.yaml": (7, "error", "YAML syntax: a tab in column 3; YAML indents with"),
    "yaml_syntax.yaml": (
        8,
        "error",
        "expected ',' or '}' (while parsing a flow mapping at line 7)",
    ),
    "not_utf8.yaml": (4, "error", "not UTF-8 text (byte 0xfc)"),
    "binary.yaml": (3, "error", "binary file"),
    # What Windows Notepad saves as "Unicode": named, not called binary.
    "utf16_bom.yaml": (1, "error", "UTF-16 text, not UTF-8; save the file as UTF-8"),
    "utf16_big_endian.yaml": (1, "error", "UTF-16 text, not UTF-8; save the file as UTF-8"),
    "utf32_bom.yaml": (1, "error", "UTF-32 text, not UTF-8; save the file as UTF-8"),
    "empty.yaml": (1, "error", "empty file"),
    "duplicate_key.yaml": (7, "error", "duplicate key 'title' (first at line 3)"),
    "unknown_key.yaml": (5, "error", "image: unknown key"),
    "wrong_type.yaml": (2, "error", "order: expected a whole number"),
    "missing_field.yaml": (1, "error", "summary: missing required field"),
    "unknown_language.yaml": (7, "error", "summary: unknown language code 'de'"),
    "empty_text.yaml": (10, "error", "body[1].bullets[1].ru: empty text"),
    "bad_block.yaml": (7, "error", "body[1].picture: unknown key"),
    "bad_id.yaml": (1, "error", "id: 'Bad Id!' must be lower-case"),
    "duplicate_id.yaml": (2, "error", "id: duplicate section id 'foundations'"),
    "alias_bomb.yaml": (7, "error", "alias expansion bomb"),
    "recursive_alias.yaml": (7, "error", "recursive YAML alias: '*t' names the list or mapping"),
    "wrong_text_type.yaml": (4, "error", "summary: expected texts by language"),
    "missing_language.yaml": (7, "warning", "body[0].paragraph: no 'ru' text; English is shown"),
    # Whole numbers are plain decimal digits in a documented range, whatever
    # YAML 1.1 would make of them; nothing reaches int() unbounded.
    "order_octal.yaml": (2, "error", "order: expected a whole number like 12, got '010'"),
    "order_octal_0o.yaml": (2, "error", "order: expected a whole number like 12, got '0o17'"),
    "order_hex.yaml": (2, "error", "order: expected a whole number like 12, got '0x1F'"),
    "order_sexagesimal.yaml": (2, "error", "order: expected a whole number like 12, got '1:30'"),
    "order_float.yaml": (2, "error", "order: expected a whole number like 12, got '1.5'"),
    "order_negative.yaml": (2, "error", "order: expected a whole number like 12, got '-1'"),
    "order_underscore.yaml": (2, "error", "order: expected a whole number like 12, got '1_000'"),
    "order_out_of_range.yaml": (2, "error", "order: 10000 is not from 0 to 9,999"),
    "order_over_int_limit.yaml": (2, "error", "order: a number of 5000 digits is not from 0 to"),
    # Explicit YAML tags are refused where they are written.
    "tag_int_on_text.yaml": (3, "error", "title.en: YAML tags such as '!!int' are not used"),
    "tag_float.yaml": (2, "error", "order: YAML tags such as '!!float' are not used"),
    "tag_str.yaml": (2, "error", "order: YAML tags such as '!!str' are not used"),
    "tag_local.yaml": (4, "error", "summary: YAML tags such as '!foo' are not used"),
    "tag_binary.yaml": (6, "error", "body[0].paragraph.en: YAML tags such as '!!binary'"),
    "null_text.yaml": (6, "error", "body[0].paragraph.ru: empty text"),
    # Depth and size are limited while the file is read, without recursion.
    "deep_nesting.yaml": (3, "error", "body[0][0][0][0][0][0][0][0]…[0][0][0][0][0][0][0][0][0]"),
    "deep_block_nesting.yaml": (23, "error", "nested more than 20 levels deep"),
    "too_many_aliases.yaml": (1005, "error", "more than 1,000 aliases (*name) in one file"),
    "too_many_values.yaml": (5, "error", "more than 50,000 values in one file"),
    "too_many_blocks.yaml": (6, "error", "body: 101 items; the limit is 100"),
    "anchor_twice.yaml": (4, "error", "anchor '&t' is defined twice (first at line 3)"),
    "undefined_alias.yaml": (4, "error", "alias '*nowhere' names no anchor before it"),
    "two_documents.yaml": (7, "error", "a second YAML document starts here; a file holds one"),
    "merge_not_mapping.yaml": (4, "error", "<<: merges only a mapping or a list of mappings"),
    # Control characters and bidirectional controls: raw, at their real line
    # and column; escaped, on the field that holds them.
    "control_raw.yaml": (6, "error", "control character U+0007 BELL in column 40; remove it"),
    "next_line_raw.yaml": (6, "error", "control character U+0085 NEXT LINE in column 36"),
    "bidi_raw.yaml": (3, "error", "control U+202E RIGHT-TO-LEFT OVERRIDE in column 31"),
    "line_separator_raw.yaml": (6, "error", "separator U+2028 LINE SEPARATOR in column 36"),
    "bom_inside.yaml": (6, "error", "byte order mark U+FEFF ZERO WIDTH NO-BREAK SPACE in column"),
    "noncharacter_raw.yaml": (6, "error", "noncharacter U+FDD0 in column 36; remove it"),
    "noncharacter_astral_raw.yaml": (6, "error", "noncharacter U+10FFFE in column 37; remove it"),
    "control_escaped.yaml": (
        6,
        "error",
        "body[0].paragraph.en: control character U+0007 BELL (written as an escape); remove it",
    ),
    "bidi_escaped.yaml": (
        3,
        "error",
        "title.en: bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE (written as an escape)",
    ),
    "isolate_escaped.yaml": (
        6,
        "error",
        "body[0].paragraph.ru: bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE",
    ),
}

# file in corpus/site → (line, message fragment, is the content still usable?)
SITE_CASES = {
    "unknown_language.yaml": (1, "languages: unknown language code 'de'", True),
    "default_not_listed.yaml": (2, "default_language: 'fr' is not one of languages", True),
    "missing_motto.yaml": (1, "motto: missing required field", False),
    "bad_figure.yaml": (9, "figures[1].value: expected a whole number", True),
    "bad_status.yaml": (7, "translation_status.ru: 'final' is not one of", True),
    # 2^63 once reached QLocale.toString and crashed the kiosk.
    "figure_over_int64.yaml": (9, "figures[1].value: 9223372036854775808 is not from 0 to", True),
    "figure_too_large.yaml": (9, "figures[1].value: 1000000 is not from 0 to 9,999", True),
    "figure_octal.yaml": (9, "figures[1].value: expected a whole number like 12, got '0155'", True),
    "too_many_figures.yaml": (12, "figures: 6 figures; home shows at most 2", True),
}


def test_every_corpus_file_has_a_case():
    assert {p.name for p in (CORPUS / "sections").iterdir()} == set(SECTION_CASES)
    assert {p.name for p in (CORPUS / "site").iterdir()} == set(SITE_CASES)


@pytest.mark.parametrize("name", sorted(SECTION_CASES))
def test_broken_section_file(name: str, content_copy: Path):
    line, severity, fragment = SECTION_CASES[name]
    target = content_copy / "sections" / name
    shutil.copy(CORPUS / "sections" / name, target)

    result = load_content(content_copy)

    assert [(p.file, p.line, p.severity.value) for p in result.problems] == [
        (str(target), line, severity)
    ], [str(p) for p in result.problems]
    assert fragment in result.problems[0].message
    assert str(result.problems[0]).startswith(f"{target}:{line}: {severity}: ")
    # The kiosk keeps running on everything else: only this file is left out.
    assert result.content is not None
    expected = 9 if severity == "warning" else 8
    assert len(result.content.sections) == expected


@pytest.mark.parametrize("name", sorted(SITE_CASES))
def test_broken_site_file(name: str, content_copy: Path):
    line, fragment, usable = SITE_CASES[name]
    shutil.copy(CORPUS / "site" / name, content_copy / "site.yaml")

    result = load_content(content_copy)

    errors = [p for p in result.problems if p.is_error]
    assert len(errors) == 1, [str(p) for p in result.problems]
    assert (errors[0].file, errors[0].line) == (str(content_copy / "site.yaml"), line)
    assert fragment in errors[0].message
    assert (result.content is not None) == usable


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("bad_figure.yaml", [155]),
        ("figure_over_int64.yaml", [155]),
        ("too_many_figures.yaml", [1, 2]),
    ],
)
def test_bad_figure_is_left_out_and_the_rest_shown(content_copy: Path, name: str, kept):
    shutil.copy(CORPUS / "site" / name, content_copy / "site.yaml")
    figures = load_content(content_copy).content.site.figures
    assert [f.value for f in figures] == kept


def test_oversized_file(content_copy: Path):
    big = content_copy / "sections" / "big.yaml"
    big.write_text("id: big\n# " + "x" * 300_000 + "\n", "utf-8")
    result = load_content(content_copy)
    assert [(p.file, p.line) for p in result.errors] == [(str(big), 1)]
    assert result.errors[0].message == (
        "file is 300,011 bytes; the limit is 256 KiB (262,144 bytes)"
    )


def test_missing_site_file_makes_content_unavailable(content_copy: Path):
    (content_copy / "site.yaml").unlink()
    result = load_content(content_copy)
    assert result.content is None
    assert "missing site file" in result.errors[0].message


def test_no_usable_section_makes_content_unavailable(content_copy: Path):
    for path in (content_copy / "sections").iterdir():
        path.write_text("id: [broken\n", "utf-8")
    result = load_content(content_copy)
    assert result.content is None
    assert any("no usable section" in p.message for p in result.errors)
