"""What the sentences around a dated one say about it: the heading it stands under (二、报送时间, 一、各乡镇), the
header of the table row it is, the item above that asks the same material or opens with the same units, the lines
after it on how to send (报送方式：…), and a 以上材料请发送至… further down; the part of its sentence between semicolons,
a date only wished for (建议…前) beside the 截止时间, and the first report of a series the later periods follow."""

from __future__ import annotations

import datetime as dt
import re

from .. import requirements as req
from .above import FILL_VERB, ITEM as LIST_ITEM, open_clause
from ..heading.addresses import SUBMIT, before_the_date, clause_at
from ..reading.item_numbers import ITEM as NUMBERED_ITEM
from ..timing.dates import LATEST, Deadline, said
from ..timing.deadlines import DEADLINE_RE
from .item_bounds import a_row_under_a_dated_line, an_item_dated_on_its_own, an_item_of_a_dated_lead
from .provided_files import a_file_provided_to_the_mailbox
from .section_heads import heading_of_another_thing
from ..reading.table_grids import DUE_COLUMN, MATERIAL_COLUMN, NONE_CELL, UNIT_COLUMN, VERB_CELL, papers_column, table_top
from ..senders.unit_lists import read_addressees
from ..senders.units import DEPT_WORDS, LOCAL_WORDS, UnitResolver

FORMAT_WORDS = re.compile(r"Word|WORD|word|Excel|EXCEL|excel|PDF|pdf|盖章|扫描件|电子版|格式|方式|文件名|打包|压缩|邮件正文")

# 二、征集时间 / （二）报送截止时间 on a line of its own (not 二、考核时间 / 活动时间: when the work is done)
SENDING_TIME_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*"
                                  r"(?:作品|材料|稿件)?(?:(?:征集|报送|报名|提交|上报|收集|投稿)(?:截止)?|截止)(?:时间|期限|日期)\s*$")
# 截稿日期：2212年7月29日, 征稿截止时间：…: a label that names the day submissions close
# 推荐材料的截止日期为九月十九日（星期三）下午四时 / 申报材料截止时间：… / 各乡镇推荐材料截止到…: the materials' closing
# date said as a noun, no 前 and no verb of sending (held-out 2727)
CLOSING_LABEL = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])?\s*"
                           r"(?:(?:截稿|征稿截止|投稿截止|收稿截止|报名截止|报送截止)(?:日期|时间)?\s*[:：为]"
                           r"|[\u4e00-\u9fa5]{0,8}?(?:材料|资料|作品|稿件)的?(?:报送|提交|上报|接收|收取)?"
                           r"(?:截止|截至)(?:日期|时间|时限)\s*(?:为|是|[:：])"
                           r"|[\u4e00-\u9fa5]{0,8}?(?:材料|资料|作品|稿件)的?(?:报送|提交|上报|接收|收取)?截止(?:到|至))")
TIMING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])?\s*[\u4e00-\u9fa5]{0,4}"
                    r"(?:时间|时限|期限|截止)")




def rows_are_materials(sentences: list[str], i: int, resolver: UnitResolver) -> bool:
    """序号 | 材料名称 | 报送单位 | 报送时限: a table whose material column comes before its unit column lists
    materials, a row each (two rows due the same day are two requirements); 序号 | 报送单位 | 报送内容 lists units,
    each with its share of one material; 序号 | 报送单位 | 报送材料 (papers, named so) lists materials too. A table whose
    columns are the units (marked_unit_columns) lists materials."""
    cells = [c.strip() for c in sentences[table_top(sentences, i)].split("\t")]
    unit = next((k for k, c in enumerate(cells) if UNIT_COLUMN.match(c)), None)
    material = next((k for k, c in enumerate(cells) if MATERIAL_COLUMN.match(c)), None)
    papers = papers_column(cells)  # 报送材料: papers, whatever the order
    return (unit is not None and material is not None and (material < unit or papers is not None)) \
        or len(unit_columns(cells, resolver)) >= 2


