"""One requirement made of a deadline and its clause: the title and hints from the materials it names (or the
sentences around it when it names none), its units, its parts."""

from __future__ import annotations

import re

from . import colon_clauses, named_by_its_heading
from ..materials import groups_materials, mail_body, material_lists, named_in_full, named_in_full_before, problems_found, sent_along
from ..materials import paper_first_with_photos
from .. import requirements as req
from ..hints_and_ids import hints_for, requirement_id
from ..words import PHOTO_WORDS  # the names of pictures: beside them, the facts a clause sends are a file
from ..timing.dates import Deadline
from .listed_after import FORWARD, the_items_after_the_colon
from .not_mailed import NOT_SENT, names_entered_online
from .not_theirs import some_send_another_instead, without_what_is_not_sent
from .papers_not_lent import lends_its_facts_no_paper
from ..materials.others_matter import another_units_matter
from ..materials.parts import parts_for
from ..requirements import TZ, DraftRequirement
from .said_again import requirement_said_again
from ..materials.sent_object import object_sent
from ..heading.addresses import SENDS
from ..timing.same_day import SENT_AT_THE_SAME_TIME
from .statements import clipped
from ..senders.unit_refs import SOME_OF_THEM, check_the_count
from ..senders.units import named_units
from ..senders.requirement_units import requirement_units


def requirements_of_the_sections(deadline: Deadline, sections, resolver, lists, campaign_units, found, shared,
                                 unsettled) -> list[DraftRequirement]:
    """一、各乡镇 …报送A 二、县政府各部门 …报送B … 将上述材料发送: A of the towns, B of the departments, by the one date."""
    made: list[DraftRequirement] = []
    for s in sections:  # each sees the ones before it: ids stay distinct
        r = requirement_of_the_deadline(deadline, s.text, s.who, ("", ""), "", resolver, lists, campaign_units,
                                        found + made, shared, unsettled)
        made += [r] if r else []
    return made


def _facts_beside_the_photos(asked: str) -> str:
    """`报送本乡镇防火工作开展情况（含巡护照片）`: the account of the facts the clause sends, the photos only what it holds
    (found by the lead by hand); "" when the clause sends the photos alone."""
    facts = [f for f in material_lists.facts_sent(asked) if not PHOTO_WORDS.search(f)]
    return req.LEADING_WORDS.sub("", facts[0]) if facts else ""


def _facts_of_its_own(asked: str, context: tuple[str, str], units: list[str], found: list[DraftRequirement]) -> bool:
    """A clause sending the facts of a matter whose paper they are: one of some units sending another thing at the same
    time (`县公安局同时报送…查处情况`, cut off its dated sentence by same_day), whatever the sentences around it name (807:
    the towns' records kept, in the sentence after); or one whose sentences around name no paper it sends (`建立欠薪线索
    台账` made and kept, `附件：1.…排查表` asked of the towns: papers_not_lent). Elsewhere a clause's facts (`报送2月份情况`
    under `《…月报表》`, `截至4月15日的进展情况` under `《…统计表》`) still take the paper named around them."""
    if not material_lists.facts_sent(asked):
        return False
    naming = [x for x in context if req.material_names(x)]
    return bool(SENT_AT_THE_SAME_TIME.match(asked)) \
        or (bool(naming) and all(lends_its_facts_no_paper(x, units, found) for x in naming))


# 上述材料, 前述调查材料 (a word of what they are for before 材料): the materials named above, no name of their own
ANAPHOR = re.compile(r"(?:上述|以上|前述|上列|所列)(?:各项|全部|所有)?"
                     r"(?:(?:(?![一二两三四五六七八九十\d]项)[\u4e00-\u9fa5]{2})?(?:材料|资料)|文件|内容|报告)?")


def _named_things(names: list[str]) -> list[str]:
    """The names a title joins: a format alone (形成自查报告，…将扫描件发送) is the scan of a thing named, no thing."""
    return [n for n in names if not req.FORMAT_ONLY.fullmatch(n)] or names


# 将上述材料及联络员姓名、手机号码发送: the materials named before are sent beside the particulars
POINTS_BACK = re.compile(r"(?:上述|以上|前述|上列)(?:各项|全部|所有)?[\u4e00-\u9fa5]{0,4}?(?:材料|资料|文件|报告|表)")


def _its_own_particulars(segment: str) -> bool:
    """The deadline's clause sends a person's particulars (`将联络员姓名、职务和手机号码发送至…`) and points back at no
    material named before it."""
    return bool(mail_body.particulars_asked(segment)) and not POINTS_BACK.search(segment)


# 并将…报表扫描件（PDF格式）发送至a@163.com: a clause sending its own paper to the mailbox
SENT_TO_THE_MAILBOX = re.compile(r"(?:发送|报送|上报|发)(?:至|到)\s*(?:[A-Za-z0-9._%+-]+@|[^，,;；。]{0,8}?邮箱)")


