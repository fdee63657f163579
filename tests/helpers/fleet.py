"""The synthetic fleet generator (tools/synthetic_fleet.py), importable by tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_TOOL = Path(__file__).parents[2] / "tools" / "synthetic_fleet.py"
_spec = importlib.util.spec_from_file_location("synthetic_fleet", _TOOL)
assert _spec is not None and _spec.loader is not None
synthetic_fleet = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synthetic_fleet)

make_fleet = synthetic_fleet.make_fleet
END = synthetic_fleet.END
