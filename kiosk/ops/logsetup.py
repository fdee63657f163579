"""Logging for the running kiosk: stderr and a rotating file in the data folder."""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

from kiosk.ops import places

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE = "kiosk.log"


def log_path() -> Path:
    return places.data_dir() / LOG_FILE


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Months of running fit in 5 × 1 MiB; returns the log file, if writable."""
    root = logging.getLogger()
    root.setLevel(level)
    stderr = logging.StreamHandler(sys.stderr)
    stderr.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root.addHandler(stderr)
    try:
        path = log_path()
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1024 * 1024, backupCount=5, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).error("no log file (%s); logging to stderr only", exc)
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(handler)
    return path
