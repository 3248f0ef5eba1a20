"""What 请于…前将上述材料发送至… sends: the numbered items listed above it (（一）《…统计表》（Excel格式）…
（二）…典型案例1篇（Word格式）…), each item's opening clause, or the sections above it headed by a kind of
unit (一、各乡镇 … 报送A；二、县政府各部门 … 报送B), each section's material owed by that section's units.
And a date the units hold something by (各乡镇要在4月18日前组织…开展二级培训，并报送…), not the date to send."""

from __future__ import annotations

import dataclasses
import re

from collector.numerals import cn_int

from ..materials import mail_body, material_lists
from .. import requirements as req
from ..heading.addresses import SUBMIT
from ..timing.dates import Deadline
from ..senders.excused_items import LET_OFF_VERB
from ..materials.stamped import STAMP
from ..reading.item_numbers import BRACKETED_ITEM, CHINESE_ITEM, ITEM as NUMBERED_ITEM
from ..senders.unit_lists import read_addressees
from ..senders.units import UnitResolver, named_units, names_no_one

N = r"[一二两三四五六七八九十\d]{1,2}"
# an item's number as the list writes it: 1, 一 or （一）
NUMBER = rf"[(（]?{N}[)）]?"
# 将前述第1至3项材料, 上述第2项材料, 前述第（一）（二）项: the items chosen by their numbers (two side by side, or joined by
# 、 / 和, are those two)
CHOSEN = rf"第(?P<first>{NUMBER})(?:项)?(?:(?P<sep>至|到|—|-|~|、|和|及|)第?(?P<last>{NUMBER}))?项"
# 前述三项验收材料, 前述第（一）（二）项调查材料: a word of what they are for between the items and 材料
FOR = r"(?:[\u4e00-\u9fa5](?<![的和及与])[\u4e00-\u9fa5](?<![的和及与]))?"
# 上述第一部分所列三项材料: the items of a section named by its number
PART = rf"(?:第(?P<part>{N})部分(?:所列|列出的|中的?)?)?"
# 以上两项材料请一并于…: the ask after materials pointed back at, and counted, to open a sentence (以上材料请于… is
# read with the sentences around it, as before)
FRONTED_ASK = r"请|须|需|务必|一并|统一"
ITEM_MARK = rf"(?:{NUMBERED_ITEM})?"
# 将上述材料发送…, and the same fronted to open its item or sentence: （二）前述第（一）（二）项材料，各乡镇于…前报送,
# 以上两项材料请一并于…前报送; the verb before them with no 将, 材料 ending its object (请各乡镇于9月14日前报送上述材料。, not
# 报送前述材料清单), points back the same
SENDS_ABOVE = re.compile(rf"(?:[将把]\s*|^\s*{ITEM_MARK}\s*(?=\S*?(?:材料|资料|文件)\s*[，,])"
                         rf"|^\s*(?=(?:上述|以上|前述|上列){N}项{FOR}(?:材料|资料|文件)\s*(?:{FRONTED_ASK})))"
                         rf"(?:上述|以上|前述|上列){PART}"
                         rf"(?:{N}项|各项|全部|所有|{CHOSEN})?{FOR}(?:材料|资料|文件)"
                         rf"|(?:报送|上报|提交)\s*(?:上述|以上|前述|上列)(?:{N}项|各项|全部|所有)?{FOR}(?:材料|资料|文件)"
                         r"(?=\s*(?:$|[，,。；;、)）]|至|到))")
# 上述材料请于…前打包发送: materials pointed back at, uncounted, opening the sentence before its ask (read with the
# sentences around it, but for the items an undated …以下材料： sentence leads in just above: items_led_in_just_above)
FRONTED_ANAPHOR = re.compile(rf"^\s*(?:上述|以上|前述|上列)(?:各项|全部|所有)?(?:材料|资料|文件)\s*(?:{FRONTED_ASK})")
# 将以上两项材料: the count said of the items it points back at
COUNT_OF_ITEMS = re.compile(rf"(?<=上述|以上|前述|上列){PART}(?:{N}项|{CHOSEN})(?={FOR}(?:材料|资料|文件))")
CHOSEN_ITEMS = re.compile(rf"(?<=上述|以上|前述|上列){CHOSEN}(?={FOR}(?:材料|资料|文件))")
HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,3}、\s*(?P<head>[^,，:：;；]{2,24}?)\s*[:：]?\s*$")
# 一是《…报告》（Word格式）；二是《…统计表》: items counted in words (一是, 二是), as numbered ones are
COUNTED = r"[一二三四五六七八九十]是(?=[《“\"\u4e00-\u9fa5])"
ITEM = re.compile(rf"^\s*(?:{NUMBERED_ITEM}|{COUNTED})\s*")
# （一）…Word版；（二）…PDF扫描件；（三）…（Excel格式）。: several items in one sentence, cut where the next one opens
INLINE_ITEM = re.compile(rf"(?<=[;；])\s*(?={BRACKETED_ITEM}|{COUNTED})")
# the subject line a sender is to write (邮件主题注明“单位名称+政务公开培训材料”): no material of its own
SUBJECT_LINE = re.compile(r"(?:邮件)?(?:主题|标题)[^“”\"]{0,8}[“\"][^”\"]*[”\"]")
HELD = re.compile(r"^\s*(?:之前|以前|前)?\s*(?:组织|开展|召开|举办|举行|完成|部署)")
AND_SEND = re.compile(r"^\s*(?:并|同时|后|之后|结束后)\s*(?:将[^,，;；]{0,30})?(?:报送|上报|提交|发送)")


