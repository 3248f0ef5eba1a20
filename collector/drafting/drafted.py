"""The draft a notice gives (``Draft``): the campaign's fields as read, and its campaign-format YAML for the clerk
(``to_yaml``), unit sets written as ``all`` or ``{kinds: [...]}`` where they are whole kinds."""

from __future__ import annotations

import dataclasses
import datetime as dt

import yaml

from collector.notice_block import dump_campaign
from collector.roster import UNIT_KINDS, Roster

from .requirements import DraftRequirement


@dataclasses.dataclass
class Draft:
    id: str
    title: str
    notice_date: dt.date | None
    county: str
    addresses: list[str]
    subject_hints: list[str]
    units: list[str]  # roster names the notice addresses
    unit_kinds: list[str] | None  # when the units are exactly these kinds of the roster
    requirements: list[DraftRequirement]
    shared_slots: list[dict]
    unsettled: list[str]
    roster: Roster = dataclasses.field(repr=False, compare=False, default=None)
    # write unit sets as {kinds: [...]} where they are whole kinds; off for a roster file
    # (--roster) the loader does not know: kinds would then mean the standing roster's units
    kinds_shorthand: bool = True
    notice_text: str = ""  # the text drafted from: the matcher ignores replies' copies of it
    quota: dict[str, int] = dataclasses.field(default_factory=dict)  # 名额 by unit or kind (drafting/asks/quota.py)

    def to_dict(self) -> dict:
        return {
            "id": self.id,
            "title": self.title,
            "notice_date": self.notice_date,
            "timezone": "Asia/Shanghai",
            "county": self.county,
            "mailbox": {"addresses": self.addresses, "subject_hints": self.subject_hints},
            "units": self._campaign_units_value(),
            **({"quota": self.quota} if self.quota else {}),
            "requirements": [
                {"id": r.id, "title": r.title, "description": r.description, "due": r.due,
                 **({"late_until": r.late_until} if r.late_until else {}),
                 **({"corrections_until": r.corrections_until} if r.corrections_until else {}),
                 "units": self._units_value(r.units), "hints": r.hints, "parts": r.parts,
                 **({"assigned": r.assigned} if r.assigned else {})}
                for r in self.requirements
            ],
            "shared_slots": self.shared_slots,
            "unsettled": self.unsettled,
            **({"notice_text": self.notice_text} if self.notice_text else {}),
        }

    def _campaign_units_value(self):
        if self.unit_kinds and self.kinds_shorthand:
            return {"kinds": self.unit_kinds}
        kinds = self._kinds_covering(self.units)
        return {"kinds": kinds} if kinds else self.units

    def _kinds_covering(self, names: list[str]) -> list[str] | None:
        """The roster kinds whose units are exactly ``names``, if there are such."""
        if self.roster is None or not names or not self.kinds_shorthand:
            return None
        kinds = [k for k in UNIT_KINDS if any(u.kind == k and u.name in names for u in self.roster.units)]
        return kinds if set(self.roster.names(kinds)) == set(names) else None

    def _units_value(self, names: list[str]):
        if set(names) == set(self.units):
            return "all"
        kinds = self._kinds_covering(names)
        return {"kinds": kinds} if kinds else names

    def to_yaml(self) -> str:
        header = "# Drafted by `collector campaign init --from-notice`: check every line, settle `unsettled`.\n"
        return header + dump_campaign(self.to_dict(), _NoAliases)


class _NoAliases(yaml.SafeDumper):
    """Parts that share a word list are written out in full, not as &id001 anchors."""

    def ignore_aliases(self, data):
        return True
