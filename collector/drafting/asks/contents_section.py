"""A dated sending sentence that names nothing (`二、报送时间。请于6月30日前报送至邮箱…`) under a notice whose section about
what is sent is a paragraph, not a numbered list (`一、报送内容。各乡镇填写《…统计表》（Excel格式，样式见附件），逐村填报…；
撰写《…工作总结》（Word格式）。`): it sends the materials that paragraph has the units make — the object of 填写 / 撰写 /
填报 / 形成 / 编制 / 制作 — when the notice has one such section and one date, and other sentences stand between the
paragraph and the date (a paragraph right above it is read with its neighbours, as before). A paragraph that names work, not a
material, or has the office make its own report sent up (县…局汇总…形成…报告报市…), gives nothing."""

from __future__ import annotations

import re

from .. import requirements as req
from .above import HEADING, ITEM, OWNED_ITEM, SENT_FORM, Section, open_clause
from ..reading.item_numbers import ITEM as ITEM_MARK
from ..timing.dates import Deadline
from .sent_up import UPWARD
from ..reading.table_grids import UNIT_NAME
from ..senders.off_roster_bodies import GROUP_WORDS
from ..senders.units import UnitResolver, named_units, names_no_one

# 一、报送内容 / 二、报送材料 / 三、工作要求: a section's heading saying what is sent (or asked)
CONTENTS_HEADING = re.compile(r"^(?:报送|上报|申报|提交|所需)?(?:内容|材料)(?:及要求)?$|^工作要求$")
# 填写《…统计表》（Excel格式）, 撰写…工作总结（Word格式）: the verb making a material, and its object
MADE = re.compile(r"(?:填写|撰写|填报|形成|编制|制作)(?:好|完成)?\s*(?P<object>\S.*)$")
# …；并报送《…典型案例》（Word格式）1篇: a clause of the section sending a material outright names it as well as one making it
SENT_OUTRIGHT = re.compile(r"(?:报送|上报|提交)\s*(?P<object>\S.*)$")
# 县…局汇总…, 我办将汇总…, 由县…办收集…: a sentence whose doer is the issuing office (its own work)
OFFICE_DOES = re.compile(r"^\s*(?:由)?(?:[我本](?:局|办|委|部|中心|站|院|组)|[县市][^\s各、和及与,，;；]{0,12}?"
                         r"(?:办公室|办|局|委员会|委|中心))\s*(?:将|拟|负责|统一)?\s*(?:汇总|收集|整理|统计)")


def contents_sections(sentences: list[str]) -> list[list[int]]:
    """The sentences under each heading that says what is sent (一、报送内容), up to the next heading."""
    out: list[list[int]] = []
    for k, s in enumerate(sentences):
        m = HEADING.match(s)
        if m and CONTENTS_HEADING.match(m.group("head").strip(" 。.")):
            end = next((j for j in range(k + 1, len(sentences)) if HEADING.match(sentences[j])), len(sentences))
            out.append(list(range(k + 1, end)))
    return out


# 一、报送单位 / 二、填报范围：县教育局、县财政局。 / （一）报送对象: a section's heading saying who sends, the units on
# its own line or the lines under it
SENDERS_HEADING = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])\s*"
                             r"(?:报送|填报|上报|提交)(?:单位|范围|对象)\s*(?:[:：。.]\s*(?P<who>\S.*?))?\s*$")
SECTION_OPENS = re.compile(r"^\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")


def units_of_the_senders_section(sentences: list[str], i: int, resolver: UnitResolver) -> str:
    """一、报送单位 县民政局、县卫生健康局。 … 三、报送时间 上述三项材料请于…前发送: for a dated sentence ``i`` naming no
    one, the units the notice's one section about who sends names, when it stands above ``i`` (the addressee line may
    name more: a unit sending something else, a body let off); "" when there is no such section, or more than one."""
    sections = [(k, m) for k, s in enumerate(sentences) if (m := SENDERS_HEADING.match(s))]
    if len(sections) != 1 or sections[0][0] >= i:
        return ""
    k, m = sections[0]
    end = next((j for j in range(k + 1, len(sentences)) if SECTION_OPENS.match(sentences[j])), len(sentences))
    said = m.group("who") or " ".join(sentences[k + 1:min(end, i)])
    return said if not names_no_one(said, resolver) else ""


