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
import functools
import json
import re
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


# libyaml's loader where PyYAML was built with it: the same documents, read ten times faster (a campaign file or
# the roster is read on every poll and every dashboard page)
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def builtin_roster() -> Roster:
    """A fresh Roster of the county's built-in units (the file is read once a process)."""
    return roster_from_dict(_builtin_roster_data(), str(BUILTIN_ROSTER))


@functools.cache
def _builtin_roster_data() -> dict:
    return yaml.load(BUILTIN_ROSTER.read_text(encoding="utf-8"), Loader=YAML_LOADER)


# ---------------------------------------------------------------- the archive's roster
#
# roster_units      one row per unit: name (pk), kind, official_name, aliases (JSON),
#                   former_names (JSON: names it had before a rename or merge, so
#                   campaign files written earlier still find it), division_code
# roster_addresses  address (pk) -> unit: what the clerk entered ("entered") or
#                   confirmed; addresses the matcher learned stay in learned_addresses
#
# Every change is one transaction with its audit event.

ROSTER_TABLES = ("roster_units", "roster_addresses")


class RosterEditError(ValueError):
    """An edit that cannot be made (unknown unit, name taken…); the message is Chinese, for the clerk."""


def ensure_roster_tables(db) -> None:
    if "roster_units" not in db.table_names():
        db["roster_units"].create(
            {"name": str, "kind": str, "official_name": str, "aliases": str, "former_names": str,
             "division_code": str, "updated_at": str},
            pk="name",
        )
    if "roster_addresses" not in db.table_names():
        db["roster_addresses"].create(
            {"address": str, "unit": str, "how": str, "added_by": str, "added_at": str},
            pk="address",
        )
        db["roster_addresses"].create_index(["unit"])


def _unit_row(u: Unit, former: list[str] | None = None) -> dict:
    from collector.audit import now_iso

    return {
        "name": u.name, "kind": u.kind, "official_name": u.official_name,
        "aliases": json.dumps(u.aliases, ensure_ascii=False),
        "former_names": json.dumps(former or [], ensure_ascii=False),
        "division_code": u.division_code, "updated_at": now_iso(),
    }


def seed_roster(db, roster: Roster | None = None) -> bool:
    """Fill an empty archive roster from the shipped one (True if it did)."""
    ensure_roster_tables(db)
    if db.execute("SELECT 1 FROM roster_units LIMIT 1").fetchone():
        return False
    from collector import audit

    roster = roster or builtin_roster()
    with db.atomic():
        db["roster_units"].insert_all([_unit_row(u) for u in roster.units])
        for u in roster.units:
            for a in u.addresses:
                _insert_address(db, a, u.name, "entered", "collector")
        db["collector_settings"].insert({"key": "county", "value": roster.county}, pk="key", replace=True)
        audit.record(db, "roster_seeded", units=len(roster.units), county=roster.county)
    return True


def load_roster(db) -> Roster:
    """The archive's roster (migration 2 seeded it from the shipped one); reads only."""
    if "roster_units" not in db.table_names():
        return builtin_roster()  # an archive not yet migrated: what migration 2 will put in
    county_row = db.execute("SELECT value FROM collector_settings WHERE key = 'county'").fetchone() \
        if "collector_settings" in db.table_names() else None
    addresses: dict[str, list[str]] = {}
    for addr, unit in db.execute("SELECT address, unit FROM roster_addresses ORDER BY address"):
        addresses.setdefault(unit, []).append(addr)
    units = []
    former: dict[str, str] = {}
    for row in db.query("SELECT * FROM roster_units ORDER BY rowid"):
        units.append(Unit(
            name=row["name"], kind=row["kind"], official_name=row["official_name"] or "",
            aliases=json.loads(row["aliases"] or "[]"), addresses=addresses.get(row["name"], []),
            division_code=row["division_code"] or "",
        ))
        for old in json.loads(row["former_names"] or "[]"):
            former[old] = row["name"]
    return ArchiveRoster(county=county_row[0] if county_row else "", units=units, former=former)


