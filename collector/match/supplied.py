"""A mail marked 更正 that only supplies what the unit never sent is no correction (collector/status/supplied.py
reads the unit's earlier mails; the match asks it through what the unit still owes, when the pipeline gives that)."""

from __future__ import annotations

SUPPLIED_NOTE = "。标注了“更正”，但补的是此前未报过的部分，按补报登记，不作更正"


def a_correction_or_a_supply(is_correction: bool, open_requirements, parsed, campaign_id: str, unit: str,
                             rids: list[str]) -> tuple[bool, str]:
    """(is it a correction, the note for the reason): a 更正 that ``open_requirements`` (status.OwedWhenReceived) says
    brings only parts the unit never sent is a supply, said so in the reason."""
    supplies = getattr(open_requirements, "supplies_only_parts_never_sent", None)
    if is_correction and supplies and rids and supplies(parsed, campaign_id, unit, rids):
        return False, SUPPLIED_NOTE
    return is_correction, ""
