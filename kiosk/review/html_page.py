"""The review page as HTML: one self-contained file, readable without script.

The head (what content, its state, the translation status, every problem
with a link to its place), each file's texts side by side per language with
its problems under the text they concern, each topic's source passages
(source_html), the source page, and the signature block (signature_html).
Everything from the content folder goes through markup.esc.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from kiosk.content import LANGUAGE_NAMES, Problem
from kiosk.content.characters import escaped
from kiosk.review.markup import breakable, esc, values
from kiosk.review.parts import Part, Review, Row
from kiosk.review.signature_html import Stamp, signature_html
from kiosk.review.source_html import appendix_html, passage_html
from kiosk.review.style import stylesheet

STATUS_WORDS = {
    "source": ("source text", "the language the content is written in, from the source page"),
    "reviewed": ("reviewed", "a translation the ministry has reviewed"),
    "draft": ("draft", "a translation awaiting the ministry's review"),
}
PART_TITLES = {
    "folder": "The content folder",
    "site": "Title, year motto and key figures",
    "contacts": "Contact cards",
    "partners": "Map regions",
    "sections-folder": "The topic files",
    "page": "The source page file",
}


class PageWriter:
    """Builds the page; each problem gets the anchor of the place it is shown."""

    def __init__(self, review: Review, stamp: Stamp) -> None:
        self.review, self.stamp = review, stamp
        self._heading = ""  # of the part being written
        self.languages = review.languages
        self.anchors: dict[int, str] = {}  # id(problem) -> where it is shown
        self.places: dict[int, str] = {}  # id(problem) -> that place in words
        content = review.result.content
        self.status = dict(content.site.translation_status) if content else {}

    # -- the whole page -----------------------------------------------------------

    def page(self) -> str:
        parts = [self._part(i, part) for i, part in enumerate(self.review.parts)]
        other = self._other_problems()
        title = self._site_title()
        return "".join(
            [
                '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n',
                '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
                f"<title>Content review — {esc(title)}</title>\n",
                f"<style>\n{stylesheet(self.stamp.fingerprint)}\n</style>\n</head>\n<body>\n",
                self._header(title),
                self._status_table(),
                self._problem_list(),
                self._contents(),
                *parts,
                other,
                appendix_html(self.review),
                signature_html(self.languages, self._status_word, self.stamp),
                "</body>\n</html>\n",
            ]
        )

    def _site_title(self) -> str:
        content = self.review.result.content
        return content.site.title.get("en") if content else "content that cannot be loaded"

    # -- the head of the page -----------------------------------------------------

    def _header(self, title: str) -> str:
        result = self.review.result
        errors, warnings = len(result.errors), len(result.warnings)
        content = result.content
        titles = (
            " · ".join(esc(content.site.title.get(lang)) for lang in self.languages)
            if content
            else esc(title)
        )
        left_out = sum(1 for p in self.review.parts if p.kind == "section" and not p.shown)
        if content is None:
            verdict = (
                '<span class="badge error">UNAVAILABLE</span> the kiosk shows “temporarily '
                "unavailable” with this content"
            )
        elif errors:
            verdict = (
                '<span class="badge warning">SHOWN IN PART</span> the kiosk shows what is valid'
                + (f"; {left_out} topic file(s) left out" if left_out else "")
            )
        else:
            verdict = '<span class="badge shown">SHOWN</span> the kiosk shows all of it'
        return (
            "<header>\n<h1>Content review</h1>\n"
            f'<p class="sub">{titles}</p>\n'
            '<p class="lead">Every text the kiosk shows, side by side in its languages, with '
            "the passages of the source page each topic was written from and every problem "
            "<code>kiosk validate</code> finds, at its place. Read, mark corrections on the "
            "page, initial each page at its foot and sign at the end.</p>\n"
            '<dl class="facts">\n'
            f"<dt>Content folder</dt><dd>{esc(escaped(os.path.abspath(self.review.folder)))}</dd>\n"
            f"<dt>Content</dt><dd>{verdict}</dd>\n"
            f"<dt>Problems</dt><dd>{self._counts(errors, warnings)}</dd>\n"
            f"<dt>Fingerprint</dt><dd><code>{esc(self.stamp.fingerprint)}</code> (SHA-256 of "
            "the files listed at the end)</dd>\n"
            f"<dt>Written</dt><dd>{esc(self.stamp.written.strftime('%Y-%m-%d %H:%M %Z'))} "
            f"by kiosk {esc(self.stamp.version)}</dd>\n"
            "</dl>\n</header>\n"
        )

    @staticmethod
    def _counts(errors: int, warnings: int) -> str:
        error_class = "error" if errors else "shown"
        return (
            f'<span class="badge {error_class}">{errors} ERROR{"S" if errors != 1 else ""}</span> '
            f'<span class="badge warning">{warnings} WARNING{"S" if warnings != 1 else ""}</span>'
        )

    def _status_table(self) -> str:
        rows = []
        for lang in self.languages:
            state = self.status.get(lang)
            word, meaning = STATUS_WORDS.get(state or "", ("unknown", "not given in site.yaml"))
            rows.append(
                f'<tr><td lang="{esc(lang)}">{esc(LANGUAGE_NAMES.get(lang, lang))}</td>'
                f"<td><strong>{esc(word)}</strong></td><td>{esc(meaning)}</td></tr>"
            )
        return (
            '<section id="status">\n<h2>Translation status</h2>\n'
            "<p>As site.yaml marks each language. Visitors never see it.</p>\n"
            '<table><colgroup><col style="width:22%"><col style="width:20%"><col></colgroup>'
            "<thead><tr><th>Language</th><th>Status</th><th>What it means</th></tr></thead>"
            f"<tbody>{''.join(rows)}</tbody></table>\n</section>\n"
        )

    def _problem_list(self) -> str:
        problems = self.review.result.problems
        if not problems:
            body = "<p>None: <code>kiosk validate</code> finds no problem in this content.</p>"
        else:
            items = []
            for problem in problems:
                anchor = self.anchors.get(id(problem))
                place = esc(self.places.get(id(problem), "its place"))
                link = f' <a class="place" href="#{anchor}">→ {place}</a>' if anchor else ""
                items.append(f"<li>{self._problem_text(problem)}{link}</li>")
            body = f'<ol class="all-problems">{"".join(items)}</ol>'
        return (
            f'<section id="problems">\n<h2>Problems ({len(problems)})</h2>\n'
            "<p>What <code>kiosk validate</code> prints for this folder; each is also shown "
            "at the text it concerns. Errors: the kiosk leaves that text, topic or entry out. "
            "Warnings: it is shown, with what the warning says.</p>\n"
            f"{body}\n</section>\n"
        )

    def _contents(self) -> str:
        items = [
            f'<li><a href="#p{i}">{esc(self._part_heading(part))}</a></li>'
            for i, part in enumerate(self.review.parts)
        ]
        items.append('<li><a href="#source-page">The source page</a></li>')
        items.append('<li><a href="#signature">Review and signature</a></li>')
        return f'<nav class="screen-only"><h2>Contents</h2><ol>{"".join(items)}</ol></nav>\n'

    # -- one file ---------------------------------------------------------------

    def _part_heading(self, part: Part) -> str:
        if part.kind == "section":
            content = self.review.result.content
            section = (
                next((s for s in content.sections if s.source == str(part.path)), None)
                if content
                else None
            )
            number = f"Topic {section.order}" if section else "Topic left out"
            return f"{number}: {part.title}"
        if part.kind == "other":
            return escaped(part.name)
        return PART_TITLES.get(part.kind, escaped(part.name))

    def _part(self, index: int, part: Part) -> str:
        anchor = f"p{index}"
        self._heading = self._part_heading(part)
        self._at(part.problems, anchor, self._heading)
        state = ""
        if part.kind == "section":
            state = (
                ' · <span class="badge shown">SHOWN</span>'
                if part.shown
                else ' · <span class="badge error">LEFT OUT</span> the kiosk does not show '
                "this topic until its errors are fixed"
            )
        head = f'<p class="part-head"><code>{esc(escaped(part.name))}</code>{state}</p>\n'
        out = [
            f'<section class="part" id="{anchor}">\n<h2>{esc(self._heading)}</h2>\n',
            head,
            self._problems_box(part.problems),
        ]
        rows = [row for row in part.rows if not row.is_passage]
        if rows:
            out.append(self._rows_table(anchor, rows))
        if part.kind == "section":
            out.append(self._passages(anchor, part.passages))
        out.append("</section>\n")
        return "".join(out)

    def _rows_table(self, anchor: str, rows: Sequence[Row]) -> str:
        heads = "".join(
            f'<th lang="{esc(lang)}">{esc(LANGUAGE_NAMES.get(lang, lang))}'
            f'<span class="status">{esc(self._status_word(lang))}</span></th>'
            for lang in self.languages
        )
        cols = '<col class="field">' + '<col class="lang">' * len(self.languages)
        body = [self._row(f"{anchor}r{i}", row) for i, row in enumerate(rows)]
        return (
            f"<table><colgroup>{cols}</colgroup>"
            f'<thead><tr><th class="field">Field, line</th>{heads}</tr></thead>'
            f"<tbody>{''.join(body)}</tbody></table>\n"
        )

    def _status_word(self, lang: str) -> str:
        return STATUS_WORDS.get(self.status.get(lang, ""), ("unknown", ""))[0]

    def _at(self, problems: Sequence[Problem], anchor: str, place: str) -> None:
        for problem in problems:
            self.anchors[id(problem)] = anchor
            self.places[id(problem)] = place

    def _row(self, anchor: str, row: Row) -> str:
        self._at(row.problems, anchor, f"{self._heading}, {row.path or 'top level'}")
        field = (
            f'<th class="field">{breakable(row.path) or "top level"}'
            f'<span class="line">line {row.line}</span></th>'
        )
        width = len(self.languages)
        if row.texts:
            cells = "".join(self._text_cell(lang, row.texts.get(lang)) for lang in self.languages)
        else:
            cells = f'<td class="values" colspan="{width}">{values(row.values)}</td>'
        out = f'<tr id="{anchor}">{field}{cells}</tr>'
        if row.texts and row.values:  # an unknown language code beside a text: shown too
            out += (
                f'<tr><th class="field"></th><td class="values" colspan="{width}">'
                f"{values(row.values)}</td></tr>"
            )
        return out + self._problems_row(row.problems)

    @staticmethod
    def _text_cell(lang: str, text: str | None) -> str:
        if text is None:
            return '<td class="missing">missing: English is shown</td>'
        if not text:
            return f'<td class="missing" lang="{esc(lang)}">empty</td>'
        return f'<td class="t" lang="{esc(lang)}">{esc(text)}</td>'

    def _problems_row(self, problems: Sequence[Problem]) -> str:
        if not problems:
            return ""
        width = len(self.languages) + 1
        return (
            f'<tr class="problems"><td colspan="{width}">{self._problems_box(problems)}</td></tr>'
        )

    def _problems_box(self, problems: Sequence[Problem]) -> str:
        if not problems:
            return ""
        items = "".join(
            f'<li class="problem {p.severity.value}">{self._problem_text(p)}</li>' for p in problems
        )
        return f'<ul class="problems">{items}</ul>\n'

    def _problem_text(self, problem: Problem) -> str:
        severity = problem.severity.value
        return (
            f'<span class="badge {severity}">{severity.upper()}</span> '
            f'<span class="where">{esc(self._short(problem.file))}:{problem.line}:</span> '
            f"{esc(problem.message)}"
        )

    def _short(self, file: str) -> str:
        """A file inside the content folder by its name there."""
        folder = escaped(str(self.review.folder))
        for separator in ("/", "\\"):
            if file.startswith(folder + separator):
                return file[len(folder) + 1 :]
        return file

    # -- the source --------------------------------------------------------------

    def _passages(self, anchor: str, rows: Sequence[Row]) -> str:
        out = ["<h3>Written from these passages of the source page</h3>\n"]
        if not rows:
            out.append('<p class="problem warning">No passages are named.</p>\n')
        for i, row in enumerate(rows):
            row_anchor = f"{anchor}s{i}"
            self._at(row.problems, row_anchor, f"{self._heading}, {row.path}")
            out.append(f'<div class="passage" id="{row_anchor}">')
            out.append(passage_html(row, self.review.page))
            out.append(f"{self._problems_box(row.problems)}</div>\n")
        return "".join(out)

    def _other_problems(self) -> str:
        if not self.review.unplaced:
            return ""
        self._at(self.review.unplaced, "other-problems", "Other problems")
        return (
            '<section class="part" id="other-problems">\n<h2>Other problems</h2>\n'
            f"{self._problems_box(self.review.unplaced)}</section>\n"
        )

    # -- the end -----------------------------------------------------------------