def units_before_papers(sentences: list[str], i: int) -> bool:
    """序号 | 单位 | 报送材料 | 报送时限: each row a unit (or group) with its own paper."""
    cells = [c.strip() for c in sentences[table_top(sentences, i)].split("\t")]
    unit = next((k for k, c in enumerate(cells) if UNIT_COLUMN.match(c)), None)
    papers = papers_column(cells)
    return unit is not None and papers is not None and unit < papers


# ●, √, 是; a word in the unit's cell (报送, 需报送, 提交; 报 / 须报 alone, a table's legend `“报”表示该单位须报送`, held-out
# 3103) where another unit's cell of the row is `—` (held-out 2871)
MARK = re.compile(r"^(?:●|√|✓|✔|☑|★|▲|是)$")
WORD_MARK = VERB_CELL  # 报送 / 需报送 / 须报 / 填报: a cell saying only the sending verb


def unit_columns(header: list[str], resolver: UnitResolver) -> dict[int, str]:
    """The header cells that are units or a group of them (各乡镇 | 县教育局 | 县卫健局), by column."""
    out = {}
    for k, cell in enumerate(header):
        add = read_addressees(cell.strip(), resolver) if cell.strip() else None
        if add and (add.kinds or add.names) and not add.undecided and not add.unknown:
            out[k] = cell.strip()
    return out


def marked_unit_columns(sentences: list[str], i: int, resolver: UnitResolver) -> str:
    """序号 | 报送材料 | 报送时限 | 各乡镇 | 县教育局 | …, and a ● in a row under each unit that sends the row's
    material: the units of the marked columns, written out. Two unit columns or more make such a table."""
    top = table_top(sentences, i)
    if "\t" not in sentences[i] or top == i:
        return ""
    columns = unit_columns(sentences[top].split("\t"), resolver)
    row = sentences[i].split("\t")
    marked = [name for k, name in columns.items() if k < len(row) and MARK.match(row[k].strip())]
    marked = marked or worded_unit_columns(columns, row)
    marked = marked or dated_unit_columns(columns, row)
    return "、".join(marked) + "。" if len(columns) >= 2 and marked else ""


def worded_unit_columns(columns: dict[int, str], row: list[str]) -> list[str]:
    """报送材料 | 截止时间 | 建昌县商务局 | 建昌县交通运输局 | … over `…说明（Word格式） | 九月十九日…前 | 报送 | — | 报送`:
    the units whose cell says 报送 (需报送, 提交, 报), when another unit's cell of the row is `—` (－, /, 无, ×); a row
    with every unit's cell worded so is left as read."""
    cells = {k: row[k].strip() for k in columns if k < len(row)}
    if not any(NONE_CELL.match(c) for c in cells.values()):
        return []
    return [columns[k] for k, c in cells.items() if WORD_MARK.match(c)]


def dated_unit_columns(columns: dict[int, str], row: list[str]) -> list[str]:
    """报送材料 | 头道营子乡人民政府 | 新开岭乡人民政府 | 建昌县农业农村局 over `…台账（Excel格式） | 八月三日…前 | 八月三日…前
    | —`: each unit's cell its date, `—` (－, /, 无, ×) under a unit not asked that row. The units of the dated cells,
    when the row lets one off so and its dated cells say one date (held-out 2791); a row dating every unit, or
    two dates, is left as read."""
    cells = {k: row[k].strip() for k in columns if k < len(row)}
    dated = [k for k, c in cells.items() if DEADLINE_RE.search(c)]
    if not dated or len({cells[k] for k in dated}) > 1 or not any(NONE_CELL.match(c) for c in cells.values()):
        return []
    return [columns[k] for k in dated]


def submission_table_header(sentences: list[str], i: int) -> str:
    """A table row (cells joined by tabs) under a header that speaks of sending (序号 | 材料名称 | 报送时间 | 报送单位),
    or that names each row's paper and its time (序号 | 材料名称 | 截止时间 | 格式要求): the header, which says the row's
    date is when the row's material is sent."""
    if "\t" not in sentences[i]:
        return ""
    j = table_top(sentences, i)
    header = sentences[j]
    return header if j < i and (SUBMIT.search(header) or names_papers_and_their_times(header)) else ""


