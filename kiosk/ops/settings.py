"""Staff settings in a small YAML file in the platform's config folder.

Created with defaults on first run. A broken or unreadable file never stops
the kiosk: each problem is logged as ``FILE:LINE: field: …``, the defaults
are used for what is wrong, and a broken file is kept aside (not
overwritten) when staff next save. The file holds the PIN hash, so it is
written 0600 in a 0700 folder. A folder that cannot be written (read-only,
full, no HOME) is logged with its path; the kiosk runs on the defaults, and
a staff change that cannot be saved lasts for the session
(:class:`SettingsNotSaved` tells the caller).
"""

from __future__ import annotations

import logging
import os
import re
import stat
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode

from kiosk.content import KNOWN_LANGUAGES
from kiosk.content.dates import FIGURE_AGE_DEFAULT, FIGURE_AGE_MAX, FIGURE_AGE_MIN
from kiosk.content.problems import ProblemLog
from kiosk.content.yamlsource import line_of, read_yaml, refused
from kiosk.files import write_atomically
from kiosk.opening_hours import OpeningHours
from kiosk.ops import places
from kiosk.ops.setting_hours import read_opening_hours
from kiosk.ops.setting_values import read_folder, read_mission, read_pin_hash, read_switch
from kiosk.speech.voices import VOLUME_DEFAULT, VOLUME_MAX, VOLUME_MIN

log = logging.getLogger(__name__)

FILE_NAME = "settings.yaml"
FILE_MODE = 0o600
FOLDER_MODE = places.PRIVATE_FOLDER
# A handful of lines; anything much larger is not a settings file.
MAX_BYTES = 64 * 1024
IDLE_MIN, IDLE_MAX, IDLE_DEFAULT = 30, 600, 90
HEADER = (
    "# Kiosk settings. Staff change them in the staff panel; the PIN is set with\n"
    "# `kiosk set-pin` and stored only as a salted scrypt hash.\n"
)

_INT_TAG = "tag:yaml.org,2002:int"
_NULL_TAG = "tag:yaml.org,2002:null"
_STR_TAG = "tag:yaml.org,2002:str"
# The project's rule for numbers: plain decimal digits, no sign, no leading 0,
# no YAML 1.1 forms (0o17, 1_000, 1:30, 0x1e); six digits are plenty here.
_PLAIN_NUMBER = re.compile(r"[1-9][0-9]{0,5}")


@dataclass(frozen=True)
class Settings:
    default_language: str | None = None  # None: the content's default_language
    idle_timeout: int = IDLE_DEFAULT  # seconds without a touch before the warning
    pin_hash: str | None = None  # None: staff access is off in kiosk mode
    # Key figures older than this many days are reported (kiosk validate,
    # the staff panel); the kiosk shows them with their date all the same.
    figures_max_age_days: int = FIGURE_AGE_DEFAULT
    # The folder Syncthing keeps the ministry's packs in (kiosk.ops.pack_inbox);
    # None: no inbox.
    pack_inbox: str | None = None
    # Install a pack found at the top of a USB stick mounted while the kiosk runs.
    usb_packs: bool = False
    # Where the health reports go (kiosk.ops.health_report), for Syncthing to
    # send home; None: the data folder's reports/.
    reports_folder: str | None = None
    # The mission the kiosk stands in ("Embassy in Vienna"), for the fleet
    # report's charts; None: the kiosk's reports folder's name is used there.
    mission: str | None = None
    # When the kiosk is open (kiosk.ops.setting_hours); None: all the time.
    opening_hours: OpeningHours | None = None
    # Speech mode's volume at the start of each visit, 0-100 (a visitor
    # changes it with keys; the idle reset brings it back to this).
    speech_volume: int = VOLUME_DEFAULT