@dataclasses.dataclass
class Section:
    who: str  # the heading that names the units (一、各乡镇), empty for an item of a material list
    text: str
    at: list[int]  # the sentences it spans


def without_subject_line(text: str) -> str:
    return SUBJECT_LINE.sub("", text).rstrip(" ,，;；")


def without_count(sentence: str) -> str:
    """将以上两项材料发送 → 将以上材料发送: once the items are read, the sentence names them no more than 以上材料 does."""
    return COUNT_OF_ITEMS.sub("", sentence)


def held_before_sending(sentence: str, deadline: Deadline) -> bool:
    """各乡镇要在4月18日前组织…开展二级培训，并报送签到表: the date governs the training (组织, 开展,
    召开, 举办, 完成 right after it, and no sending in its clause); the sending comes in a later 并报送 clause."""
    rest = sentence[deadline.end:]
    comma = re.search(r"[,，;；]", rest)
    clause, after = (rest[:comma.start()], rest[comma.end():]) if comma else (rest, "")
    return bool(HELD.match(rest)) and not SUBMIT.search(clause) and bool(AND_SEND.match(after))


def open_clause(text: str) -> str:
    """The item's words up to its first comma outside brackets: 《…统计表》（Excel格式，见附件1）."""
    depth = 0
    for k, ch in enumerate(text):
        depth += ch in "(（《" and 1 or 0
        depth -= ch in ")）》" and 1 or 0
        if depth <= 0 and ch in ",，;；":
            return text[:k]
    return text


# 每张照片以内容命名 / 请勿以扫描件代替 / 不得压缩: an aside in an item, naming no material it asks
ITEM_ASIDE = re.compile(r"[，,]?[^，,。；;()（）]{0,8}(?:按|以)[^，,。；;()（）]{1,12}命名"
                        r"|[，,]?请?(?:勿|不得|不能|不可|不要|严禁)(?:以|用)[^，,。；;()（）]{1,12}?(?:代替|替代)"
                        r"|[，,]?(?:不得|请勿|勿|不要|无需|不需)(?:压缩|打包)")


# 经本单位主要负责同志签字并加盖公章后扫描为PDF文件, 报告须加盖单位公章, 以PDF格式报送: the form the item is sent in;
# （二）佐证材料（…），按…分类整理后打包为一个压缩包: packed as an archive (held-out 1385; 不得压缩 is an aside)
FORM_OF_ITEM = re.compile(STAMP + r"|签字|签名|扫描|PDF|pdf|Word|WORD|word|Excel|EXCEL|excel|格式"
                          r"|压缩包|(?<![不勿])(?:打包|压缩)(?:为|成)")


# 并附加盖骑缝章的还款凭证扫描件（PDF格式）, 同时附…照片: a material attached to the item's own (not 附件1, the form's number)
ATTACHED = re.compile(r"^\s*(?:并|同时|另)?附(?!件|表|后)")


def form_clauses(text: str, opening: str) -> str:
    """The clauses after an item's opening one that say only what form it is sent in (naming no material but the
    item's own), so that a signed and stamped report stays a scan, or attach a material to it (并附…扫描件（PDF格式）),
    which goes with it; a condition or an aside (本季度无案例的…) is left."""
    rest = [c for c in re.split(r"[，,;；。]", text[len(opening):]) if c.strip()]
    return "".join(f"，{c}" for c in rest if (FORM_OF_ITEM.search(c) and all(n in opening for n in req.material_names(c)))
                   or (ATTACHED.match(c) and req.material_names(c)))


