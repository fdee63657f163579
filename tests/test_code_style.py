"""The code stays ruff-clean (ruff comes with the test extras), and what it
cites is in the repository."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_ruff_clean():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is part of the [test] extras"
    done = subprocess.run(
        [ruff, "check", "--no-cache", str(REPO)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr


# A path named in a comment or docstring: "kiosk/ops/lockout.py", "docs/…md".
_REFERENCE = re.compile(
    r"(?<![\w/.~-])(?:kiosk|tests|tools|bench|deploy|resources|translations|docs)/[\w./-]+"
    r"\.(?:py|md|qml|yaml|json|service|xml|txt|sh)\b"
)


def test_references_point_into_the_repository():
    """Every file the code, the README and docs/ point a reader to is in
    the repository (a comment once cited a design file and a test that were
    not, and the README put qml/ in the wrong folder)."""
    sources = [
        path
        for folder in ("kiosk", "tests", "tools", "bench", "deploy", ".ci")
        for path in (REPO / folder).rglob("*")
        if path.suffix in (".py", ".qml", ".sh", "") and path.is_file()
    ] + [REPO / "README.md", *(REPO / "docs").glob("*.md")]
    missing = sorted(
        f"{source.relative_to(REPO)}: {name}"
        for source in sources
        for name in set(_REFERENCE.findall(source.read_text("utf-8", errors="replace")))
        if not (REPO / name).exists()
    )
    cited = [str(s.relative_to(REPO)) for s in sources if "DESIGN.md" in s.read_text("utf-8")]
    assert missing == []
    assert cited == [str(Path(__file__).relative_to(REPO))]  # this test names it, nobody else


# Small files with names that say what they hold: a QML file over this many
# lines, or a Python module of the kiosk over that many, is split. None is
# excepted today; an exception is listed here, by path, with its reason.
MAX_QML_LINES = 250
MAX_PYTHON_LINES = 400
LONGER_ALLOWED: dict[str, str] = {}


def _too_long(paths: list[Path], limit: int) -> list[str]:
    """Files over ``limit`` lines, and listed exceptions that are short now."""
    found = []
    for path in paths:
        name = path.relative_to(REPO).as_posix()
        lines = len(path.read_text("utf-8").splitlines())
        if lines > limit and name not in LONGER_ALLOWED:
            found.append(f"{name}: {lines} lines (at most {limit}): split it")
        elif lines <= limit and name in LONGER_ALLOWED:
            found.append(f"{name}: {lines} lines: no longer an exception")
    return found


def test_qml_files_stay_short():
    files = sorted((REPO / "kiosk" / "qml").rglob("*.qml"))
    assert len(files) > 20  # the module, not an empty glob
    problems = _too_long(files, MAX_QML_LINES)
    assert not problems, "\n".join(problems)


def test_python_modules_stay_short():
    files = sorted((REPO / "kiosk").rglob("*.py"))
    assert len(files) > 20
    problems = _too_long(files, MAX_PYTHON_LINES)
    assert not problems, "\n".join(problems)
