"""What routing hands on: the campaign chosen for a mail (or none, and why), and the words that chose it."""

from __future__ import annotations

import dataclasses

from collector.campaign import Campaign


@dataclasses.dataclass
class Routed:
    campaign: Campaign | None
    why: str  # Chinese: why this campaign, or why none (then campaign is None)
    suggestions: list[str] = dataclasses.field(default_factory=list)


@dataclasses.dataclass
class Words:
    owed: dict[str, tuple[float, list[str]]]  # campaign id -> (weight, words) of what the unit owes there
    foreign: list[tuple[str, str, list[str]]]  # (campaign id, requirement id, words) the unit does not owe
    names_owed_requirement: bool  # some word names a requirement the unit owes (not just a campaign's topic)
    named: dict[str, list[str]]  # campaign id -> its own name words (subject_hints no other campaign uses)
    requirement_words: set[str]  # ids of campaigns one of whose requirements the mail names (owed)
    titled_as_owed: bool = False  # the subject or a file name names a requirement the unit owes
