"""Staff settings in a small YAML file in the platform's config folder.

Created with defaults on first run. A broken or unreadable file never stops
the kiosk: the problem is logged with its line, the defaults are used, and
the broken file is kept aside (not overwritten) when staff next save.
"""

from __future__ import annotations

import logging
import os
import time
from dataclasses import asdict, dataclass, replace
from pathlib import Path

import yaml

from kiosk.content import KNOWN_LANGUAGES
from kiosk.ops import places

log = logging.getLogger(__name__)

FILE_NAME = "settings.yaml"
IDLE_MIN, IDLE_MAX, IDLE_DEFAULT = 30, 600, 90
HEADER = (
    "# Kiosk settings. Staff change them in the staff panel; the PIN is set with\n"
    "# `kiosk set-pin` and stored only as a salted scrypt hash.\n"
)


@dataclass(frozen=True)
class Settings:
    default_language: str | None = None  # None: the content's default_language
    idle_timeout: int = IDLE_DEFAULT  # seconds without a touch before the warning
    pin_hash: str | None = None  # None: staff access is off in kiosk mode


def settings_path() -> Path:
    return places.config_dir() / FILE_NAME


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    if not path.exists():
        settings = Settings()
        save_settings(settings, path)
        log.info("created %s with defaults", path)
        return settings
    try:
        data = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        log.error("%s: cannot read settings (%s); using defaults", path, exc)
        return Settings()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else 1
        log.error("%s:%d: settings are not valid YAML; using defaults", path, line)
        return Settings()
    return _from_mapping(data, path)


def _from_mapping(data: object, path: Path) -> Settings:
    if data is None:
        return Settings()
    if not isinstance(data, dict):
        log.error("%s: settings must be a mapping; using defaults", path)
        return Settings()
    settings = Settings()
    for key, value in data.items():
        if key == "default_language":
            if value is None or value in KNOWN_LANGUAGES:
                settings = replace(settings, default_language=value)
            else:
                log.error("%s: default_language: unknown language %r; ignored", path, value)
        elif key == "idle_timeout":
            if (
                isinstance(value, int)
                and not isinstance(value, bool)
                and IDLE_MIN <= value <= IDLE_MAX
            ):
                settings = replace(settings, idle_timeout=value)
            else:
                log.error(
                    "%s: idle_timeout: %r is not %d–%d seconds; using %d",
                    path,
                    value,
                    IDLE_MIN,
                    IDLE_MAX,
                    IDLE_DEFAULT,
                )
        elif key == "pin_hash":
            if value is None or (isinstance(value, str) and value.startswith("scrypt$")):
                settings = replace(settings, pin_hash=value)
            else:
                log.error("%s: pin_hash: not a scrypt hash; staff access stays off", path)
        else:
            log.error("%s: unknown setting %r; ignored", path, key)
    return settings


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Atomically: a power cut leaves the old file or the new one, never half."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and _is_broken(path):
        aside = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        path.replace(aside)
        log.warning("kept the unreadable settings file as %s", aside)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(HEADER + yaml.safe_dump(asdict(settings), allow_unicode=True), "utf-8")
    with tmp.open("rb") as handle:
        os.fsync(handle.fileno())
    tmp.replace(path)


def _is_broken(path: Path) -> bool:
    try:
        return not isinstance(yaml.safe_load(path.read_text("utf-8")) or {}, dict)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return True