# 报送对象：县退役军人局 / 填报单位：各乡镇人民政府 / 责任单位：县医保局: a line of an item's own labelling who sends it;
# 被审计单位：建昌县教育局 / 被检查单位 / 整改单位 on a slip of findings handed to one unit, that unit (held-out 3241)
SENDERS_LABEL = re.compile(r"^\s*(?:报送|填报|上报|提交|责任|整改|被(?:审计|检查|督查|巡查|考核|评估))(?:单位|对象|主体)"
                           r"\s*[:：]\s*(?P<who>\S.*?)\s*[。.]?\s*$")
# （一）摸排台账 / 1.摸排台账 / 二、医疗优待落实情况: the heading opening an item of labelled lines; 交办单二, 整改通知单（3）:
# a slip's name and its number, a line of its own
ITEM_OPENS = re.compile(rf"^\s*(?:{ITEM_MARK}|[一二三四五六七八九十]{{1,3}}、"
                        r"|[\u4e00-\u9fa5]{1,8}?[单卡函书](?:[一二三四五六七八九十]{1,3}|[(（]?\d{1,2}[)）]?)\s*$)")


def senders_labelled_in_the_item(sentences: list[str], dated: list[list[Deadline]], i: int,
                                 resolver: UnitResolver) -> str:
    """（二）帮扶工作情况报告 / 报送对象：县退役军人局 / 报送内容：…（Word格式） / 报送时间：3月22日前: for a dated sentence
    ``i`` naming no one, the units on the line labelling its item's sender (报送对象 / 报送单位 / 填报单位 / 责任单位), above
    or below it within the item (up to the item's heading, or another dated line); "" when the item has no such line."""
    who = _sender_labelled_in_the_item(sentences, dated, i)
    return who + "，" if who and not names_no_one(who, resolver) else ""


def body_labelled_in_the_item(sentences: list[str], dated: list[list[Deadline]], i: int,
                              resolver: UnitResolver) -> str:
    """交办单三 / 被审计单位：建昌县城市建设投资有限公司 / … / 报送时限：6月19日前: the one body no roster lists that the line
    labelling the item's sender names, its name (the item is that body's, no roster unit's); "" when the line names a
    roster unit or a group (各乡镇, 有关单位), or is not there."""
    who = _sender_labelled_in_the_item(sentences, dated, i)
    return who if UNIT_NAME.match(who) and not GROUP_WORDS.search(who) and names_no_one(who, resolver) else ""


def units_labelled_in_the_item(sentences: list[str], dated: list[list[Deadline]], i: int,
                               resolver: UnitResolver) -> list[str]:
    """The roster units the line labelling the item's sender names (被审计单位：建昌县教育局 → [县教育局]), or []."""
    return named_units(_sender_labelled_in_the_item(sentences, dated, i), resolver)


def same_paper_of_another_item(r: req.DraftRequirement,
                               items: list[req.DraftRequirement]) -> req.DraftRequirement | None:
    """Among the requirements of items labelling their own senders, the one asking the same paper as ``r`` by the same
    day: ``r``'s units are its shares of that paper; None when there is none."""
    return next((q for q in items if req.same_paper_and_day(q, r)), None)


def _sender_labelled_in_the_item(sentences: list[str], dated: list[list[Deadline]], i: int) -> str:
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(sentences) and not (step > 0 and ITEM_OPENS.match(sentences[j])):
            if m := SENDERS_LABEL.match(sentences[j]):
                return m.group("who")
            if dated[j] or ITEM_OPENS.match(sentences[j]):
                break
            j += step
    return ""


def clauses_of(sentence: str) -> list[str]:
    """The sentence's clauses, cut at commas and semicolons outside brackets (a format bracket stays whole)."""
    out, rest = [], sentence
    while rest:
        clause = open_clause(rest)
        out.append(clause.strip())
        rest = rest[len(clause) + 1:]
    return [c for c in out if c]


def material_made(clause: str) -> str:
    """The material a clause has the units make (填写《…统计表》（Excel格式） → 《…统计表》（Excel格式）) or send
    outright (并报送《…案例》（Word格式）1篇), or "": the
    object must be a titled (《…》) or formatted (Word格式, Excel) material; 逐村填报…次数、发现问题和整改情况 names the
    facts a form holds, none."""
    m = MADE.search(clause) or SENT_OUTRIGHT.search(clause)
    obj = m.group("object").strip() if m else ""
    if not obj or UPWARD.search(obj) or not (obj.startswith("《") or SENT_FORM.search(obj)):
        return ""
    return obj if req.material_names(obj) else ""


