"""The campaign's title and the words that tell its mails from others' (its subject hints).

关于报送2023年度政府信息公开工作年度报告的通知 is titled 2023年度政府信息公开工作年度报告: the
notice's matter, without the verb that asks for it (报送, 开展, 做好…) and without 的通知.
A notice titled only 通知 takes its matter from its first paragraph (决定开展…).
"""

from __future__ import annotations

import re

from .. import words as req_words
from .issuers_matter import COUNTY_OPENING
from .title_forms import NOTICE_KIND, REMINDER_KIND

# 关于加急做好…, 关于尽快报送…: how soon it is asked (as 紧急通知 says), no part of the matter; dropped with the verb only
# 关于推进“高效办成一件事”重点事项落地, 关于加快推进…: the push the office gives the matter, dropped as 加强 is
# 报 alone is a verb only as the run's one verb and not opening a word of its own: 关于报送报废汽车回收监管情况 is the
# 报废汽车's 监管情况 (no office writes 报送报X), 关于报表… / 关于做好报名… keep theirs
WORDS_OPENED_BY_BAO = "废|表|告|刊|名|纸|道|销|警|价|批|备|账|到|考"
TITLE_VERBS = re.compile(r"^(?:商请|恳请)?(?:加急|紧急|尽快|抓紧|立即|迅速)?(?:认真|切实|进一步|扎实)?(?:组织)?(?:延期|推迟|暂缓)?"
                         rf"(?:报(?!{WORDS_OPENED_BY_BAO}|送)|"
                         r"(?:开展|做好|报送|催报|催交|补报|上报|填报|征集|征求|举办|进行|组织|提交|推荐|申报|编制|参加|召开|举行|配合|加强"
                         r"|建立|实行|加快|推进|推动)+)")
TITLE_TAIL = re.compile(r"(?:有关|相关)?(?:事项|事宜|工作)$|的$")
# 关于延长2026年度…资产清查报送时限的通知: the matter is the 资产清查, its deadline put off (an 调整…时间
# notice keeps its title: notice 254's label)
DEADLINE_MOVED = re.compile(r"^(?:延长|推迟|延期|顺延)(.{4,}?)(?:工作)?的?(?:报送|上报|提交|填报)?(?:时限|期限|截止时间|截止日期|时间)$")


DUE_IN_TITLE = re.compile(r"^请?(?:于|在)\s*[^，,的]{2,20}?(?:之前|以前|前)")
# 请建昌镇、八家子镇和县住建局、县交通局报送…: who is asked, named in the title (a name ends as a unit's name ends; 请协助做好…数据
# 报送 names none)
ASKED_IN_TITLE = re.compile(r"^请(?P<who>[^，,的《》]{2,60}?(?:局|委|办|镇|乡|中心|院|所|站|队|单位|部门|乡镇|管委会))"
                            r"(?=报送|上报|提交|填报|推荐|申报|报)")
NOTICE_MATTER = re.compile(rf"关于(.+?)的{NOTICE_KIND}")  # 的预通知: ahead of the full one; 的联合通知: of two issuers
# 关于危险废物规范化环境管理的工作提示: a title no 通知, its kind ending the line (`title_forms`)
REMINDER_MATTER = re.compile(rf"关于(.+?)的(?:{REMINDER_KIND})\s*$")


def _notice_matter(title_line: str) -> str | None:
    """What a 关于…的通知 is about, the 的通知 ending it read outside any 《…》: 关于报送《关于进一步加强…工作的通知》
    贯彻落实情况的通知 is about the quoted notice's 贯彻落实情况, not cut at the quoted title's own 的通知. A 关于…的工作提示
    (提醒, 提示函 …) is about what stands between, as a 通知 is."""
    masked = re.sub(r"《[^《》]*》", lambda q: "《" + "＿" * (len(q.group()) - 2) + "》", title_line)
    m = NOTICE_MATTER.search(masked) or REMINDER_MATTER.search(masked)
    return title_line[m.start(1):m.end(1)] if m else None


