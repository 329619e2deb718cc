"""The project's gazetteer: every party an editor accepted or annotated, found again anywhere.

A party has a canonical name and aliases ("Jassy" → "Andy Jassy"); every mention of any of
them is a suggestion linked to that one party. Matching is case-sensitive on word
boundaries (a name is capitalised; "Orange" the company, not "orange" the colour), longest
name first, in one regular expression: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class KnownParty:
    name: str
    kind: str = "person"  # person | organisation | place | other
    aliases: tuple[str, ...] = field(default_factory=tuple)
    id: str = ""  # the party's id in the project, when it has one


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    party: KnownParty


class Gazetteer:
    def __init__(self, parties: list[KnownParty] | tuple[KnownParty, ...] = ()) -> None:
        self.parties = tuple(parties)
        self._by_form: dict[str, KnownParty] = {}
        for party in self.parties:
            for form in (party.name, *party.aliases):
                form = " ".join(form.split())
                if len(form) >= 2:
                    self._by_form.setdefault(form, party)
        forms = sorted(self._by_form, key=len, reverse=True)
        self._pattern = (re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, forms))
                                    + r")(?![\w-])") if forms else None)

    def __bool__(self) -> bool:
        return bool(self.parties)

    def mentions(self, text: str) -> list[Mention]:
        if self._pattern is None:
            return []
        return [Mention(m.start(), m.end(), self._by_form[m.group()])
                for m in self._pattern.finditer(text)]
