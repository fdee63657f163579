"""``kiosk review``: the page a ministry reviewer reads, prints, marks and signs.

One self-contained HTML file (no network, no script; its font inside) with
every text of the content side by side in its languages, each language's
translation status, every problem ``kiosk validate`` finds at the text it
concerns and in one list, the passages of the source page each topic was
written from, and a signature block with the fingerprint of the files read.

No Qt here (an import-linter contract): it runs where ``kiosk validate``
runs, on a staff PC without a display.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from datetime import datetime
from importlib import metadata
from pathlib import Path

from kiosk.content import LoadResult, load_content
from kiosk.content.problems import ProblemLog
from kiosk.content.source_page import SOURCE_NOTE, SOURCE_PAGE
from kiosk.content.textfile import read_bytes
from kiosk.review.html_page import PageWriter
from kiosk.review.output import NotWritten, write_whole
from kiosk.review.parts import Review, collect
from kiosk.review.signature_html import Stamp

__all__ = ["NotWritten", "ReviewWritten", "write_review"]

# The files a signature covers, beside the YAML files the page shows.
_ALSO_FINGERPRINTED = (SOURCE_PAGE, SOURCE_NOTE)


@dataclass(frozen=True)
class ReviewWritten:
    path: Path
    result: LoadResult
    fingerprint: str


def write_review(content_dir: Path, output: Path, *, now: datetime | None = None) -> ReviewWritten:
    """Read ``content_dir`` as the kiosk does and write its review page to
    ``output``. A folder that cannot be read gives a page listing why;
    only an output that cannot be written raises (NotWritten)."""
    result = load_content(content_dir)
    review = collect(content_dir, result)
    stamp = _stamp(review, now or datetime.now().astimezone())
    # `-o site.yaml` in the content folder would put the page in its place.
    target = os.path.realpath(output)
    if any(os.path.realpath(content_dir / name) == target for name, _ in stamp.files):
        raise NotWritten(
            f"cannot write {output}: it is a file of the content; write the page elsewhere"
        )
    page = PageWriter(review, stamp).page()
    write_whole(output, page.encode("utf-8"))
    return ReviewWritten(output, result, stamp.fingerprint)


def _stamp(review: Review, written: datetime) -> Stamp:
    names = [part.name for part in review.parts if part.kind in _YAML_KINDS]
    names += [name.as_posix() for name in _ALSO_FINGERPRINTED]
    files = tuple((name, _digest(review.folder / name)) for name in names)
    listing = "".join(f"{digest}  {name}\n" for name, digest in files)
    fingerprint = hashlib.sha256(listing.encode("utf-8")).hexdigest()
    return Stamp(written, _version(), fingerprint, files)


_YAML_KINDS = ("site", "section", "contacts", "partners", "other")


def _digest(path: Path) -> str:
    log = ProblemLog(str(path))
    data = read_bytes(path, log)
    if data is None:
        return log.problems[0].message if log.problems else "not read"
    return hashlib.sha256(data).hexdigest()


def _version() -> str:
    try:
        return metadata.version("tm-foreign-policy-kiosk")
    except metadata.PackageNotFoundError:  # a bare checkout
        return "(not installed)"