def sends_its_own_paper(before: str, segment: str, names: list[str]) -> bool:
    """The sentence before a deadline's sends a paper of its own to the mailbox (`请上述单位在窗口期内…，并将加盖公章的
    报表扫描件（PDF格式）发送至a@163.com`), none of the papers the deadline's clause names (`请另行形成…情况说明（Word
    格式），于七月十九日前报送`, a clause that sends itself): its scan or stamp is that paper's, not theirs."""
    own = [n for n in names if not req.FORMAT_ONLY.fullmatch(n)]
    if not own or not SENT_TO_THE_MAILBOX.search(before) or not SENDS.search(segment):
        return False
    papers = [p for p in (object_sent(before), *req.material_names(before)) if p]  # 报表…，请将扫描件…发送: the 报表
    return bool(papers) and not any(n in before for n in own)


def requirement_of_the_deadline(deadline: Deadline, segment: str, who: str, context: tuple[str, str], paragraph: str,
                                resolver, lists, campaign_units, found: list[DraftRequirement], shared: list[dict],
                                unsettled: list[str], listed: str = "",
                                facts_items: list[str] | None = None) -> DraftRequirement | None:
    """The requirement ``deadline`` sets with its clause ``segment`` (sent by ``who``), or None when its date is
    unread, it says again one already ``found``, or one of the same title and due is there; notes go to ``unsettled``."""
    if deadline.due is None:
        unsettled.append(deadline.assumed)
        return None
    before, after = ("" if NOT_SENT.search(x) or some_send_another_instead(x) else x for x in context)  # …，不需报送扫描件: no part
    units, groups = requirement_units(who + segment, resolver, lists, campaign_units, paragraph)
    before = groups_materials.the_clauses_of_the_group(before, units, resolver)  # 各乡镇报送A；县直各部门报送B: ours
    asked = without_what_is_not_sent(segment)  # …（Excel格式），不报送定稿和规划图: the 清单 alone
    names = the_items_after_the_colon([n for n in req.material_names(asked) if not ANAPHOR.fullmatch(n)], asked, after)
    online = names_entered_online(asked, names)  # 在线填报…清单…，无需通过邮箱报送: no part, no hint
    names = [n for n in names if n not in online] or names
    # …撰写《…自查报告》，统计表和自查报告一并报送 (统计表和照片, bare nouns all: named whole after, `named_in_full`)
    spelt = names if all(map(named_in_full.a_bare_noun, names)) else named_in_full_before.spelt_in_full(names, before)
    spelt_as, names = {n: s for n, s in zip(names, spelt) if s != n}, spelt  # each bare name → the paper it names
    if facts_items:  # 1．收储情况；2．…统计表: the items named by their facts, in the list's order
        names = sorted(names + [f for f in facts_items if f not in names  # read already without its year (《2095年…情况》)
                                and req.LEADING_WORDS.sub("", f) not in names], key=segment.find)
        # 签约项目立项、备案情况 (a row's materials cell): 备案情况 read from inside it is a piece of it, no file of its own
        names = [n for n in names if not any(n != f and n in f for f in facts_items)]
    # 将…开展情况及巡护照片报送: the facts, a paper too
    names = material_lists.facts_joined_to_materials(asked, names, req.MATERIAL, PHOTO_WORDS, named_in_full.a_bare_noun)
    title = object_sent(asked) or "及".join(_named_things(names)[:3])
    names = names + sent_along.papers_sent_along(after, names) if names else names  # 。请一并报送2027年工作计划
    if title and names and all(PHOTO_WORDS.search(n) for n in names) and not req.MATERIAL.search(title) \
            and not re.search(r"邮件|正文", title):  # 直接写在邮件正文中: typed in the mail, no file
        names = [title, *names]  # 将…完成情况以Excel表格形式报送，同时附现场照片: the facts sent are a file beside them
    elif names and all(PHOTO_WORDS.search(n) for n in names) and (facts := _facts_beside_the_photos(asked)):
        title, names = facts, [facts, *names]  # 报送本乡镇防火工作开展情况（含巡护照片）: the account, its photos in it
    elif names and (facts := paper_first_with_photos.facts_before_their_pictures(asked, names)):
        title, names = facts, [facts, *names]  # 2.…开展情况（含照片），7月15日前报送: the account, as above
    said = segment
    if ANAPHOR.fullmatch(title):  # 将上述材料发送至…: the materials are named in the items or sentences before
        title = "及".join(_named_things(names)[:3])
    if FORWARD.match(title) and names and not FORWARD.match(names[0]):  # 将以下材料发送至…：1．…；2．…: the items after
        title = "及".join(_named_things(names)[:3])
    if not names and (head := colon_clauses.material_of_the_head(who, segment)):  # …统计表，第三季度于9月25日前报送
        names, said = req.material_names(head), f"{head}{segment}"
        title = "及".join(_named_things(names)[:3])
    if not names and not title and (typed := mail_body.field_sent_as_the_mail_body("，".join(x for x in (segment, after) if x))):
        title, names = typed["title"], [typed["title"]]  # 将本周完成投资额…以邮件正文形式报送; 反馈意见。意见请以邮件正文形式回复
    # 于4月9日前将联络员姓名、职务和手机号码发送至…邮箱，…，二、报送基础材料: the clause's own particulars are what it sends,
    # not the next item's heading (nor a paper of the sentence before), unless it points back at materials named there
    # 报送截止时间：9月30日17时 — what is sent is said around it; not for another unit's 同时 clause sending facts of its
    # own (…；县公安局同时报送…查处情况 beside a sentence on what the towns keep: a lead's probe)
    if not names and not _its_own_particulars(segment) and not _facts_of_its_own(asked, (before, after), units, found):
        names = req.material_names(before) or req.material_names(after)
        title = title or object_sent(before) or object_sent(after) or "及".join(_named_things(names)[:3])
        said = "，".join(x for x in (before, segment) if x)
    if (not title or title in req.GENERIC) and listed:  # a table row's deadline: what is sent is listed once for all rows
        names = [n for n in req.material_names(listed) if len(n) > 2 or n not in req.GENERIC]  # not the 材料 of 报送材料包括
        title, said = "及".join(_named_things(names)[:3]), listed
    title = re.sub(r"^[\s.,，、;；:：。·)）\]】-]+", "", title)  # 3.培训现场照片 cut after its number: no stray dot
    if not title and (typed := mail_body.facts_typed_in_the_mail(said)):
        title, names = typed["title"], [typed["title"]]  # …开采量、回灌量数据直接在邮件正文中列明: the facts are what is sent
    if (not title or material_lists.a_label(title, said) or ANAPHOR.fullmatch(title)) \
            and (facts := material_lists.facts_sent(said)):
        title, names = "及".join(facts[:3]), facts  # 报送收购价格及补贴发放情况: a document of those facts
    if (problems := problems_found.problems_sent(said)) and (not title or title in problems):
        title, names = problems, [problems]  # 报送排查发现的问题及整改情况: named as the notice names them
    if headed := named_by_its_heading.paper_of_the_heading(before, names):
        title = headed  # 二、“暖心家园”典型事例 over …帮扶典型事例1篇: the section's heading names its one paper
    # 将联络员姓名、职务、手机号码直接写在邮件正文中, 通过邮件报送联络员姓名及手机号码: the person's particulars are what is
    # sent, the person the hint
    person = mail_body.particulars_asked(said) if not names or "邮件" in title or title in req.GENERIC else None
    if person:
        title, names = person[0], []
    unnamed = not title
    title = title or "报送材料"
    due = deadline.due.replace(tzinfo=TZ)
    if any(r.due == due and r.title == title and set(units) <= set(r.units) for r in found):
        return None  # read twice, or said again of some of all; of other senders (各乡镇…总结, 县公安局…本系统总结) its own
    if again := requirement_said_again(due, units, [] if unnamed else names, found):
        unsettled.append(f"期限“{deadline.text}”是再次提到要求“{again.title}”（{clipped(segment)}），未另列要求")
        return None
    if unnamed:
        unsettled.append(f"期限“{deadline.text}”报送的内容未能识别（{clipped(segment)}），请填写")
    if deadline.assumed:
        unsettled.append(deadline.assumed)
    some = SOME_OF_THEM.search(who + segment)
    if some and not named_units(who + segment, resolver):
        unsettled.append(f"要求“{title}”只由“{some.group()}”报送，通知未列出是哪些，未选单位，请选择")
        units, groups = [], []
    check_the_count(who + segment, units, unsettled)
    rid = requirement_id(title, {r.id for r in found})
    title = named_in_full_before.titled_in_full(title, names)  # 将台账Excel电子版和…扫描件: which 台账 (its id the 台账's)
    before_of_ours = "" if another_units_matter(before, units, resolver) else before  # 二、县卫健局…扫描成PDF报送
    before_of_ours = "" if before and said.startswith(before) else before_of_ours  # said with it already: not twice
    before_of_ours = "" if sends_its_own_paper(before_of_ours, segment, names) else before_of_ours
    shared += [{"requirement": rid, "units": g} for g in groups]
    own = without_what_is_not_sent(said)
    sent = "，".join(x for x in (before_of_ours, own, after) if x)
    parts = parts_for(named_in_full_before.spelt_so_in_the_text(sent, spelt_as), names)  # 推荐表（…扫描件）: its scan
    if headed:
        named_by_its_heading.quote_the_parts_as_the_heading(parts, headed, segment)
    hints = hints_for(names if names or not object_sent(segment) else [title])
    hints = named_by_its_heading.with_the_heading_first(hints, headed)
    if person:
        hints, parts = [person[1]], mail_body.names_and_phones_as_one(parts, person[1])  # 暖心家园典型事例, then 帮扶典型事例, 典型事例
    return DraftRequirement(
        id=rid, title=title, description=clipped(segment, 60), due=due, units=units, said=segment, hints=hints,
        parts=parts,
    )
