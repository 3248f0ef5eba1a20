"""A mailbox the body names by its row in a contact table: `发送至下表中的材料接收邮箱`, the table after the body giving one
row per matter (`技术支持	…公司	…	support@…` and `材料接收	县营商局…	…	jczhsq@163.com`). The row whose label the body
names is where the materials go; the other rows' addresses (a vendor's helpdesk) are for their own matters."""

from __future__ import annotations

import re

# 发送至下表中的材料接收邮箱, 报送至下表所列“材料报送”邮箱: the label of the row the body sends to
ROW_NAMED = re.compile(r"(?:下表|附表|联系方式表|联系表|以下表格)(?:中|内)?(?:的|所列的?)?[“\"]?(?P<label>[\u4e00-\u9fa5]{2,8}?)[”\"]?"
                       r"(?:邮箱|信箱)")
# a row of a table: cells parted by tabs (or wide runs of spaces), one of them an address
ROW = re.compile(r"^[^\n]*(?:\t| {2,})[^\n]*$", re.M)


def rows_the_body_names(body: str, found: list[str], unsettled: list[str], email: re.Pattern) -> list[str]:
    """``found`` less the addresses on table rows other than the one the body sends to (unchanged when the body
    names no row, or no row carries its label). ``email``: addresses.py's pattern of an address."""
    named = ROW_NAMED.search(body)
    if not named:
        return found
    rows = [r for r in ROW.findall(body) if email.search(r)]
    kept = {a.lower() for r in rows if named.group("label") in r for a in email.findall(r)}
    if not kept:
        return found
    other = {a.lower() for r in rows for a in email.findall(r)} - kept
    unsettled += [f"“{a}”在联系方式表中不是“{named.group('label')}”一行，未作为收件地址，请核对" for a in found if a in other]
    return [a for a in found if a not in other]
