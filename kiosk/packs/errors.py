"""What goes wrong with a pack, as one sentence for staff."""

from __future__ import annotations


class PackRefused(Exception):
    """The pack is not installed; ``str(exc)`` is one sentence saying why,
    and the content on screen has not changed."""
