"""Suggestions in the window: computed off the GUI thread, listed for accept or reject.

spaCy's model takes seconds to load and tags about 10,000 words a second, so the engine
runs on a worker thread; the list shows what is neither annotated already nor rejected.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    Qt,
    QThread,
    Signal,
    Slot,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator.core.model import BUILTIN_CATEGORIES, category_label
from annotator.gui.i18n import interface_language
from annotator.suggest.gazetteer import Gazetteer
from annotator.suggest.model import Suggestion

# The built-in categories suggestions are made for, with their English names; shown in the
# interface language by category_name().
_BUILTINS = {c.id: c for c in BUILTIN_CATEGORIES}
CATEGORY_NAMES = {cid: c.name for cid, c in _BUILTINS.items()}
# The figure engine's qualifiers, normalised in English ("plus de" → "more than"); shown
# in the interface language.
QUALIFIERS = frozenset((
    QT_TRANSLATE_NOOP("Suggesting", "about"), QT_TRANSLATE_NOOP("Suggesting", "at least"),
    QT_TRANSLATE_NOOP("Suggesting", "at most"), QT_TRANSLATE_NOOP("Suggesting", "less than"),
    QT_TRANSLATE_NOOP("Suggesting", "more than"), QT_TRANSLATE_NOOP("Suggesting", "nearly"),
    QT_TRANSLATE_NOOP("Suggesting", "up to"), QT_TRANSLATE_NOOP("Suggesting", "since"),
    QT_TRANSLATE_NOOP("Suggesting", "before"), QT_TRANSLATE_NOOP("Suggesting", "after"),
    QT_TRANSLATE_NOOP("Suggesting", "by"), QT_TRANSLATE_NOOP("Suggesting", "until"),
    QT_TRANSLATE_NOOP("Suggesting", "from"),
))


def category_name(category_id: str) -> str:
    """A built-in category's name in the interface language."""
    category = _BUILTINS.get(category_id)
    return category_label(category, interface_language()) if category else category_id


class _Runner(QObject):
    """Lives on the worker thread: one article at a time, in the order asked."""

    done = Signal(str, object)  # article id, [Suggestion] or an error message (str)

    @Slot(str, str, str, object)
    def run(self, article_id: str, text: str, lang: str, gazetteer: Gazetteer) -> None:
        from annotator.suggest.engine import suggest

        try:
            found = suggest(text, lang or "auto", gazetteer)
        except Exception as exc:  # noqa: BLE001 -- shown to the user; the window goes on
            found = QCoreApplication.translate(
                "Suggesting", "Suggestions failed: {error}").format(error=exc)
        self.done.emit(article_id, found)


