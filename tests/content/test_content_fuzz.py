"""Seeded fuzzing of the packaged content files: whatever a mutation makes of
a file, reading it never raises, and every problem names the file and a real
line. A failure prints the seed and case to reproduce it."""

from __future__ import annotations

import random
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from kiosk import paths
from kiosk.content import load_content
from kiosk.content.contacts import parse_contacts
from kiosk.content.model import KNOWN_LANGUAGES
from kiosk.content.names import parse_names
from kiosk.content.partners import parse_partners
from kiosk.content.problems import ProblemLog
from kiosk.content.schema import parse_section, parse_site
from kiosk.content.yamlsource import read_yaml

SEED = 20251129
CASES = 2500
FULL_LOAD_EVERY = 10  # also through load_content, as the kiosk reads a folder

TOKENS = [
    b"&a ", b"*a", b"&b [*a, *a, *a, *a]", b"*b", b"!!int ", b"!!str ", b"!!binary ", b"!foo ",
    b"<<: *a\n", b"<<: ", b"[", b"]", b"{", b"}", b"- ", b"? ", b": ", b", ", b"|", b">-",
    b"'", b'"', b"#", b"---\n", b"...\n", b"%YAML 1.1\n", b"\t", b"\r", b"\n", b"\n  ",
    b"~", b"null", b"yes", b"NO", b"010", b"0o17", b"0x1F", b"1:30", b"1_000", b".inf",
    b"9" * 5000, b"18446744073709551616", b"-1", b"[" * 400, b"{a: " * 60, b"- " * 60,
    b"\x00", b"\x07", b"\x1b[31m", b"\x7f", "\u0085".encode(), "\u202e".encode(),
    "\u2066".encode(), "\u2028".encode(), "\ufeff".encode(), b"\xff", b"\xc3", b"\xed\xa0\x80",
    b'"\\x07"', b'"\\u202e"', b'"\\ud800"', b'"\\N"', b'"\\0"', b"W" * 400,
]  # fmt: skip
# Whole values put after a key: the forms YAML 1.1 reads as other types,
# explicit tags, numbers past every limit, deep but well-formed nesting.
VALUES = [
    "010", "0o17", "0x1F", "1:30", "1_000", "1e3", ".nan", "-5", "+5", "0", "9999", "10000",
    "999999", "1000000", "9223372036854775808", "9" * 5000, "yes", "NO", "~", "null", '""',
    "!!int abc", "!!int 12", "!!float 1", "!!str 3", "!foo {a: b}", "!!binary aGk=",
    "[" * 500 + "x" + "]" * 500, "{a: " * 300 + "x" + "}" * 300, "[" * 19 + "x" + "]" * 19,
    '"\\u202e"', '"bell\\x07"', '"\\ud800"', "&v [x, y]", "*v", "{tk: a, ru: b, en: c}",
    "{tk: " + "W" * 4000 + ", ru: b, en: c}", "[a, b, c]", "{<<: {en: x}, tk: y}",
]  # fmt: skip


def _parser(name: str) -> Callable:
    if name == "site.yaml":
        return lambda root, log: parse_site(root, log)
    if name == "contacts.yaml":
        return lambda root, log: parse_contacts(root, log, KNOWN_LANGUAGES)
    if name == "partners.yaml":
        return lambda root, log: parse_partners(root, log, KNOWN_LANGUAGES)
    if name == "names.yaml":
        return lambda root, log: parse_names(root, log, KNOWN_LANGUAGES)
    return lambda root, log: parse_section(root, log, KNOWN_LANGUAGES, name)


def mutate(data: bytes, rng: random.Random) -> bytes:
    """One to four edits: bytes flipped, inserted, deleted, tokens and lines."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(out) + 1)
        kind = rng.randrange(9)
        if kind == 0 and out:
            out[min(at, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif kind == 1:
            out[at:at] = bytes([rng.randrange(256)])
        elif kind == 2:
            del out[at : at + rng.randint(1, 40)]
        elif kind in (3, 4):
            out[at:at] = rng.choice(TOKENS)
        elif kind in (7, 8):
            lines = bytes(out).split(b"\n")
            keyed = [i for i, line in enumerate(lines) if b": " in line]
            if keyed:
                i = rng.choice(keyed)
                key = lines[i].split(b": ", 1)[0]
                lines[i] = key + b": " + rng.choice(VALUES).encode("utf-8")
            out = bytearray(b"\n".join(lines))
        else:
            lines = bytes(out).split(b"\n")
            i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
            if kind == 5:
                lines.insert(i, lines[j])
            else:
                lines[i], lines[j] = lines[j], lines[i]
            out = bytearray(b"\n".join(lines))
    return bytes(out)


def _check(problems, file: str, data: bytes, where: str) -> None:
    lines = data.count(b"\n") + data.count(b"\r") + 2
    for problem in problems:
        assert problem.file == file, where
        assert 1 <= problem.line <= lines, (where, str(problem))
        assert "internal error" not in problem.message, (where, str(problem))


def test_mutated_content_never_raises(tmp_path: Path):
    source = paths.default_content_dir()
    files = sorted(p.relative_to(source) for p in source.rglob("*.yaml"))
    originals = {name: (source / name).read_bytes() for name in files}
    folder = tmp_path / "content"
    shutil.copytree(source, folder)
    rng = random.Random(SEED)
    for case in range(CASES):
        name = rng.choice(files)
        data = mutate(originals[name], rng)
        where = f"seed {SEED}, case {case}, {name}"
        path = folder / name
        path.write_bytes(data)
        log = ProblemLog(str(path))
        try:
            root = read_yaml(path, log)
            if root is not None:
                _parser(path.name)(root, log)
        except Exception as exc:  # pragma: no cover - the failure report
            pytest.fail(f"{where}: {type(exc).__name__}: {exc}\n{data[:2000]!r}")
        _check(log.problems, str(path), data, where)
        if case % FULL_LOAD_EVERY == 0:
            result = load_content(folder)
            for problem in result.problems:
                if problem.file == str(path):
                    _check([problem], str(path), data, where)
                assert "internal error" not in problem.message, (where, str(problem))
        path.write_bytes(originals[name])
