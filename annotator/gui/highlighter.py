"""Category highlights drawn by a QSyntaxHighlighter over a sorted span index.

One ExtraSelection per span would be resent and re-laid out on every repaint; instead each
block asks the index (bisect over span starts) which spans cross it. Positions here are
UTF-16 units, already converted by the article view.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument


@dataclass(frozen=True, order=True)
class Span:
    start: int
    end: int
    category_id: str
    annotation_id: str


class SpanHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[Span] = []
        self._starts: list[int] = []
        self._by_id: dict[str, Span] = {}
        self._max_length = 0
        self._colors: dict[str, QColor] = {}
        self._formats: dict[tuple, QTextCharFormat] = {}

    # ---- the index -----------------------------------------------------------------------

    def set_colors(self, colors: dict[str, str]) -> None:
        self._colors = {cid: QColor(value) for cid, value in colors.items()}
        self._formats.clear()

    def set_spans(self, spans: list[Span]) -> None:
        """Replace every span; the caller re-lays out (setPlainText or rehighlight)."""
        self._spans = sorted(spans)
        self._by_id = {s.annotation_id: s for s in self._spans}
        self._starts = [s.start for s in self._spans]
        self._max_length = max((s.end - s.start for s in self._spans), default=0)

    def spans(self) -> list[Span]:
        return list(self._spans)

    def add_span(self, span: Span) -> None:
        self.remove_span(span.annotation_id)
        insort(self._spans, span)
        self._by_id[span.annotation_id] = span
        self._starts.insert(bisect_left(self._starts, span.start), span.start)
        self._max_length = max(self._max_length, span.end - span.start)
        self.rehighlight_range(span.start, span.end)

    def remove_span(self, annotation_id: str) -> Span | None:
        span = self._by_id.pop(annotation_id, None)
        if span is not None:
            i = bisect_left(self._spans, span)
            del self._spans[i]
            del self._starts[i]
            self.rehighlight_range(span.start, span.end)
        return span

    def spans_at(self, position: int) -> list[Span]:
        """Spans covering a position, innermost first (used to pick under the cursor)."""
        lo = bisect_left(self._starts, position - self._max_length)
        hi = bisect_left(self._starts, position + 1)
        found = [s for s in self._spans[lo:hi] if s.start <= position < s.end]
        return sorted(found, key=lambda s: s.end - s.start)

    def rehighlight_range(self, start: int, end: int) -> None:
        doc = self.document()
        block = doc.findBlock(start)
        last = doc.findBlock(max(start, end - 1))
        while block.isValid():
            self.rehighlightBlock(block)
            if block == last:
                break
            block = block.next()

    # ---- drawing -------------------------------------------------------------------------

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt override)
        if not self._spans:
            return
        block_start = self.currentBlock().position()
        block_end = block_start + len(text) + 1
        lo = bisect_left(self._starts, block_start - self._max_length)
        hi = bisect_left(self._starts, block_end)
        active = [s for s in self._spans[lo:hi] if s.end > block_start]
        if not active:
            return
        if len(active) == 1:
            s = active[0]
            begin = max(s.start, block_start)
            self.setFormat(begin - block_start, min(s.end, block_end) - begin,
                           self._format((s.category_id,)))
            return
        # Overlapping or nested spans: cut the block at every boundary and give each piece
        # the format of all the spans covering it, so every span stays visible.
        cuts = sorted({block_start, block_end, *(max(s.start, block_start) for s in active),
                       *(min(s.end, block_end) for s in active)})
        for left, right in zip(cuts, cuts[1:]):
            covering = [s for s in active if s.start <= left and s.end >= right]
            if covering:
                covering.sort(key=lambda s: s.end - s.start, reverse=True)  # outermost first
                self.setFormat(left - block_start, right - left,
                               self._format(tuple(s.category_id for s in covering)))

    def _format(self, categories: tuple[str, ...]) -> QTextCharFormat:
        """Innermost category as background; outer ones as an underline; deeper is darker."""
        fmt = self._formats.get(categories)
        if fmt is None:
            fmt = QTextCharFormat()
            inner = QColor(self._colors.get(categories[-1], QColor("#bbbbbb")))
            inner.setAlpha(min(255, 110 + 50 * (len(categories) - 1)))
            fmt.setBackground(inner)
            if len(categories) > 1:
                outer = QColor(self._colors.get(categories[0], QColor("#888888"))).darker(140)
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(outer)
                fmt.setFontUnderline(True)
            self._formats[categories] = fmt
        return fmt
