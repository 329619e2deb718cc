"""What the suggestion engine proposes: plain values, offsets in code points of the text."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields


@dataclass(frozen=True)
class Suggestion:
    """One proposed annotation. `text == article_text[start:end]` always holds.

    category: "quote", "figure" or "party" (the built-in category ids).
    kind: quote → "direct" or "term" (scare quote / quoted single term, low confidence);
          figure → "amount", "percent", "count", "number" or "date";
          party → "person" or "organisation".
    speaker: for a quote, the speaker's name as a party would be named ("Andy Jassy"),
        "" when unknown; speaker_span: where that name (or the pronoun's antecedent) is.
    value / unit: for a figure, the normalised value (int or float; ISO 8601 text for a
        date) and unit ("EUR", "USD", "%", a counted noun such as "postes", "" for a bare
        number); qualifier: "more than", "less than", "about", "at least"… or "".
    """

    category: str
    start: int
    end: int
    text: str
    confidence: float
    kind: str = ""
    speaker: str = ""
    speaker_span: tuple[int, int] | None = None
    value: int | float | str | None = None
    unit: str = ""
    qualifier: str = ""
    name: str = ""  # for a party: its canonical name ("Andy Jassy" for a mention "Jassy")

    def to_dict(self) -> dict:
        """A JSON-ready dict (how the project file keeps pending suggestions)."""
        data = asdict(self)
        data["speaker_span"] = list(self.speaker_span) if self.speaker_span else None
        return data

    @classmethod
    def from_dict(cls, data: dict) -> Suggestion:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}  # a newer app's extra keys
        if values.get("speaker_span") is not None:
            values["speaker_span"] = tuple(values["speaker_span"])
        return cls(**values)