# 建昌县结核病防治所2144年秋季学校结核病筛查工作通知: issuer, matter, 通知, and no 关于
ISSUER_END = re.compile(r"局|办公室|办|中心|所|站|院|委员会|委|队|馆|会|政府")
NOTICE_END = re.compile(rf"的?(?:(?:紧急|补充)?(?:通知|通报)|{REMINDER_KIND})$")  # …工作提示: `title_forms`


def _matter_without_guanyu(title_line: str) -> str | None:
    """The matter of a title line written issuer + matter + 通知, with no 关于: what follows the issuer's
    name (its last body word, 所 / 局 / 办公室…, within the first twenty characters), four characters or more
    (建昌县人民政府办公室紧急通知 has none)."""
    line = title_line.strip()
    tail = NOTICE_END.search(line)
    if "关于" in line or not tail or not COUNTY_OPENING.match(line):
        return None
    ends = [m.end() for m in ISSUER_END.finditer(line[: min(20, tail.start())])]
    matter = line[ends[-1]: tail.start()] if ends else ""
    return matter if len(matter) >= 4 else None


def units_asked_in_title(title_line: str) -> str:
    """关于请建昌镇、八家子镇和县住建局报送…的通知 → 建昌镇、八家子镇和县住建局: the units the title asks, or ""."""
    m = ASKED_IN_TITLE.match((_notice_matter(title_line) or "").strip())
    return m.group("who") if m else ""


def deadline_in_title(title_line: str) -> str:
    """关于请于9月12日前报送2030年全国科普日活动方案的通知 → 请于9月12日前报送2030年全国科普日活动方案: the
    title's own sending sentence, for a notice whose body gives no date; "" for a title without one."""
    matter = (_notice_matter(title_line) or "").strip()
    due = DUE_IN_TITLE.match(matter)
    return matter if due and re.match(r"\s*(?:报送|上报|提交|发送)", matter[due.end():]) else ""


def notice_title(title_line: str) -> str:
    """关于报送2023年度政府信息公开工作年度报告的通知 → 2023年度政府信息公开工作年度报告."""
    # 关于推迟《关于开展X工作的通知》报送时间的补充通知 → X: a notice whose date is put off (推迟 / 延长 / 延期 / 顺延) or whose
    # senders are added to (增加 / 增补 / 追加) is still the matter, as one corrected is
    corrected = re.search(r"关于(?:更正|修改|调整|变更|推迟|延长|延期|顺延|增加|增补|追加)《(关于.+的(?:通知|函))》", title_line)
    if corrected:  # 关于更正《关于报送X的通知》报送邮箱的通知 → X: the notice corrected is still the matter
        return notice_title(corrected.group(1))
    # 关于《关于开展X工作的通知》的补充通知 → X: a supplement naming nothing but the notice it adds to
    if supplemented := re.search(r"关于《(关于[^《》]+的(?:通知|函))》的补充通知\s*$", title_line):
        return notice_title(supplemented.group(1))
    # 《…》, and inside it 〈…〉 for a forward of a forward (关于转发《市…关于转发〈省…关于开展X的通知〉的通知》的通知)
    # 关于转发市农业农村局等五部门《关于开展X的通知》的通知: the forwarding bodies named before the 书名号
    forwarded = re.search(r"关于(?:印发|转发)(?:[^《〈》〉]{0,30}?部门|[^《〈》〉]{0,20}?[局委办府院厅部会])?[《〈](.+)[》〉]的(?:紧急|补充)?通知",
                          title_line)
    if forwarded and "关于" in forwarded.group(1):  # 关于转发《…关于开展X的通知》的通知 → X
        return notice_title(forwarded.group(1))
    if forwarded:  # 关于印发《建昌县2024年政务公开工作要点》的通知 → the document sent out
        return _full_width_brackets(forwarded.group(1).strip())
    # 关于转发市退役军人事务局等两部门关于开展X的通知的通知 (no 书名号): the notice forwarded, read as a title of its own
    bare = re.search(r"关于转发[^《》]{2,40}?(关于.{2,80}的(?:通知|意见|方案))的(?:紧急|补充)?通知", title_line)
    if bare:
        return notice_title(bare.group(1))
    matter = _notice_matter(title_line) or _matter_without_guanyu(title_line)
    if not matter:
        return ""
    subject = DUE_IN_TITLE.sub("", matter.strip())  # 关于请于9月12日前报送…的通知
    subject = ASKED_IN_TITLE.sub("", subject)  # 关于请建昌镇和县住建局报送…的通知
    moved = DEADLINE_MOVED.match(subject)
    subject = moved.group(1) if moved else subject
    # 组织申报2026年度…项目: what is organised is the 申报 itself, which stays in the title
    subject = subject[2:] if re.match(r"组织(?:申报|推荐)", subject) else TITLE_VERBS.sub("", subject)
    for _ in range(2):  # 完成情况报送有关工作 → 完成情况报送
        subject = TITLE_TAIL.sub("", subject).strip()
    return _full_width_brackets(subject)