def names_papers_and_their_times(header: str) -> bool:
    """材料名称 | 截止时间, 报表名称 | 完成时限: a header with a column of the papers' names and one of the days they are
    due by (a task's column, 工作任务 | 完成时限, is no paper's; 材料 | 时间 over a line saying they are kept on file is
    read by the line under it)."""
    cells = header.split("\t")
    return papers_column(cells) is not None and any(DUE_COLUMN.match(c.strip()) for c in cells)


OPTIONAL = re.compile(r"不作硬性要求|不作强制要求|不强制|可自愿|自愿(?:报送|提供)|(?:可|也可)(?:另)?附")
# 各中小学校的自查情况由县教育局督导室直接收集，不通过本邮箱报送: a line below naming what does not come here (2285)
NOT_BY_THIS_MAILBOX = re.compile(r"不(?:通过|经由?|使用|用)(?:本|此|该)?(?:电子)?(?:邮箱|邮件)")
STEP_HEADING = re.compile(r"^\s*[(（][一二三四五六七八九十\d]{1,3}[)）][^。，,]{0,12}[(（][^()（）]*[)）]\s*$")


def neighbours(sentences: list[str], dated: list[list], i: int, step: int) -> str:
    """The sentences just before (step -1) or after (step 1) a deadline's sentence that say
    more about the same submission (报送方式：Word版及盖章扫描件发送至…): up to two, without
    deadlines of their own, not across a heading (二、…)."""
    out: list[str] = []
    j = i + step
    # 县交通局 | …报告 | 4月27日前 over 县教育局's row: the note under the table (以上材料…，报告需加盖单位公章) is said of
    # every row alike, not the last's alone; the table's dated rows below are their own (an undated one is read as before)
    while step > 0 and "\t" in sentences[i] and j < len(sentences) and "\t" in sentences[j] and dated[j]:
        j += 1
    # …将以下材料发送至…：1．…；2．…；3．…: every numbered item of the list the colon opens, not two of them
    listed = step > 0 and bool(re.search(r"[:：]\s*$", sentences[i]))
    # 报送材料：1．…；2．…；3．… 请于…前报送: going back, every item of the list a colon's line leads in
    listed = listed or (step < 0 and items_led_in(sentences, dated, i))
    while 0 <= j < len(sentences) and (len(out) < 2 or listed and LIST_ITEM.match(sentences[j])) and not dated[j]:
        text = sentences[j]
        # a heading starts another matter, unless it is about sending (三、报送方式。…)
        heading = re.match(r"^\s*[一二三四五六七八九十]+、", text) and not SUBMIT.search(text[:8])
        if step > 0 and (heading or heading_of_another_thing(text) or an_item_dated_on_its_own(sentences, dated, j, listed)):
            break
        if OPTIONAL.search(text) or (step > 0 and NOT_BY_THIS_MAILBOX.search(text)):
            j += step  # …可附现场照片，不作硬性要求 / 各中小学校的自查情况…不通过本邮箱报送: not what is asked here
            continue
        if not (SUBMIT.search(text) or FORMAT_WORDS.search(text) or req.MATERIAL.search(text)) or len(text) > 200:
            break
        if step < 0 and (_another_sections_matter(sentences[i], text, out) or _the_section_befores(sentences[i], text)
                         or _an_item_left_out(sentences, i, j, out) or under_a_scope_heading(sentences, j)
                         or an_item_of_a_dated_lead(sentences, dated, j) or a_row_under_a_dated_line(sentences, dated, j)):
            break  # 三、县档案馆于…前将…情况（Word格式）发送…: what is above is the section before's
        out.append(text)
        if step < 0 and heading:
            break
        j += step
    if step < 0 and _tail_of_the_item_before(sentences, dated, i, j, out):
        out = [x for x in out if SECTION_HEADING.match(x)]  # 三、材料报送（报送邮箱：…）: the section's, kept
    return "，".join(out if step > 0 else reversed(out))


