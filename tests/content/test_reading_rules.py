"""The project's own reading rules, one by one: whole numbers, texts, tags,
depth, forbidden characters, files that are not what their name says."""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path

import pytest
from yaml.nodes import ScalarNode

from kiosk.content import load_content, loader
from kiosk.content.characters import describe, find_forbidden, printable, problem_with
from kiosk.content.fields import Fit, parse_int, parse_plain_text, parse_text
from kiosk.content.problems import MAX_PROBLEMS_PER_FILE, ProblemLog
from kiosk.content.textfile import MAX_FILE_BYTES, read_text
from kiosk.content.yamlsource import read_yaml, refused


def scalar(text: str, style: str | None = None) -> ScalarNode:
    """A node as the reader makes it (its tag is never looked at)."""
    from yaml import Mark

    mark = Mark("test", 0, 4, 0, None, None)
    return ScalarNode("tag:yaml.org,2002:str", text, mark, mark, style)


def read(tmp_path: Path, text: str | bytes) -> tuple[object, list[str]]:
    path = tmp_path / "file.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    log = ProblemLog("file.yaml")
    return read_yaml(path, log), [f"{p.line}: {p.message}" for p in log.problems]


# -- whole numbers -----------------------------------------------------------


@pytest.mark.parametrize(("text", "value"), [("0", 0), ("12", 12), ("9999", 9999), (" 7 ", 7)])
def test_a_whole_number_is_plain_decimal_digits(text: str, value: int):
    log = ProblemLog("f")
    assert parse_int(scalar(text), "order", log, maximum=9999) == value
    assert log.problems == []


@pytest.mark.parametrize(
    "text",
    ["012", "00", "0o17", "0x1F", "0b101", "1:30", "1_000", "+1", "-1", "1.0", "1e3", "1 2",
     "１２", "٣", "", "yes", "NaN", ".inf"],
)  # fmt: skip
def test_anything_else_is_not_a_whole_number(text: str):
    log = ProblemLog("f")
    assert parse_int(scalar(text), "order", log, maximum=9999) is None
    assert [p.message for p in log.problems] == [
        f"order: expected a whole number like 12, got '{text.strip()}'"
        if text.strip()
        else "order: expected a whole number like 12, got nothing"
    ]


def test_a_number_outside_its_range_names_the_range():
    log = ProblemLog("f")
    assert parse_int(scalar("1000000"), "figures[0].value", log, maximum=999_999) is None
    assert parse_int(scalar("9" * 100_000), "figures[0].value", log, maximum=999_999) is None
    assert [p.message for p in log.problems] == [
        "figures[0].value: 1000000 is not from 0 to 999,999",
        "figures[0].value: a number of 100000 digits is not from 0 to 999,999",
    ]


# -- texts ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text", ["yes", "no", "NO", "on", "2025", "1:30", "0x1F", "1e3", ".inf", "true", "~ ok"]
)
def test_a_text_is_what_was_written(tmp_path: Path, text: str):
    root, problems = read(tmp_path, f"en: {text}\n")
    assert problems == []
    assert parse_plain_text(root.value[0][1], "en", ProblemLog("f")) == text


@pytest.mark.parametrize("written", ["", "~", "null", "Null", "NULL", '""', "' '"])
def test_nothing_written_is_an_empty_text(tmp_path: Path, written: str):
    root, _ = read(tmp_path, f"en: {written}\n")
    log = ProblemLog("f")
    assert parse_plain_text(root.value[0][1], "title.en", log) is None
    assert [p.message for p in log.problems] == ["title.en: empty text"]


def test_quoted_null_is_a_text(tmp_path: Path):
    root, _ = read(tmp_path, 'en: "null"\n')
    assert parse_plain_text(root.value[0][1], "en", ProblemLog("f")) == "null"


