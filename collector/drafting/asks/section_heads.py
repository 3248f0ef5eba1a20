"""A numbered heading naming the thing its own section has sent (`二、调查表报送`, `三、联络员报送`): though it says 报送, it
opens another matter, so it is no more words about the sending of the section above it (whose 直接写在邮件正文中 facts
are no 调查表). A heading about the sending itself (`三、报送方式`, `二、材料报送`, `四、报送要求`) still is."""

from __future__ import annotations

import re

# 二、调查表报送, 三、联络员信息报送。: a number, the thing, then 报送 and nothing more on the line
THING_SENT_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、\s*(?P<what>[^，,。；;：:\s]{2,12}?)的?"
                                r"(?:报送|上报|提交|报备)\s*[。：:]?\s*$")
# 材料报送, 有关资料报送: a heading that names nothing of its own
NOTHING_OF_ITS_OWN = re.compile(r"^(?:有关|相关|各项|全部|所需)?(?:材料|资料|信息|文件|内容|数据|成果|事项)$")


def heading_of_another_thing(text: str) -> bool:
    """``text`` is a numbered heading of the form X报送 whose X names a thing of its own."""
    m = THING_SENT_HEADING.match(text)
    return bool(m) and not NOTHING_OF_ITS_OWN.match(m.group("what"))
