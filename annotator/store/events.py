"""Change notifications: what changed, by id, so each view refreshes only itself."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    entity: str  # "article" | "annotation" | "category" | "party" | "project"
    op: str  # "added" | "updated" | "removed"
    ids: tuple[str, ...]
    article_ids: tuple[str, ...] = ()  # for annotations: the articles they belong to


Listener = Callable[[Change], None]


class ChangeHub:
    """A tiny observer list; the GUI adapts it to Qt signals.

    `holding()` keeps what one thread announces in a list instead (the writer thread's
    jobs), to be announced again on the listeners' thread: they never run on the writer's.
    """

    def __init__(self) -> None:
        self._listeners: list[Listener] = []
        self._held = threading.local()

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    @contextmanager
    def holding(self) -> Iterator[list[Change]]:
        outer = getattr(self._held, "changes", None)
        self._held.changes = held = [] if outer is None else outer
        try:
            yield held
        finally:
            self._held.changes = outer

    def emit(self, change: Change) -> None:
        held = getattr(self._held, "changes", None)
        if held is not None:
            held.append(change)
            return
        for listener in list(self._listeners):
            listener(change)
