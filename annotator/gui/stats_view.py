"""Annotate ▸ Statistics…: a dashboard of the project, or of the open article.

Four charts drawn with QPainter (PySide6-Essentials has no QtCharts): categories by
status, the most quoted parties, figures by unit and each editor's work over time, with
the totals as text. Colour never carries meaning alone: statuses, link kinds and created
or changed work also differ by hatching, and every chart's accessible description gives
its numbers as text.

The counts come from store/stats.py. On a large project they take a second or two, so
they are read on a worker thread through a second, read-only connection (WAL lets it
read beside the window's); changes to the project refresh the dashboard 300 ms after the
last one, so annotating never waits for it.
"""

from __future__ import annotations

import contextlib
import math
import os
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QObject,
    QPoint,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import category_label
from annotator.gui.i18n import interface_language
from annotator.store.stats import Statistics, open_reader, statistics

REFRESH_DELAY_MS = 300  # after the last change, so a burst of edits costs one refresh
EXPORT_PIXEL_RATIO = 2
# Hatchings that tell series apart without colour (statuses, link kinds, created/changed).
HATCHES = ("solid", "diagonal", "dots", "cross", "back", "horizontal", "vertical", "grid")
# Shades of one category colour for successive statuses (QColor.lighter/darker factors).
SHADES = (100, 135, 72, 160, 58, 118, 86, 145)
# Okabe and Ito's palette, distinguishable with the common colour-vision deficiencies.
EDITOR_COLORS = ("#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00",
                 "#999999")
MAX_EDITOR_LANES = 6  # more editors: the quietest are summed as "Others"
MAX_UNITS = 8  # more units: the rarest are summed as "Other units"
NOTHING_YET = QT_TRANSLATE_NOOP("Chart", "Nothing to show yet")  # shown translated


def _num(n: int) -> str:
    """12345 → "12,345" (English) or "12 345" (French): the interface's digit grouping."""
    return QLocale().toString(n)


def _compact(n: int) -> str:
    """12,345 → "12.3k": for labels with no room for every digit."""
    if n < 10_000:
        return _num(n)
    if n < 1_000_000:
        return f"{QLocale().toString(n / 1000, 'f', 1)}k" if n < 100_000 else f"{n // 1000}k"
    return f"{QLocale().toString(n / 1_000_000, 'f', 1)}M"


def _editor_name(name: str) -> str:
    return name or QCoreApplication.translate("ActivityChart", "(no name)")


def _category_name(category) -> str:
    """A category's name for the reader (an untouched built-in in the interface language)."""
    return category_label(category, interface_language())


def _contrast(color: QColor) -> QColor:
    """Black or white, whichever reads better on `color`."""
    luminance = 0.2126 * color.redF() + 0.7152 * color.greenF() + 0.0722 * color.blueF()
    return QColor("#111111") if luminance > 0.5 else QColor("#ffffff")


def _shade(color: QColor, index: int) -> QColor:
    factor = SHADES[index % len(SHADES)]
    return color.lighter(factor) if factor >= 100 else color.darker(round(10000 / factor))


def _ticks(maximum: int) -> list[int]:
    """0 and round steps (1, 2 or 5 × 10ⁿ) up to at least `maximum`: four or five ticks."""
    if maximum <= 0:
        return [0, 1]
    raw = maximum / 4
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    top = math.ceil(maximum / step) * step
    return list(range(0, top + 1, step))


def fill_series(painter: QPainter, rect: QRectF, color: QColor, hatch: str) -> None:
    """A bar segment or swatch: the colour, then a hatching drawn in logical units (Qt's
    pattern brushes are device pixels: too fine to see in a double-resolution export)."""
    painter.save()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRect(rect)
    if hatch != "solid" and rect.width() > 0 and rect.height() > 0:
        ink = QColor(0, 0, 0, 120) if _contrast(color).lightness() < 128 else \
            QColor(255, 255, 255, 170)
        painter.setClipRect(rect, Qt.ClipOperation.IntersectClip)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(ink, 1.3)
        painter.setPen(pen)
        step = 6.0
        left, top, right, bottom = rect.left(), rect.top(), rect.right(), rect.bottom()
        path = QPainterPath()
        if hatch in ("diagonal", "cross"):
            x = left - rect.height()
            while x < right:
                path.moveTo(x, bottom)
                path.lineTo(x + rect.height(), top)
                x += step
        if hatch in ("back", "cross"):
            x = left - rect.height()
            while x < right:
                path.moveTo(x, top)
                path.lineTo(x + rect.height(), bottom)
                x += step
        if hatch in ("horizontal", "grid"):
            y = top + step / 2
            while y < bottom:
                path.moveTo(left, y)
                path.lineTo(right, y)
                y += step
        if hatch in ("vertical", "grid"):
            x = left + step / 2
            while x < right:
                path.moveTo(x, top)
                path.lineTo(x, bottom)
                x += step
        painter.drawPath(path)
        if hatch == "dots":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(ink)
            y, row = top + 2.5, 0
            while y < bottom:
                x = left + (2.5 if row % 2 == 0 else 5.5)
                while x < right:
                    painter.drawEllipse(QPointF(x, y), 1.2, 1.2)
                    x += 6
                y += 3.5
                row += 1
    painter.restore()


