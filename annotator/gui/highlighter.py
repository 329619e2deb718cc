"""Category highlights drawn by a QSyntaxHighlighter over a sorted span index.

One ExtraSelection per span would be resent and re-laid out on every repaint; instead each
block asks the index (bisect over span starts) which spans cross it. Highlighting is lazy:
a block is formatted when it first becomes visible (the view calls `ensure_highlighted` from
its paint event), so opening a 1 MB article formats one screenful, not 5,000 paragraphs.
Positions here are UTF-16 units, already converted by the article view.

Each highlight is also underlined in its category's style (core.palette), so categories
stay apart without colour: for colour-blind readers, in high contrast, in grey print.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from typing import NamedTuple

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextBlock, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication

from annotator.core.model import Category
from annotator.core.palette import underline_style
from annotator.gui import theme

_U = QTextCharFormat.UnderlineStyle
QT_UNDERLINES = {"solid": _U.SingleUnderline, "dashed": _U.DashUnderline,
                 "dotted": _U.DotLine, "wavy": _U.WaveUnderline}


class Span(NamedTuple):
    start: int
    end: int
    category_id: str
    annotation_id: str


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple] = []  # Span-shaped tuples sorted by start
        self._starts: list[int] = []
        self._by_id: dict[str, tuple] = {}
        self._max_length = 0
        self._colors: dict[str, QColor] = {}
        self._underlines: dict[str, str] = {}
        self._formats: dict[tuple, QTextCharFormat] = {}
        self._single: dict[str, QTextCharFormat] = {}
        self._done = bytearray()  # per block number: 1 once formatted
        self._formatting = False

    # ---- the index -----------------------------------------------------------------------

    def set_colors(self, colors: dict[str, str]) -> None:
        """Category colours in category order (which gives user categories their
        underline styles); also called again when the theme changes."""
        self._colors = {cid: QColor(value) for cid, value in colors.items()}
        self._underlines = {cid: underline_style(Category(cid, "", value, position=i))
                            for i, (cid, value) in enumerate(colors.items())}
        self._formats.clear()
        self._single = {cid: self._format((cid,)) for cid in colors}

    def set_spans(self, spans: list[tuple]) -> None:
        """Replace every span (tuples shaped like Span); call before setPlainText."""
        self._spans = sorted(spans)
        self._by_id = {s[3]: s for s in self._spans}
        self._starts = [s[0] for s in self._spans]
        self._max_length = max((s[1] - s[0] for s in self._spans), default=0)
        self._done = bytearray()

    def span(self, annotation_id: str) -> Span | None:
        s = self._by_id.get(annotation_id)
        return Span(*s) if s else None

    def spans(self) -> list[Span]:
        return [Span(*s) for s in self._spans]

    def add_span(self, span: Span) -> None:
        self.remove_span(span.annotation_id)
        span = tuple(span)
        insort(self._spans, span)
        self._by_id[span[3]] = span
        self._starts.insert(bisect_left(self._starts, span[0]), span[0])
        self._max_length = max(self._max_length, span[1] - span[0])
        self.rehighlight_range(span[0], span[1])

    def remove_span(self, annotation_id: str) -> Span | None:
        span = self._by_id.pop(annotation_id, None)
        if span is None:
            return None
        i = bisect_left(self._spans, span)
        del self._spans[i]
        del self._starts[i]
        self.rehighlight_range(span[0], span[1])
        return Span(*span)

    def neighbour(self, annotation_id: str | None, position: int, step: int) -> Span | None:
        """The span after (step 1) or before (step -1) this one in reading order; without
        one (or it is not here), the first after `position`, or the last before it."""
        current = self._by_id.get(annotation_id) if annotation_id else None
        if current is not None:
            index = bisect_left(self._spans, current) + step
        else:
            index = bisect_left(self._starts, position) - (step < 0)
        return Span(*self._spans[index]) if 0 <= index < len(self._spans) else None

    def spans_at(self, position: int) -> list[Span]:
        """Spans covering a position, innermost first (used to pick under the cursor)."""
        lo = bisect_left(self._starts, position - self._max_length)
        hi = bisect_left(self._starts, position + 1)
        found = [Span(*s) for s in self._spans[lo:hi] if s[0] <= position < s[1]]
        return sorted(found, key=lambda s: s.end - s.start)

    # ---- which blocks are formatted ------------------------------------------------------

    def rehighlight_range(self, start: int, end: int) -> None:
        """Format again the blocks of [start, end) (done at once: the change is on screen)."""
        doc = self.document()
        block = doc.findBlock(start)
        last = doc.findBlock(max(start, end - 1))
        while block.isValid():
            self._format_block(block)
            if block == last:
                break
            block = block.next()

    def ensure_highlighted(self, first: QTextBlock, last_number: int) -> None:
        """Format the blocks from `first` to block number `last_number` not yet formatted."""
        block = first
        while block.isValid() and block.blockNumber() <= last_number:
            number = block.blockNumber()
            if number >= len(self._done) or not self._done[number]:
                self._format_block(block)
            block = block.next()

    def is_highlighted(self, block: QTextBlock) -> bool:
        number = block.blockNumber()
        return number < len(self._done) and bool(self._done[number])

    def _format_block(self, block: QTextBlock) -> None:
        number = block.blockNumber()
        if number >= len(self._done):
            self._done.extend(bytes(self.document().blockCount() - len(self._done) + 1))
        self._done[number] = 1
        self._formatting = True
        try:
            self.rehighlightBlock(block)
        finally:
            self._formatting = False

    # ---- drawing -------------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not self._formatting or not self._spans:
            return  # laid out before it is seen: formatted when it becomes visible
        block_start = self.currentBlock().position()
        block_end = block_start + len(text) + 1
        lo = bisect_left(self._starts, block_start - self._max_length)
        hi = bisect_left(self._starts, block_end)
        active = [s for s in self._spans[lo:hi] if s[1] > block_start]
        if not active:
            return
        reach = -1
        for s in active:  # sorted by start: they overlap if one starts before another ends
            if s[0] < reach:
                break
            reach = s[1]
        else:
            single = self._single
            for s in active:
                begin = s[0] if s[0] > block_start else block_start
                end = s[1] if s[1] < block_end else block_end
                self.setFormat(begin - block_start, end - begin,
                               single.get(s[2]) or self._format((s[2],)))
            return
        # Overlapping or nested spans: cut the block at every boundary and give each piece
        # the format of all the spans covering it, so every span stays visible.
        cuts = sorted({block_start, block_end, *(max(s[0], block_start) for s in active),
                       *(min(s[1], block_end) for s in active)})
        for left, right in zip(cuts, cuts[1:], strict=False):
            covering = [s for s in active if s[0] <= left and s[1] >= right]
            if covering:
                covering.sort(key=lambda s: s[1] - s[0], reverse=True)  # outermost first
                self.setFormat(left - block_start, right - left,
                               self._format(tuple(s[2] for s in covering)))

    def _format(self, categories: tuple[str, ...]) -> QTextCharFormat:
        """Innermost category as background, outermost as the underline (its own style);
        deeper nesting is darker."""
        fmt = self._formats.get(categories)
        if fmt is None:
            contrast = theme.high_contrast()
            dark = theme.is_dark(QApplication.palette())
            fmt = QTextCharFormat()
            inner = QColor(self._colors.get(categories[-1], QColor("#bbbbbb")))
            inner.setAlpha(min(255, (70 if contrast else 110) + 50 * (len(categories) - 1)))
            fmt.setBackground(inner)
            outer = QColor(self._colors.get(categories[0], QColor("#888888")))
            if dark:
                outer = outer.lighter(170 if contrast else 130)
            else:
                outer = outer.darker(220 if contrast else 150)
            fmt.setUnderlineStyle(QT_UNDERLINES[self._underlines.get(categories[0], "solid")])
            fmt.setUnderlineColor(outer)
            self._formats[categories] = fmt
        return fmt

    def restyle(self) -> None:
        """The theme changed: formats are made again, for every block already drawn."""
        self.set_colors({cid: c.name() for cid, c in self._colors.items()})
        self._done = bytearray()
