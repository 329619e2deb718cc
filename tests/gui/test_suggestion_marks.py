"""Suggestions are drawn as dashed underlines in their category colour, visible lines only."""

from PySide6.QtGui import QColor

from annotator.core.model import Article
from annotator.gui.article_view import ArticleView

TEXT = ("Plan social chez Nuvia\n\n«\u00a0Nous supprimerons 14\u202f000 postes\u00a0», a "
        "déclaré Marc Durand 😀, PDG de Nuvia, au Monde, dans un long entretien publié mercredi.")


def coloured_pixels(view, color: str) -> int:
    image = view.viewport().grab().toImage()
    target = QColor(color).darker(130)
    count = 0
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if (abs(pixel.red() - target.red()) < 40 and abs(pixel.green() - target.green()) < 40
                    and abs(pixel.blue() - target.blue()) < 40):
                count += 1
    return count


def test_suggestions_are_underlined(qtbot):
    view = ArticleView()
    qtbot.addWidget(view)
    view.resize(520, 260)
    view.show()
    qtbot.waitExposed(view)
    view.show_article(Article("a", "t", TEXT), [], {})
    assert coloured_pixels(view, "#3060d0") == 0
    start = TEXT.index("Marc")  # after an emoji: code points, not UTF-16 units
    view.set_suggestions([(start, start + len("Marc Durand"), "#3060d0")])
    assert view.suggestion_count() == 1
    qtbot.waitUntil(lambda: coloured_pixels(view, "#3060d0") > 10)
    view.set_suggestions([])
    qtbot.waitUntil(lambda: coloured_pixels(view, "#3060d0") == 0)