class Chart(QWidget):
    """A titled chart card. Subclasses paint their body and describe their numbers."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.hint = hint  # under "Nothing to show yet": what would fill this chart
        self.stats: Statistics | None = None
        self.setAccessibleName(title)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable by screen-reader users
        self.setMinimumSize(460, 310)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        # Subclassed: Chart's strings take a literal context, not self.tr.
        self.setAccessibleDescription(
            self.describe() if self.has_data() else
            QCoreApplication.translate("Chart", "Nothing to show yet. {hint}").format(
                hint=self.hint))
        self.update()

    def has_data(self) -> bool:
        raise NotImplementedError

    def describe(self) -> str:
        raise NotImplementedError

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        raise NotImplementedError

    # ---- painting ------------------------------------------------------------------------

    def text_color(self) -> QColor:
        return self.palette().color(QPalette.ColorRole.Text)

    def muted_color(self) -> QColor:
        color = QColor(self.text_color())
        color.setAlphaF(0.65)
        return color

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.9))
        return font

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        palette = self.palette()
        card = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(card, 6, 6)
        inner = QRectF(self.rect()).adjusted(14, 10, -14, -10)
        title_font = QFont(self.font())
        title_font.setBold(True)
        title_font.setPointSizeF(self.font().pointSizeF() * 1.15)
        metrics = QFontMetricsF(title_font)
        painter.setFont(title_font)
        painter.setPen(self.text_color())
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), metrics.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         metrics.elidedText(self.title, Qt.TextElideMode.ElideRight,
                                            inner.width()))
        body = inner.adjusted(0, metrics.height() + 8, 0, 0)
        painter.setFont(self.font())
        if self.stats is None or not self.has_data():
            self._paint_nothing(painter, body)
        else:
            self.paint_body(painter, body)
        painter.end()

    def _paint_nothing(self, painter: QPainter, rect: QRectF) -> None:
        metrics = QFontMetricsF(self.font())
        big = QFont(self.font())
        big.setPointSizeF(self.font().pointSizeF() * 1.2)
        painter.setFont(big)
        painter.setPen(self.muted_color())
        middle = rect.center().y()
        big_height = QFontMetricsF(big).height()
        painter.drawText(QRectF(rect.left(), middle - big_height, rect.width(), big_height),
                         Qt.AlignmentFlag.AlignCenter,
                         QCoreApplication.translate("Chart", "Computing…")
                         if self.stats is None else
                         QCoreApplication.translate("Chart", NOTHING_YET))
        if self.stats is not None:
            painter.setFont(self.font())
            painter.drawText(QRectF(rect.left() + 20, middle + 4, rect.width() - 40,
                                    metrics.height() * 3),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop
                             | Qt.TextFlag.TextWordWrap, self.hint)

    def paint_legend(self, painter: QPainter, rect: QRectF,
                     items: list[tuple[str, QColor, str]]) -> float:
        """Swatches and labels flowing over as many lines as needed; returns the height."""
        painter.save()
        painter.setFont(self.small_font())
        metrics = QFontMetricsF(self.small_font())
        box = metrics.height() * 0.9
        x, y = rect.left(), rect.top()
        for label, color, hatch in items:
            width = box + 5 + metrics.horizontalAdvance(label) + 14
            if x > rect.left() and x + width > rect.right():
                x, y = rect.left(), y + metrics.height() + 4
            swatch = QRectF(x, y + (metrics.height() - box) / 2, box, box)
            fill_series(painter, swatch, color, hatch)
            painter.setPen(QPen(self.muted_color(), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(swatch)
            painter.setPen(self.text_color())
            painter.drawText(QRectF(x + box + 5, y, width, metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
            x += width
        painter.restore()
        return y - rect.top() + metrics.height()

    def paint_axis_title(self, painter: QPainter, text: str, rect: QRectF,
                         vertical: bool = False) -> None:
        painter.save()
        painter.setFont(self.small_font())
        painter.setPen(self.muted_color())
        if vertical:  # read bottom to top, centred on the rect
            painter.translate(rect.center())
            painter.rotate(-90)
            painter.drawText(QRectF(-rect.height() / 2, -rect.width() / 2, rect.height(),
                                    rect.width()), Qt.AlignmentFlag.AlignCenter, text)
        else:
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()

    def paint_value(self, painter: QPainter, rect: QRectF, value: int, background: QColor,
                    hatch: str) -> None:
        """A number inside a bar segment, when it fits; on a pale pill over hatchings."""
        metrics = QFontMetricsF(self.small_font())
        text = _num(value)
        width = metrics.horizontalAdvance(text) + 6
        if value <= 0 or rect.width() < width or rect.height() < metrics.height():
            return
        painter.save()
        painter.setFont(self.small_font())
        if hatch != "solid":
            pill = QRectF(0, 0, width, metrics.height()).translated(
                rect.center().x() - width / 2, rect.center().y() - metrics.height() / 2)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 215))
            painter.drawRoundedRect(pill, 3, 3)
            painter.setPen(QColor("#111111"))
        else:
            painter.setPen(_contrast(background))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()


class HorizontalBars(Chart):
    """Rows of horizontal bars, each split into series: parties, units."""

    axis_title = ""
    rows_title = ""

    def series(self) -> list[tuple[str, QColor, str]]:
        """(name, colour, hatching) of each part of a bar."""
        raise NotImplementedError

    def rows(self) -> list[tuple[str, list[int]]]:
        """(label, one value per series) from top to bottom."""
        raise NotImplementedError

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        series, rows = self.series(), self.rows()
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self.small_font())
        top = rect.top()
        if len(series) > 1:
            top += self.paint_legend(painter, rect, series) + 8
        maximum = max((sum(values) for _label, values in rows), default=0)
        ticks = _ticks(maximum)
        names_width = min(max(metrics.horizontalAdvance(label) for label, _v in rows) + 8,
                          rect.width() * 0.36)
        totals_width = small.horizontalAdvance(_num(ticks[-1])) + 10
        axis_left = rect.left() + small.height() + 6 + names_width
        plot = QRectF(axis_left, top, rect.right() - totals_width - axis_left,
                      rect.bottom() - top - 2 * small.height() - 8)
        self.paint_axis_title(painter, self.rows_title,
                              QRectF(rect.left(), plot.top(), small.height(), plot.height()),
                              vertical=True)
        scale = plot.width() / ticks[-1]
        self._paint_ticks(painter, plot, ticks, scale, small)
        row_height = min(plot.height() / max(len(rows), 1), metrics.height() * 2.2)
        for index, (label, values) in enumerate(rows):
            y = plot.top() + index * row_height
            bar = QRectF(plot.left(), y + row_height * 0.18, 0, row_height * 0.64)
            painter.setPen(self.text_color())
            painter.drawText(QRectF(axis_left - names_width - 4, y, names_width, row_height),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(label, Qt.TextElideMode.ElideRight,
                                                names_width - 4))
            x = plot.left()
            for (_name, color, hatch), value in zip(series, values, strict=True):
                part = QRectF(x, bar.top(), value * scale, bar.height())
                fill_series(painter, part, color, hatch)
                if len(series) > 1:
                    self.paint_value(painter, part, value, color, hatch)
                x += value * scale
            painter.save()
            painter.setFont(self.small_font())
            painter.setPen(self.text_color())
            painter.drawText(QRectF(x + 4, y, totals_width + plot.right() - x, row_height),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             _num(sum(values)))
            painter.restore()
        painter.setPen(QPen(self.muted_color(), 1))
        painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
        self.paint_axis_title(painter, self.axis_title,
                              QRectF(plot.left(), plot.bottom() + small.height() + 6,
                                     plot.width(), small.height()))

    def _paint_ticks(self, painter: QPainter, plot: QRectF, ticks: list[int], scale: float,
                     small: QFontMetricsF) -> None:
        painter.save()
        painter.setFont(self.small_font())
        grid = QColor(self.muted_color())
        grid.setAlphaF(0.18)
        last_right = -1e9
        for tick in ticks:
            x = plot.left() + tick * scale
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            text = _num(tick)
            width = small.horizontalAdvance(text)
            if x - width / 2 > last_right + 6:
                painter.setPen(self.muted_color())
                painter.drawText(QRectF(x - width / 2 - 2, plot.bottom() + 3, width + 4,
                                        small.height()), Qt.AlignmentFlag.AlignCenter, text)
                last_right = x + width / 2
        painter.restore()


class CategoryStatusChart(Chart):
    """Stacked columns: one per category in its colour, one part per status (shade and
    hatching)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("CategoryStatusChart",
                                       "Annotations by category and status"),
            QCoreApplication.translate("CategoryStatusChart",
                                       "Highlight quotes, figures and parties in an article: "
                                       "they are counted here by category and verification "
                                       "status."), parent)

    def has_data(self) -> bool:
        return not self.stats.empty

    def _statuses(self):
        """The statuses in use, with their place among all (which sets shade and hatching)."""
        return [(i, s) for i, s in enumerate(self.stats.statuses)
                if self.stats.status_total(s.id)]

    def _categories(self):
        shown = self.stats.categories
        if len(shown) > 10:  # too many to read: those in use only
            shown = [c for c in shown if self.stats.category_total(c.id)]
        return shown

    def describe(self) -> str:
        parts = []
        for category in self._categories():
            counts = [f"{s.label} {_num(self.stats.count(category.id, s.id))}"
                      for _i, s in self._statuses() if self.stats.count(category.id, s.id)]
            total = _num(self.stats.category_total(category.id))
            name = _category_name(category)
            if counts:
                parts.append(self.tr("{category}: {total} ({statuses})").format(
                    category=name, total=total, statuses=", ".join(counts)))
            else:
                parts.append(self.tr("{category}: {total}").format(category=name, total=total))
        return self.tr("Live annotations by category and status. {details}.").format(
            details="; ".join(parts))

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        stats = self.stats
        statuses, categories = self._statuses(), self._categories()
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self.small_font())
        legend = [(s.label, _shade(QColor("#b0b0b0"), i), HATCHES[i % len(HATCHES)])
                  for i, s in statuses]
        top = rect.top() + self.paint_legend(painter, rect, legend) + 10
        maximum = max(stats.category_total(c.id) for c in categories)
        ticks = _ticks(maximum)
        ticks_width = max(small.horizontalAdvance(_num(t)) for t in ticks) + 6
        left = rect.left() + small.height() + 6 + ticks_width
        plot = QRectF(left, top + small.height() + 4, rect.right() - left,
                      rect.bottom() - top - small.height() - 4 - metrics.height()
                      - small.height() - 12)
        self.paint_axis_title(painter, self.tr("Annotations"),
                              QRectF(rect.left(), plot.top(), small.height(), plot.height()),
                              vertical=True)
        scale = plot.height() / ticks[-1]
        painter.save()
        painter.setFont(self.small_font())
        grid = QColor(self.muted_color())
        grid.setAlphaF(0.18)
        for tick in ticks:
            y = plot.bottom() - tick * scale
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(self.muted_color())
            painter.drawText(QRectF(plot.left() - ticks_width - 2, y - small.height() / 2,
                                    ticks_width - 2, small.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             _num(tick))
        painter.restore()
        slot = plot.width() / len(categories)
        bar_width = min(slot * 0.62, 84.0)
        for index, category in enumerate(categories):
            x = plot.left() + index * slot + (slot - bar_width) / 2
            y = plot.bottom()
            color = QColor(category.color)
            for i, status in statuses:
                value = stats.count(category.id, status.id)
                if not value:
                    continue
                part = QRectF(x, y - value * scale, bar_width, value * scale)
                shaded, hatch = _shade(color, i), HATCHES[i % len(HATCHES)]
                fill_series(painter, part, shaded, hatch)
                self.paint_value(painter, part, value, shaded, hatch)
                y -= value * scale
            total = stats.category_total(category.id)
            painter.save()
            bold = QFont(self.small_font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(self.text_color())
            painter.drawText(QRectF(x - 10, y - small.height() - 2, bar_width + 20,
                                    small.height()), Qt.AlignmentFlag.AlignCenter, _num(total))
            painter.restore()
            painter.setPen(self.text_color())
            painter.drawText(QRectF(plot.left() + index * slot + 2, plot.bottom() + 4,
                                    slot - 4, metrics.height()), Qt.AlignmentFlag.AlignCenter,
                             metrics.elidedText(_category_name(category),
                                                Qt.TextElideMode.ElideRight, slot - 4))
        painter.setPen(QPen(self.muted_color(), 1))
        painter.drawLine(QPointF(plot.left(), plot.bottom()),
                         QPointF(plot.right(), plot.bottom()))
        self.paint_axis_title(painter, self.tr("Category"), QRectF(
            plot.left(), plot.bottom() + metrics.height() + 8, plot.width(), small.height()))


class PartiesChart(HorizontalBars):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("PartiesChart", "Most quoted parties"),
            QCoreApplication.translate("PartiesChart",
                                       "Link quotes to their speaker, party mentions to their "
                                       "party and claims to their claimant to see who is "
                                       "quoted most."), parent)
        self.axis_title = self.tr("Quotes, mentions and claims")
        self.rows_title = self.tr("Party")

    def has_data(self) -> bool:
        return bool(self.stats.parties)

    def series(self):
        colors = {c.kind: c.color for c in self.stats.categories}
        return [(self.tr("Quotes (speaker)"), QColor(colors.get("quote", "#f2c14e")), "solid"),
                (self.tr("Mentions"), QColor(colors.get("party", "#9ad16b")), "diagonal"),
                (self.tr("Claims (claimant)"), QColor(colors.get("figure", "#5fb0e8")),
                 "dots")]

    def rows(self):
        return [(p.name, [p.quotes, p.mentions, p.claims]) for p in self.stats.parties]

    def describe(self) -> str:
        parts = [self.tr("{party}: {quotes}, {mentions}, {claims}").format(
            party=p.name, quotes=self.tr("%Ln quote(s)", "", p.quotes),
            mentions=self.tr("%Ln mention(s)", "", p.mentions),
            claims=self.tr("%Ln claim(s)", "", p.claims)) for p in self.stats.parties]
        return self.tr("Most quoted parties, most quotes first. {details}.").format(
            details="; ".join(parts))


class UnitsChart(HorizontalBars):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("UnitsChart", "Figures by unit"),
            QCoreApplication.translate("UnitsChart",
                                       "Mark figures and give them a unit (%, €, jobs…) to "
                                       "count them here by unit."), parent)
        self.axis_title = self.tr("Figures")
        self.rows_title = self.tr("Unit")

    def has_data(self) -> bool:
        return bool(self.stats.units)

    def series(self):
        color = next((c.color for c in self.stats.categories if c.kind == "figure"), "#5fb0e8")
        return [(self.tr("Figures"), QColor(color), "solid")]

    def rows(self):
        units = self.stats.units
        if len(units) > MAX_UNITS:
            rest = units[MAX_UNITS - 1:]
            units = [*units[:MAX_UNITS - 1],
                     (self.tr("%Ln other unit(s)", "", len(rest)), sum(n for _u, n in rest))]
        return [(unit, [n]) for unit, n in units]

    def describe(self) -> str:
        return self.tr("Figures by unit, most used first. {details}.").format(
            details="; ".join(self.tr("{unit}: {count}").format(unit=unit, count=_num(n))
                              for unit, n in self.stats.units))