def _item_text(text: str, inline) -> str:
    """An item on a line of its own: its opening clause, and the clauses after it saying its form. One of several on a
    line (（一）…；（二）…): all of it up to the ；, where what it is follows its name (佐证材料，…压缩为一个压缩包;
    《确认表》，…扫描成PDF), without its asides."""
    if inline:
        return ITEM_ASIDE.sub("", text).rstrip(" ;；。")
    if mail_body.IN_THE_MAIL_BODY.search(text):  # 联络员的姓名、职务、手机号码，请直接写在邮件正文中: the whole item says it
        return text.rstrip(" ;；。")
    opening = open_clause(text)
    return opening + form_clauses(text, opening) + _form_filled_in(text, opening)


# 夏蝗发生面积、虫口密度及防治情况，填写《…统计表》（附件1，Excel格式）: the form the item's facts are written in
FILLED_IN = re.compile(r"(?:填写|填入|填报|录入|填制)(?:到|至|进)?\s*(?P<form>《[^《》]{2,40}》(?:\s*[(（][^()（）]{0,30}[)）])?)")


def _form_filled_in(text: str, opening: str) -> str:
    """An item whose opening clause names no material, only the facts asked, is sent as the 《form》 a later clause
    has them filled in; "" when the opening names a material itself or no form is named."""
    if req.material_names(opening) or not (m := FILLED_IN.search(text, len(opening))):
        return ""
    return "，" + m.group("form")


def _blocks_above(sentences: list[str], i: int) -> list[tuple[str, list[int]]]:
    """The sentences above sentence ``i`` cut at their headings (一、…): each heading with the sentences
    under it, nearest first; the heading of sentence ``i``'s own section (三、报送要求) is passed over."""
    j = sentence_above_its_sending_heading(sentences, i)
    blocks: list[tuple[str, list[int]]] = []
    under: list[int] = []
    while j >= 0:
        if HEADING.match(sentences[j]):
            blocks.append((HEADING.match(sentences[j]).group("head"), sorted(under)))
            under = []
        else:
            under.append(j)
        j -= 1
    return blocks


def unit_sections(sentences: list[str], dated: list[list[Deadline]], i: int, resolver: UnitResolver) -> list[Section]:
    """一、各乡镇 … 并报送A。二、县政府各部门 … 并报送B。三、报送要求 请于…前将上述材料发送…: the sections just
    above, each headed by a kind of unit (or units) and sending a material of its own, in order; none
    unless there are two or more. A section whose own date is a date to send by is sent by that date."""
    out: list[Section] = []
    for head, at in _blocks_above(sentences, i):
        said = read_addressees(head, resolver)
        text = "。".join(sentences[k] for k in at)
        if not at or not (said.kinds or said.names) or said.undecided or said.unknown:
            break
        if not SUBMIT.search(text) or not req.material_names(text):
            break
        if any(not held_before_sending(sentences[k], d) for k in at for d in dated[k]):
            break
        out.append(Section(head, text, at))
    return list(reversed(out)) if len(out) >= 2 else []