# 经县政府同意，决定开展2031年度行政事业单位国有资产清查工作。: the matter of a notice titled 通知 alone
DECIDED_MATTER = re.compile(r"决定(?:在全县(?:范围内)?)?(?:开展|组织开展|组织|举办|进行|启动|建立|实行)(?P<what>[^，,。；;]{4,40}?)(?:工作|活动)?[。，,；;]")


def matter_of_the_first_paragraph(body: str) -> str:
    """A notice whose title is only 通知: the matter its first paragraph says was decided."""
    m = DECIDED_MATTER.search(body[:400])
    return _full_width_brackets(m.group("what").strip()) if m else ""


def _full_width_brackets(title: str) -> str:
    """The title line was read NFKC; a Chinese title's brackets are full width, as the notice has them."""
    return title.replace("(", "（").replace(")", "）")


SUBJECT_RULE = re.compile(r"(?:(?:邮件)?(?:主题|标题)(?:请|应|须|统一)?(?:注明|标注|写明|命名为|格式为|统一为)"
                          r"|邮件(?:主题|标题)(?:请|应|须)?为)[:：]?\s*[“\"]([^”\"]{2,40})[”\"]")
# …注明“单位名称+等保自查”或“单位名称+等保整改”: another form of the subject, for another material
ANOTHER_FORM = re.compile(r"\s*(?:或者|或是|或|、|/|，或)\s*[“\"]([^”\"]{2,40})[”\"]")
SUBJECT_PLACEHOLDER = re.compile(r"^(?:(?:单位|乡镇|部门|镇|乡)(?:名称|全称|简称|名)?|名称|材料名称|材料|姓名|日期|时间)$")
PERIOD_PLACEHOLDER = re.compile(r"^(?:[XxＸｘ×*＊N某]{1,2}|[（(][XxＸ×*N某\s]*[)）])\s*(?:月份?|季度|期|周)")
SEASON_OR_SCOPE = re.compile(r"^(?:春季|夏季|秋季|冬季|汛期|节前|全县|全市|全省|县级|我县|本县)+")


def subject_hints(title: str, body: str = "") -> list[str]:
    """The title's words that tell this campaign's mails from others' (政府信息公开, 年度报告),
    without a season or scope before them (冬季全县安全生产大检查 → 安全生产大检查), and what
    the notice tells units to write in the subject (邮件主题注明“单位名称+第三方评估自评”)."""
    hints = [_through_what_is_done_of_its_carrying_out(h, title) for h in _title_hints(title)]
    hints = list(dict.fromkeys(req_words.without_bare(hints)))  # 统计表 names half the office's tables
    asked = _subject_pieces(body)
    hints = [h for h in hints if not (a_work_alone(h) and any(h in a and h != a for a in asked))]
    hints = [h for h in hints if not (a_self_check_alone(h) and any(len(o) >= 4 and not a_work_alone(o) for o in hints))]
    hints = [h for h in hints if not (a_drive_work_alone(h) and a_matter_asked_with_its_work(hints, asked))]
    return hints + [a for a in asked if a not in hints]


