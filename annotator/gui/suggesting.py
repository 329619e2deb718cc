"""Suggestions in the window: computed off the GUI thread, listed for accept or reject.

spaCy's model takes seconds to load and tags about 10,000 words a second, so the engine
runs on a worker thread; the list shows what is neither annotated already nor rejected.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
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

from annotator.suggest.gazetteer import Gazetteer
from annotator.suggest.model import Suggestion

CATEGORY_NAMES = {"quote": "Quote", "figure": "Figure", "party": "Party"}
PLURALS = {"quote": "quotes", "figure": "figures", "party": "parties"}


class _Runner(QObject):
    done = Signal(str, object)  # article id, [Suggestion] or an error message (str)

    def __init__(self, article_id: str, text: str, lang: str, gazetteer: Gazetteer) -> None:
        super().__init__()
        self.article_id, self.text, self.lang, self.gazetteer = article_id, text, lang, gazetteer

    @Slot()
    def run(self) -> None:
        from annotator.suggest.engine import suggest

        try:
            found = suggest(self.text, self.lang or "auto", self.gazetteer)
        except Exception as exc:  # noqa: BLE001 -- shown to the user; the window goes on
            found = f"Suggestions failed: {exc}"
        self.done.emit(self.article_id, found)


class SuggestJob(QObject):
    """Suggestions for one article on a worker thread; emits finished(article_id, result)."""

    finished = Signal(str, object)

    def __init__(self, article_id: str, text: str, lang: str, gazetteer: Gazetteer,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(article_id, text, lang, gazetteer)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.done.connect(self._on_done)

    def start(self) -> None:
        self._thread.start()

    def wait(self) -> None:
        self._runner.done.disconnect(self._on_done)
        self._thread.quit()
        self._thread.wait()

    @Slot(str, object)
    def _on_done(self, article_id: str, result) -> None:
        self._thread.quit()
        self._thread.wait()
        self.finished.emit(article_id, result)


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
        self.setAccessibleName("Suggestions")
        self.suggestions: list[Suggestion] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.filter = QComboBox()
        self.filter.setAccessibleName("Show suggestions of")
        self.filter.addItem("All categories", "")
        for category, name in CATEGORY_NAMES.items():
            self.filter.addItem(name, category)
        self.filter.currentIndexChanged.connect(lambda _i: self._fill())
        self.suggest_button = QPushButton("&Suggest")
        self.suggest_button.setToolTip("Find quotes, figures and parties in this article")
        self.suggest_button.clicked.connect(self.suggest_requested)
        top.addWidget(self.filter, 1)
        top.addWidget(self.suggest_button)
        layout.addLayout(top)
        self.status = QLabel("Press Suggest to find quotes, figures and parties.")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.list = _SuggestionList()
        self.list.setAccessibleName("Suggested annotations")
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.accept_pressed.connect(self.accept_selected)
        self.list.reject_pressed.connect(self.reject_selected)
        self.list.currentItemChanged.connect(self._current_changed)
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.accept_button = QPushButton("&Accept")
        self.accept_button.setToolTip("Make the selected suggestions annotations (Enter)")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button = QPushButton("&Reject")
        self.reject_button.setToolTip("Never suggest these again in this article (Backspace)")
        self.reject_button.clicked.connect(self.reject_selected)
        self.accept_all_button = QPushButton("Accept A&ll Shown")
        self.accept_all_button.setToolTip("Accept every suggestion the list shows")
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
        counts = {c: sum(s.category == c for s in suggestions) for c in CATEGORY_NAMES}
        self.status.setText(message or (
            f"{len(suggestions)} suggestions: " + ", ".join(
                f"{n} {PLURALS[c] if n != 1 else CATEGORY_NAMES[c].lower()}"
                for c, n in counts.items())))

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

    def accept_all_shown(self) -> None:
        if self.shown():
            self.accept_requested.emit(self.shown())

    def _fill(self, row: int = 0) -> None:
        self.list.clear()
        for s in self.shown():
            item = QListWidgetItem(describe(s))
            item.setData(Qt.ItemDataRole.UserRole, s)
            item.setToolTip(f"Confidence {s.confidence:.0%}")
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
        who = s.speaker or "speaker unknown"
        kind = " (term)" if s.kind == "term" else ""
        return f"Quote{kind} — {who}: « {text} »"
    if s.category == "figure":
        value = s.value if s.value is not None else "?"
        unit = f" {s.unit}" if s.unit and s.unit != "date" else ""
        qualifier = f"{s.qualifier} " if s.qualifier else ""
        return f"Figure — {text}  = {qualifier}{value}{unit}"
    name = f" → {s.name}" if s.name and s.name != s.text else ""
    return f"Party ({s.kind}) — {text}{name}"
