"""Moving between the window's panels by keyboard, in one fixed order.

F6 and Shift+F6 go to the next and previous panel (as in browsers and office suites),
Ctrl+1, Ctrl+2 and Ctrl+3 straight to the article list, the article text and the side
panel. In the side panel the focus goes to the first control of the tab on show, so the
keys never leave it on a container that takes no input.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def first_focusable(widget: QWidget) -> QWidget | None:
    """The widget itself if it takes the keyboard, else its first visible child that does."""
    candidates = [widget, *widget.findChildren(QWidget)]
    for w in candidates:
        if (w.isVisible() and w.isEnabled()
                and w.focusPolicy() & Qt.FocusPolicy.TabFocus):
            return w
    return None


class PanelFocus:
    """`panels` give, in order, each panel's current widget (the side panel's changes with
    its tab)."""

    def __init__(self, panels: list[Callable[[], QWidget]]) -> None:
        self.panels = panels

    def current(self) -> int:
        """The panel holding the keyboard focus, -1 for none."""
        focus = QApplication.focusWidget()
        for index, panel in enumerate(self.panels):
            root = panel()
            if focus is not None and (focus is root or root.isAncestorOf(focus)):
                return index
        return -1

    def focus(self, index: int) -> QWidget | None:
        target = first_focusable(self.panels[index]())
        if target is not None:
            target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return target

    def step(self, step: int) -> QWidget | None:
        """The next (1) or previous (-1) panel that can take the focus, wrapping round."""
        count = len(self.panels)
        index = self.current()
        if index < 0:
            index = -1 if step > 0 else 0
        for _ in range(count):
            index = (index + step) % count
            target = self.focus(index)
            if target is not None:
                return target
        return None