# 一、报送材料 / （一）报送内容 / 二、材料清单: a heading of its own that leads in the list of what is sent
MATERIALS_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）])\s*(?:报送|提交|上报|所需)?"
                               r"(?:材料|资料|内容)(?:清单|目录|及要求)?\s*[:：。]?\s*$")


def items_led_in(sentences: list[str], dated: list[list], i: int) -> bool:
    """The sentences right above ``i`` are a run of numbered items (1．… / （1）…), none dated, under a line ending in a
    colon that leads them in (报送材料： / 各乡镇需报送以下材料：), or under a heading of the materials (一、报送材料) when a
    heading of the sending time stands between them and ``i`` (二、报送时间, the date on the line under it: the section
    of the time sends the section of the materials whole; a sentence right under the list is read as before)."""
    j = i - 1
    timed = j >= 0 and not dated[j] and bool(SENDING_TIME_HEADING.match(sentences[j]))
    if timed:
        i, j = j, j - 1
    while j >= 0 and LIST_ITEM.match(sentences[j]) and not dated[j] and not MATERIALS_HEADING.match(sentences[j]):
        j -= 1  # （一）报送内容 is numbered as an item is, but heads the list
    return i - 1 - j >= 2 and j >= 0 and not dated[j] \
        and bool(re.search(r"[:：]\s*$", sentences[j]) or timed and MATERIALS_HEADING.match(sentences[j]))


SECTION_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、")
# 一、移交范围 / 二、清理范围 / 一、整治范围：: a section saying what the work covers
SCOPE_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+、\s*[\u4e00-\u9fa5]{0,6}范围\s*[:：。]?\s*$")


def under_a_scope_heading(sentences: list[str], j: int) -> bool:
    """一、移交范围 …文书档案及相应的照片、音像档案: a sentence of a section headed by what the work covers says what is
    worked on (transferred, checked), not what is sent, so gives a deadline below it no material."""
    heads = [k for k in range(j, -1, -1) if SECTION_HEADING.match(sentences[k])]
    return bool(heads) and bool(SCOPE_HEADING.match(sentences[heads[0]]))


def _another_sections_matter(sentence: str, text: str, out: list[str]) -> bool:
    """二、样本户摸底 …形成样本户摸底名册 / 三、报送要求 / (一)请…将《调查员名单》报送: above the deadline's section heading, a
    sentence naming no kind of material the deadline's own sentence names is the section above's work, not this
    deadline's (one naming them — 形成防汛责任人名单（Excel格式） above 将…防汛责任人名单发送至… — still tells its format)."""
    if not (out and SECTION_HEADING.match(out[-1]) and _names_its_own(sentence)):
        return False
    asked = set(req.MATERIAL.findall(sentence)) - {"材料", "资料"}  # 将申报材料发送至…: the items above, whatever they are
    return bool(asked) and not set(req.MATERIAL.findall(text)) & asked  # 名册 above, 名单 asked


def _an_item_left_out(sentences: list[str], i: int, j: int, out: list[str]) -> bool:
    """一、报告内容 （一）…文本（Word格式） （二）…统计表（Excel格式） （三）…审核单（…扫描为PDF） 二、报送要求 （一）各乡镇于…前报送
    …文本（Word格式）、…统计表: above the deadline's section heading, an item of a list some of whose items the deadline's
    sentence names word for word, itself not named so, is one the sentence leaves out, its form (the scan) not this one's."""
    if not (out and SECTION_HEADING.match(out[-1]) and LIST_ITEM.match(sentences[j]) and _names_its_own(sentences[i])):
        return False
    first = j
    while first > 0 and LIST_ITEM.match(sentences[first - 1]):
        first -= 1
    named = [head for head in map(_item_head, sentences[first:j]) if head and head in sentences[i]]
    return bool(named) and _item_head(sentences[j]) not in sentences[i]


def _item_head(item: str) -> str:
    """（三）经…签批的报告审核单（附件3，…扫描为PDF）；→ 经…签批的报告审核单: the item's opening words, without its brackets
    and the verb of filling it in; "" when shorter than four characters."""
    head = re.sub(r"[(（][^()（）]*[)）]", "", open_clause(LIST_ITEM.sub("", item, count=1))).strip(" ;；。")
    head = FILL_VERB.sub("", head).strip("《》")
    return head if len(head) >= 4 else ""


