"""The source page on the review page: each topic's passages, and the whole
page at the end with the topics that cite each line."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from kiosk.content.source_page import SourcePage
from kiosk.review.markup import esc, marked, values
from kiosk.review.parts import Part, Review, Row


def passage_html(row: Row, page: SourcePage | None) -> str:
    """One passage: where it is and its lines (a quote marked in them), or
    what is written and why it cannot be shown."""
    passage = row.passage
    written = values(row.values) if row.values else "(not a passage)"
    if passage is None or page is None or passage.first_line < 1:
        why = "not shown: see the problem below" if page else "not shown: no source page"
        return f'<p class="where">{written} <span class="k">({why})</span></p>'
    first, last = passage.first_line, passage.last_line
    where = f"Line {first}" if first == last else f"Lines {first}–{last}"
    label = f"Quoted, {where.lower()}" if passage.quote else where
    span = page.span(passage.quote) if passage.quote else None
    return f'<p class="where">{esc(label)}</p>' + page_lines(page, range(first, last + 1), span)


def page_lines(
    page: SourcePage,
    numbers: Iterable[int],
    span: tuple[int, int] | None,
    cited: dict[int, str] | None = None,
) -> str:
    """The page's lines with text among ``numbers``, numbered."""
    rows = []
    for number in numbers:
        line = page.lines[number - 1]
        if not line.strip():
            continue
        text = marked(line, page.line_starts[number - 1], span)
        cite = f'<td class="cited">{esc(cited.get(number, ""))}</td>' if cited is not None else ""
        rows.append(f'<tr><td class="no">{number}</td><td class="text">{text}</td>{cite}</tr>')
    cols = '<col class="no"><col>' + ('<col class="cited">' if cited is not None else "")
    return f'<table class="page-lines"><colgroup>{cols}</colgroup>{"".join(rows)}</table>\n'


def appendix_html(review: Review) -> str:
    """The note on where the page comes from, and every line of it."""
    page = review.page
    out = ['<section class="part" id="source-page">\n<h2>The source page</h2>\n']
    if review.note:
        out.append(
            "<p>Where it comes from (<code>source/SOURCE.txt</code>):</p>"
            f'<pre class="note">{esc(review.note.strip())}</pre>\n'
        )
    if page is None:
        out.append(
            '<p class="problem warning">The content folder has no readable '
            "source page (<code>source/page.txt</code>).</p>\n</section>\n"
        )
        return "".join(out)
    out.append(
        "<p>Every line with text, as the content folder's copy has it, and the topics "
        "that cite it.</p>\n"
    )
    lines = range(1, len(page.lines) + 1)
    out.append(page_lines(page, lines, None, citations(review.parts)))
    out.append("</section>\n")
    return "".join(out)


def citations(parts: Sequence[Part]) -> dict[int, str]:
    """For each line of the page, the topics whose passages hold it."""
    cited: dict[int, list[str]] = {}
    for part in parts:
        if part.kind != "section":
            continue
        for row in part.passages:
            passage = row.passage
            if passage is None or passage.first_line < 1:
                continue
            for number in range(passage.first_line, passage.last_line + 1):
                cited.setdefault(number, []).append(part.title)
    return {n: ", ".join(dict.fromkeys(titles)) for n, titles in cited.items()}