class SettingsNotSaved(OSError):
    """The settings could not be written; the message names the path and why."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: cannot save the settings ({reason})")
        self.path = path
        self.reason = reason


def settings_path() -> Path:
    return places.config_dir() / FILE_NAME


# -- reading -------------------------------------------------------------


def load_settings(path: Path | None = None, *, create: bool = True) -> Settings:
    """Never raises: whatever is wrong is logged and the defaults stand in.
    A missing file is created with the defaults, unless ``create`` is False
    (`kiosk validate` on a staff laptop writes nothing)."""
    path = path or settings_path()
    try:
        info = os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return _first_run(path) if create else Settings()
    except OSError as exc:
        log.error("%s: cannot read the settings (%s); using the defaults", path, _why(exc))
        return Settings()
    if not stat.S_ISREG(info.st_mode):
        log.error(
            "%s: cannot read the settings: it is %s, not a file; using the defaults",
            path,
            _file_kind(info.st_mode),
        )
        return Settings()
    if info.st_size > MAX_BYTES:
        log.error(
            "%s: cannot read the settings: %d bytes, the limit is %d; using the defaults",
            path,
            info.st_size,
            MAX_BYTES,
        )
        return Settings()
    _tighten(path, "settings file")
    root = _read_root(path, report=True)
    return Settings() if root is None else _from_node(root, path)


def stored_pin_hash(path: Path | None = None) -> tuple[bool, str | None]:
    """``(True, hash or None)``: the PIN hash the file holds now, which
    `kiosk set-pin` may have changed while the kiosk runs; ``(False, None)``
    when the file is missing or cannot be read as settings now. Logs
    nothing: the file's problems were logged when the kiosk started."""
    path = path or settings_path()
    try:
        info = os.stat(path)
    except OSError:
        return False, None
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_BYTES:
        return False, None
    root = _read_root(path, report=False)
    if not isinstance(root, MappingNode):
        return False, None
    for key_node, value_node in root.value:  # the first pin_hash counts, as in _from_node
        if isinstance(key_node, ScalarNode) and key_node.value == "pin_hash":
            if refused(value_node):
                return True, None
            value, problem = read_pin_hash(value_node)
            return True, value if problem is None else None  # type: ignore[return-value]
    return True, None


def _first_run(path: Path) -> Settings:
    settings = Settings()
    try:
        save_settings(settings, path)
    except SettingsNotSaved as exc:
        log.error("%s; using the defaults", exc)
    else:
        log.info("created %s with defaults", path)
    return settings


def _read_root(path: Path, report: bool) -> Node | None:
    """The YAML root node, or None; with ``report``, every problem is logged."""
    problems = ProblemLog(str(path))
    root = read_yaml(path, problems)
    if report:
        for problem in problems.problems:
            log.error("%s: %s", f"{problem.file}:{problem.line}", problem.message)
        if root is None:
            log.error("%s: cannot read the settings; using the defaults", path)
    return root


def _from_node(root: Node, path: Path) -> Settings:
    if not isinstance(root, MappingNode):
        log.error(
            "%s:%d: settings must be a mapping of `name: value` lines; using the defaults",
            path,
            line_of(root),
        )
        return Settings()
    values: dict[str, object] = {}
    for key_node, value_node in root.value:
        key = key_node.value if isinstance(key_node, ScalarNode) else None
        if key == "opening_hours" and key not in values:
            # Read day by day: each day's problem has its own line.
            values[key], problems = read_opening_hours(value_node, line_of(key_node))
            for line, message in problems:
                log.warning("%s:%d: opening_hours: %s", path, line, message)
            continue
        field = _FIELDS.get(key) if isinstance(key, str) else None
        if field is None and key == "opening_hours":
            continue  # a duplicate: read_yaml has named it
        if field is None:
            shown = key[:40] if isinstance(key, str) else "(not a name)"
            log.error("%s:%d: unknown setting %r; ignored", path, line_of(key_node), shown)
            continue
        if key in values:
            continue  # a duplicate key: read_yaml has named it; the first one counts
        reader, fallback = field
        if refused(value_node):  # its reason is logged already, with the line
            log.error("%s:%d: %s: %s", path, line_of(value_node), key, fallback)
            continue
        value, problem = reader(value_node)
        if problem is None:
            values[key] = value
        else:
            log.error("%s:%d: %s: %s; %s", path, line_of(value_node), key, problem, fallback)
    return Settings(**values)


def _read_language(node: Node) -> tuple[object, str | None]:
    if _is_null(node):
        return None, None
    if isinstance(node, ScalarNode) and node.tag == _STR_TAG and node.value in KNOWN_LANGUAGES:
        return node.value, None
    shown = node.value[:20] if isinstance(node, ScalarNode) else "a list or mapping"
    return None, f"unknown language {shown!r} (use {', '.join(KNOWN_LANGUAGES)})"


