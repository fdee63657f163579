"""The end of the review page: the reviewers' signatures, and the files they
sign for, by SHA-256, so that a signed page names exactly the content it
approved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from kiosk.content import LANGUAGE_NAMES
from kiosk.content.characters import escaped
from kiosk.review.markup import esc


@dataclass(frozen=True)
class Stamp:
    """What identifies a review page: when, by which program, of which files."""

    written: datetime
    version: str
    fingerprint: str  # SHA-256 over the files' own SHA-256s
    files: tuple[tuple[str, str], ...]  # (name, SHA-256 or why there is none)


def signature_html(
    languages: Sequence[str], status_word: Callable[[str], str], stamp: Stamp
) -> str:
    """A signature line per language (each may have its reviewer), the
    decision, and the fingerprint with the files it is made of."""
    langs = "".join(
        f'<tr><td lang="{esc(lang)}">{esc(LANGUAGE_NAMES.get(lang, lang))} '
        f'<span class="k">({esc(status_word(lang))})</span></td>'
        "<td></td><td></td><td></td></tr>"
        for lang in languages
    )
    files = "".join(
        f'<tr><td class="mono">{esc(escaped(name))}</td><td class="mono">{esc(digest)}</td></tr>'
        for name, digest in stamp.files
    )
    return (
        '<section class="signature" id="signature">\n<h2>Review and signature</h2>\n'
        "<p>I have read the texts above against the source page and marked every "
        "correction on these pages.</p>\n"
        '<p><span class="box">☐ Approved as printed</span>'
        '<span class="box">☐ Approved with the corrections marked</span>'
        '<span class="box">☐ Not approved</span></p>\n'
        '<table><colgroup><col style="width:25%"><col><col style="width:17%">'
        '<col style="width:24%"></colgroup>'
        "<thead><tr><th>Language</th><th>Reviewer (name, position)</th><th>Date</th>"
        f"<th>Signature</th></tr></thead><tbody>{langs}</tbody></table>\n"
        '<table><colgroup><col style="width:25%"><col></colgroup><tbody>'
        "<tr><th>Approved for the kiosk by</th><td></td></tr>"
        "<tr><th>Date and signature</th><td></td></tr></tbody></table>\n"
        "<h3>The files reviewed</h3>\n"
        f"<p>Fingerprint <code>{esc(stamp.fingerprint)}</code>: the SHA-256 of this "
        "list. The same files give the same fingerprint, so the kiosk's content can be "
        "matched to this signed page.</p>\n"
        '<table class="files"><colgroup><col><col class="hash"></colgroup>'
        f"<tbody>{files}</tbody></table>\n</section>\n"
    )