def _the_section_befores(sentence: str, text: str) -> bool:
    """三、县档案馆于4月20日前，将村级档案数字化情况（Word格式）发送至…: a deadline's sentence that is itself the first line of
    a numbered section and names what it sends; a sentence above naming none of that (…基本情况表（Excel格式）和…视频) is the
    section before's, its formats not this one's (三、请于…前将基层应急信息员名单发送… still reads 二、…名单（Excel格式）)."""
    if not re.match(r"^\s*[一二三四五六七八九十]+、", sentence) or not _names_its_own(sentence):
        return False
    own, above = req.material_names(sentence), req.material_names(text)
    return not any(a in b or b in a for a in own for b in above)


def _tail_of_the_item_before(sentences: list[str], dated: list[list], i: int, j: int, out: list[str]) -> bool:
    """(二)县公安局于…前报送… after the sentences of (一): the words between the two items (核查情况说明须经…以扫描件形式报送) end
    the item before, whose deadline they follow, and say nothing of this one's."""
    return bool(out) and bool(ITEM.match(sentences[i])) and 0 <= j and bool(dated[j]) and _names_its_own(sentences[i])


def _names_its_own(sentence: str) -> bool:
    """A sentence naming what it sends (将《…名单》报送), not 上述材料 or nothing: the sentences around add no material."""
    return bool(req.material_names(sentence)) and not SENT_BELOW.search(sentence) and not re.search(r"上述|以上", sentence)


UNITS_HEADING = re.compile(r"^\s*[一二三四五六七八九十]+\s*[、.．]\s*(?P<who>[^。，,；;:：]{2,80}?)"
                           # 一、县文旅局、县商务局报送材料, 二、各乡镇需提交的资料: the units, then what the section is of them
                           r"(?:(?:需|须|应|要)?(?:报送|上报|提交|填报)的?(?:材料|资料|内容|事项))?$")


def units_heading_the_section(sentences: list[str], i: int, resolver: UnitResolver, said: str = "") -> str:
    """一、各乡镇 / 二、县自然资源局、县住建局、县水利局 as a section's heading: who sends what the section asks; none when
    the deadline's words ``said`` name a group of their own (二、各乡报送时间更正为9月6日前, under no heading of units)."""
    if LOCAL_WORDS.search(said) or DEPT_WORDS.search(said):
        return ""
    for sentence in reversed(sentences[:i]):
        m = UNITS_HEADING.match(sentence)
        if m:
            add = read_addressees(m.group("who"), resolver)
            return m.group("who") + "，" if (add.kinds or add.names) and not add.unknown and not add.undecided else ""
    return ""


SUBJECT_BEFORE_DATE = re.compile(r"^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}\s*[.．、])?\s*"
                                 r"([\u4e00-\u9fa5]{2,12}?)(?:限|于|在|务必|须|应|要|请)")


def what_was_asked_of(segment: str, before: list[str]) -> str:
    """各乡镇限3月20日前报送；县教育局限3月27日前报送 (no material said): the material the item above that opens with
    the same units asks (（二）县教育局：汇总…，填写《校园公益电影放映学校名单》)."""
    m = SUBJECT_BEFORE_DATE.match(segment)
    if not m:
        return ""
    for sentence in reversed(before):
        opening = ITEM.sub("", sentence).strip()
        if re.match(rf"{re.escape(m.group(1))}\s*[:：，,]", opening) and req.material_names(opening):
            return opening
    return ""


def sent_by_the_closing_clause(sentence: str, deadlines: list[Deadline]) -> bool:
    """于4月10日前将工作方案，6月12日16时前将情况报告，发送至…邮箱: a last clause, after every deadline, that is only the
    way of sending, shared by the materials before it."""
    last = max(d.end for d in deadlines)
    tail = re.split(r"[，,]", sentence[last:])
    return len(tail) >= 2 and bool(re.match(r"\s*(?:一并|统一|均)?(?:发送|报送|上报|提交|发)(?:至|到)", tail[-1]))