def materials_of_the_contents_section(sentences: list[str], dated: list[list[Deadline]], i: int,
                                      read_above: str = "") -> list[Section]:
    """What the one dated sentence ``i`` sends when it names nothing: the materials made in the notice's one section
    about what is sent (above it, with no date of its own); none when the notice has another date or another such
    section, the section is a numbered list or each unit's own items, or it is the office's own work. A paragraph
    among ``read_above`` (the sentences just above ``i`` its context is read from) is left to that reading."""
    sections = contents_sections(sentences)
    if len(sections) != 1 or sum(len(ds) for ds in dated) != 1 or not sections[0] or min(sections[0]) > i:
        return []
    at = [k for k in sections[0] if k < i]
    if any(dated[k] or ITEM.match(sentences[k]) or OWNED_ITEM.match(sentences[k]) for k in at):
        return []  # a numbered list is above.items_of_the_contents'; （一）各乡镇：填写… is each unit's own, by its own date
    made = [Section("", thing, [k]) for k in at if not OFFICE_DOES.match(sentences[k]) and not UPWARD.search(sentences[k])
            for clause in clauses_of(sentences[k]) if (thing := material_made(clause))]
    if any(sentences[s.at[0]] in read_above for s in made):
        return []  # the paragraph right above the sending sentence: read with its neighbours, as before
    return made


def makers_of_the_contents(sentences: list[str], dated: list[list[Deadline]], i: int, resolver: UnitResolver) -> str:
    """一、报送内容。各乡镇填写《…统计表》…；撰写《…》… 二、报送时间 请于…前发送至…: for the one dated sentence ``i`` naming
    no one, the units the notice's one section about what is sent has make its materials (the words before the making
    verb); "" when they say no one, or the notice has another date or another such section."""
    sections = contents_sections(sentences)
    if len(sections) != 1 or sum(len(ds) for ds in dated) != 1 or not sections[0] or min(sections[0]) > i:
        return ""
    heads = dict.fromkeys(m.string[:m.start()].strip(" ，,") for k in sections[0]
                          if k < i and not dated[k] and not OFFICE_DOES.match(sentences[k])
                          for m in [MADE.search(sentences[k])] if m and material_made(m.group()))
    return "、".join(h for h in heads if h and not names_no_one(h, resolver))


# 推荐材料的截止日期为九月十九日…: the materials a closing date is said of, named as a section above is headed
CLOSED_MATERIALS = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十\d]+[)）])?\s*"
                              r"(?P<what>[\u4e00-\u9fa5]{0,8}?(?:材料|资料|作品|稿件))的?(?:报送|提交|上报|接收|收取)?"
                              r"(?:(?:截止|截至)(?:日期|时间|时限)\s*(?:为|是|[:：])|截止(?:到|至))")


def section_the_closing_date_names(sentences: list[str], i: int) -> tuple[str, str]:
    """三、截止时间。推荐材料的截止日期为九月十九日（星期三）下午四时 under 二、推荐材料。各乡镇填写《…推荐表》（Excel格式），并附
    …事迹材料（Word格式）。: a closing date said of materials by the name a section above is headed with sends that
    section (its units and papers). (the section's text, the words of sentence ``i`` naming those materials), or
    ("", "") when no section above is headed so."""
    m = CLOSED_MATERIALS.match(sentences[i])
    if not m:
        return "", ""
    what = m.group("what")
    for k in range(i - 1, -1, -1):
        head = re.match(r"^\s*[一二三四五六七八九十]{1,3}、\s*" + re.escape(what) + r"\s*(?:[。.:：]\s*|$)", sentences[k])
        if head:
            end = next((j for j in range(k + 1, i) if HEADING.match(sentences[j]) or re.match(r"^\s*[一二三四五六七八九十]{1,3}、", sentences[j])), i)
            text = "。".join([sentences[k][head.end():].strip(), *sentences[k + 1:end]]).strip("。 ")
            return (text, what) if text and req.material_names(text) else ("", "")
    return "", ""
