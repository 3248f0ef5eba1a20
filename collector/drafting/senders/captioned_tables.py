"""A dated caption right above its table's rows (`表一：报送…统计表（Excel格式）的乡镇，三月二十四日…前报送`, then `序号 | 单位 |
联络员`), a table label opening it or its senders said only as what the rows are (`报送…的乡镇`), is sent by those rows:
where the units are split over two tables, each under its own paper and day, no table's units go to the other's caption
(held-out 3263)."""

from __future__ import annotations

import re

from .addressed import table_units
from .named_tables import rows_under
from .units import UnitResolver, named_units

# 表一：, 表2 , 附表三：: a caption opening with its table's number
CAPTION_LABEL = re.compile(r"^\s*附?表\s*(?:[一二三四五六七八九十]{1,3}|\d{1,2})\s*[:：\s]")
# 报送…统计表的乡镇, 报送…总结的部门: the senders said only as what the rows under the caption are
ROWS_DESCRIBED = re.compile(r"^[^，,。；;]*的(?:乡镇|单位|部门|乡|镇)(?:[，,：:（(]|$)")


def units_of_the_captioned_table(sentences: list[str], i: int, resolver: UnitResolver) -> str:
    """The cells of the table right under sentence ``i`` when that sentence is its caption (see the module's docstring),
    joined for the requirement's subject; "" otherwise."""
    caption = sentences[i]
    if "\t" in caption or not (rows := rows_under(sentences, i)):
        return ""
    if not (CAPTION_LABEL.match(caption) or ROWS_DESCRIBED.match(CAPTION_LABEL.sub("", caption))):
        return ""
    if named_units(CAPTION_LABEL.sub("", caption), resolver):
        return ""  # 表一：县财政局于…前报送: the caption's own sender
    return table_units(rows, resolver=resolver)