def listed_items(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[Section]:
    """一、报送材料 （一）《…统计表》（Excel格式…），按…填写。…（二）…典型案例1篇（Word格式），写明…。本季度无案例的，…
    二、报送时间 请于…前将上述材料发送…: the items above, each its opening clause (not a condition said after
    it); none unless there are two or more, each naming a material."""
    if (part := SENDS_ABOVE.search(sentences[i])) and part.group("part"):
        return items_of_the_part(sentences, dated, i, part.group("part"))
    blocks = _blocks_above(sentences, i)
    if chosen := CHOSEN_ITEMS.search(sentences[i]):
        return _chosen_items(sentences, dated, blocks, chosen)
    if len(blocks) > 1 and SUBMIT.search(blocks[0][0]) and not any(ITEM.match(sentences[k]) for k in blocks[0][1]):
        blocks = blocks[1:]  # 二、报送方式 报送邮箱：… 请于…将以上两项材料…: its own section lists nothing; 一、报送内容 does
    blocks = _past_a_section_listing_nothing(sentences, blocks, i)
    return (_items_in(sentences, dated, blocks[0][1] if blocks else items_just_above(sentences, i))
            or counted_clauses_just_above(sentences, dated, i) or items_after_the_lead_just_above(sentences, dated, i)
            or rows_of_a_materials_table(sentences, i) or items_pointed_at_before(sentences, dated, i)
            or papers_of_the_item_above(sentences, dated, i))


def items_pointed_at_before(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[Section]:
    """…县审计局请于1月25日前将上述三项材料一并发送…。县公安局…本次不报送。/ 各乡镇人民政府请于2月1日前报送上述三项材料:
    a later sentence pointing back at the materials with the same count (or both uncounted) as the nearest sentence above
    that points back, other sentences between, sends what that one does (held-out 2900); none when that one lists none."""
    count = COUNT_OF_ITEMS.search(sentences[i])
    for j in range(i - 1, -1, -1):
        if SENDS_ABOVE.search(sentences[j]):
            said = COUNT_OF_ITEMS.search(sentences[j])
            if (count and count.group()) != (said and said.group()):
                return []
            return listed_items(sentences, dated, j)
    return []


def _past_a_section_listing_nothing(sentences: list[str], blocks: list[tuple[str, list[int]]],
                                    i: int) -> list[tuple[str, list[int]]]:
    """一、报送内容 （一）…年度报告（Word格式）；（二）…扫描件（PDF格式）；（三）…明细表（Excel格式）。 二、时间安排 县卫健局定于3月11日
    举办培训…。请各乡镇…于3月20日下午4点前将上述三项材料一并发送…: the sending's own section lists no item (its heading
    need not say the sending), so the count (三项) points at the section above holding that many items; the blocks
    from that section on, or ``blocks`` as they are when the sentence counts none or no such section is above."""
    count = COUNT_OF_ITEMS.search(sentences[i])
    number = re.match(rf"{N}(?=项)", count.group()) if count else None
    if not number or not blocks or any(ITEM.match(sentences[k]) for k in blocks[0][1]):
        return blocks
    for b, (_, at) in enumerate(blocks[1:], 1):
        items = [k for k in at if ITEM.match(sentences[k])]
        if items and len(items) == cn_int(number.group()) and len(items) == len(at):
            return blocks[b:]
        if items:
            return blocks
    return blocks


# 材料名称 | 格式 | 要求, 材料 | 格式: a table header whose first column names the materials
MATERIALS_HEADER = re.compile(r"^[^\t]*(?:材料|资料)[^\t]*\t")


def rows_of_a_materials_table(sentences: list[str], i: int) -> list[Section]:
    """材料名称 | 格式 | 要求 rows (a Word table's, tab-joined) right above `以上申报材料于9月25日前报送`: each row a material,
    its name with the other cells in a bracket (示范村申报表（Word格式，加盖乡镇公章后另附PDF扫描件）); none unless the
    header's first column names the materials."""
    j = i - 1
    while j >= 0 and "\t" in sentences[j]:
        j -= 1
    rows = [sentences[k].split("\t") for k in range(j + 1, i)]
    if len(rows) < 2 or not MATERIALS_HEADER.match(sentences[j + 1]):
        return []
    header = rows[0]

    def cell(c: str, head: str) -> str:  # Word under 格式: Word格式
        return f"{c}格式" if "格式" in head and not re.search(r"格式|版|文件", c) else c
    return [Section("", f"{row[0].strip()}（{'，'.join(cell(c.strip(), h) for c, h in zip(row[1:], header[1:]) if c.strip())}）",
                    [j + 1 + k]) for k, row in enumerate(rows[1:], 1) if row[0].strip()]


# 以上申报材料于9月25日前报送: materials pointed back at to open the sentence, no 将 and no comma after them
FRONTED_POINTER = re.compile(r"^\s*(?:以上|上述|前述)[\u4e00-\u9fa5]{0,4}?(?:材料|资料)")


def points_back_at_a_table(sentences: list[str], i: int) -> bool:
    """`以上申报材料于9月25日前报送` right under a 材料名称 | 格式 | 要求 table: it sends the table's rows."""
    return bool(FRONTED_POINTER.match(sentences[i])) and bool(rows_of_a_materials_table(sentences, i))


# 各乡镇择优推荐1—2个村，报送以下材料：: a list's lead naming who sends it
LIST_LEAD = re.compile(r"(?:以下|下列|如下)(?:[\u4e00-\u9fa5]{0,4})(?:材料|资料|内容)\s*[:：]?\s*$")


def senders_of_the_list_above(sentences: list[str], dated: list[list[Deadline]], i: int, resolver: UnitResolver) -> str:
    """`以上申报材料于9月25日前报送` naming no sender: the units of the sentence above that led the list in (…报送以下材料：),
    with no date between, joined for the requirement's subject; "" when there is none, or it names no unit."""
    for j in range(i - 1, -1, -1):
        if dated[j] or HEADING.match(sentences[j]):
            return ""
        if lead := LIST_LEAD.search(sentences[j]):
            who = sentences[j][:lead.start()]
            return who + "，" if not names_no_one(who, resolver) else ""
    return ""


# 填写《…信息表》, 拍摄…照片: the work of making the thing an item names (the thing is what is sent)
FILL_VERB = re.compile(r"^(?:填写|填报|编制|制作|撰写|提供|拍摄)")


# 《…情况表》（Excel格式）, …方案（Word格式）, 现场照片: a clause saying the form its material is sent in
SENT_FORM = re.compile(r"Word|WORD|word|Excel|EXCEL|excel|PDF|pdf|格式|照片|扫描件")
CLAUSE_VERB = re.compile(r"^(?:并|同时|另)?(?:填写|填报|编制|制作|撰写|提供|拍摄|形成)?")


def counted_clauses_just_above(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[Section]:
    """一、请各单位梳理…名单，填写《…情况表》（Excel格式），并编制…方案（Word格式）。二、请各单位于…前将上述两项材料发送…: with
    no numbered items, the materials counted (两项) are the clauses of the sentence just above (undated) that say their
    form, each less the verb making it; none unless they are exactly as many as counted."""
    count = COUNT_OF_ITEMS.search(sentences[i])
    number = re.match(rf"{N}(?=项)", count.group()) if count else None
    above = sentence_above_its_sending_heading(sentences, i)
    if not number or above < 0 or dated[above]:
        return []
    formed = _formed_clauses(ITEM.sub("", sentences[above], count=1))
    return [Section("", c, [above]) for c in formed] if len(formed) == cn_int(number.group()) else []


def _formed_clauses(text: str) -> list[str]:
    """The clauses of ``text`` that name a material and the form it is sent in, each less the verb making it."""
    clauses, rest = [], text
    while rest:
        clause = open_clause(rest)
        clauses.append(clause.strip())
        rest = rest[len(clause) + 1:]
    return [CLAUSE_VERB.sub("", c) for c in clauses if req.material_names(c) and SENT_FORM.search(c)]


# 各单位须报送以下三项材料：一是…: a list's lead in, its colon, its first item opening right after it in the same sentence
LEAD_THEN_ITEMS = re.compile(r"(?:以下|下列|如下)[\u4e00-\u9fa5]{0,4}(?:材料|资料|内容)\s*[:：]\s*(?=" + ITEM.pattern.lstrip("^") + ")")
# （二）报送时间: an item heading of a word or two, naming no material, between the list and the sending sentence
BARE_ITEM_HEADING = re.compile(ITEM.pattern + r"[\u4e00-\u9fa5]{2,8}[。.]?\s*$")


def items_after_the_lead_just_above(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[Section]:
    """（一）报送内容。各单位须报送以下三项材料：一是…工作报告，重点写明…，Word格式；二是…扫描件，PDF格式；三是《…表》，Excel格式。
    （二）报送时间。以上三项材料务必于…前一并发送…: the items that one undated sentence above leads in and lists after its
    colon (a bare item heading between passed over), each all of it up to its ；; none unless two or more, each naming a
    material, and as many as the sending sentence counts (when it counts)."""
    j = i - 1
    while j >= 0 and BARE_ITEM_HEADING.match(sentences[j]) and not req.material_names(sentences[j]):
        j -= 1
    if j < 0 or dated[j] or not (lead := LEAD_THEN_ITEMS.search(sentences[j])):
        return []
    items = [Section("", _item_text(ITEM.sub("", item, count=1), True), [j])
             for item in INLINE_ITEM.split(sentences[j][lead.end():])]
    count = COUNT_OF_ITEMS.search(sentences[i])
    number = re.match(rf"{N}(?=项)", count.group()) if count else None
    if len(items) < 2 or (number and len(items) != cn_int(number.group())) \
            or not all(req.material_names(s.text) for s in items):
        return []
    return items


# 以上三项材料请于…一并报送 / 上述材料须于…前报送: materials pointed back at (counted or not) opening a sentence of its own,
# right before the ask; an item's number opening a sentence (一、, （一）, 1., 一是)
POINTER_OPENING = re.compile(rf"^\s*(?:上述|以上|前述|上列)(?:{N}项|各项|全部|所有)?{FOR}(?:材料|资料|文件)\s*(?:{FRONTED_ASK})")
ITEM_OPENING = re.compile(rf"^\s*(?:{CHINESE_ITEM}|{NUMBERED_ITEM}|{COUNTED})\s*")
# …需报送以下材料：1.…；2.…；3.…: a list led in, cut where each item opens
LISTED_ITEM = re.compile(rf"[;；]\s*(?={NUMBERED_ITEM}|{COUNTED})")


def papers_of_the_item_above(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[Section]:
    """一、建昌县教育局…形成年度报告（Word格式），同时报送…扫描件（PDF格式）和《…监测表》（Excel格式）。监测表的统计时段为…。
    以上三项材料请于1月20日16时前一并报送 (held-out 2945): the papers a pointer sentence sends are those of the undated
    sentences before it in its own item (up to the one its number opens; a list a line each, `1.…；` / `2.…。`, read to
    its first line), each clause that names a material in a form
    (Word, PDF, 扫描件…; 总结…工作成效, or a note on one of them, 监测表的统计时段为…, passed over); a list led in
    (以下材料：1.…；2.…) item by item;
    none when the item is not opened above (no number before a dated sentence or the notice's start), or when they are
    not as many as the sentence counts."""
    if not POINTER_OPENING.match(sentences[i]) or ITEM_OPENING.match(sentences[i]):
        return []
    papers, j = [], i - 1
    while j >= 0 and not dated[j]:
        text = ITEM_OPENING.sub("", sentences[j], count=1)
        if lead := LEAD_THEN_ITEMS.search(text):
            items = [ITEM_OPENING.sub("", x, count=1) for x in LISTED_ITEM.split(text[lead.end():])]
            papers[:0] = [Section("", x, [j]) for x in items if req.material_names(x)]
        else:
            papers[:0] = [Section("", c, [j]) for c in _formed_clauses(text)]
        if ITEM_OPENING.match(sentences[j]) and not _next_of_a_list(sentences, j):
            break
        j -= 1
    else:
        return []
    count = COUNT_OF_ITEMS.search(sentences[i])
    number = re.match(rf"{N}(?=项)", count.group()) if count else None
    named = [n for s in papers for n in req.material_names(s.text)]
    if not papers or (number and len(named) != cn_int(number.group())):
        return []
    return papers


def _next_of_a_list(sentences: list[str], j: int) -> bool:
    """Sentence ``j`` is item N of a list a line each (`1.年度报告（Word格式）…；` / `2.…台账（Excel格式）。`), item N-1 the
    sentence above: one paper of the list, not the item the walk stops at."""
    this = re.match(r"\s*(\d{1,2})\s*[.．、]", sentences[j])
    above = re.match(r"\s*(\d{1,2})\s*[.．、]", sentences[j - 1]) if j > 0 else None
    return bool(this and above) and int(above.group(1)) == int(this.group(1)) - 1


def sentence_above_its_sending_heading(sentences: list[str], i: int) -> int:
    """The index of the sentence just above sentence ``i``, past the heading of ``i``'s own section when that heading
    says the sending (二、…并形成《…报告》（Word格式）。三、报送要求 请于…将上述两项材料报送…: the section above's last
    sentence); -1 at the top. Any other heading between (三、工作要求) is the sentence above, and names no material."""
    j = i - 1
    if j >= 0 and HEADING.match(sentences[j]) and SUBMIT.search(sentences[j]):
        j -= 1
    return j


def _chosen_items(sentences: list[str], dated: list[list[Deadline]], blocks, chosen: re.Match) -> list[Section]:
    """将前述第1至3项材料发送…: items 1 to 3 of the nearest section above with that many numbered items, however far
    (a section between, 三、线索摸排, with a date of its own, is passed over); the rest (第4项纸质材料) are not sent so."""
    first = cn_int(chosen.group("first").strip("(（)）"))
    last = cn_int(chosen.group("last").strip("(（)）")) if chosen.group("last") else first
    if chosen.group("last") and chosen.group("sep") in ("、", "和", "及", "") and last != first + 1:
        return []  # 第（一）（三）项: two items apart, no run from one to the other
    for _, at in blocks:
        numbered = [k for k in at if ITEM.match(sentences[k])]
        if len(numbered) >= last and not any(dated[k] for k in numbered):
            items = _items_in(sentences, dated, numbered[first - 1:last], least=1)
            return items if len(items) == last - first + 1 else []
    return []


def items_of_the_part(sentences: list[str], dated: list[list[Deadline]], i: int, part: str) -> list[Section]:
    """上述第一部分所列三项材料: the numbered items under the heading 一、 above, however far; none without it."""
    heads = [k for k in range(i) if re.match(rf"^\s*{part}、", sentences[k])]
    if not heads:
        return []
    ends = [k for k in range(heads[-1] + 1, i + 1) if k == i or HEADING.match(sentences[k])]
    return _items_in(sentences, dated, [k for k in range(heads[-1] + 1, ends[0]) if ITEM.match(sentences[k])], least=1)


# 一、报送内容 / 二、申报材料 / 报送材料: a section whose heading says it lists what is sent
CONTENTS_HEADING = re.compile(r"^(?:报送|上报|申报|提交|所需)?(?:内容|材料)(?:及要求)?$")


# 各乡镇：填写《放映计划表》 — an item opening with whose it is
OWNED_ITEM = re.compile(r"^[^，,。；;：:]{2,16}[：:]")


def items_of_the_contents(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[Section]:
    """一、报送内容 （一）…统计表（Excel格式）（二）…报告，…以PDF格式报送 二、报送范围 … 三、报送时间 请于…前发送至…: a sending
    sentence that names nothing sends the items of the nearest section above headed as the contents."""
    heads = [at for head, at in _blocks_above(sentences, i) if CONTENTS_HEADING.match(head.strip(" 。."))]
    items = _items_in(sentences, dated, heads[0]) if heads else []
    if any(OWNED_ITEM.match(item.text) for item in items):
        return []  # （一）各乡镇：填写…（二）县教育局：填写…: each item a unit's own, read with that unit's date
    return items


# 一、县文旅局、县商务局报送材料 / 二、需报送的材料 / 一、报送内容: a section's heading saying the section is what is sent,
# leading the items under it in as …报送以下材料： does (一、总体要求, 一、工作内容: no list of papers)
SENT_LIST_HEADING = re.compile(r"^(?:[^，,。；;：:]{0,24}?(?:需要?|应|须|要)?(?:报送|上报|申报|提交)|(?:需要?|应|须)?所需)"
                               r"的?(?:内容|材料|资料)(?:清单)?(?:及要求)?$")


# 报送内容： on a line of its own, no number before it: a label saying what the list under it is
LABEL_LINE = re.compile(r"^\s*(?P<head>[^,，:：;；。]{2,24}?)\s*[:：]\s*$")


def leads_a_list_in(sentence: str) -> bool:
    """…报送以下材料：, or a heading of its own saying the section is what is sent (一、县文旅局、县商务局报送材料), or such a
    label alone on its line with its colon (`报送内容：` over `1.…情况；2.…总结。`, a lead's probe)."""
    heading = HEADING.match(sentence) or LABEL_LINE.match(sentence)
    return bool(LIST_LEAD.search(sentence)
                or (heading and SENT_LIST_HEADING.match(heading.group("head").strip(" 。."))))


def items_led_in_just_above(sentences: list[str], dated: list[list[Deadline]], i: int) -> list[Section]:
    """（一）各乡镇需报送以下材料：（1）…统计表（Excel格式）；（2）…照片；（3）…名单（Excel格式）。请于…前报送至…邮箱: a sending
    sentence naming nothing, right under numbered items that an undated …以下材料： sentence leads in, sends those items
    (all of them, however many). A heading saying its section is what is sent (`一、县文旅局、县商务局报送材料 （一）…（Word格式）；
    （二）…扫描件（PDF格式）；（三）…及…统计表（Excel格式）。以上材料请于…一并发送至…`, held-out 2814) leads them in the same."""
    j = i - 1
    while j >= 0 and ITEM.match(sentences[j]) and not leads_a_list_in(sentences[j]):
        j -= 1
    if j < 0 or j == i - 1 or dated[j] or not leads_a_list_in(sentences[j]):
        return []
    return _items_in(sentences, dated, list(range(j + 1, i)))


def _items_in(sentences: list[str], dated: list[list[Deadline]], at: list[int], least: int = 2) -> list[Section]:
    """The numbered items among sentences ``at``, none unless ``least`` or more, each naming a material (or the facts
    of a matter: 1．收储情况；)."""
    if any(dated[k] for k in at):
        return []
    items = [Section("", _item_text(ITEM.sub("", item, count=1), inline), [k])
             for k in at if ITEM.match(sentences[k])
             for inline in [INLINE_ITEM.search(sentences[k])] for item in INLINE_ITEM.split(sentences[k])]
    if len(items) < least or not all(req.material_names(s.text) or mail_body.IN_THE_MAIL_BODY.search(s.text)
                                     or material_lists.facts_listed(s.text, req.MATERIAL) for s in items):
        return []
    return items


# （三）农发行…配合县财政局工作，不单独报送: an item that sends nothing
EXCUSED = re.compile(LET_OFF_VERB)
# 县发改局负责…, 县财政局牵头…, 县教育局：…: the unit an item opens with, up to what it is to do
ITEM_LEAD = re.compile(r"^(?P<who>[^，,。；;：:（(]{2,24}?)(?:负责|牵头|要|应|须|需|[：:])")


def unit_items(sentences: list[str], dated: list[list[Deadline]], i: int, resolver: UnitResolver) -> list[Section]:
    """二、职责分工 （一）县发改局负责…形成清查工作报告（Word格式）。（二）县财政局负责…填写《…核对表》（Excel格式）。
    （三）农发行…配合…，不单独报送。 三、报送时间 县发改局、县财政局请于…前将上述材料发送…: each item's material owed by
    the one unit the item opens with; an item naming no material (配合, 不单独报送) sends nothing. None unless two or
    more items, each of a unit of its own, name a material, and the sending sentence names no unit but theirs."""
    blocks = _blocks_above(sentences, i)
    at = blocks[0][1] if blocks else items_just_above(sentences, i)
    if any(dated[k] for k in at):
        return []
    out: list[Section] = []
    owners: list[set[str]] = []
    grouped = unread = False
    for k in at:
        text = ITEM.sub("", sentences[k], count=1) if ITEM.match(sentences[k]) else ""
        lead = ITEM_LEAD.match(text)
        who = named_units(lead.group("who"), resolver) if lead else []
        if who and req.material_names(text) and (len(who) == 1 or _only_names(lead.group("who"), who, resolver)):
            # the colon parts the name for the unit rules; several named (（二）县发展和改革局、县工业和信息化局党组：…
            # 鉴定意见（Word格式）, held-out 2746) owe the item's material each
            out.append(Section("、".join(who) + "：", text, [k]))
            owners.append(set(who))
        elif lead and req.material_names(text) and (group := _group_of_the_item(lead.group("who"), resolver)):
            out.append(Section(lead.group("who") + "：", text, [k]))  # （一）各乡镇人民政府：…台账（Excel格式）
            owners.append(group)
            grouped = True
        elif lead and who and not EXCUSED.search(text):
            unread = True  # 3.县自然资源局：…核实意见: a unit's item asking what no material word names
    named_in_sentence = set(named_units(sentences[i], resolver))
    everyone = set().union(*owners) if owners else set()
    if len(out) < 2 or sum(map(len, owners)) > len(everyone) or not named_in_sentence <= everyone:
        return []
    return [] if grouped and unread else out  # a group's item among them: none of the units' items left unread


def _only_names(lead: str, who: list[str], resolver: UnitResolver) -> bool:
    """The item opens with a list of roster names and nothing else (the bodies inside them, 党组 / 党委, read as the units):
    every one of them named, no kind of unit among them."""
    said = read_addressees(lead, resolver)
    return not said.kinds and not said.undecided and not said.unknown and set(said.names) == set(who)


def _group_of_the_item(lead: str, resolver: UnitResolver) -> set[str]:
    """各乡镇人民政府, 县直各部门: the units of an item opening with a kind of unit, read as the addressees are."""
    said = read_addressees(lead, resolver)
    return set(resolver.kinds(said.kinds)) | set(said.names) if said.kinds and not said.undecided and not said.unknown \
        else set()


def points_back_at_unit_items(sentences: list[str], dated: list[list[Deadline]], i: int,
                              resolver: UnitResolver) -> bool:
    """`上述材料请于5月17日前报送…` opening its sentence under `（一）各乡镇人民政府：…台账（Excel格式）。（二）县民政局：…
    （PDF扫描件）。`: it sends each item's material, owed by the units the item opens with (unit_items)."""
    return bool(FRONTED_POINTER.match(sentences[i])) and bool(unit_items(sentences, dated, i, resolver))


def items_just_above(sentences: list[str], i: int) -> list[int]:
    """…报送以下材料：（一）上半年内部审计工作总结；（二）…统计表（附件）。请于…将上述材料发送…, with no
    heading above: the numbered items right above the sending sentence."""
    j = i - 1
    while j >= 0 and ITEM.match(sentences[j]):
        j -= 1
    return list(range(j + 1, i))


# 于…前将《…目录》（Excel格式）及…文本（打包为压缩包）报送…: what a sentence sends, its format brackets kept
SENT_OBJECT = re.compile(r"[将把](?P<what>.{2,80}?)(?:报送|发送|上报|提交|报至|发至)")
POINTED_BACK = re.compile(r"^(?:上述|以上|前述|上列)")


def what_the_sentence_above_sends(segment: str, before: list[str]) -> str:
    """三、县财政局…，请提前于十一月三日前报送上述材料, under 二、…于十一月十日前将《…目录》（Excel格式）及…文本（打包为压缩包）
    报送…: 上述材料 with no list above it is what the nearest sentence above naming a material sends (its 将…报送 object,
    brackets kept), the same materials by another date; "" when ``segment`` names a material of its own, or that sentence
    sends nothing by 将."""
    if not SENDS_ABOVE.search(segment) or any(not POINTED_BACK.match(n) for n in req.material_names(segment)):
        return ""
    for sentence in reversed(before):
        if req.material_names(sentence):
            sent = SENT_OBJECT.search(sentence)
            return sent.group("what") if sent and req.material_names(sent.group("what")) else ""
    return ""
