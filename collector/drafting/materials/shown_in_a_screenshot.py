"""Papers named only as what a screenshot shows: `并附消毒设备运行记录和药剂投加台账的截图`, `并附浴池卫生许可证及水质检测结果
公示栏的现场截图` — the things named before `的…截图` (one thing, or a few joined by 和 / 及 / 与 / 、) are the matter of one
picture, no paper of their own (``shown_in_a_screenshot``, read by `requirements.material_names`). With no 的 the names
are a list (`并附浴池卫生许可证、现场截图`: the licence and the screenshot); a time before the 的 says when the picture
is taken, not what of (`报送整改报告和整改前后的截图`: the report stays). Papers named in a row right before their own pictures of
before and after (`连同公务用车台账、公务接待台账整改前后对比截图`: the last glued to `整改前后对比截图`, the others joined to it by
、 / 和 / 及 / 与 ending on the same material word) are what the pictures show too (``BEFORE_AND_AFTER``), and so
are papers of any words before a last one that is a paper kept (`统计台账、原始记录整改前后对比截图`: a ledger and records,
``KEPT_PAPER_LAST``); a paper joined to pictures of the work (`问题台账和整改前后对比截图`) stays."""

from __future__ import annotations

import re

# 台账的截图, 台账和…公示栏的现场截图: from the material word's end, the rest of its clause's names (no punctuation, no
# bracket), 的, a few words of where or what screen (现场, 页面, 系统), the screenshot; a time word (前 / 后 / 时) right
# before the 的 is when, no thing shown
SHOWN = re.compile(r"(?P<between>[^，,。；;:：()（）《》\s的]{0,24}?)(?<![前后时])的[\u4e00-\u9fa5]{0,4}?截图")


# 台账、公务接待台账整改前后对比截图, 记录和清洗记录整改前后对比照片: from the material word's end, the rest of its row of names
# (a joiner first, no punctuation, no bracket), the last name glued to (a few words of its work and) 前后, then (对比 /
# 比对) the pictures
BEFORE_AND_AFTER = re.compile(r"(?P<row>[、和及与][^，,。；;:：()（）《》\s的]{1,24}?)前后(?:对比|比对)?(?:截图|照片|图片)")
# 统计台账、原始记录整改前后对比截图: the last of the row a paper kept (a ledger, records, a list, files), whatever the
# words of the others: the row a list of such papers, the pictures of them all (a few words of the work after it)
KEPT_PAPER_LAST = re.compile(r"(?:台账|台帐|记录|档案|清单|报表|账簿|账册|凭证|日志|登记簿|名册)[\u4e00-\u9fa5]{0,4}$")


def shown_in_a_screenshot(text: str, end: int, verbs: re.Pattern) -> bool:
    """The material word ending at ``end`` names what a screenshot after it in its clause shows (``…的截图``), no verb
    of ``verbs`` (sending, making) between, or a row of papers of its kind before their pictures of before and after
    (``…台账、…台账整改前后对比截图``)."""
    m = SHOWN.match(text, end)
    if m and not verbs.search(m.group("between")):
        return True
    m = BEFORE_AND_AFTER.match(text, end)
    if not m or verbs.search(m.group("row")):
        return False
    last = re.split(r"[、和及与]", m.group("row"))[-1]  # the name glued to the pictures
    word = text[max(0, end - 2):end]  # the material word's last two characters: 台账, 记录
    return bool(re.search(re.escape(word) + r"[\u4e00-\u9fa5]{0,4}$", m.group("row")[1:]) or KEPT_PAPER_LAST.search(last))