class SuggestService(QObject):
    """The suggestion engine on one worker thread, fed from a queue.

    One thread, not one per request: spaCy's pipeline is loaded once and never used by two
    threads at a time. The open article goes to the front of the queue (urgent); articles
    suggested after an import wait behind it. Emits found(article_id, result) for each,
    then progress(done, total) while a background batch is under way.
    """

    found = Signal(str, object)  # article id, [Suggestion] or an error message (str)
    progress = Signal(int, int)  # background articles done, background articles asked
    _run = Signal(str, str, str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[str, str, str, Gazetteer, bool]] = deque()
        self._current: str | None = None  # the article on the worker now
        self._current_urgent = False
        self._batch_done = self._batch_total = 0
        self._thread: QThread | None = None
        self._runner: _Runner | None = None

    def request(self, article_id: str, text: str, lang: str, gazetteer: Gazetteer,
                urgent: bool = False) -> None:
        if self.pending(article_id):
            if not urgent or self._current == article_id:
                return
            self._drop(article_id)  # moves to the front
        if urgent:
            self._queue.appendleft((article_id, text, lang, gazetteer, True))
        else:
            self._queue.append((article_id, text, lang, gazetteer, False))
            self._batch_total += 1
        self._next()

    def pending(self, article_id: str) -> bool:
        """Being suggested or waiting for it."""
        return self._current == article_id or any(i[0] == article_id for i in self._queue)

    def busy(self) -> bool:
        return self._current is not None or bool(self._queue)

    def background_left(self) -> int:
        return sum(1 for item in self._queue if not item[4])

    def cancel_background(self) -> None:
        """Forget the queued batch; the article on the worker now still finishes."""
        self._queue = deque(item for item in self._queue if item[4])
        self._batch_done = self._batch_total = 0
        self.progress.emit(0, 0)

    def shutdown(self) -> None:
        """Empty the queue and wait for the article on the worker (the project is closing)."""
        self._queue.clear()
        self._batch_done = self._batch_total = 0
        if self._thread is not None:
            self._runner.done.disconnect(self._on_done)
            self._thread.quit()
            self._thread.wait()
            self._runner.deleteLater()
            self._thread = self._runner = None
        self._current = None

    def _drop(self, article_id: str) -> None:
        kept = deque(item for item in self._queue if item[0] != article_id)
        self._batch_total -= sum(1 for item in self._queue
                                 if item[0] == article_id and not item[4])
        self._queue = kept

    def _next(self) -> None:
        if self._current is not None or not self._queue:
            return
        if self._thread is None:
            self._thread = QThread()
            self._runner = _Runner()
            self._runner.moveToThread(self._thread)
            self._run.connect(self._runner.run)  # queued: runs on the worker thread
            self._runner.done.connect(self._on_done)
            self._thread.start()
        article_id, text, lang, gazetteer, urgent = self._queue.popleft()
        self._current, self._current_urgent = article_id, urgent
        self._run.emit(article_id, text, lang, gazetteer)

    @Slot(str, object)
    def _on_done(self, article_id: str, result) -> None:
        self._current = None
        background = not self._current_urgent and self._batch_total > 0
        if background:
            self._batch_done += 1
        self.found.emit(article_id, result)
        if background:
            self.progress.emit(self._batch_done, self._batch_total)
            if self.background_left() == 0:
                self._batch_done = self._batch_total = 0
        self._next()