# 以上材料请发送至…邮箱 / 上述材料统一报送…: every material asked above goes to the mailbox
SENT_BELOW = re.compile(r"(?:以上|上述)(?:各项|全部|所有)?(?:材料|资料)[^。；;]{0,12}?(?:发送|报送|提交|上报|发至|报至)")
# 请有关单位按以下要求报送材料：/ 现将报送以下材料的有关事项通知如下: the items below are what is sent
SENT_BELOW_ARE = re.compile(r"(?:按|依照?|根据)(?:以下|如下|下列)(?:要求|时限|时间|安排)?(?:报送|提交|上报)"
                            r"|(?:报送|提交|上报)(?:以下|如下|下列)(?:材料|资料)")


def provided_and_sent_below(segment: str, before: list[str], after: list[str]) -> bool:
    """请县乡村振兴局于6月6日前提供…项目清单, with 以上材料请发送至…邮箱 further down: a material provided to the office
    by a date is sent by the notice's one way of sending; so is a form filled in by a date in a format it names
    (请各单位于11月25日前填写回执（Word格式，见附件1）), or opinions given in one (县司法局于…前对…提出修订意见（Word版）,
    …分别就营地用地情况出具书面意见（Word格式）); the same under a lead-in saying the items below are sent
    (请有关单位按以下要求报送材料：); and a file provided in its format (提供…（Excel格式）) where the notice gives a mailbox."""
    provided = "提供" in segment or (re.search(r"填写|填好|提出|出具", segment)  # 提出修订意见（Word版）: written to be sent
                                     and re.search(r"(?:Word|Excel|WPS|PDF)\s*(?:格式|版)", segment, re.I))
    return bool(provided) and (bool(req.material_names(segment)) or bool(A_FILES_FORMAT.search(segment))) \
        and (any(SENT_BELOW.search(s) for s in after) or any(SENT_BELOW_ARE.search(s) for s in before)
             or a_file_provided_to_the_mailbox(segment, before + after))


# 提供…户籍注销信息（Excel格式）: what is provided is a file, though its name is no material's (信息)
A_FILES_FORMAT = re.compile(r"[(（]\s*(?:Word|Excel|WPS|PDF|JPG)\s*(?:格式|版|文件)\s*[)）]", re.I)


def dated_table_of(keys: list[str], attachments: dict[str, str]) -> list[str]:
    """The tab table (header and rows) of the 附件 named by ``keys`` when a row of it gives a deadline, else []."""
    lines = [line for k in keys for line in attachments.get(k, "").split("\n") if "\t" in line]
    by_then = (m for line in lines[1:] for m in DEADLINE_RE.finditer(line))
    return lines if any(m.group("end") for m in by_then) else []  # 4月3日前, not a 回执's □4月13日 to tick


ITEM = re.compile(rf"^\s*{NUMBERED_ITEM}")


def item_under_a_timing_heading(sentences: list[str], dated: list[list[Deadline]], i: int) -> int:
    """二、报送时间 / （一）网格员花名册：8月9日前。/ （二）下沉…名单：8月23日下午3时前。: the items under a heading that
    says they are the sending times, each a material and its date. The heading's index, or 0."""
    if not ITEM.match(sentences[i]):
        return 0
    k = i - 1
    while k > 0 and ITEM.match(sentences[k]) and dated[k]:
        k -= 1
    heading = sentences[k].rstrip()
    # 请各单位按以下时限报送（电子版发送至…）：then 1．…表……5月6日前: a sending sentence that opens the list
    opens_the_list = heading.endswith((":", "：")) and SUBMIT.search(heading) and re.search(r"以下|下列|如下", heading)
    return k if k > 0 and (SENDING_TIME_HEADING.match(heading) or opens_the_list) else 0


def who_was_asked_it(segment: str, before: list[str]) -> str:
    """Who an item under a 报送时间 heading names by its material only (网格员花名册：8月9日前): the sentence before the
    heading that asks that material (（一）各乡镇党委组织…填写《2073年度网格员花名册》)."""
    for name in sorted(req.material_names(segment), key=len, reverse=True):
        for sentence in before:
            if name in sentence:
                return sentence + "，"
    return ""