def a_matter_asked_with_its_work(hints: list[str], asked: list[str]) -> bool:
    """The subject asked carries a piece of the title of 4 or more, the matter, with a work of its own (软件正版化 in
    “单位名称+软件正版化自查”): the mails write the matter and that work, so the title's drive's work alone (检查 of
    …软件正版化工作检查) is no hint beside it; where the subject asked carries only a part of the matter (文化振兴 of
    乡村文化振兴) or none is asked, it stays."""
    return any(len(o) >= 4 and not a_work_alone(o) and any(o in a and o != a for a in asked) for o in hints)


# 实施: the carrying out of a plan or a scheme (`words.WORK_ON_A_MATTER`), which any plan's 监测, 评估 or 检查 names
CARRYING_OUT = "实施"


def _through_what_is_done_of_its_carrying_out(piece: str, title: str) -> str:
    """A piece of the title ending in a plan's carrying out, cut at the 情况 after it (妇女儿童发展规划实施 of …规划实施情况监测):
    the title from that piece to its end, its year aside (妇女儿童发展规划实施情况监测), since the piece names the plan's every
    campaign (a 中期评估's mails carry it too); any other piece as it is."""
    core = re.sub(r"\d{4}\s*年度?", "", title).strip()
    plan = piece.removesuffix(CARRYING_OUT)  # 妇女儿童发展规划: a plan's (not 标准目录实施, a list's, 问卷调查 its survey)
    if plan == piece or not plan.endswith(tuple(req_words.PLAN_OF_A_MATTER)) or not core.startswith(piece + "情况") \
            or core.endswith(("情况", "工作")):
        return piece
    return TITLE_TAIL.sub("", core).strip() or piece


def _subject_pieces(body: str) -> list[str]:
    """The words of the subjects the notice tells units to write, without the placeholders, the year and the period
    each mail fills in."""
    pieces: list[str] = []
    for form in _subject_forms(body):
        for piece in re.split(r"[+＋\-—_、]", form):
            piece = re.sub(r"\d{4}\s*年度?", "", piece).strip()
            piece = PERIOD_PLACEHOLDER.sub("", piece)  # X月民生实事月报: the month each mail fills in
            if len(piece) >= 2 and not SUBJECT_PLACEHOLDER.match(piece) and piece not in pieces:
                pieces.append(piece)
    return pieces


def _subject_forms(body: str) -> list[str]:
    """The subjects the notice tells units to write, each form of them."""
    forms = []
    for rule in SUBJECT_RULE.finditer(body):
        forms.append(rule.group(1))
        at = rule.end()
        while more := ANOTHER_FORM.match(body, at):
            forms.append(more.group(1))
            at = more.end()
    return forms


# what every 征求意见 notice's title says (征求意见稿, 意见), and a year range's stub (2026—): no campaign's own words
NO_HINT = re.compile(r"(?:征求)?意见(?:建议)?|(?:征求意见|送审|讨论)稿|\d{4}[—\-–~～]")


# 安全生产大检查, 隐患大排查大整治, 隐患大起底: a long title is cut at the 大 that opens a drive's work (安全生产, 检查), never
# at a 大 inside a word (重大, 扩大, 广大) nor one opening a word (大中型, 大凌河, 大棚, 大赛, 人大代表): no hint starts mid-word
DRIVE_WORK = req_words.DRIVE_WORK
BIG_OF_A_DRIVE = rf"(?<![重扩强伟广巨庞盛远])大(?={DRIVE_WORK})"


def a_drive_work_alone(piece: str) -> bool:
    """A piece of the title that is only the work a drive does (革命老区发展情况调研 → 调研; 检查, 普查, 调查): every
    campaign of that work says it; where the subject the notice asks carries the work with its matter (“单位名称+老区
    发展情况调研”), a mail following it says the matter too, and the bare work is no hint."""
    return req_words.a_drive_work(piece)