@pytest.mark.parametrize(
    ("written", "tag"),
    [("!!int 12", "!!int"), ("!!str 12", "!!str"), ("!foo x", "!foo"), ("! x", "!"),
     ("!!binary aGVsbG8=", "!!binary"), ("!<tag:example.com,2000:x> y", "tag:example.com")],
)  # fmt: skip
def test_yaml_tags_are_refused_on_the_field(tmp_path: Path, written: str, tag: str):
    """Refused where it stands, once: the field reads as nothing, without a
    second message, and the rest of the file is still read."""
    root, problems = read(tmp_path, f"title:\n  tk: a\n  en: {written}\nid: x\n")
    assert len(problems) == 1
    assert problems[0].startswith(f"3: title.en: YAML tags such as '{tag}")
    assert refused(root.value[0][1].value[1][1])
    log = ProblemLog("f")
    assert parse_text(root.value[0][1], "title", log, ("tk", "en"), fit=Fit.BODY) is None
    assert parse_plain_text(root.value[1][1], "id", log) == "x"
    assert log.problems == []


def test_a_tagged_list_is_refused_and_its_alias_too(tmp_path: Path):
    root, problems = read(tmp_path, "a: !!seq &l [1, 2]\nb: *l\n")
    assert problems == ["1: a: YAML tags such as '!!seq' are not used in the kiosk's files; "
                        "remove it"]  # fmt: skip
    assert refused(root.value[0][1]) and refused(root.value[1][1])


def test_merge_keys_and_anchors_are_read(tmp_path: Path):
    root, problems = read(
        tmp_path,
        "base: &b {tk: a, ru: b, en: c}\n"
        "title:\n  <<: *b\n  en: own\n"
        "both:\n  <<: [*b, {de: x}]\n",
    )
    assert problems == []
    title = dict((k.value, v.value) for k, v in root.value[1][1].value)
    assert title == {"en": "own", "tk": "a", "ru": "b"}
    both = [k.value for k, _ in root.value[2][1].value]
    assert both == ["tk", "ru", "en", "de"]


# -- depth, size and aliases, without recursion --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 10_000 + "]" * 10_000 + "\n",
        "a: " + "{b: " * 10_000 + "}" * 10_000 + "\n",
        "a:\n" + "- " * 10_000 + "x\n",
        "".join(" " * i + "k:\n" for i in range(0, 600)) + " " * 600 + "k: v\n",
    ],
    ids=["flow-lists", "flow-mappings", "block-lists", "block-mappings"],
)
def test_deep_nesting_is_refused_quickly(tmp_path: Path, text: str):
    started = time.monotonic()
    root, problems = read(tmp_path, text)
    assert root is None
    assert len(problems) == 1, problems
    assert "nested more than 20 levels deep" in problems[0] or "nesting depth" in problems[0]
    assert time.monotonic() - started < 5  # a hang or a recursion takes far longer


def test_twenty_levels_are_read(tmp_path: Path):
    root, problems = read(tmp_path, "a: " + "[" * 19 + "x" + "]" * 19 + "\n")
    assert problems == [] and root is not None
    _, problems = read(tmp_path, "a: " + "[" * 20 + "x" + "]" * 20 + "\n")
    assert problems == [
        "1: a[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]: lists and mappings "
        "nested more than 20 levels deep; the kiosk's files need at most 6"
    ]


def test_alias_bomb_is_refused_without_expanding(tmp_path: Path):
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 9)]
    root, problems = read(tmp_path, "\n".join(lines) + "\n")
    assert root is None
    assert problems == ["5: aliases expand to more than 20,000 values (alias expansion bomb?)"]


