"""Change notifications: what changed, by id, so each view refreshes only itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Change:
    entity: str  # "article" | "annotation" | "category" | "party" | "project"
    op: str  # "added" | "updated" | "removed"
    ids: tuple[str, ...]
    article_ids: tuple[str, ...] = ()  # for annotations: the articles they belong to


Listener = Callable[[Change], None]


class ChangeHub:
    """A tiny observer list; the GUI adapts it to Qt signals."""

    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def emit(self, change: Change) -> None:
        for listener in list(self._listeners):
            listener(change)
