"""Category colours stay apart for colour-blind readers, highlighted on light and dark
pages; each category also has an underline style, so colour is never the only cue."""

import itertools
import math

import pytest

from annotator.core.model import BUILTIN_CATEGORIES, Category
from annotator.core.palette import PALETTE, UNDERLINES, next_color, underline_style

# Machado, Oliveira and Fernandes (2009), severity 1.0, on linear RGB.
VISION = {
    "normal": ((1, 0, 0), (0, 1, 0), (0, 0, 1)),
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216),
                   (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                     (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602),
                   (0.004733, 0.691367, 0.303900)),
}
HIGHLIGHT_ALPHA = 0.45  # about the view's background opacity (110 of 255)


def _linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def _lab(rgb_linear):
    r, g, b = rgb_linear
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883
    f = [t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116 for t in (x, y, z)]
    return 116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])


def seen(color: str, vision: str, alpha: float = 1.0, page=(255, 255, 255)):
    """CIELAB of `color` over `page` at `alpha`, as a reader with `vision` sees it."""
    rgb = [int(color[i:i + 2], 16) * alpha + p * (1 - alpha) for i, p in zip((1, 3, 5), page, strict=True)]
    lin = [_linear(c) for c in rgb]
    m = VISION[vision]
    return _lab([min(1, max(0, sum(m[i][j] * lin[j] for j in range(3)))) for i in range(3)])


@pytest.mark.parametrize("vision", VISION)
def test_the_palette_stays_apart_under_every_colour_vision(vision):
    worst = min(math.dist(seen(a, vision), seen(b, vision))
                for a, b in itertools.combinations(PALETTE, 2))
    assert worst >= 15  # ΔE*ab; about 2.3 is just noticeable


@pytest.mark.parametrize("page", [(255, 255, 255), (30, 30, 30)], ids=["light", "dark"])
@pytest.mark.parametrize("vision", VISION)
def test_built_in_highlights_stay_apart_on_light_and_dark_pages(vision, page):
    colors = [c.color for c in BUILTIN_CATEGORIES]
    assert set(colors) <= set(PALETTE)
    worst = min(math.dist(seen(a, vision, HIGHLIGHT_ALPHA, page),
                          seen(b, vision, HIGHLIGHT_ALPHA, page))
                for a, b in itertools.combinations(colors, 2))
    assert worst >= 8


def test_a_control_pair_that_colour_blind_readers_confuse_is_caught():
    red, green = "#d62728", "#2ca02c"  # apart for most readers, not with deuteranopia
    assert math.dist(seen(red, "normal"), seen(green, "normal")) > 40
    assert math.dist(seen(red, "deuteranopia"), seen(green, "deuteranopia")) < 15


def test_every_category_has_an_underline_and_built_ins_differ():
    styles = [underline_style(c) for c in BUILTIN_CATEGORIES]
    assert len(set(styles)) == 3 and set(styles) <= set(UNDERLINES)
    user = [underline_style(Category(f"u{i}", f"U{i}", "#000000", position=3 + i))
            for i in range(4)]
    assert set(user) == set(UNDERLINES)  # user categories cycle through every style


def test_new_categories_take_the_next_unused_colour():
    assert next_color({c.color for c in BUILTIN_CATEGORIES}) == PALETTE[3]
    assert next_color({c.upper() for c in PALETTE[:5]}) == PALETTE[5]
    assert next_color(set(PALETTE)) in PALETTE
