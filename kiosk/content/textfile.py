"""Read one small text file that staff wrote, whatever is really at its path.

The path may name a folder, a FIFO, a device, a symbolic link loop, a 2 GiB
sparse file or a file this user may not read. Each is found out from the
file's status before a byte is read, so nothing here blocks, reads more than
the limit or raises: the reason goes to the file's ProblemLog instead.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from pathlib import Path

from kiosk.content.characters import find_forbidden, problem_with
from kiosk.content.problems import ProblemLog

MAX_FILE_BYTES = 256 * 1024
NOT_FOUND = "file not found"

LINE_BREAK = re.compile(r"\r\n?|\n")
# Opened without waiting (a FIFO put in place after the status check must not
# block the reload thread) and never inherited by a child process.
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
# A file with many bad characters gets this many lines, not thousands.
_MAX_CHARACTER_PROBLEMS = 10


def os_reason(exc: OSError, path: Path | str) -> str:
    """Why the file at ``path`` could not be had, in a few words."""
    if exc.errno == errno.ENOENT:
        return "symbolic link to a missing file" if os.path.islink(path) else NOT_FOUND
    if exc.errno == errno.ELOOP:
        return "symbolic link loop"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOTDIR:
        return "not found (a part of its path is not a folder)"
    return (exc.strerror or str(exc)).lower()


def kind_of_file(mode: int) -> str:
    """``a folder``, ``a FIFO (named pipe)``: what a non-regular file is."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a FIFO (named pipe)"
    if stat.S_ISCHR(mode):
        return "a character device"
    if stat.S_ISBLK(mode):
        return "a block device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def status(path: Path) -> os.stat_result | str:
    """The file's status with links followed, or why there is none."""
    try:
        return os.stat(path)
    except OSError as exc:
        return os_reason(exc, path)
    except ValueError:  # a NUL in the name
        return "not a valid file name"


def line_at(text: str, index: int) -> int:
    """The 1-based line of ``text[index]``, counting breaks as YAML does."""
    return len(LINE_BREAK.findall(text, 0, index)) + 1


def read_text(path: Path, log: ProblemLog, limit: int = MAX_FILE_BYTES) -> str | None:
    """The file's text without a leading byte order mark, or None after
    logging why it cannot be used."""
    raw = read_bytes(path, log, limit)
    if raw is None:
        return None
    if (wide := _wide_encoding(raw)) is not None:
        log.error(1, f"{wide} text, not UTF-8; save the file as UTF-8")
        return None
    if b"\x00" in raw:
        log.error(
            raw[: raw.index(b"\x00")].count(b"\n") + 1, "binary file (NUL byte), not YAML text"
        )
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        log.error(line, f"not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8")
        return None
    text = text.removeprefix("\ufeff")
    return text if _characters_ok(text, log) else None


def read_bytes(path: Path, log: ProblemLog, limit: int = MAX_FILE_BYTES) -> bytes | None:
    """The file's bytes, at most ``limit`` of them, or None after logging why not."""
    found = status(path)
    if isinstance(found, str):
        log.error(1, f"cannot read file: {found}")
        return None
    if not stat.S_ISREG(found.st_mode):
        log.error(1, f"cannot read file: it is {kind_of_file(found.st_mode)}, not a file")
        return None
    if found.st_size > limit:
        log.error(1, _too_big(found.st_size, limit))
        return None
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except OSError as exc:
        log.error(1, f"cannot read file: {os_reason(exc, path)}")
        return None
    try:
        # The file at the path may have changed since its status was read.
        opened = os.fstat(fd)
        if not stat.S_ISREG(opened.st_mode):
            log.error(1, f"cannot read file: it is {kind_of_file(opened.st_mode)}, not a file")
            return None
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, limit + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        log.error(1, f"cannot read file: {os_reason(exc, path)}")
        return None
    finally:
        os.close(fd)
    if size > limit:  # it grew after the status was read: its size is not known
        log.error(
            1,
            f"file is over {limit // 1024} KiB (it grew while it was read); the limit "
            f"is {limit // 1024} KiB ({limit:,} bytes)",
        )
        return None
    return b"".join(chunks)


def _wide_encoding(raw: bytes) -> str | None:
    """``UTF-16`` or ``UTF-32`` when the bytes are text in one of them (what
    Windows Notepad saves as "Unicode"), by its byte order mark or, without
    one, by the NUL byte beside every letter of plain ASCII text."""
    if raw.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        return "UTF-32"
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16"
    head = raw[:64]
    if len(head) >= 8 and len(head) % 2 == 0:
        for nuls, letters in ((head[1::2], head[0::2]), (head[0::2], head[1::2])):
            if not nuls.strip(b"\x00") and b"\x00" not in letters:
                return "UTF-16"
    return None


def _too_big(size: int, limit: int) -> str:
    if size < 2 * limit:  # "256 KiB; the limit is 256 KiB" would say nothing
        shown = f"{size:,} bytes"
    else:
        shown = f"{size // 1024:,} KiB" if size < 1024**3 else f"{size / 1024**3:.1f} GiB"
    return f"file is {shown}; the limit is {limit // 1024} KiB ({limit:,} bytes)"


def _characters_ok(text: str, log: ProblemLog) -> bool:
    """Report each line holding a forbidden character (raw in the file): its
    first such character, with the column, since most are invisible."""
    found = 0
    position = 0
    while (match := find_forbidden(text, position)) is not None:
        line = line_at(text, match.start())
        found += 1
        if found > _MAX_CHARACTER_PROBLEMS:
            log.error(line, "more such characters follow; only the first lines are listed")
            break
        line_start = max(text.rfind("\n", 0, match.start()), text.rfind("\r", 0, match.start()))
        column = match.start() - line_start
        log.error(line, f"{problem_with(match[0])} in column {column}; remove it")
        # On to the next line: one report per line, and linear time.
        next_break = LINE_BREAK.search(text, match.end())
        if next_break is None:
            break
        position = next_break.end()
    return found == 0