@dataclasses.dataclass
class ArchiveRoster(Roster):
    """A roster that also answers to the names its units had before a rename or merge."""

    former: dict[str, str] = dataclasses.field(default_factory=dict)

    def get(self, name: str) -> Unit | None:
        return super().get(name) or (super().get(self.former[name]) if name in self.former else None)


def _row(db, name: str) -> dict:
    row = db.execute("SELECT * FROM roster_units WHERE name = ?", [name]).fetchone()
    if row is None:
        raise RosterEditError(f"名册中没有单位“{name}”")
    return dict(zip([d[0] for d in db.execute("SELECT * FROM roster_units LIMIT 0").description], row))


def _name_taken(db, name: str) -> bool:
    if db.execute("SELECT 1 FROM roster_units WHERE name = ?", [name]).fetchone():
        return True
    return any(name in json.loads(f or "[]") for (f,) in db.execute("SELECT former_names FROM roster_units"))


def _insert_address(db, address: str, unit: str, how: str, by: str) -> None:
    from collector.audit import now_iso

    db["roster_addresses"].insert(
        {"address": address.strip().lower(), "unit": unit, "how": how, "added_by": by, "added_at": now_iso()},
        replace=True,
    )


def add_unit(db, unit: Unit, by: str) -> None:
    from collector import audit

    seed_roster(db)
    if _name_taken(db, unit.name):
        raise RosterEditError(f"名册中已有单位“{unit.name}”")
    if unit.kind not in UNIT_KINDS:
        raise RosterEditError(f"单位类型须为：{'、'.join(KIND_LABELS[k] for k in UNIT_KINDS)}")
    with db.atomic():
        db["roster_units"].insert(_unit_row(unit))
        for a in unit.addresses:
            _insert_address(db, a, unit.name, "entered", by)
        audit.record(db, "roster_unit_added", actor=by, unit=unit.name, kind=unit.kind,
                     official_name=unit.official_name, aliases=unit.aliases)


def update_unit(db, name: str, by: str, *, kind: str | None = None, official_name: str | None = None,
                aliases: list[str] | None = None) -> None:
    """Change a unit's kind, official name or aliases (not its name: see rename_unit)."""
    from collector import audit

    seed_roster(db)
    row = _row(db, name)
    changes: dict = {}
    if kind is not None and kind != row["kind"]:
        if kind not in UNIT_KINDS:
            raise RosterEditError(f"单位类型须为：{'、'.join(KIND_LABELS[k] for k in UNIT_KINDS)}")
        changes["kind"] = kind
    if official_name is not None and official_name != row["official_name"]:
        changes["official_name"] = official_name
    if aliases is not None:
        clean = list(dict.fromkeys(a.strip() for a in aliases if a.strip() and a.strip() != name))
        if clean != json.loads(row["aliases"] or "[]"):
            changes["aliases"] = json.dumps(clean, ensure_ascii=False)
    if not changes:
        return
    with db.atomic():
        db["roster_units"].update(name, {**changes, "updated_at": audit.now_iso()})
        audit.record(db, "roster_unit_changed", actor=by, unit=name, **changes)


# Tables whose rows name a unit, and their column: a rename or merge follows through them.
UNIT_REFERENCES = (("messages", "unit"), ("submissions", "unit"), ("status", "unit"),
                   ("learned_addresses", "unit"), ("decisions", "unit"), ("units", "name"),
                   ("roster_addresses", "unit"))


def _move_references(db, old: str, new: str) -> None:
    tables = set(db.table_names())
    for table, column in UNIT_REFERENCES:
        if table in tables:
            db.execute(f"UPDATE OR REPLACE {table} SET {column} = ? WHERE {column} = ?", [new, old])


def rename_unit(db, old: str, new: str, by: str) -> None:
    """The unit is called ``new`` from now on; ``old`` stays an alias and a former
    name (campaign files naming it still load), and filed mails follow."""
    from collector import audit

    seed_roster(db)
    new = new.strip()
    row = _row(db, old)
    if not new or _name_taken(db, new):
        raise RosterEditError(f"名称“{new}”已被名册中的单位使用" if new else "新名称不能为空")
    aliases = [a for a in json.loads(row["aliases"] or "[]") if a != new] + [old]
    former = json.loads(row["former_names"] or "[]") + [old]
    with db.atomic():
        db.execute("DELETE FROM roster_units WHERE name = ?", [old])
        db["roster_units"].insert({**row, "name": new, "aliases": json.dumps(aliases, ensure_ascii=False),
                                   "former_names": json.dumps(former, ensure_ascii=False),
                                   "updated_at": audit.now_iso()})
        _move_references(db, old, new)
        audit.record(db, "roster_unit_renamed", actor=by, unit=new, old_name=old)


