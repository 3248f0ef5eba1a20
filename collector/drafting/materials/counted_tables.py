"""Tables counted alone to open a sentence with its ask (`两张表一并报送，请于…前发送至…`, `三个表格请于…前报送`): the
tables the notice listed above (`填写以下两张表：1.《…自查表》…；2.《…台账》…`), pointed back at as `以上两项材料` is, never
a material named 两张表. The sentence is read as `以上两项材料一并报送…` (`above.SENDS_ABOVE`, `above.listed_items`). A count
of tables inside a sentence (`填写以下两张表：`, `将两张表发送至…`) is left as it is."""

from __future__ import annotations

import re

# 两张表, 三个表格, 2张报表: tables counted, with no name
COUNTED_TABLES = r"(?P<count>[两二三四五六七八九十]|\d{1,2})\s*[张份个](?:表格?|报表)"
# 一并, 请, 须: the ask right after them, as after 以上两项材料 (above.FRONTED_ASK)
ASK = r"请|须|需|务必|一并|统一"
OPENING_COUNT = re.compile(rf"^(?P<lead>\s*)(?:以上|上述|前述|这)?{COUNTED_TABLES}(?=\s*(?:{ASK}))")


def as_the_items_above(sentence: str) -> str:
    """两张表一并报送… → 以上两项材料一并报送…; any other sentence as it is."""
    return OPENING_COUNT.sub(lambda m: f"{m.group('lead')}以上{m.group('count')}项材料", sentence, count=1)