class _SuggestionList(QListWidget):
    """Enter accepts, Backspace (or Delete) rejects, the arrows move."""

    accept_pressed = Signal()
    reject_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt override)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_pressed.emit()
        elif event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self.reject_pressed.emit()
        else:
            super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    accept_requested = Signal(object)  # [Suggestion]
    reject_requested = Signal(object)  # [Suggestion]
    suggestion_selected = Signal(object)  # Suggestion
    suggest_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Suggestions"))
        self.suggestions: list[Suggestion] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setAccessibleName(self.tr("Show suggestions of"))
        self.filter.addItem(self.tr("All categories"), "")
        for category in CATEGORY_NAMES:
            self.filter.addItem(category_name(category), category)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.suggest_button = QPushButton(self.tr("&Suggest"))
        self.suggest_button.setToolTip(self.tr("Find quotes, figures and parties in this article"))
        self.suggest_button.clicked.connect(self.suggest_requested)
        top.addWidget(self.filter, 1)
        top.addWidget(self.suggest_button)
        layout.addLayout(top)
        self.status = QLabel(self.tr("Press Suggest to find quotes, figures and parties."))
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = _SuggestionList()
        self.list.setAccessibleName(self.tr("Suggested annotations"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.accept_pressed.connect(self.accept_selected)
        self.list.reject_pressed.connect(self.reject_selected)
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Make the selected suggestions annotations (Enter)"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton(self.tr("&Reject"))
        self.reject_button.setToolTip(
            self.tr("Never suggest these again in this article (Backspace)"))
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button = QPushButton(self.tr("Accept A&ll Shown"))
        self.accept_all_button.setToolTip(self.tr("Accept every suggestion the list shows"))
        self.accept_all_button.clicked.connect(self.accept_all_shown)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        layout.addLayout(buttons)
        layout.addWidget(self.accept_all_button)  # its own row: the pane stays narrow
        self._update_buttons()

    def set_busy(self, message: str) -> None:
        self.status.setText(message)
        self.suggest_button.setEnabled(False)

    def set_suggestions(self, suggestions: list[Suggestion], message: str = "") -> None:
        """Show these (already without the annotated and the rejected), keeping the place."""
        row = self.list.currentRow()
        self.suggestions = suggestions
        self._fill(max(row, 0))
        self.suggest_button.setEnabled(True)
        if not message:
            counts = {c: sum(s.category == c for s in suggestions) for c in CATEGORY_NAMES}
            message = self.tr("%n suggestion(s): {quotes}, {figures}, {parties}", "",
                              len(suggestions)).format(
                quotes=self.tr("%n quote(s)", "", counts["quote"]),
                figures=self.tr("%n figure(s)", "", counts["figure"]),
                parties=self.tr("%n party(ies)", "", counts["party"]))
        self.status.setText(message)

    def shown(self) -> list[Suggestion]:
        category = self.filter.currentData()
        return [s for s in self.suggestions if not category or s.category == category]

    def selected(self) -> list[Suggestion]:
        return [item.data(Qt.ItemDataRole.UserRole) for item in self.list.selectedItems()]

    def accept_selected(self) -> None:
        if self.selected():
            self.accept_requested.emit(self.selected())

    def reject_selected(self) -> None:
        if self.selected():
            self.reject_requested.emit(self.selected())

    def step(self, step: int) -> Suggestion | None:
        """Make the next (1) or previous (-1) suggestion the only one selected; the first
        one when none is current. Returns it (None at either end, or with none)."""
        count = self.list.count()
        if not count:
            return None
        row = self.list.currentRow()
        row = 0 if row < 0 or not self.list.currentItem().isSelected() else row + step
        if not 0 <= row < count:
            return None
        self.list.setCurrentRow(row)  # selects only it (and shows it in the text)
        return self.list.item(row).data(Qt.ItemDataRole.UserRole)

    def accept_all_shown(self) -> None:
        if self.shown():
            self.accept_requested.emit(self.shown())

    def _fill(self, row: int = 0) -> None:
        self.list.clear()
        for s in self.shown():
            item = QListWidgetItem(describe(s))
            item.setData(Qt.ItemDataRole.UserRole, s)
            item.setToolTip(self.tr("Confidence {percent}%").format(
                percent=round(s.confidence * 100)))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        self._update_buttons()

    def _current_changed(self, current, _previous) -> None:
        self._update_buttons()
        if current is not None:
            self.suggestion_selected.emit(current.data(Qt.ItemDataRole.UserRole))

    def _update_buttons(self) -> None:
        has = self.list.count() > 0
        for button in (self.accept_button, self.reject_button, self.accept_all_button):
            button.setEnabled(has)


def describe(s: Suggestion) -> str:
    """One line for the list: what, where, and what the engine read into it."""
    text = " ".join(s.text.split())
    text = text if len(text) <= 90 else text[:89] + "…"
    if s.category == "quote":
        who = s.speaker or QCoreApplication.translate("Suggesting", "speaker unknown")
        if s.kind == "term":
            line = QCoreApplication.translate("Suggesting",
                                              "Quote (term) — {speaker}: « {text} »")
        else:
            line = QCoreApplication.translate("Suggesting", "Quote — {speaker}: « {text} »")
        return line.format(speaker=who, text=text)
    if s.category == "figure":
        value = s.value if s.value is not None else "?"
        unit = f" {s.unit}" if s.unit and s.unit != "date" else ""
        qualifier = s.qualifier
        if qualifier in QUALIFIERS:
            qualifier = QCoreApplication.translate("Suggesting", qualifier)
        qualifier = f"{qualifier} " if qualifier else ""
        return QCoreApplication.translate("Suggesting", "Figure — {text}  = {value}").format(
            text=text, value=f"{qualifier}{value}{unit}")
    name = f" → {s.name}" if s.name and s.name != s.text else ""
    if s.kind == "person":
        kind = QCoreApplication.translate("Suggesting", "person")
    elif s.kind == "organisation":
        kind = QCoreApplication.translate("Suggesting", "organisation")
    else:
        kind = s.kind
    return QCoreApplication.translate("Suggesting", "Party ({kind}) — {text}{name}").format(
        kind=kind, text=text, name=name)
