"""The package's layers, checked: the import rules in pyproject.toml
(import-linter's contracts) hold, and the content types import no parser."""

from __future__ import annotations

import itertools
import shutil
import subprocess
import sys
from pathlib import Path

import grimp

REPO = Path(__file__).resolve().parent.parent


def test_layer_contracts_hold():
    """pyproject.toml's [tool.importlinter] contracts: content imports no Qt
    and nothing else of the kiosk but paths; models import neither ops nor
    views; views import neither content nor ops; ops imports no models."""
    linter = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    assert linter, "import-linter is part of the [test] extras"
    done = subprocess.run(
        [linter, "--no-cache", "--config", str(REPO / "pyproject.toml")],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert " 0 broken" in done.stdout


def test_content_modules_import_each_other_one_way():
    """Types sit in kiosk.content.model and parsers import them, never the
    other way: no cycle between two content modules, not even one that only
    type hints make (grimp counts imports under TYPE_CHECKING too)."""
    graph = grimp.build_graph("kiosk")
    modules = sorted(m for m in graph.modules if m.startswith("kiosk.content."))
    cycles = [
        (a, b)
        for a, b in itertools.combinations(modules, 2)
        if graph.chain_exists(a, b) and graph.chain_exists(b, a)
    ]
    assert cycles == []
    # The types may use a leaf: a module that imports nothing of the kiosk
    # (kiosk.content.line_setting, which sets a text for lines as it is shown).
    model_imports = graph.find_modules_directly_imported_by("kiosk.content.model")
    for used in (m for m in model_imports if m.startswith("kiosk.")):
        leaf_imports = graph.find_modules_directly_imported_by(used)
        assert not {m for m in leaf_imports if m.startswith("kiosk.")}, used
