"""A roster from a CSV file (``--roster``): columns name, kind, official_name, division_code
(and optionally aliases, separated by 、 or ;). The standing roster is collector/roster.py's."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from collector.roster import Roster, roster_from_dict


def roster_from_csv(path: str | Path, county: str = "建昌县") -> Roster:
    text = Path(path).read_text(encoding="utf-8-sig")
    rows = []
    for row in csv.DictReader(io.StringIO(text)):
        row = {k: (v or "").strip() for k, v in row.items() if k}
        if not row.get("name"):
            continue
        rows.append({
            "name": row["name"],
            "kind": row.get("kind") or "department",
            "official_name": row.get("official_name", ""),
            "division_code": row.get("division_code", ""),
            "aliases": [a for a in re.split(r"[、;；]", row.get("aliases", "")) if a.strip()],
        })
    return roster_from_dict({"county": county, "units": rows}, str(path))
