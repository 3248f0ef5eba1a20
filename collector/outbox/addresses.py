"""Where a unit can be written to: the one place that knows."""

from __future__ import annotations

from collector.campaign import Campaign


def unit_addresses(db, campaign: Campaign, unit: str) -> list[str]:
    """The unit's addresses: those of the standing roster (entered by the clerk; the
    campaign's units carry them), then those learned from its filed mails in any
    campaign (a person's confirmation or a confident match), lower-cased, each once."""
    found: list[str] = []
    roster_unit = campaign.unit_by_name(unit)
    if roster_unit is not None:
        found += roster_unit.addresses
    if "learned_addresses" in db.table_names():
        found += [
            row[0]
            for row in db.execute(
                "SELECT address FROM learned_addresses WHERE unit = ? "
                "AND how IN ('confirmed', 'matched') ORDER BY how = 'confirmed' DESC, learned_at",
                [unit],
            ).fetchall()
        ]
    out: list[str] = []
    for address in found:
        address = address.strip().lower()
        if address and address not in out:
            out.append(address)
    return out