def merge_units(db, keep: str, drop: str, by: str) -> None:
    """``drop`` was the same unit as ``keep``: its names become aliases of ``keep``,
    its addresses and filed mails move to ``keep``, and it leaves the roster."""
    from collector import audit

    seed_roster(db)
    if keep == drop:
        raise RosterEditError("不能与自身合并")
    kept, dropped = _row(db, keep), _row(db, drop)
    aliases = list(dict.fromkeys(json.loads(kept["aliases"] or "[]") + [drop, dropped["official_name"]]
                                 + json.loads(dropped["aliases"] or "[]")))
    aliases = [a for a in aliases if a and a != keep]
    former = list(dict.fromkeys(json.loads(kept["former_names"] or "[]") + [drop]
                                + json.loads(dropped["former_names"] or "[]")))
    with db.atomic():
        db.execute("DELETE FROM roster_units WHERE name = ?", [drop])
        db["roster_units"].update(keep, {"aliases": json.dumps(aliases, ensure_ascii=False),
                                         "former_names": json.dumps(former, ensure_ascii=False),
                                         "updated_at": audit.now_iso()})
        _move_references(db, drop, keep)
        audit.record(db, "roster_units_merged", actor=by, unit=keep, merged=drop)


def add_address(db, unit: str, address: str, by: str) -> None:
    from collector import audit

    seed_roster(db)
    _row(db, unit)
    address = address.strip().lower()
    if not EMAIL_RE.fullmatch(address):
        raise RosterEditError(f"“{address}”不是有效的邮箱地址")
    owner = db.execute("SELECT unit FROM roster_addresses WHERE address = ?", [address]).fetchone()
    if owner and owner[0] != unit:
        raise RosterEditError(f"地址{address}已属于{owner[0]}，请先删除")
    with db.atomic():
        _insert_address(db, address, unit, "entered", by)
        audit.record(db, "roster_address_added", actor=by, unit=unit, address=address)


def drop_address(db, address: str, by: str) -> None:
    """Forget an address (entered or learned): mail from it no longer names a unit by itself."""
    from collector import audit

    seed_roster(db)
    address = address.strip().lower()
    owner = db.execute("SELECT unit FROM roster_addresses WHERE address = ?", [address]).fetchone()
    learned = db.execute("SELECT unit FROM learned_addresses WHERE address = ?", [address]).fetchone() \
        if "learned_addresses" in db.table_names() else None
    if not owner and not learned:
        raise RosterEditError(f"名册中没有地址{address}")
    with db.atomic():
        db.execute("DELETE FROM roster_addresses WHERE address = ?", [address])
        if learned:
            db.execute("DELETE FROM learned_addresses WHERE address = ?", [address])
        audit.record(db, "roster_address_dropped", actor=by, address=address,
                     unit=(owner or learned)[0])


EMAIL_RE = re.compile(r"[^@\s]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


# ---------------------------------------------------------------- what the last run was configured with

CAMPAIGNS_KEY = "campaigns_fingerprint"


def remember_campaigns(db, fingerprint: str) -> None:
    """The campaigns (and roster) the status table was last computed for."""
    db["collector_settings"].insert({"key": CAMPAIGNS_KEY, "value": fingerprint}, pk="key", replace=True)


def remembered_campaigns(db) -> str | None:
    if "collector_settings" not in db.table_names():
        return None
    row = db.execute("SELECT value FROM collector_settings WHERE key = ?", [CAMPAIGNS_KEY]).fetchone()
    return row[0] if row else None


def forget_campaigns(db) -> None:
    """A roster edit: the next poll recomputes the status even with no new mail."""
    if "collector_settings" in db.table_names():
        db.execute("DELETE FROM collector_settings WHERE key = ?", [CAMPAIGNS_KEY])