# 帮扶, 救助, 关爱, 慰问: the help given to people, as 建设 / 发展 / 推广 are the work done on a matter
# (`words.WORK_ON_A_MATTER`): every campaign of that work says it, of whatever people or matter
HELP_GIVEN = r"帮扶|救助|关爱|慰问|扶助|帮困|援助|资助"


def a_work_alone(piece: str) -> bool:
    """A piece of the title that is only a drive's work (调研, 检查), the work done on a matter (建设, 发展, 推广) or
    the help given to people (2106年计生特殊家庭“暖心家园”帮扶情况统计 → 帮扶): no hint where the subject the notice asks
    carries it with its matter (“单位名称+暖心家园帮扶情况”), as `a_drive_work_alone`."""
    return (a_drive_work_alone(piece) or piece in req_words.WORK_ON_A_MATTER
            or bool(re.fullmatch(HELP_GIVEN, piece)) or a_step_alone(piece))


# 自查, 自评: what a unit does of itself in any campaign's self-check (节水型机关建设情况自查 → 自查), no hint beside a piece
# of 4 or more telling the matter; a step (推荐, 申报) or a drive's work (调研) alone stays where no subject carries it
SELF_CHECK = {"自查", "自评", "自检"}


def a_self_check_alone(piece: str) -> bool:
    """自查: a piece of the title that is only a self-check (`SELF_CHECK`)."""
    return piece in SELF_CHECK


def a_step_alone(piece: str) -> bool:
    """推荐, 申报: a piece of the title that is only the step a paper serves (`words.KIND_OF_PAPER_WORDS`; …和推荐“无讼村
    （社区）” → 推荐), as bare as a kind of paper: no hint where the subject asked carries it with its matter (“单位名称+无讼村
    推荐”)."""
    return req_words.a_kind_of_paper([piece])


# a cut piece, and a piece of the title as it stands (the matter whole, one its words could not cut shorter)
CUT_PIECE_MAX, WHOLE_PIECE_MAX = 16, 18


def _title_hints(title: str) -> list[str]:
    core = re.sub(r"\d{4}\s*年度?|第[一二三四五六七八九十\d]+届|[上下]半年|第[一二三四]季度", " ", title)
    quoted = re.findall(r"[“\"《]([^”\"》]+)[”\"》]", core)
    pieces = re.split(r"[\s“”\"《》、,，()（）]|工作|活动|有关|相关|情况|的|和|及|与", core)
    whole = {p.strip() for p in pieces} | {SEASON_OR_SCOPE.sub("", p.strip()) for p in pieces}
    long_ones = [p for p in pieces if len(p.strip()) > 12]
    pieces += [q for p in long_ones for q in re.split(r"专项行动|专项|行动|集中|" + BIG_OF_A_DRIVE + r"|[、]", p)]
    # 信访积案化解攻坚行动: mails say 信访积案化解, not the campaign's name for the drive
    pieces += [p.strip()[:-len(m.group())] for p in pieces
               for m in [re.search(r"(?:攻坚行动|专项行动|集中行动|攻坚战|专项整治|攻坚)$", p.strip())]
               if m and len(p.strip()) - len(m.group()) >= 4]
    hints = []
    for q in quoted:  # “5·15政务公开日” → also 政务公开日, 5.15, 515
        m = re.match(r"(\d+)[•·.．](\d+)(.*)", q)
        if m:
            a, b = m.group(1), m.group(2)
            quoted = quoted + [m.group(3), f"{a}.{b}", f"{a}·{b}", a + b]
    for h in quoted + pieces + [SEASON_OR_SCOPE.sub("", p.strip()) for p in pieces]:
        h = h.strip()
        longest = WHOLE_PIECE_MAX if h in whole else CUT_PIECE_MAX
        if (2 <= len(h) <= longest or re.fullmatch(r"\d+[.·]?\d+", h)) and h not in hints and not NO_HINT.fullmatch(h):
            hints.append(h)
    return hints