def _plain_number(
    node: Node, unit: str, example: int, least: int, most: int
) -> tuple[object, str | None]:
    if not isinstance(node, ScalarNode):
        return None, f"must be a number of {unit}, not a list or mapping"
    text = node.value[:20]
    if node.style:  # quoted or block text, whatever its tag
        return None, f"{text!r} is quoted text; write a plain number of {unit}, e.g. {example}"
    if node.tag != _INT_TAG or not _PLAIN_NUMBER.fullmatch(node.value):
        return None, f"{text} is not a plain number of {unit} (digits only, e.g. {example})"
    number = int(node.value)
    if not least <= number <= most:
        return None, f"{number} is not {least}–{most} {unit}"
    return number, None


def _read_idle_timeout(node: Node) -> tuple[object, str | None]:
    return _plain_number(node, "seconds", IDLE_DEFAULT, IDLE_MIN, IDLE_MAX)


def _read_speech_volume(node: Node) -> tuple[object, str | None]:
    # 0 is allowed here (silence is a volume), unlike the other numbers.
    if isinstance(node, ScalarNode) and not node.style and node.value == "0":
        return 0, None
    return _plain_number(node, "per cent", VOLUME_DEFAULT, VOLUME_MIN, VOLUME_MAX)


def _read_figure_age(node: Node) -> tuple[object, str | None]:
    return _plain_number(node, "days", FIGURE_AGE_DEFAULT, FIGURE_AGE_MIN, FIGURE_AGE_MAX)


def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == _NULL_TAG


# setting -> (reader, what happens when it is wrong)
_FIELDS: dict[str, tuple[Callable[[Node], tuple[object, str | None]], str]] = {
    "default_language": (_read_language, "the content's default language is used"),
    "idle_timeout": (_read_idle_timeout, f"using {IDLE_DEFAULT}"),
    "pin_hash": (read_pin_hash, "staff access stays off"),
    "figures_max_age_days": (_read_figure_age, f"using {FIGURE_AGE_DEFAULT}"),
    "pack_inbox": (read_folder, "no pack inbox is watched"),
    "usb_packs": (read_switch, "packs on USB sticks are not installed by themselves"),
    "reports_folder": (read_folder, "the data folder's reports/ is used"),
    "mission": (read_mission, "the fleet report names the kiosk by its folder"),
    "speech_volume": (_read_speech_volume, f"using {VOLUME_DEFAULT}"),
}


# -- writing -------------------------------------------------------------


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Atomically: a power cut leaves the old file or the new one, never half.
    Raises :class:`SettingsNotSaved` (an ``OSError``) with the path and why."""
    path = path or settings_path()
    folder = path.parent
    values = asdict(settings)
    if settings.opening_hours is not None:  # one line a day, as staff write it
        values["opening_hours"] = settings.opening_hours.as_setting()
    text = HEADER + yaml.safe_dump(values, allow_unicode=True, sort_keys=False)
    try:
        folder.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
        _tighten(folder, "settings folder")
        _keep_broken_aside(path)
        was_open = _open_to_others(path)
        write_atomically(path, text, mode=FILE_MODE)
    except OSError as exc:
        raise SettingsNotSaved(path, _why(exc)) from exc
    if was_open:
        log.warning("%s: was readable by others; saved as owner-only (0600) now", path)




def _keep_broken_aside(path: Path) -> None:
    if not os.path.lexists(path):
        return
    try:
        info = os.stat(path)
        broken = (
            not stat.S_ISREG(info.st_mode)
            or info.st_size > MAX_BYTES
            or not isinstance(_read_root(path, report=False), MappingNode)
        )
    except OSError:  # a dangling link, a loop: nothing to read there either
        broken = True
    if broken:
        aside = path.with_name(f"{path.name}.broken-{time.strftime('%Y%m%d-%H%M%S')}")
        os.replace(path, aside)
        log.warning("%s: kept the unreadable settings file as %s", path, aside)


def _open_to_others(path: Path) -> bool:
    try:
        return bool(os.stat(path).st_mode & 0o077)
    except OSError:
        return False


def _tighten(path: Path, what: str) -> None:
    """Owner-only, now, not at the next save: the file holds the PIN hash.
    Only others' bits go; a folder the owner made read-only stays so."""
    try:
        current = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        return
    if not current & 0o077:
        return
    private = current & ~0o077
    try:
        os.chmod(path, private)
    except OSError as exc:
        log.warning(
            "%s: %s is open to others (%o) and cannot be made owner-only (%s)",
            path,
            what,
            current,
            _why(exc),
        )
    else:
        log.warning("%s: %s was open to others (%o); now %o", path, what, current, private)


def _why(exc: OSError) -> str:
    return exc.strerror or str(exc)


def _file_kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"
