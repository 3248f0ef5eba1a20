"""The standing county roster: every unit the office's notices address.

Campaigns come and go; the roster stays. A campaign names its units out of it
(``units: [县发改局, …]`` or ``units: {kinds: [town, township]}``), so a unit's
names, aliases and known addresses are kept once and serve every campaign.

``builtin_roster()`` reads the shipped roster (collector/rosters/jianchang.yaml),
which seeds an archive's roster on its first open; from then on the archive's
own copy (edited by the clerk, every change audited) is the one in force.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import yaml

ROSTERS_DIR = Path(__file__).parent / "rosters"
BUILTIN_ROSTER = ROSTERS_DIR / "jianchang.yaml"
UNIT_KINDS = ("town", "township", "zone", "department", "institution")
# What a notice's addressee line calls each kind (各乡镇 = towns and townships).
KIND_LABELS = {
    "town": "镇",
    "township": "乡",
    "zone": "开发区",
    "department": "县政府部门",
    "institution": "直属机构",
}


class RosterError(ValueError):
    """A roster entry that cannot be used (the message says which and why)."""


@dataclasses.dataclass
class Unit:
    name: str  # roster name as notices write it (县发改局, 八家子镇); shown everywhere
    kind: str  # one of UNIT_KINDS
    official_name: str = ""
    aliases: list[str] = dataclasses.field(default_factory=list)
    addresses: list[str] = dataclasses.field(default_factory=list)
    division_code: str = ""

    def all_names(self) -> list[str]:
        """Name, official name and aliases, without duplicates, in that order."""
        seen: list[str] = []
        for n in [self.name, self.official_name, *self.aliases]:
            if n and n not in seen:
                seen.append(n)
        return seen


@dataclasses.dataclass
class Roster:
    county: str
    units: list[Unit]

    def get(self, name: str) -> Unit | None:
        return next((u for u in self.units if u.name == name), None)

    def names(self, kinds: tuple[str, ...] | list[str] | None = None) -> list[str]:
        """Roster names, in roster order; only of ``kinds`` when given."""
        return [u.name for u in self.units if kinds is None or u.kind in kinds]


def unit_from_dict(d: dict, where: str = "roster") -> Unit:
    if not isinstance(d, dict) or not str(d.get("name") or "").strip():
        raise RosterError(f"{where}: a unit needs a name")
    kind = str(d.get("kind") or "department")
    if kind not in UNIT_KINDS:
        raise RosterError(f"{where}: unit {d['name']}: kind must be one of {', '.join(UNIT_KINDS)}")
    return Unit(
        name=str(d["name"]).strip(),
        kind=kind,
        official_name=str(d.get("official_name") or "").strip(),
        aliases=[str(a).strip() for a in d.get("aliases") or [] if str(a).strip()],
        addresses=[str(a).strip().lower() for a in d.get("addresses") or [] if str(a).strip()],
        division_code=str(d.get("division_code") or ""),
    )


def roster_from_dict(data: dict, where: str = "roster") -> Roster:
    if not isinstance(data, dict) or not isinstance(data.get("units"), list):
        raise RosterError(f"{where}: expected a mapping with a list of units")
    units = [unit_from_dict(u, where) for u in data["units"]]
    names = [u.name for u in units]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise RosterError(f"{where}: units listed twice: {dupes}")
    return Roster(county=str(data.get("county") or ""), units=units)


def builtin_roster() -> Roster:
    return roster_from_dict(yaml.safe_load(BUILTIN_ROSTER.read_text(encoding="utf-8")), str(BUILTIN_ROSTER))