# -- characters ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("char", "said"),
    [
        ("\x00", "control character U+0000 NULL"),
        ("\x07", "control character U+0007 BELL"),
        ("\x1b", "control character U+001B ESCAPE"),
        ("\x7f", "control character U+007F DELETE"),
        ("\x85", "control character U+0085 NEXT LINE"),
        ("\x9b", "control character U+009B"),
        ("\u061c", "bidirectional control U+061C ARABIC LETTER MARK"),
        ("\u200e", "bidirectional control U+200E LEFT-TO-RIGHT MARK"),
        ("\u200f", "bidirectional control U+200F RIGHT-TO-LEFT MARK"),
        ("\u202a", "bidirectional control U+202A LEFT-TO-RIGHT EMBEDDING"),
        ("\u202e", "bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE"),
        ("\u2066", "bidirectional control U+2066 LEFT-TO-RIGHT ISOLATE"),
        ("\u2069", "bidirectional control U+2069 POP DIRECTIONAL ISOLATE"),
        ("\u2028", "line or paragraph separator U+2028 LINE SEPARATOR"),
        ("\u2029", "line or paragraph separator U+2029 PARAGRAPH SEPARATOR"),
        ("\ufeff", "byte order mark U+FEFF ZERO WIDTH NO-BREAK SPACE"),
        ("\ufffe", "noncharacter U+FFFE"),
        ("\uffff", "noncharacter U+FFFF"),
        ("\ufdd0", "noncharacter U+FDD0"),
        ("\ufdef", "noncharacter U+FDEF"),
        ("\U0001fffe", "noncharacter U+1FFFE"),
        ("\U0010ffff", "noncharacter U+10FFFF"),
        ("\ud800", "lone surrogate U+D800"),
    ],
)
def test_forbidden_characters_are_found_and_named(char: str, said: str):
    match = find_forbidden(f"abc{char}def")
    assert match is not None and match.start() == 3
    assert problem_with(char) == said
    assert char not in printable(f"x{char}y")


@pytest.mark.parametrize(
    "text",
    ["tab\there", "line\nbreak\r\n", "no\u00a0break", "zero\u200bwidth", "join\u200dme",
     "soft\u00adhyphen", "Türkmenistanyň ýüzi", "Внешняя политика", "«Dialog» — “peace”", "😀"],
)  # fmt: skip
def test_ordinary_text_has_no_forbidden_character(text: str):
    assert find_forbidden(text) is None


def test_stacked_accents_are_refused():
    log = ProblemLog("f")
    assert parse_plain_text(scalar("Ýewropa, Việt Nam, й, ё"), "en", log) is not None
    assert parse_plain_text(scalar("Z" + "\u0336\u0301\u0489\u035c\u0317" * 4), "en", log) is None
    assert [p.message for p in log.problems] == [
        "en: 20 accents stacked on one letter; the screen would draw them over the lines "
        "around it"
    ]


def test_describe_gives_code_point_and_name():
    assert describe("\u202e") == "U+202E RIGHT-TO-LEFT OVERRIDE"
    assert describe("\x07") == "U+0007 BELL"


def test_a_raw_control_character_is_reported_at_its_line(tmp_path: Path):
    root, problems = read(tmp_path, "a: 1\r\nb: 2\r\nc: x\x07y\r\nd: \u202e\n")
    assert root is None
    assert problems == [
        "3: control character U+0007 BELL in column 5; remove it",
        "4: bidirectional control U+202E RIGHT-TO-LEFT OVERRIDE in column 4; remove it",
    ]


def test_a_file_full_of_control_characters_is_reported_briefly(tmp_path: Path):
    started = time.monotonic()
    _, problems = read(tmp_path, ("x\x07" * 25_000 + "\n") * 4 + "y\x07\n" * 20)
    assert len(problems) == 11  # ten lines, then "more follow"
    assert problems[-1].endswith("more such characters follow; only the first lines are listed")
    assert time.monotonic() - started < 5


def test_messages_never_carry_a_control_character():
    log = ProblemLog("sec\x1b[31mtions/x.yaml")
    log.error(1, "id: 'a\u202eb\nc' is bad")
    assert str(log.problems[0]) == (
        "sec\\u001b[31mtions/x.yaml:1: error: id: 'a\\u202eb\\u000ac' is bad"
    )


def test_a_file_with_thousands_of_problems_lists_the_first(tmp_path: Path):
    log = ProblemLog("f")
    for line in range(1, 5001):
        log.error(line, "bad")
    assert log.error_count == 5000
    assert len(log.problems) == MAX_PROBLEMS_PER_FILE + 1
    assert log.problems[-1].message == (
        "4950 more problem(s) from here on (4950 error(s)) are not listed; fix the ones above first"
    )
    assert log.problems[-1].line == MAX_PROBLEMS_PER_FILE + 1


# -- what is at the path ---------------------------------------------------------


def test_a_fifo_put_in_place_after_the_check_does_not_block(tmp_path, monkeypatch):
    fifo = tmp_path / "swapped.yaml"
    os.mkfifo(fifo)
    regular = os.stat(__file__)  # the check saw a small regular file
    monkeypatch.setattr("kiosk.content.textfile.status", lambda path: regular)
    log = ProblemLog("swapped.yaml")
    assert read_text(fifo, log) is None
    assert [p.message for p in log.problems] == [
        "cannot read file: it is a FIFO (named pipe), not a file"
    ]


