"""The review page's look: on screen, and printed on A4 to be marked and signed.

The kiosk's own font is embedded (Noto Sans, OFL), so the page needs nothing
from the network or the reader's machine and every Turkmen letter (ň ý ž ş ä)
and Cyrillic one prints the same everywhere. Each cell breaks long words
rather than run past the page; rows and the signature block are not split
across pages; each page's foot carries the content's fingerprint, its number
and a place for the reviewer's initials.
"""

from __future__ import annotations

import base64

from kiosk import paths

FONT_FAMILY = "Kiosk Noto Sans"
FONTS = (("NotoSans-Regular.ttf", 400), ("NotoSans-Bold.ttf", 700))


def font_faces() -> str:
    """@font-face rules with the packaged fonts inline (none if they are missing:
    the reader's own sans-serif is used)."""
    rules = []
    for name, weight in FONTS:
        try:
            data = paths.resource("fonts", name).read_bytes()
        except OSError:
            continue
        encoded = base64.b64encode(data).decode("ascii")
        rules.append(
            f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: {weight}; '
            f'src: url(data:font/ttf;base64,{encoded}) format("truetype"); }}'
        )
    return "\n".join(rules)


def stylesheet(fingerprint: str) -> str:
    """The page's CSS; ``fingerprint`` (hex digits) goes into every page's foot."""
    if not fingerprint.isalnum():
        raise ValueError("a fingerprint is hex digits")  # it is written into a CSS string
    return font_faces() + CSS.replace("FINGERPRINT", fingerprint[:16])


CSS = """
:root {
  --ink: #1b1b1b; --muted: #58585a; --rule: #c4c4c4; --accent: #0d5e3c;
  --error: #9b0000; --error-bg: #fbeaea; --warning: #6b4a00; --warning-bg: #fdf4dc;
  --mark: #ffe680;
}
html {
  font-family: "Kiosk Noto Sans", "Noto Sans", "DejaVu Sans", Arial, sans-serif;
  font-size: 10pt; line-height: 1.4; color: var(--ink); background: #fff;
  overflow-wrap: anywhere; /* a word longer than its place breaks, never runs past the page */
  -webkit-print-color-adjust: exact; print-color-adjust: exact;
}
body { margin: 0 auto; max-width: 200mm; padding: 10mm 8mm 16mm; }
h1 { font-size: 19pt; margin: 0 0 1mm; color: var(--accent); }
h2 {
  font-size: 13.5pt; margin: 9mm 0 2mm; padding-bottom: 1mm; color: var(--accent);
  border-bottom: 1.2pt solid var(--accent); break-after: avoid;
}
h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; }
p { margin: 1mm 0 2mm; }
a { color: var(--accent); }
.sub { color: var(--muted); margin: 0 0 3mm; }
.lead { max-width: 170mm; }
dl.facts { display: grid; grid-template-columns: 34mm 1fr; gap: 0.8mm 3mm; margin: 3mm 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
code, .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 8.5pt; }

table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 1mm 0 3mm; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td {
  border: 0.6pt solid var(--rule); padding: 1.2mm 1.6mm; vertical-align: top;
  text-align: left; overflow-wrap: anywhere;
}
thead th { background: #eef3f0; font-size: 9pt; }
thead th .status { display: block; font-weight: 400; color: var(--muted); font-size: 8pt; }
col.field { width: 16%; }
th.field { font-weight: 400; font-size: 8pt; color: var(--muted); }
th.field .line { display: block; font-size: 7.5pt; }
td.t { white-space: pre-wrap; }
td.missing { color: var(--error); font-style: italic; background: var(--error-bg); }
td.values { color: var(--ink); }
td.values .k { color: var(--muted); font-size: 8.5pt; }
td.values .v { white-space: pre-wrap; }
td.values .sep { color: var(--rule); }

.badge {
  display: inline-block; font-size: 7.5pt; font-weight: 700; letter-spacing: 0.04em;
  padding: 0.2mm 1.2mm; border-radius: 1mm; border: 0.6pt solid currentColor;
}
.badge.error, .problem.error .badge { color: var(--error); }
.badge.warning, .problem.warning .badge { color: var(--warning); }
.badge.shown { color: var(--accent); }
ul.problems { list-style: none; margin: 0; padding: 0; }
.problem {
  margin: 0.8mm 0; padding: 1mm 1.6mm; border-left: 2.4pt solid var(--rule);
  overflow-wrap: anywhere; break-inside: avoid;
}
.problem.error { border-color: var(--error); background: var(--error-bg); }
.problem.warning { border-color: var(--warning); background: var(--warning-bg); }
.problem .where { color: var(--muted); font-size: 8.5pt; }
tr.problems > td { border-top: none; padding-top: 0.4mm; }
ol.all-problems { padding-left: 6mm; }
ol.all-problems li { margin: 0.8mm 0; overflow-wrap: anywhere; break-inside: avoid; }
ol.all-problems a.place { font-size: 8.5pt; }

.part { break-before: auto; }
.part-head { color: var(--muted); margin: 0 0 2mm; }
.passage { margin: 1.5mm 0 2.5mm; break-inside: avoid; }
.passage .where { font-weight: 700; font-size: 9pt; }
table.page-lines { margin: 0.5mm 0 1mm; }
table.page-lines col.no { width: 9mm; }
table.page-lines col.cited { width: 30mm; }
table.page-lines td { border: none; border-bottom: 0.4pt solid #e4e4e4; padding: 0.6mm 1.2mm; }
table.page-lines td.no { color: var(--muted); text-align: right; font-size: 8pt; }
table.page-lines td.text { white-space: pre-wrap; }
table.page-lines td.cited { color: var(--muted); font-size: 8pt; }
mark { background: var(--mark); color: inherit; }
pre.note {
  white-space: pre-wrap; overflow-wrap: anywhere; font-size: 8.5pt;
  border: 0.6pt solid var(--rule); padding: 2mm; background: #fafafa;
}

.signature { break-before: page; break-inside: avoid; }
.signature td, .signature th { height: 11mm; vertical-align: bottom; }
.signature th { font-weight: 400; color: var(--muted); font-size: 8.5pt; }
.signature .box { font-size: 11pt; margin-right: 5mm; white-space: nowrap; }
table.files td { height: auto; vertical-align: top; font-size: 8pt; }
table.files col.hash { width: 62%; }

@page {
  size: A4;
  margin: 15mm 13mm 17mm;
  @bottom-left {
    content: "Content review · fingerprint FINGERPRINT"; font-size: 7.5pt; color: #58585a;
  }
  @bottom-center { content: "Initials: ____________"; font-size: 7.5pt; color: #58585a; }
  @bottom-right {
    content: "Page " counter(page) " of " counter(pages); font-size: 7.5pt; color: #58585a;
  }
}
@media print {
  body { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .screen-only { display: none; }
}
"""
