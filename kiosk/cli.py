"""Command line. A contract: scripts, the systemd unit and the README use
these names, so an option is added, never renamed or removed:

kiosk [--windowed] [--size WxH] [--lang tk|ru|en] [--content DIR]
kiosk validate [--content DIR] [--strict] [--at DATE]
kiosk shot --screen SCREEN [--lang L] [--size WxH] [--content DIR] -o FILE.png
           [--scale F] [--large-text] [--high-contrast] [--at DATE]
kiosk say --screen SCREEN [--lang L] [--content DIR] -o FILE.wav
kiosk review [--content DIR] -o FILE.html
kiosk fleet report REPORTS_DIR -o FILE.html [--at DATE]
kiosk keys new DIR [--name NAME]
kiosk pack --content DIR --key SECRET -o FILE.kpack [--version X.Y.Z]
kiosk install FILE.kpack [--trust PUBLIC] [--downgrade]
kiosk rollback
kiosk status [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import errno
import gc
import logging
import os
import re
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.content import KNOWN_LANGUAGES
from kiosk.fleet.command import add_fleet_parser
from kiosk.packs.cli_args import PACK_COMMANDS, add_pack_commands
from kiosk.screens import screen_names_help
from kiosk.utf8mode import ensure_utf8_mode

_SIZE = re.compile(r"^(\d{2,5})[xX×](\d{2,5})$")


def parse_size(text: str) -> tuple[int, int]:
    match = _SIZE.match(text.strip())
    if not match:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size like 1920x1080")
    width, height = int(match[1]), int(match[2])
    if not (320 <= width <= 7680 and 240 <= height <= 7680):
        raise argparse.ArgumentTypeError(f"{width}x{height} is outside 320x240 … 7680x7680")
    return width, height


def parse_physical_size(text: str) -> tuple[float, float]:
    from kiosk.models.display_geometry import parse_physical_size as parse

    size = parse(text.strip())
    if size is None:
        raise argparse.ArgumentTypeError(f"'{text}' is not a size in millimetres like 698x393")
    return size


def _add_common(parser: argparse.ArgumentParser, with_lang: bool = True) -> None:
    # A folder that is not there yet is no usage error: the kiosk waits for a
    # USB stick or share to be mounted, validate and shot say it plainly.
    parser.add_argument(
        "--content",
        type=Path,
        metavar="DIR",
        help="content folder (default: the installed content pack, else the packaged content)",
    )
    if with_lang:
        parser.add_argument(
            "--lang",
            choices=KNOWN_LANGUAGES,
            help="start language (default: the site file's default_language)",
        )
        parser.add_argument(
            "--size", type=parse_size, metavar="WxH", help="window size, e.g. 1920x1080"
        )
        parser.add_argument(
            "--physical-size",
            type=parse_physical_size,
            metavar="WxH",
            help="the window's size on the glass in millimetres, e.g. 698x393 (default: "
            "what the screen reports, if believable; else a 32-inch landscape or 55-inch "
            "upright panel)",
        )


def _moment(text: str) -> dt.datetime:
    from kiosk.content.dates import moment_from_text

    moment, problem = moment_from_text(text.strip())
    if moment is None:
        raise argparse.ArgumentTypeError(problem or f"'{text}' is not a date")
    return moment


def _add_at(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--at",
        type=_moment,
        metavar="DATE",
        help=f"{what} as on this day (YYYY-MM-DD) or minute (YYYY-MM-DD HH:MM, local "
        "time) instead of now: the motto's year, the key figures' age, the notices",
    )


def _scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.5 <= value <= 4:
        raise argparse.ArgumentTypeError(f"'{text}' is not a scale from 0.5 to 4, e.g. 2")
    return value


def _screen_command(sub, name: str, help_text: str, kind: str) -> argparse.ArgumentParser:
    command = sub.add_parser(name, help=help_text)
    _add_common(command)
    command.add_argument("--screen", required=True, help=screen_names_help())
    command.add_argument("-o", "--output", required=True, type=Path, metavar=f"FILE.{kind.lower()}")
    return command


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Information kiosk: Turkmenistan's foreign policy "
        "in Türkmençe, Русский, English.",
    )
    parser.add_argument(
        "--windowed",
        action="store_true",
        help="a normal desktop window instead of fullscreen kiosk mode",
    )
    _add_common(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    validate = sub.add_parser("validate", help="check the content files and list every problem")
    _add_common(validate, with_lang=False)
    validate.add_argument("--strict", action="store_true", help="fail on warnings too")
    _add_at(validate, "check")

    shot = _screen_command(sub, "shot", "render one screen to a PNG offscreen and exit", "PNG")
    shot.add_argument(
        "--scale",
        type=_scale,
        default=1.0,
        metavar="F",
        help="device pixel ratio, as on a high-DPI screen: --size 3840x2160 --scale 2 "
        "lays out 1920x1080 and draws every pixel of the 4K picture",
    )
    shot.add_argument("--large-text", action="store_true", help="as with the visitor's Aa on")
    shot.add_argument(
        "--high-contrast", action="store_true", help="as with the visitor's high contrast on"
    )
    shot.add_argument("--focus", metavar="NAME", help="the keypad's focus ring on this control")
    _add_at(shot, "draw the screen")

    _screen_command(sub, "say", "render what speech mode reads on one screen to a WAV", "WAV")

    review = sub.add_parser(
        "review",
        help="write the page a reviewer prints and signs: every text side by side in each "
        "language, the translation status, every problem, the source passages",
    )
    _add_common(review, with_lang=False)
    review.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE.html", help="the page to write"
    )

    add_fleet_parser(sub, moment=_moment)

    pin = sub.add_parser("set-pin", help="set the staff PIN (4 to 8 digits) for the staff panel")
    pin.add_argument("--clear", action="store_true", help="remove the PIN: staff access off")

    stats = sub.add_parser("stats", help="print the anonymous usage counts per day")
    stats.add_argument("--csv", action="store_true", help="comma-separated, with a header")

    desktop = sub.add_parser(
        "install-desktop", help="add the kiosk to the desktop's application menu"
    )
    desktop.add_argument(
        "--autostart", action="store_true", help="also start it when the staff account logs in"
    )
    add_pack_commands(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """The ``kiosk`` command (``argv`` None: this process's own arguments)."""
    if argv is None:  # the program itself, not a caller in Python: it may start again
        ensure_utf8_mode()  # before anything meets a file name or prints
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _kiosk(args)
    logging.basicConfig(
        level=logging.INFO, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )
    try:
        code = _command(args)
        if sys.stdout is not None:
            sys.stdout.flush()  # here, not at the exit, where a failure is a traceback
    except OSError as exc:
        if exc.filename is not None or exc.errno not in _OUTPUT_FAILURES:
            raise  # not the output: a fault of ours, with its traceback
        _quiet_stdout()
        if not isinstance(exc, BrokenPipeError):  # `kiosk stats | head`: nothing to say
            reason = exc.strerror or str(exc)
            print(f"kiosk {args.command}: cannot write the output ({reason})", file=sys.stderr)
        return 1
    return code


# How writing standard output fails: `kiosk validate > report.txt` on a full
# disk or over quota, `kiosk stats | head` (the reader has gone).
_OUTPUT_FAILURES = {errno.EPIPE, errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO}


def _quiet_stdout() -> None:
    """Standard output failed: what is still buffered goes nowhere, so that
    the exit does not fail on it again (with a traceback)."""
    with contextlib.suppress(OSError, ValueError, AttributeError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())


def _command(args: argparse.Namespace) -> int:
    if args.command == "validate":
        return _validate(args.content, args.strict, args.at)
    if args.command in ("shot", "say"):  # one screen, offscreen
        from kiosk.say import say_command
        from kiosk.shot import shot_command

        return (shot_command if args.command == "shot" else say_command)(args, _folder_problem)
    if args.command == "review":
        return _review(args.content, args.output)
    if args.command == "fleet":
        return _fleet_report(args.reports_dir, args.output, args.at)
    if args.command == "set-pin":
        return _set_pin(args.clear)
    if args.command == "stats":
        from kiosk.ops.stats_command import print_stats

        return print_stats(args.csv)
    if args.command in PACK_COMMANDS:
        from kiosk.ops.pack_commands import run

        return run(args)
    if args.command == "install-desktop":
        from kiosk.ops.desktop import install_desktop

        for path in install_desktop(autostart=args.autostart):
            print(path)
        return 0
    raise AssertionError(f"unknown command {args.command}")  # argparse allows no other


def _kiosk(args: argparse.Namespace) -> int:
    """The kiosk itself. The log file comes first, for months of running, and
    with it the crash logging: whatever stops the kiosk from here on, even an
    import that fails, is in kiosk.log where staff look."""
    # No automatic cycle collection until the UI thread's collector takes
    # over (kiosk.ops.workers, at the start of kiosk.app.run): the start-up's
    # imports allocate much and free little, and each collection would walk
    # everything imported so far, while the first frame waits.
    gc.disable()
    from kiosk.ops.logsetup import log_crashes, setup_logging

    log_crashes(setup_logging())
    log = logging.getLogger("kiosk")
    try:
        from kiosk.ops.instance import ALREADY_RUNNING, claim_single_instance

        if not claim_single_instance():
            return ALREADY_RUNNING
        # The content is read in its own thread while Qt starts.
        from kiosk.ops.content_place import overlay_dir, shown_content_dir
        from kiosk.ops.first_read import start_reading

        start_reading(shown_content_dir(args.content), overlay_dir())
        from kiosk.process import run

        return run(
            args.content, args.lang, args.windowed, args.size, physical_size=args.physical_size
        )
    except Exception:
        log.critical("the kiosk stopped on an unexpected error", exc_info=True)
        return 1
    finally:
        logging.shutdown()


def _validate(content: Path | None, strict: bool, at: dt.datetime | None) -> int:
    from kiosk.content import LoadResult
    from kiosk.content.dates import dated_problems
    from kiosk.content.overlay import layer_name, load_layers
    from kiosk.ops.content_place import layer_labels, overlay_dir, shown_content_dir
    from kiosk.ops.folder_thread import checked_pack
    from kiosk.ops.settings import load_settings

    folder, overlay = shown_content_dir(content), overlay_dir()
    result = load_layers(folder, overlay)
    changed, _shown = checked_pack(folder)
    if changed is not None:  # an installed pack edited by hand: an error here
        result = LoadResult(result.content, (changed, *result.problems))
    layers = layer_labels(folder, overlay)  # None without an overlay
    # What has aged, by the day given or today, by the age staff allow
    # (settings.yaml, as the kiosk reads it; nothing is written).
    max_age = load_settings(create=False).figures_max_age_days
    dated = dated_problems(result.content, at or dt.datetime.now(), max_age)
    for problem in (*result.problems, *dated):
        print(layer_name(problem, layers) if layers else problem)
    site = result.content.site if result.content else None
    if site is not None:
        status = ", ".join(
            f"{lang}: {site.translation_status.get(lang, 'unknown')}" for lang in site.languages
        )
        print(f"translation status: {status}", file=sys.stderr)
    sections = len(result.content.sections) if result.content else 0
    cards = len(result.content.contacts) if result.content else 0
    if layers:
        print("; ".join(f"{label}: {path}" for label, path in reversed(layers)), file=sys.stderr)
    print(
        f"{folder}: {len(result.errors)} error(s), {len(result.warnings) + len(dated)} "
        "warning(s), "
        f"{sections} section(s) and {cards} contact card(s) usable",
        file=sys.stderr,
    )
    return 1 if result.errors or (strict and (result.warnings or dated)) else 0


def _review(content: Path | None, output: Path) -> int:
    """The page is written whatever the content holds (a folder that cannot be
    read gives a page saying why); only an output that cannot be written fails."""
    from kiosk.paths import default_content_dir
    from kiosk.review import NotWritten, write_review

    # Not an installed pack by default: finding the data folder takes Qt, and
    # review runs without it (give --content DATA/content/current for that).
    folder = content or default_content_dir()
    try:
        written = write_review(folder, output)
    except NotWritten as exc:
        print(f"kiosk review: {exc}", file=sys.stderr)
        return 1
    result = written.result
    print(output)
    print(
        f"{folder}: {len(result.errors)} error(s), {len(result.warnings)} warning(s) on the "
        f"page; fingerprint {written.fingerprint[:16]}",
        file=sys.stderr,
    )
    return 0


def _fleet_report(folder: Path, output: Path, at: dt.datetime | None) -> int:
    from kiosk.fleet.command import report

    return report(folder, output, at)


def _folder_problem(folder: Path) -> str | None:
    """Why the content folder cannot be used, asked of the folder thread: a
    hung network share gets an answer too, after a few seconds."""
    from kiosk.app import CONTENT_WAIT_S
    from kiosk.content.loader import content_folder_problem
    from kiosk.ops.folder_thread import FOLDER_THREAD

    try:
        return FOLDER_THREAD.submit(lambda: content_folder_problem(folder)).result(CONTENT_WAIT_S)
    except TimeoutError:
        return f"not answering within {CONTENT_WAIT_S:g} s (a hung network share?)"


def _set_pin(clear: bool) -> int:
    from kiosk.ops.pin_command import set_pin

    return set_pin(clear)