def test_a_file_that_grew_after_the_check_is_read_no_further(tmp_path, monkeypatch):
    big = tmp_path / "grew.yaml"
    big.write_bytes(b"a: b\n" * (MAX_FILE_BYTES // 2))
    small = os.stat(__file__)
    monkeypatch.setattr("kiosk.content.textfile.status", lambda path: small)
    log = ProblemLog("grew.yaml")
    assert read_text(big, log) is None
    assert [p.message for p in log.problems] == [
        "file is over 256 KiB (it grew while it was read); the limit is 256 KiB (262,144 bytes)"
    ]


@pytest.mark.parametrize(
    ("size", "said"),
    [
        (MAX_FILE_BYTES, None),
        (MAX_FILE_BYTES + 1, "file is 262,145 bytes; the limit is 256 KiB (262,144 bytes)"),
        (3 * MAX_FILE_BYTES, "file is 768 KiB; the limit is 256 KiB (262,144 bytes)"),
    ],
)
def test_a_file_just_over_the_limit_says_by_how_much(tmp_path, size, said):
    """Not "file is 256 KiB; the limit is 256 KiB"."""
    path = tmp_path / "edge.yaml"
    path.write_bytes(b"a: b\n# " + b"x" * (size - 8) + b"\n")
    assert path.stat().st_size == size
    log = ProblemLog("edge.yaml")
    read_text(path, log)
    assert [p.message for p in log.problems] == ([said] if said else [])


# -- the last-resort guard -----------------------------------------------------------


def test_an_internal_error_is_one_file_s_error_and_logged(content_copy, monkeypatch, caplog):
    def broken(root, log, languages, source):
        if source.endswith("03-neutrality.yaml"):
            raise ZeroDivisionError("a bug")
        return real(root, log, languages, source)

    real = loader.parse_section
    monkeypatch.setattr(loader, "parse_section", broken)
    with caplog.at_level(logging.ERROR, logger="kiosk.content.loader"):
        result = load_content(content_copy)
    path = content_copy / "sections" / "03-neutrality.yaml"
    assert [str(p) for p in result.problems] == [
        f"{path}:1: error: internal error while reading this file: "
        "ZeroDivisionError: a bug; please report it"
    ]
    assert len(result.content.sections) == 7  # the kiosk runs on the rest
    assert [r.exc_info[0] for r in caplog.records] == [ZeroDivisionError]
    assert str(path) in caplog.records[0].getMessage()


def test_load_content_returns_a_result_whatever_fails(content_copy, monkeypatch, caplog):
    def broken(*args):
        raise MemoryError("out")

    monkeypatch.setattr(loader, "content_folder_problem", broken)
    with caplog.at_level(logging.ERROR, logger="kiosk.content.loader"):
        result = load_content(content_copy)
    assert result.content is None
    assert [p.message for p in result.errors] == [
        "internal error while reading this file: MemoryError: out; please report it"
    ]
    assert caplog.records[0].exc_info[0] is MemoryError


def test_no_number_reaches_qt_beyond_what_it_holds():
    from kiosk.i18n import format_number

    assert format_number("en", 999_999) == "999,999"
    assert format_number("en", 2**63) == "9223372036854775808"
    assert format_number("ru", -(2**70)) == str(-(2**70))


def test_a_tagged_key_figure_costs_that_figure_not_the_site(content_copy: Path):
    """The kiosk keeps running on what is valid: a `!!int` on one figure's
    value in site.yaml leaves that figure out, nothing else."""
    site = content_copy / "site.yaml"
    site.write_text(site.read_text("utf-8").replace("value: 155", "value: !!int 155"), "utf-8")
    result = load_content(content_copy)
    assert result.content is not None
    assert [f.value for f in result.content.site.figures] == [54]
    assert [(p.line, p.message) for p in result.errors] == [
        (33, "figures[0].value: YAML tags such as '!!int' are not used in the kiosk's files; "
             "remove it"),
    ]  # fmt: skip
