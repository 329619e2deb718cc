"""Category colours and underline styles that stay apart for colour-blind readers.

The colours are Okabe and Ito's palette (without black), chosen to remain distinct under
protanopia, deuteranopia and tritanopia; tests/core/test_palette.py checks the distances
under simulated colour vision. Colour alone is still not enough (high contrast, print in
grey, a project's own colours), so each category also has an underline style: the view
draws it under every highlight, and HTML fact sheets use the same CSS style.
"""

from __future__ import annotations

from annotator.core.model import Category

PALETTE = ("#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7")

# CSS text-decoration-style names; the Qt view maps them to its own underline styles.
UNDERLINES = ("solid", "dashed", "dotted", "wavy")
_BUILTIN_UNDERLINES = {"quote": "solid", "figure": "dashed", "party": "dotted"}


def underline_style(category: Category) -> str:
    """The built-ins' fixed styles; user categories take "wavy", then the cycle again."""
    style = _BUILTIN_UNDERLINES.get(category.id)
    if style:
        return style
    return UNDERLINES[(3 + max(0, category.position - 3)) % len(UNDERLINES)]


def next_color(used: set[str]) -> str:
    """The first palette colour no category uses yet (the palette again once all are)."""
    used = {c.lower() for c in used}
    return next((c for c in PALETTE if c not in used), PALETTE[len(used) % len(PALETTE)])
