"""A paper the notice titles in 《》 is one name, however it is worded: `《2103年“大凌河之春”书画摄影作品报送汇总表》`.
A verb inside it (报送, 编制 …) is a word of the name where the words after it are a bare noun (汇总表, 说明), not the
verb that sends what follows it (`requirements.material_names`, `name_past_its_verbs`), and an event's name quoted inside it
(“大凌河之春”, ‘…’, 「…」, "…") is part of the title the clerk and the units see: the material's name is read after the
quote (its words and hints say the paper, 书画摄影作品报送汇总表), and the part's title is given the quoted name back
with its year (`year_in_part_titles.year_naming`)."""

from __future__ import annotations

import re

from ..words import WORK_ON_A_MATTER, a_drive_work, a_kind_of_paper, as_mails_write_it, bare, words_of

# “大凌河之春”, ‘慈心助学’, 「两违」, 『…』, "…": an event's or a campaign's name in quotation marks
QUOTED_NAME = r"(?:“[^“”《》]{1,20}”|‘[^‘’《》]{1,20}’|「[^「」《》]{1,20}」|『[^『』《》]{1,20}』|\"[^\"《》]{1,20}\")"
# the marks that open or close such a name: where a material's name, walked back from its noun, starts
QUOTE_MARKS = "“”‘’「」『』\""


def within_one_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside one 《…》: the last 《 before it is not closed before it, and the first 》 after it
    comes before any other 《."""
    opened, closed = text.rfind("《", 0, start + 1), text.find("》", end)
    if opened < 0 or closed < 0 or "》" in text[opened:start]:
        return False
    return "《" not in text[end:closed]


# 编制说明, 填报说明, 起草说明: the notes on how a paper was made, one noun with its verb (部门预算编制说明, never 说明)
NOTES_ON_ITS_MAKING = re.compile(r"(?:编制|填报|制定|起草|修订)说明$")


def name_past_its_verbs(name: str, verbs: re.Pattern, in_a_title: bool) -> str:
    """A material's name, walked back from its noun, after the last verb in it (每个单位报送案例 → 案例); in 《》, where the
    words after the verb are a bare noun that names no paper (《…作品报送汇总表》 → 汇总表, 《…年报编制说明》 → 说明),
    the verb is a word of the title and the name is read whole (书画摄影作品报送汇总表); the notes on a paper's making
    keep their verb, and the verbs are looked for before it (报送部门预算编制说明 → 部门预算编制说明)."""
    notes = NOTES_ON_ITS_MAKING.search(name)
    head, noun = (name[:notes.start()], notes.group()) if notes else (name, "")
    after = verbs.split(head)[-1] + noun
    return name if in_a_title and bare(after) else after


# “无讼村（社区）”, “两癌”: a quoted name closing right before where the walk back stopped; not one of two side by side
# (《“红旗窗口”“服务标兵”推荐表》: one form for two honours, neither its topic alone)
QUOTED_BEFORE = re.compile(rf"(?<![{QUOTE_MARKS}]){QUOTED_NAME}$")


def with_its_quoted_topic(text: str, start: int, name: str) -> str:
    """The name walked back to a quote mark inside its 《》 (《“无讼村（社区）”推荐表》 → 推荐表, 《农村适龄妇女“两癌”筛查目标
    人群摸底登记表》 → 筛查目标人群摸底登记表), when it tells no matter of its own — a bare or a kind of paper, or one opening
    with the work done (筛查, 治理) — is read with the quoted name before it, its topic: “无讼村（社区）”推荐表, “两癌”筛查目标
    人群摸底登记表, as the notice writes it (the title); its words and hints are written as mails write it
    (`words.as_mails_write_it`: 无讼村推荐表). A name with a topic of its own (《“大凌河之春”书画摄影作品报送汇总表》 →
    书画摄影作品报送汇总表) stays as read."""
    quoted = QUOTED_BEFORE.search(text, 0, start)
    if not quoted or not text.startswith(name, start) or not within_one_title(text, quoted.start(), start + len(name)) \
            or not tells_no_matter(name):
        return name
    # “双随机、一公开”: a 、 inside the quote is the quoted name's own
    return quoted.group() + name if re.fullmatch(r"[\u4e00-\u9fa5、]{2,12}", as_mails_write_it(quoted.group())) else name


def tells_no_matter(name: str) -> bool:
    """推荐表, 情况统计表, 筛查目标人群摸底登记表: a name bare or a kind of paper alone, or opening with the work done on its
    matter (a drive's work, `words.DRIVE_WORK`, or `words.WORK_ON_A_MATTER`), the matter left unsaid."""
    words = words_of(name)
    return bare(name) or a_kind_of_paper(words) or bool(words) and (a_drive_work(words[0]) or words[0] in WORK_ON_A_MATTER)
