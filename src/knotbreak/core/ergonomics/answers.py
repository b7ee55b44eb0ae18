"""What the user answered: the screen setup, each item, and a few questions about their day."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from knotbreak.core.ergonomics.checklist import Checklist, FocusArea, Item, Setup
from knotbreak.core.text import translatable


class Answer(StrEnum):
    YES = "yes"
    NO = "no"
    NOT_APPLICABLE = "na"


class SittingHours(StrEnum):
    """Hours a day spent sitting at the desk."""

    UNDER_4 = "under-4"
    FOUR_TO_6 = "4-6"
    OVER_6 = "over-6"


SITTING_LABELS: dict[SittingHours, str] = {
    SittingHours.UNDER_4: translatable("Ergonomics", "Less than 4 hours"),
    SittingHours.FOUR_TO_6: translatable("Ergonomics", "4 to 6 hours"),
    SittingHours.OVER_6: translatable("Ergonomics", "More than 6 hours"),
}


def is_good(item: Item, answer: Answer | None) -> bool | None:
    """True for the good answer, False for the other one, None if skipped or not applicable."""
    if answer is None or answer is Answer.NOT_APPLICABLE:
        return None
    return (answer is Answer.YES) == item.good_answer


@dataclass(frozen=True)
class Answers:
    setup: Setup
    items: Mapping[str, Answer] = field(default_factory=dict)
    sitting_hours: SittingHours = SittingHours.FOUR_TO_6
    long_stretches: bool = False
    """Often sits for more than an hour without getting up."""
    discomfort: frozenset[FocusArea] = frozenset()
    """Areas that are uncomfortable or sore now."""
    moving_soon: bool = False
    """Expects to move desks or change the setup within the next month or so."""

    def answer(self, item_id: str) -> Answer | None:
        return self.items.get(item_id)

    @property
    def long_sitting(self) -> bool:
        return self.sitting_hours is SittingHours.OVER_6 or self.long_stretches

    def relevant(self, checklist: Checklist) -> Answers:
        """Only the answers to items that apply to this setup (others may linger from Back)."""
        keep = {item.id for item in checklist.items(self.setup)}
        return Answers(
            self.setup,
            {key: value for key, value in self.items.items() if key in keep},
            self.sitting_hours,
            self.long_stretches,
            self.discomfort,
            self.moving_soon,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "setup": self.setup.value,
            "items": {key: value.value for key, value in sorted(self.items.items())},
            "sitting_hours": self.sitting_hours.value,
            "long_stretches": self.long_stretches,
            "discomfort": sorted(area.value for area in self.discomfort),
            "moving_soon": self.moving_soon,
        }

    @classmethod
    def from_json(cls, raw: Mapping[str, Any]) -> Answers:
        """Parse stored answers; unknown values are dropped rather than failing."""
        items: dict[str, Answer] = {}
        raw_items = raw.get("items", {})
        if isinstance(raw_items, Mapping):
            for key, value in raw_items.items():
                try:
                    items[str(key)] = Answer(value)
                except ValueError:
                    continue
        discomfort = set()
        for name in raw.get("discomfort", []) or []:
            try:
                discomfort.add(FocusArea(name))
            except ValueError:
                continue
        try:
            sitting = SittingHours(raw.get("sitting_hours", SittingHours.FOUR_TO_6.value))
        except ValueError:
            sitting = SittingHours.FOUR_TO_6
        return cls(
            setup=Setup(raw.get("setup", Setup.ONE.value)),
            items=items,
            sitting_hours=sitting,
            long_stretches=bool(raw.get("long_stretches", False)),
            discomfort=frozenset(discomfort),
            moving_soon=bool(raw.get("moving_soon", False)),
        )
