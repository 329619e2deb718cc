"""The offset rule at the Qt boundary: spans made in the view round-trip through the store."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from annotator.core.text import normalize_text

# Letters, accents (also combining), spaces including NBSP/U+202F, quotes, emoji, CJK, newlines.
ALPHABET = st.sampled_from(
    list("abcdeÉéèç «»“”'\n,.") + ["e\u0301", "\u00a0", "\u202f", "😀", "🇫🇷", "𝔘", "漢"]
)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(pieces=st.lists(ALPHABET, min_size=1, max_size=60), data=st.data())
def test_view_span_round_trips_through_store(project, make_article, qtbot, pieces, data):
    from annotator.gui.article_view import ArticleView

    text = normalize_text("".join(pieces))
    if not text.strip():
        text = "x" + text
    article = project.add_article(make_article(text, title="t"))
    view = ArticleView()
    qtbot.addWidget(view)
    view.show_article(article, [], {"quote": "#f2c14e"})
    units = view.document().characterCount() - 1  # UTF-16 length of the text in Qt
    assert units == len(text.encode("utf-16-le")) // 2
    # Cursor positions a person can reach: never between the halves of a surrogate pair.
    boundaries = [len(text[:i].encode("utf-16-le")) // 2 for i in range(len(text) + 1)]
    a = data.draw(st.sampled_from(boundaries))
    b = data.draw(st.sampled_from(boundaries))
    cursor = QTextCursor(view.document())
    cursor.setPosition(a)
    cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    selected = view.textCursor().selectedText().replace("\u2029", "\n")
    start, end = view.selected_span()
    assert text[start:end].replace("\u00a0", " ") == selected.replace("\u00a0", " ")
    if start < end:
        stored = project.add_annotation(project.new_annotation(article, "quote", start, end))
        again = project.annotation(stored.id)
        assert again.exact == text[start:end]
        # ...and back into the view, the same characters are selected.
        view.select_span(again.start, again.end)
        assert view.textCursor().selectedText().replace("\u2029", "\n") == selected
