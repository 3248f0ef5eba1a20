"""A table's unit cell carrying the unit's contact in brackets after its name (`建昌县卫生健康局（刘志强，13904291126）`,
`县公安局（联系人：李国栋 0429-7512345）`) under a head saying so (`单位（联系人、电话）`): the contact is the notice's
own list of whom to call, given, not asked. The bracket is left out of the cell and of the head, so the cell names its
unit as any other unit cell does (an off-roster body's row is known as one and left out) and the head's 联系人 / 电话
ask no phone number of the units. A bracket without a phone number in it (`县教育局（牵头）`) stays."""

from __future__ import annotations

import re

# 13904291126, 0429-7512345, 7512345: a mobile, a landline with or without its area code
PHONE = re.compile(r"(?<!\d)(?:1[3-9]\d{9}|0\d{2,3}[-—–]?\d{7,8}|\d{7,8})(?!\d)")
CONTACT_LABEL = re.compile(r"联系人|联系电话|电话|手机号码|手机|联系方式")
# what a contact bracket holds besides its numbers and labels: a person's name, the marks between
PERSON = re.compile(r"^[\u4e00-\u9fa5]{0,4}$")
CELL = re.compile(r"^(?P<name>[^()（）]{2,40}?)\s*[(（](?P<inside>[^()（）]+)[)）]\s*$")
# 单位（联系人、电话）, 报送单位（联系人及联系方式）: a head whose bracket names only the contact the cells carry
HEAD = re.compile(r"^(?P<name>[^()（）]{1,12}?)\s*[(（](?P<inside>(?:" + CONTACT_LABEL.pattern + r"|[、,，及和与/\s])+)[)）]\s*$")


def left_out(text: str) -> str:
    """The text with every contact bracket of a table's unit cells left out, and the head's bracket saying so."""
    lines = text.split("\n")
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and "\t" in lines[end]:
            end += 1
        if end > start:
            lines[start:end] = _table_without_contacts(lines[start:end])
        start = end + 1
    return "\n".join(lines)


def _table_without_contacts(rows: list[str]) -> list[str]:
    """The tab rows of one table, each cell's contact bracket left out, and the head's over a column that carried one."""
    cells = [row.split("\t") for row in rows]
    carried: set[int] = set()
    for row in cells:
        for k, cell in enumerate(row):
            if (name := _name_without_its_contact(cell)) is not None:
                row[k] = name
                carried.add(k)
    for k in carried:
        if k < len(cells[0]) and (head := HEAD.match(cells[0][k].strip())):
            cells[0][k] = head.group("name")
    return ["\t".join(row) for row in cells]


def _name_without_its_contact(cell: str) -> str | None:
    """The unit's name of a cell closing on its contact's bracket (a phone number in it, perhaps a person's name and
    labels), or None."""
    m = CELL.match(cell.strip())
    if not m or not PHONE.search(m.group("inside")):
        return None
    rest = CONTACT_LABEL.sub("", PHONE.sub("", m.group("inside")))
    return m.group("name") if PERSON.match(re.sub(r"[\s,，、;；:：/]", "", rest)) else None
