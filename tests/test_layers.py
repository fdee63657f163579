"""The package's layers, checked: the import rules in pyproject.toml
(import-linter's contracts) hold, and the content types import no parser."""

from __future__ import annotations

import itertools

import grimp


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
    model_imports = graph.find_modules_directly_imported_by("kiosk.content.model")
    assert not {m for m in model_imports if m.startswith("kiosk.")}