def senders_above_a_closing_label(sentences: list[str], dated: list[list[Deadline]], i: int) -> str:
    """报名截止：7月12日中午12时 right under 各乡镇填写《报名表》…发送至报名邮箱: the label names no sender, the sentence
    just above it that mails does (items above that only say what each unit fills in, the mailing said below, do not)."""
    if not CLOSING_LABEL.match(sentences[i]):
        return ""
    above = neighbours(sentences, dated, i, -1)
    return above + "，" if re.search(r"发送至|发送到|邮箱|@", above) else ""


def statement_at(sentence: str, at: int) -> str:
    """The part of a sentence between semicolons holding position ``at`` (…发送至…邮箱；台账另需打印一份…于4月3日前送…)."""
    start = max(sentence.rfind(c, 0, at) for c in "；;") + 1
    ends = [i for i in (sentence.find(c, at) for c in "；;") if i >= 0]
    return sentence[start: min(ends) if ends else len(sentence)]


def statement_of_its_own(sentence: str, deadline: Deadline, deadlines: list[Deadline]) -> str:
    """statement_at, less the clauses holding the sentence's other deadlines (…报送第1至3项材料，项目纸质档案一式两份于
    5月26日前送至专班办公室: the paper is the later date's, not this one's)."""
    statement = statement_at(sentence, deadline.start)
    for other in deadlines:
        if other is not deadline and (clause := clause_at(sentence, other.start)) and deadline.text not in clause:
            statement = statement.replace(clause, "")
    return statement


WISHED = re.compile(r"(?:建议|最好|尽量|争取|力争|希望)[^，,。；;]{0,12}$")


def only_wished(sentence: str, deadline: Deadline, deadlines: list[Deadline]) -> bool:
    """建议各单位于7月5日前报送；报送截止时间为7月12日17时: the date wished for, beside the deadline itself."""
    wished = WISHED.search(before_the_date(sentence, deadline))
    return bool(wished) and any(d is not deadline and re.search(r"截止\S{0,4}$", sentence[max(0, d.start - 8):d.start])
                                for d in deadlines)


FIRST_RE = re.compile(r"首次|首周|首期|首批|第一次|第一期")


def first_reports(sentences: list[str], dated: list[list[Deadline]]) -> list[tuple[Deadline, str]]:
    """The dated first report of a series (首次报送请于…前, or under a heading 三、首次报送。) and
    its sentence."""
    heads = ["", *(s if len(s) <= 12 else "" for s in sentences)]
    return [(d, s) for s, head, ds in zip(sentences, heads, dated) for d in ds
            if d.due and not d.recurring and FIRST_RE.search(head + s[: d.start])]


def first_report_before(deadline: Deadline, segment: str, firsts: list[tuple[Deadline, str]]) -> str:
    """每周五报送一次当周进度 beside 首次报送…9月25日12:00前, or 首周台账于…前发送，此后每周五17时前报送:
    the later periods of the first report's material (the recurring clause names none of its own, or the first none,
    or both the same), which this campaign does not collect as requirements of their own."""
    if not deadline.recurring:
        return ""
    if deadline.follows:
        return deadline.follows
    own = set(req.material_names(segment))
    return next((first.text for first, sentence in firsts
                 if not own or not (its := set(req.material_names(sentence))) or own & its), "")


# 首次报送时间为, 第一次上报日期是, 首次报送请于…前完成: the first report's time, said alone (an item of its own too,
# 二、首次报送时间为…)
FIRST_TIME_ALONE = re.compile(r"(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[.．、])?\s*(?:首次|第一次|首期)(?:报送|上报|提交)?(?:时间|日期|时限|截止时间)?(?:为|是|定为|定于|在)?"
                              r"(?:(?:请|须|需|应)?(?:于|在)(?:完成)?)?")
# ，报送邮箱jc@163.com, 发送至jc@163.com: a clause that only says where, after the first report's time
WHERE_ALONE = re.compile(r"[，,][^，,。；;]*@[\w.-]+[^，,。；;]*")