class ActivityChart(Chart):
    """One lane per editor: a column per day or week, created (solid) under changed
    (hatched), on one scale for all lanes so that they compare."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ActivityChart", "Work per editor"),
            QCoreApplication.translate("ActivityChart",
                                       "Annotations created and changed by each editor appear "
                                       "here, per day or per week."), parent)

    def has_data(self) -> bool:
        return bool(self.stats.activity)

    def lanes(self) -> list[tuple[str, tuple[int, ...], tuple[int, ...]]]:
        activity = self.stats.activity
        lanes = [(_editor_name(a.editor), a.created, a.changed) for a in activity]
        if len(lanes) > MAX_EDITOR_LANES:
            rest = activity[MAX_EDITOR_LANES - 1:]
            lanes = [*lanes[:MAX_EDITOR_LANES - 1],
                     (self.tr("%Ln other(s)", "", len(rest)),
                      tuple(map(sum, zip(*(a.created for a in rest), strict=True))),
                      tuple(map(sum, zip(*(a.changed for a in rest), strict=True))))]
        return lanes

    def _span(self) -> str:
        periods = self.stats.periods
        first, last = periods[0], periods[-1]
        if self.stats.period == "day":
            if len(periods) > 1:
                return self.tr("Day, {first} to {last}").format(first=first, last=last)
            return self.tr("Day, {first}").format(first=first)
        if len(periods) > 1:
            return self.tr("ISO week, {first} to {last}").format(first=first, last=last)
        return self.tr("ISO week, {first}").format(first=first)

    def _work(self, created: int, changed: int) -> str:
        """“3 created, 1 changed”."""
        return self.tr("{created}, {changed}").format(
            created=self.tr("%Ln created", "", created),
            changed=self.tr("%Ln changed", "", changed))

    def describe(self) -> str:
        parts = []
        for name, created, changed in self.lanes():
            busy = [self.tr("{period}: {work}").format(period=period,
                                                      work=self._work(made, touched))
                    for period, made, touched in zip(self.stats.periods, created, changed,
                                                     strict=True) if made or touched]
            work = self._work(sum(created), sum(changed))
            if busy:
                parts.append(self.tr("{editor}: {work} ({periods})").format(
                    editor=name, work=work, periods="; ".join(busy)))
            else:
                parts.append(self.tr("{editor}: {work}").format(editor=name, work=work))
        if self.stats.period == "day":
            text = self.tr("Annotations created and changed per editor and day, {span}. "
                           "{details}.")
        else:
            text = self.tr("Annotations created and changed per editor and ISO week, {span}. "
                           "{details}.")
        return text.format(span=self._span(), details=". ".join(parts))

    def _period_label(self, period: str) -> str:
        if self.stats.period == "day":
            day = date.fromisoformat(period)
            month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
            return f"{day.day} {month}"
        return period[5:]  # "W18"

    def paint_body(self, painter: QPainter, rect: QRectF) -> None:
        stats = self.stats
        lanes = self.lanes()
        metrics = QFontMetricsF(self.font())
        small = QFontMetricsF(self.small_font())
        grey = QColor("#9a9a9a")
        top = rect.top() + self.paint_legend(painter, rect, [
            (self.tr("Created"), grey, "solid"),
            (self.tr("Changed (last change)"), grey.lighter(125), "diagonal")]) + 10
        names_width = rect.width() * 0.36
        summaries = [self.tr("{created} · {changed}").format(
            created=self.tr("%Ln created", "", sum(c)),
            changed=self.tr("%Ln changed", "", sum(t))) for _n, c, t in lanes]
        if max(small.horizontalAdvance(s) for s in summaries) + 10 > names_width:
            # The description has them in full.
            summaries = [self.tr("{created} · {changed}").format(
                created=self.tr("{count} created", "a count shortened as 12.3k").format(
                    count=_compact(sum(c))),
                changed=self.tr("{count} changed", "a count shortened as 12.3k").format(
                    count=_compact(sum(t)))) for _n, c, t in lanes]
        names_width = min(max(max(metrics.horizontalAdvance(n) for n, _c, _t in lanes),
                              max(small.horizontalAdvance(s) for s in summaries)) + 10,
                          names_width)
        left = rect.left() + small.height() + 6 + names_width
        plot = QRectF(left, top, rect.right() - left,
                      rect.bottom() - top - 2 * small.height() - 10)
        self.paint_axis_title(painter, self.tr("Editor"),
                              QRectF(rect.left(), plot.top(), small.height(), plot.height()),
                              vertical=True)
        lane_height = min(plot.height() / len(lanes), metrics.height() * 4)
        maximum = max(max((c + t for c, t in zip(created, changed, strict=True)), default=0)
                      for _n, created, changed in lanes) or 1
        periods = len(stats.periods)
        slot = plot.width() / periods
        bar_width = max(1.0, min(slot * 0.72, 40.0))
        label_room = small.height() + 1
        grid = QColor(self.muted_color())
        grid.setAlphaF(0.25)
        # Every column's number when they all fit; else each lane's tallest only.
        every_value = all(small.horizontalAdvance(_num(c + t)) + 2 <= slot
                          for _n, created, changed in lanes
                          for c, t in zip(created, changed, strict=True))
        for index, (name, created, changed) in enumerate(lanes):
            y = plot.top() + index * lane_height
            base = y + lane_height - 3
            scale = (lane_height - 6 - label_room) / maximum
            painter.setPen(self.text_color())
            painter.drawText(QRectF(rect.left() + small.height() + 6, y + lane_height / 2
                                    - metrics.height(), names_width - 8, metrics.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             metrics.elidedText(name, Qt.TextElideMode.ElideRight,
                                                names_width - 8))
            painter.save()
            painter.setFont(self.small_font())
            painter.setPen(self.muted_color())
            painter.drawText(QRectF(rect.left() + small.height() + 6, y + lane_height / 2,
                                    names_width - 8, small.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                             small.elidedText(summaries[index], Qt.TextElideMode.ElideRight,
                                              names_width - 8))
            painter.restore()
            color = QColor(EDITOR_COLORS[index % len(EDITOR_COLORS)])
            peak = max(range(periods), key=lambda i: created[i] + changed[i])
            for i in range(periods):
                x = plot.left() + i * slot + (slot - bar_width) / 2
                made = QRectF(x, base - created[i] * scale, bar_width, created[i] * scale)
                touched = QRectF(x, made.top() - changed[i] * scale, bar_width,
                                 changed[i] * scale)
                fill_series(painter, made, color, "solid")
                fill_series(painter, touched, color.lighter(125), "diagonal")
                value = created[i] + changed[i]
                text = _num(value)
                if value and (i == peak or every_value):
                    painter.save()
                    painter.setFont(self.small_font())
                    painter.setPen(self.text_color())
                    width = max(slot, small.horizontalAdvance(text) + 4)
                    painter.drawText(QRectF(x + bar_width / 2 - width / 2,
                                            touched.top() - small.height(), width,
                                            small.height()), Qt.AlignmentFlag.AlignCenter, text)
                    painter.restore()
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(plot.left(), base), QPointF(plot.right(), base))
        bottom = plot.top() + len(lanes) * lane_height
        painter.save()
        painter.setFont(self.small_font())
        painter.setPen(self.muted_color())
        widest = max(small.horizontalAdvance(self._period_label(p)) for p in stats.periods)
        every = max(1, math.ceil((widest + 8) / slot))
        for i in range(0, periods, every):
            x = plot.left() + (i + 0.5) * slot
            painter.drawText(QRectF(x - (widest + 8) / 2, bottom + 2, widest + 8,
                                    small.height()), Qt.AlignmentFlag.AlignCenter,
                             self._period_label(stats.periods[i]))
        painter.restore()
        self.paint_axis_title(painter, self._span(), QRectF(
            plot.left(), bottom + small.height() + 6, plot.width(), small.height()))


class StatisticsService(QObject):
    """Statistics of one project, read off the GUI thread through a second, read-only
    connection, one request at a time; asked again while busy, it keeps only the latest
    request and runs it next.

    A Python thread rather than a QThread: a QThread still running when it is destroyed
    aborts the process, and a window can go without closing its project first."""

    ready = Signal(object)  # Statistics
    failed = Signal(str)
    _finished = Signal(object)  # from the worker thread: Statistics or an error message

    def __init__(self, project, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self._reader = None
        self._opened = False
        self._thread: threading.Thread | None = None
        self._pending: tuple[str | None, str] | None = None
        self._running: str | None = None  # the article (None: project) being read
        self._interrupted = False  # what runs was stopped: its error is no news
        self._cancel = threading.Event()
        self._finished.connect(self._done)  # queued: delivered on the GUI thread

    def busy(self) -> bool:
        return self._thread is not None or self._pending is not None

    def request(self, article_id: str | None, lang: str) -> None:
        if self._thread is not None:
            if article_id != self._running:  # another scope: what runs is of no use now
                self._interrupted = True
                self._cancel.set()
            self._pending = (article_id, lang)
            return
        if not self._opened:
            self._opened = True
            self._reader = open_reader(self.project.conn)
            if self._reader is not None:
                # Checked every few thousand steps of SQLite, in every query: a read that
                # is no longer wanted stops within milliseconds ("interrupted").
                self._reader.set_progress_handler(self._cancel.is_set, 5000)
        if self._reader is None:  # no second connection (in memory): read here
            self._done(self._read(self.project.conn, article_id, lang))
            return
        self._running, self._interrupted = article_id, False
        self._cancel.clear()
        self._thread = threading.Thread(target=self._work, args=(article_id, lang),
                                        name="statistics", daemon=True)
        self._thread.start()

    @staticmethod
    def _read(conn, article_id: str | None, lang: str):
        try:
            return statistics(conn, article_id, lang=lang)
        except Exception as exc:  # noqa: BLE001 -- shown in the window, which goes on
            return QCoreApplication.translate(
                "StatisticsService", "The statistics could not be read: {error}").format(
                    error=exc)

    def _work(self, article_id: str | None, lang: str) -> None:  # on the worker thread
        result = self._read(self._reader, article_id, lang)
        with contextlib.suppress(RuntimeError):  # the window is gone
            self._finished.emit(result)

    @Slot(object)
    def _done(self, result) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        if isinstance(result, str):
            if not self._interrupted:
                self.failed.emit(result)
        else:
            self.ready.emit(result)
        self._interrupted = False
        if self._pending is not None:
            pending, self._pending = self._pending, None
            self.request(*pending)

    def shutdown(self) -> None:
        """Stop reading (a query under way is interrupted) and close the connection."""
        self._pending = None
        if self._thread is not None:
            self._finished.disconnect(self._done)
            self._cancel.set()
            self._reader.interrupt()
            self._thread.join()
            self._thread = None
        if self._reader is not None:
            self._reader.close()
            self._reader = None


class StatisticsDialog(QDialog):
    """The dashboard: scope, totals, four charts, Export PNG…. Non-modal."""

    refreshed = Signal(object)  # the Statistics now shown

    def __init__(self, project, current_article: Callable[[], tuple[str, str] | None],
                 language: Callable[[], str] = interface_language,
                 show_error: Callable[[str, str], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.current_article = current_article  # () → (id, title) of the open article
        self.language = language  # of the status labels ("en" or "fr")
        self._show_error = show_error
        self.stats: Statistics | None = None
        self.export_folder = ""
        self._stale = True
        self.setWindowTitle(self.tr("Statistics"))
        self.setModal(False)
        self.service = StatisticsService(project, self)
        self.service.ready.connect(self._show)
        self.service.failed.connect(self._failed)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_now)

        self.scope = QComboBox()
        self.scope.setAccessibleName(self.tr("Statistics of"))
        self.scope.addItem(self.tr("Whole project"), "project")
        self.scope.addItem(self.tr("Open article"), "article")
        self.scope.currentIndexChanged.connect(lambda _i: self.refresh_now())
        scope_label = QLabel(self.tr("&Show:"))
        scope_label.setBuddy(self.scope)
        self.status = QLabel()
        self.status.setAccessibleName(self.tr("Statistics status"))
        self.export_button = QPushButton(self.tr("Export &PNG…"))
        self.export_button.setToolTip(self.tr("Save the whole dashboard as a PNG image"))
        self.export_button.clicked.connect(self.export_png)
        top = QHBoxLayout()
        top.addWidget(scope_label)
        top.addWidget(self.scope)
        top.addWidget(self.status, 1)
        top.addWidget(self.export_button)

        # What Export PNG saves: heading, totals and charts.
        self.dashboard = QWidget()
        self.dashboard.setAccessibleName(self.tr("Statistics dashboard"))
        self.dashboard.setAutoFillBackground(True)
        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        heading_font = QFont(self.heading.font())
        heading_font.setBold(True)
        heading_font.setPointSizeF(heading_font.pointSizeF() * 1.3)
        self.heading.setFont(heading_font)
        self.heading.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setTextFormat(Qt.TextFormat.PlainText)
        self.totals.setWordWrap(True)
        self.totals.setAccessibleName(self.tr("Totals"))
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.category_chart = CategoryStatusChart()
        self.parties_chart = PartiesChart()
        self.units_chart = UnitsChart()
        self.activity_chart = ActivityChart()
        self.charts = (self.category_chart, self.parties_chart, self.units_chart,
                       self.activity_chart)
        grid = QGridLayout()
        grid.setSpacing(12)
        for index, chart in enumerate(self.charts):
            grid.addWidget(chart, index // 2, index % 2)
        inside = QVBoxLayout(self.dashboard)
        inside.setContentsMargins(16, 14, 16, 16)
        inside.addWidget(self.heading)
        inside.addWidget(self.totals)
        inside.addSpacing(6)
        inside.addLayout(grid, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.dashboard)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(1060, 860)
        self._update_scope_choice()

    # ---- what to show --------------------------------------------------------------------

    def article_scope(self) -> bool:
        return self.scope.currentData() == "article"

    def set_article_scope(self, on: bool) -> None:
        self.scope.setCurrentIndex(1 if on else 0)

    def _update_scope_choice(self) -> tuple[str, str] | None:
        """Name the open article in the scope list; none open: the whole project."""
        article = self.current_article()
        item = self.scope.model().item(1)
        item.setEnabled(article is not None)
        if article is not None:
            title = article[1]
            item.setText(self.tr("Open article: {title}").format(
                title=title if len(title) <= 50 else title[:49] + "…"))
        else:
            item.setText(self.tr("Open article (none open)"))
            if self.article_scope():
                self.scope.blockSignals(True)
                self.scope.setCurrentIndex(0)
                self.scope.blockSignals(False)
        return article

    def project_changed(self, change) -> None:
        """A change in the project (the window's bridge): refresh a little later."""
        if change.entity != "suggestion":  # pending suggestions are not counted
            self.schedule_refresh()

    def article_changed(self, *_current_and_previous) -> None:
        """The window opened another article (its list's currentChanged)."""
        self._update_scope_choice()
        if self.article_scope():
            self.schedule_refresh()

    def schedule_refresh(self) -> None:
        """Refresh REFRESH_DELAY_MS after the last call (while shown; else when shown)."""
        self._stale = True
        if self.isVisible():
            self._timer.start()

    def refresh_now(self) -> None:
        self._timer.stop()
        article = self._update_scope_choice()
        article_id = article[0] if article is not None and self.article_scope() else None
        self._stale = False
        self.status.setText(self.tr("Updating…"))
        self.service.request(article_id, self.language())

    def _show(self, stats: Statistics) -> None:
        article = self.current_article()
        wanted = article[0] if article is not None and self.article_scope() else None
        if stats.article_id != wanted:
            return  # asked before the scope changed; the right one is on its way
        self.stats = stats
        if not self.service.busy():
            self.status.setText("")
        name = self.project.path.name
        if stats.article_id is None:
            self.heading.setText(self.tr("{project} — whole project").format(project=name))
        else:
            self.heading.setText(self.tr("{project} — article “{title}”").format(
                project=name, title=article[1]))
        self.totals.setText(self.totals_text(stats))
        for chart in self.charts:
            chart.set_statistics(stats)
        self.refreshed.emit(stats)

    def _failed(self, message: str) -> None:
        self.status.setText(message)

    def totals_text(self, stats: Statistics) -> str:
        """“2 articles · 3 annotations · 1 verified (33%) · 0 orphans (…)”."""
        totals = stats.totals
        parts = [self.tr("%Ln article(s)", "", totals.articles),
                 self.tr("%Ln annotation(s)", "", totals.annotations),
                 self.tr("%Ln verified ({share}%)", "", totals.verified).format(
                     share=_num(round(totals.verified_share * 100))),
                 self.tr("%Ln orphan(s) (not placed since a revision)", "", totals.orphans)]
        return " · ".join(parts)

    # ---- export --------------------------------------------------------------------------

    def render_image(self) -> QImage:
        """The whole dashboard (also what is scrolled out of sight) at twice its size."""
        size: QSize = self.dashboard.size()
        image = QImage(size * EXPORT_PIXEL_RATIO, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(EXPORT_PIXEL_RATIO)
        image.fill(self.dashboard.palette().color(QPalette.ColorRole.Window))
        painter = QPainter(image)
        self.dashboard.render(painter, QPoint())
        painter.end()
        return image

    def export_png(self) -> Path | None:
        folder = self.export_folder or str(self.project.path.parent)
        suffix = "" if self.stats is None or self.stats.article_id is None else "-article"
        suggestion = str(Path(folder) / f"{self.project.path.stem}-statistics{suffix}.png")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export statistics as PNG"),
                                              suggestion, self.tr("PNG images (*.png)"))
        if not path:
            return None
        if not path.lower().endswith(".png"):
            path += ".png"
        return self.save_png(Path(path))

    def save_png(self, path: Path) -> Path | None:
        from annotator.io.atomic import write_atomically

        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        encoded = self.render_image().save(buffer, "PNG")
        buffer.close()
        try:
            if not encoded:
                raise OSError(self.tr("the image could not be encoded as PNG"))
            write_atomically(path, bytes(data))
        except OSError as exc:
            if not path.parent.is_dir():
                reason = self.tr("the folder {folder} does not exist").format(
                    folder=path.parent)
            elif not os.access(path.parent, os.W_OK):
                reason = self.tr("the folder {folder} cannot be written to").format(
                    folder=path.parent)
            else:
                reason = exc.strerror or str(exc)
            self.show_error(self.tr("Export PNG"),
                            self.tr("The statistics were not saved to {path}: {reason}.")
                            .format(path=path, reason=reason))
            return None
        self.export_folder = str(path.parent)
        self.status.setText(self.tr("Saved {file}").format(file=path.name))
        return path

    def show_error(self, title: str, message: str) -> None:
        if self._show_error is not None:
            self._show_error(title, message)
        else:
            QMessageBox.warning(self, title, message)

    # ---- life ----------------------------------------------------------------------------

    def showEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().showEvent(event)
        if self._stale:
            self.refresh_now()

    def shutdown(self) -> None:
        """The project is closing: stop reading it."""
        self._timer.stop()
        self.service.shutdown()
