"""Shortcuts the editor chooses (Preferences ▸ Shortcuts), kept in the settings by the
action's stable name (its attribute on the window, such as "export_action"), never by its
translated text, so a change of language keeps them.

A category's one-key shortcut belongs to the project (Annotate ▸ Categories…) and is not
edited here, but a shortcut chosen here may not take one of the open project's.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence

PORTABLE = QKeySequence.SequenceFormat.PortableText
_DEFAULT = "annotatorDefaultShortcuts"  # a dynamic property on each action


@dataclass
class ShortcutEntry:
    key: str  # the action's attribute name on the window
    label: str  # "Edit ▸ Undo", in the interface language
    default: str  # portable text, "" when none
    current: str


def window_actions(window: object) -> dict[str, QAction]:
    """The window's editable actions: its QAction attributes named *_action."""
    return {name: value for name, value in vars(window).items()
            if name.endswith("_action") and isinstance(value, QAction)}


def keys_text(action: QAction) -> str:
    """All of an action's shortcuts as one portable string ("Ctrl+E, F5")."""
    return ", ".join(k.toString(PORTABLE) for k in action.shortcuts())


def remember_defaults(actions: dict[str, QAction]) -> None:
    """Record each action's built-in shortcut, before any override is applied."""
    for action in actions.values():
        if action.property(_DEFAULT) is None:
            action.setProperty(_DEFAULT, keys_text(action))


def default_keys(action: QAction) -> str:
    value = action.property(_DEFAULT)
    return keys_text(action) if value is None else str(value)


def apply_overrides(actions: dict[str, QAction], overrides: dict[str, str]) -> None:
    """Give each action the editor's shortcut, or its default when they chose none."""
    remember_defaults(actions)
    for key, action in actions.items():
        text = overrides.get(key, default_keys(action))
        action.setShortcuts([QKeySequence(part.strip(), PORTABLE)
                             for part in text.split(", ") if part.strip()])


def entries(actions: dict[str, QAction], labels: dict[QAction, str]) -> list[ShortcutEntry]:
    """What Preferences lists, in menu order (`labels` from the menus); actions in no
    menu come last, under their own text."""
    remember_defaults(actions)
    order = {action: i for i, action in enumerate(labels)}
    rows = sorted(actions.items(), key=lambda kv: (order.get(kv[1], len(order)), kv[0]))
    return [ShortcutEntry(key, labels.get(action) or plain(action.text()),
                          default_keys(action), keys_text(action))
            for key, action in rows if action.text()]


def menu_labels(menu_bar) -> dict[QAction, str]:
    """Each action in the menus with its path ("File ▸ Export ▸ Fact Sheet"), in order."""
    labels: dict[QAction, str] = {}

    def walk(actions: list[QAction], where: str) -> None:
        for action in actions:
            menu = action.menu()
            path = f"{where} ▸ {plain(action.text())}" if where else plain(action.text())
            if menu is not None:
                walk(menu.actions(), path)
            elif not action.isSeparator():
                labels.setdefault(action, path)

    walk(menu_bar.actions(), "")
    return labels


def conflicts(chosen: dict[str, str], taken: dict[str, str],
              labels: dict[str, str]) -> list[str]:
    """Keys given twice, as (sequence, owners) sentences' raw material: each returned item
    is "Ctrl+E: Export, Edit Article". `chosen` maps action keys to portable keys text,
    `taken` maps portable sequences to the name of what already owns them (categories)."""
    owners: dict[str, list[str]] = {}
    for key, text in chosen.items():
        for part in (p.strip() for p in text.split(", ")):
            if part:
                owners.setdefault(_normal(part), []).append(labels.get(key, key))
    for sequence, owner in taken.items():
        if _normal(sequence) in owners:
            owners[_normal(sequence)].append(owner)
    return [f"{native_keys(seq)}: {', '.join(names)}"
            for seq, names in owners.items() if len(names) > 1]


def _normal(text: str) -> str:
    return QKeySequence(text, PORTABLE).toString(PORTABLE)


def native_keys(keys: str) -> str:
    """Portable keys text ("Ctrl+E, F5") as the platform writes it ("Ctrl+E, F5", "⌘E…")."""
    return ", ".join(QKeySequence(part.strip(), PORTABLE).toString(
        QKeySequence.SequenceFormat.NativeText) for part in keys.split(", ") if part.strip())


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
