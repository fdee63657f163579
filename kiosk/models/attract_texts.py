"""What the attract and "unavailable" screens say: every language at once.

Plain Python (the root model hands the result to QML as a map): which motto,
topics, prompts and notices, in the content's languages, side by side.
"""

from __future__ import annotations

from collections.abc import Sequence

from kiosk.content import Content
from kiosk.content.model import Notice
from kiosk.i18n import ATTRACT_PROMPTS, UNAVAILABLE_MESSAGES


def attract_texts(
    content: Content | None,
    languages: Sequence[str],
    motto_shown: bool,
    notices: Sequence[Notice],
) -> dict[str, object]:
    """The motto (only in its year), each topic's title, the prompt to
    start, and each notice's title with its id and kind: each as a list in
    the content's languages."""
    if content is None:
        return {"motto": [], "highlights": [], "prompts": [], "notices": [], "letterheads": []}
    site = content.site
    return {
        # The header's title and the ministry's name in every language: the
        # header lays itself out for the longest, so that a language switch
        # never changes it (Letterhead.qml).
        "letterheads": [
            [site.title.get(lang), site.ministry.get(lang) if site.ministry else ""]
            for lang in languages
        ],
        "motto": [site.motto.get(lang) for lang in languages] if motto_shown else [],
        "highlights": [[s.title.get(lang) for lang in languages] for s in content.sections],
        "prompts": [ATTRACT_PROMPTS[lang] for lang in languages],
        "notices": [
            {"id": n.id, "kind": n.kind, "titles": [n.title.get(lang) for lang in languages]}
            for n in notices
        ],
    }


def unavailable_texts() -> list[dict[str, str]]:
    """The calm "temporarily unavailable" message, in every language."""
    return [{"lang": c, "title": t, "detail": d} for c, t, d in UNAVAILABLE_MESSAGES]