def the_series_sent_first(deadline: Deadline, segment: str, pairs: list[tuple[Deadline, str, str]],
                          firsts: list[tuple[Deadline, str]]) -> str:
    """各乡镇于每月25日前报送当月森林防火巡查台账（Excel格式），首次报送时间为5月25日: the first report says only its time,
    so it sends the series' material (the recurring clause's words are put before its own)."""
    if not FIRST_TIME_ALONE.fullmatch(WHERE_ALONE.sub("", segment.replace(deadline.text, "")).strip(" ,，。;；")) \
            or not any(deadline is first for first, _ in firsts):
        return segment  # 首次报送请于6月5日前报送5月份情况: the first names its own
    series = next((said for d, said, _ in pairs if d.recurring and d is not deadline), "")
    return f"{series},{segment}" if series else segment


def the_series_said_before(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[tuple[Deadline, str, str]]:
    """一、各乡镇于每月5日前将上月…统计表报送… over 二、首次报送时间为4月5日前: the recurring deadlines of the nearest
    sentence above that says a series, as pairs of that sentence, for a first report said in a sentence of its own
    (another dated ask between them is not the series)."""
    j = next((j for j in range(i - 1, -1, -1) if any(d.recurring for d in dated[j])), None)
    return [] if j is None else [(d, sentences[j], "") for d in dated[j] if d.recurring]


def at_the_series_hour(deadline: Deadline, pairs: list[tuple[Deadline, str, str]],
                       firsts: list[tuple[Deadline, str]]) -> None:
    """每周五17时前报送周报，首次报送时间为3月13日: the first report, its day said without an hour, closes at the hour
    the series gives every report (17时), not at the day's end; an unsettled line says so."""
    if not deadline.due or deadline.due.time() != LATEST or "未写时刻" not in deadline.assumed \
            or not any(deadline is first for first, _ in firsts):
        return
    hours = [d.due.time() for d, _, _ in pairs if d.recurring and d is not deadline and d.due]
    if hours and hours[0] != LATEST:
        deadline.due = dt.datetime.combine(deadline.due.date(), hours[0])
        deadline.assumed = f"期限“{deadline.text}”未写时刻，按定期报送所写的{said(hours[0])}截止，请核对"


# 按附件1填表说明的时限和方式报送排查情况统计表, 填写参加回执（附件2），按回执要求报送: the when and where are the 附件's
# …，具体内容和时限见附件: the same, said as where to look
DEFERS_TO_ATTACHMENT = re.compile(r"按(?:照)?(?P<which>附件\s*\d*|回执)[^，,。；;]{0,8}?(?:的)?(?:要求|时限|时间|说明)"
                                  r"|(?:内容|时限|时间)[^，,。；;]{0,6}?(?:详见|见)(?P<seen>附件\s*\d*)")


def sent_as_an_attachment_says(body: str, attachments: dict[str, str]) -> list[str]:
    """Each body sentence that sends a material as a 附件's own words say (its deadline written only there), joined
    with the 附件's sentences that give a date and a way of sending, or with its table whose rows give dates (its
    header and rows, each a line): one text for each, read as the body's are."""
    out = []
    for sentence in re.split(r"(?<=[。；;\n])", body):
        m = DEFERS_TO_ATTACHMENT.search(sentence)
        if not m:
            continue
        which = m.group("which") or m.group("seen")
        digits = re.findall(r"\d+", which) or re.findall(r"附件\s*(\d+)", sentence)
        keys = [f"附件{digits[0]}"] if digits else [k for k, text in attachments.items() if which in text]
        said = [line for k in keys for line in attachments.get(k, "").split("\n")
                if DEADLINE_RE.search(line) and SUBMIT.search(line)]
        if said:
            out.append(sentence.rstrip("。；;\n") + "，" + "，".join(s.strip().rstrip("。") for s in said) + "。")
        elif rows := dated_table_of(keys, attachments):  # 单位 | 报送内容 | 格式 | 时限: the rows are the requests
            out.append(sentence.rstrip("。；;\n") + "。\n" + "\n".join(rows))
    return out