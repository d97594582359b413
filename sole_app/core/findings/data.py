"""A group's record and a session's reflection as plain data, with their choices and limits.

These are what the interface edits and hands to the store; ``cleaned()`` applies the rules of
``text.py`` and raises InvalidEntry naming the field.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import Enum, StrEnum

from sole_app.core.findings import text

MAX_NICKNAME = 60
MAX_FIRST_NAME = 40
MAX_FIRST_NAMES = 30
MAX_HEAD_COUNT = 99
MAX_FOUND = 100_000
MAX_ITEM = 2_000
MAX_ITEMS = 100
MAX_FEEDBACK = 5_000
MAX_NOTE = 1_000
MAX_REFLECTION_TEXT = 20_000
MAX_COUNT = 999  # as a session plan's counts


class Certainty(StrEnum):
    """How sure a group is of what it found, least sure first."""

    NOT_SURE = "not_sure"
    FAIRLY_SURE = "fairly_sure"
    VERY_SURE = "very_sure"


class Objective(StrEnum):
    """Was the session's content objective reached (StartSOLE's four-point scale), least first."""

    NO = "no"
    PARTLY = "partly"
    MOSTLY = "mostly"
    FULLY = "fully"


class Thinking(StrEnum):
    """The main kind of thinking seen, StartSOLE's four levels, from recall to extended."""

    RECALL = "recall"
    SKILLS_CONCEPTS = "skills_concepts"
    STRATEGIC = "strategic"
    EXTENDED = "extended"


class Agreements(StrEnum):
    """Were the agreements shown at the start followed."""

    YES = "yes"
    PARTLY = "partly"
    NO = "no"


@dataclass(frozen=True)
class RecordContent:
    """What a group writes: what we found (Markdown), where we found it (web addresses, books,
    people), how sure we are, and the new questions we now have."""

    found: str = ""
    sources: tuple[str, ...] = ()
    certainty: Certainty | None = None
    new_questions: tuple[str, ...] = ()

    def cleaned(self) -> RecordContent:
        return RecordContent(
            found=text.long_text(self.found, "record", "found", MAX_FOUND),
            sources=text.items(self.sources, "record", "sources", MAX_ITEM, MAX_ITEMS),
            certainty=text.choice(self.certainty, Certainty, "record", "certainty"),
            new_questions=text.items(self.new_questions, "record", "new_questions", MAX_ITEM,
                                     MAX_ITEMS),
        )

    @property
    def is_empty(self) -> bool:
        return self == RecordContent()


RECORD_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(RecordContent))

PERCENT_FIELDS = ("engagement", "collaboration", "technology", "communication")


@dataclass(frozen=True)
class ReflectionData:
    """The facilitator's reflection after a session (StartSOLE's questions). None is "not
    answered"; the four percentages are the share of children seen engaged, collaborating,
    using technology well and communicating, 0 to 100 each."""

    children: int | None = None
    computers: int | None = None
    groups: int | None = None
    objective: Objective | None = None
    objective_why: str = ""
    thinking: Thinking | None = None
    engagement: int | None = None
    collaboration: int | None = None
    technology: int | None = None
    communication: int | None = None
    agreements: Agreements | None = None
    change_next_time: str = ""
    notes: str = ""

    def cleaned(self) -> ReflectionData:
        counts = {name: text.count(getattr(self, name), "reflection", name, MAX_COUNT)
                  for name in ("children", "computers", "groups")}
        percents = {name: text.count(getattr(self, name), "reflection", name, 100)
                    for name in PERCENT_FIELDS}
        texts = {name: text.long_text(getattr(self, name), "reflection", name,
                                      MAX_REFLECTION_TEXT)
                 for name in ("objective_why", "change_next_time", "notes")}
        return ReflectionData(
            **counts, **percents, **texts,
            objective=text.choice(self.objective, Objective, "reflection", "objective"),
            thinking=text.choice(self.thinking, Thinking, "reflection", "thinking"),
            agreements=text.choice(self.agreements, Agreements, "reflection", "agreements"),
        )


REFLECTION_FIELDS: tuple[str, ...] = tuple(field.name for field in fields(ReflectionData))


class Keep(Enum):
    """The value of a keyword argument that leaves a stored value as it is (None is a value)."""

    KEEP = "keep"


KEEP = Keep.KEEP
