"""A material's name cut into words from its end: its noun, then words of two characters, with the persons, papers,
places, diseases and joiners that make a word of one or three read whole, so no word starts mid-word."""

from __future__ import annotations

import re

from .nouns import NOUN_AT_END


# 群测群防监测员, 村级网格员: a post whole, whatever the characters before it (测员名单 never)
POST_IN_A_NAME = re.compile(r"(?:监测|信息|网格|联络|护林|巡查|巡河|调解|协管|通讯|宣传|安全|保洁)员$")
# 责任人, 联系人, 带头人: a person whole (not a 人 of two: 个人, 本人, 他人, 老人, 家人 — 先进个人 is 先进, 个人; nor 法人, a legal
# person: 事业单位法人 is 事业 / 单位 / 法人, never 位法人)
PERSON_IN_A_NAME = re.compile(r"[\u4e00-\u9fa5]{2}(?<![个本他老家法])人$")
# 目标责任书, 防火责任状: a paper whole (书, or a 状 of 责任 / 军令 / 保证)
PAPER_IN_A_NAME = re.compile(r"(?:(?:责任|承诺|申请|倡议|建议|说明|任务|协议|意向|委托|证明|告知|决定)书|(?:责任|军令|保证)状)$")


def words_of(name: str) -> list[str]:
    """The name cut into words from its end: the material's noun, then an ASCII word (PDF) whole,
    a person (责任人) or a paper (责任书) whole, a joining word (及 / 和 / 与) on its own, a place word, a
    disease or a drive's month, week or day of three characters where the rest is odd (观测点, 服务站, 狂犬病,
    宣传月, 科普日), a word of three no pair holds wherever it stands (病虫害, 农作物), else two characters at a time (a name
    is mostly two-character words); a year opening the name (2099年) is a word before them."""
    year = LEADING_YEAR.match(name)
    if year and len(name) > year.end():
        return [year.group(), *words_of(name[year.end():])]  # 2099年春季…: the year a word, the name's pairs after it
    out: list[str] = []
    rest = name
    m = NOUN_AT_END.search(rest)
    if m:
        out.insert(0, m.group())
        rest = rest[: m.start()]
    while rest:
        ascii_word = re.search(r"[A-Za-z0-9]+$", rest)
        person = PERSON_IN_A_NAME.search(rest)
        paper = PAPER_IN_A_NAME.search(rest) or POST_IN_A_NAME.search(rest)  # 目标责任书签订…: 责任书 whole, not 标责 / 任书
        size = (len(ascii_word.group()) if ascii_word else 3 if person or paper or _after_a_joiner(rest, 3)
                else 1 if _a_joiner_ends(rest)
                else 3 if _a_suffixed_word_ends(rest) or _a_disease_ends(rest) or _a_drive_span_ends(rest)
                or WORD_OF_THREE.search(rest)
                else min(2, len(rest)))
        out.insert(0, rest[-size:])
        rest = rest[:-size]
    return _a_negation_opening(_a_new_kind_opening(out))


# 新就业, 新业态, 新时代, 新农村: 新 opening a name before a word of two, the new kind of that matter, one word of three
NEW_KIND = "新"
# 未成年人, 未成年, 非物质: 未 / 非 opening a name before a word, the matter it negates, one word with it
NEGATION = ("未", "非")


def _a_negation_opening(words: list[str]) -> list[str]:
    """The words with a lone 未 / 非 opening them joined to the word after it (未 / 成年人 / 保护 → 未成年人 / 保护, 非 / 物质 /
    文化 → 非物质 / 文化): it says what the word is not, no word alone; a short form reaching to them never starts after it
    (成年人保护…, 保护工作情况统计表: cuts)."""
    if len(words) >= 2 and words[0] in NEGATION and re.fullmatch(r"[\u4e00-\u9fa5]{2,3}", words[1]):
        return [words[0] + words[1], *words[2:]]
    return words


def _a_new_kind_opening(words: list[str]) -> list[str]:
    """The words with a lone 新 opening them joined to the word of two after it (新 / 就业 / 群体 → 新就业 / 群体, 新 / 时代
    / 文明 → 新时代 / 文明): the pairs after it start on their words, and a short form reaching to them never starts
    after the 新 (就业群体…, a cut); 新增 / 新建, a pair, stay as read."""
    if len(words) >= 2 and words[0] == NEW_KIND and re.fullmatch(r"[\u4e00-\u9fa5]{2}", words[1]):
        return [words[0] + words[1], *words[2:]]
    return words


# 及 / 和 / 与 joining two words of one name (村级田长和网格员名单); not inside a word (以及, 涉及, 及时, 参与, 总和)
# 下一步, 下半年: the time a report's plans are for (下一步工作打算, 下半年工作计划)
NEXT_STEPS = ("下一步", "下步", "下半年", "下阶段", "下一阶段")
JOINER_IN_A_NAME = re.compile(r"(?<![以涉普危顾论波殃惠参给授赋总温调缓平谦暖饱])[及和与](?![时早其谐会])")


# 观测点, 示范点, 服务站, 卫生院, 派出所, 信息员, 监测员, 示范村, 沼气池, 化粪池: a two-character word and a one-character
# noun of a place (or a person's post, or a pit built there) after it
# — but not where its last two are a place's noun of two place nouns (站点, 站所, 院所): 服务站点 is 服务 / 站点, never 务站点
PLACE_PAIR = r"站点|站所|院所"
SUFFIXED_WORD = re.compile(r"[\u4e00-\u9fa5]{2}[点站所院队户室馆员村池](?<!" + PLACE_PAIR + r")$")


# 志愿者, 参与者, 劳动者, 经营者, 获奖者: a person named by what they do, one word of three (not a 者 of two: 患者, 作者,
# 读者, 记者, 学者, 或者, 前者 …)
DOER_IN_A_NAME = re.compile(r"[\u4e00-\u9fa5]{2}(?<![患作读记学老或长再前后二两三笔编译强弱智勇死伤使行论来逝王尊侍舞歌])者$")


# 公积金, 保证金, 补助金, 抚恤金, 奖学金: a fund named by the two characters before its 金, one word of three (not a 金 of two:
# 资金, 基金, 现金, 奖金, 租金, 年金 …)
FUND_IN_A_NAME = re.compile(r"[\u4e00-\u9fa5]{2}(?<![资基现奖租薪年押定订罚股礼佣酬本税美黄重千五冶赏合])金$")


# 节水型, 学习型, 服务型, 创新型: a kind named by the word before its 型, one word of three (not a 型 of two: 类型, 大型, 新型,
# 典型, 模型, 转型 …)
KIND_IN_A_NAME = re.compile(r"[\u4e00-\u9fa5]{2}(?<![类大小新典造模户车转定体重中微巨血句原成外机发题同线])型$")


# 正版化, 信息化, 标准化, 规范化: a making into a kind, named by the word before its 化, one word of three (not a 化 of two:
# 文化, 绿化, 变化, 强化, 优化, 深化 …); it is of the matter the word before it names (软件正版化, 教育信息化), as a figure is
MADE_INTO_IN_A_NAME = re.compile(
    r"[\u4e00-\u9fa5]{2}(?<![文绿变强优美深转净老消硬亮简细量固进分恶同教感融催氧演退活软钝僵淡弱虚异激孵熔焚溶液气腐绝羽])化$")


def a_making_into(word: str) -> bool:
    """正版化, 信息化, 标准化: a making into a kind (`MADE_INTO_IN_A_NAME`), of a matter the word before it names."""
    return len(word) == 3 and bool(MADE_INTO_IN_A_NAME.fullmatch(word))


def _a_suffixed_word_ends(rest: str) -> bool:
    """``rest`` has an odd number of characters and ends in a word of three whose last is a place noun (or 员, the
    者 of a doer, the 金 of a fund, the 型 of a kind, the 化 of a making into one: 软件正版化 → 软件, 正版化): that word is the odd one (地震宏观观测点 → 地震, 宏观, 观测点; 优秀志愿者 →
    优秀, 志愿者; 住房公积金 → 住房, 公积金; 节水型 → 节水型), so no word starts mid-word (观观, 测点, 秀志, 愿者, 房公, 积金) — unless it starts on the noun of
    such a word before it."""
    return (len(rest) % 2 == 1 and len(rest) >= 3
            and bool(SUFFIXED_WORD.search(rest) or DOER_IN_A_NAME.search(rest) or FUND_IN_A_NAME.search(rest)
                     or KIND_IN_A_NAME.search(rest) or MADE_INTO_IN_A_NAME.search(rest))
            and not _starts_on_the_noun_of_a_word_before(rest)
            and not _a_joiner_ends(rest[:-2]))  # 储备及网点: the joiner is a word of its own, 网点 the pair after it


def _starts_on_the_noun_of_a_word_before(rest: str) -> bool:
    """The last three characters start on the place noun closing a word of three before them (图书馆分馆: 馆分馆 starts on
    图书馆's 馆; 驻村工作队队员: 队队员 on 工作队's 队): they are no word; the pair at the end is (分馆, 队员), and the word
    before it is read whole next (图书馆, 工作队)."""
    return len(rest) >= 5 and bool(SUFFIXED_WORD.search(rest[:-2]))


# 狂犬病, 结核病, 传染病, 口蹄疫, 禽流感: a disease's name of three characters (not a 病 of two: 疾病, 疫病, 大病, 慢病)
DISEASE_IN_A_NAME = re.compile(r"[\u4e00-\u9fa5]{2}(?<![疾疫大慢看治防患发])病$")
# 口蹄疫, 禽流感, 病虫害, 农作物, 人民币: a word of three no pair holds (病 / 虫害, 农作 / 物 are no words), read whole wherever it
# ends the rest, so the pairs before it start on their words again (秋季 / 农作物 / 重大 / 病虫害, never 农作 / 物重 / 大病)
# 乒乓球, 羽毛球, 信号灯, 防溺水: the same, so a short form reaching past a field (比赛, 设施) never starts inside one (乓球比赛报名表,
# 号灯设施台账; mixed108)
WORD_OF_THREE = re.compile(r"(?:口蹄疫|禽流感|病虫害|农作物|人民币|乒乓球|羽毛球|信号灯|防溺水)$")
# 2099年春季…: a year opening a name is a word of its own, so the pairs after it start at the name's first word; of a
# 2099年度 the digits alone, 年度 a word of the name (2099年度报告 → 年度报告)
LEADING_YEAR = re.compile(r"\d{4}年(?!度)|\d{4}(?=年度)")


# 宣传月, 安全月, 宣传周, 活动周, 科普日, 节假日: a drive's (or a kind of) month, week or day named by the word before it,
# one word of three; not a 月 / 周 / 日 of two (每月, 本周, 上月, 节日, 生日, 岁月, 一周, 月日)
DRIVE_SPAN_IN_A_NAME = re.compile(
    r"[\u4e00-\u9fa5]{2}(?<![每本上下当次同逐按半整个今明昨近节岁年满蜜正腊闰生翌前隔终平末单双一二三四五六七八九十两〇零百月周日])"
    r"[月周日]$")


def _a_drive_span_ends(rest: str) -> bool:
    """``rest`` has an odd number of characters and ends in a drive's month, week or day of three (民族团结进步宣传月
    → 民族, 团结, 进步, 宣传月), so no word starts mid-word (传月, 步宣) and a topic cut from it keeps the 宣."""
    return len(rest) % 2 == 1 and bool(DRIVE_SPAN_IN_A_NAME.search(rest))


def _a_disease_ends(rest: str) -> bool:
    """``rest`` has an odd number of characters and ends in a disease's name of three (春季犬只狂犬病 → 春季, 犬只,
    狂犬病), so no word starts mid-word (只狂, 犬病免疫)."""
    return len(rest) % 2 == 1 and bool(DISEASE_IN_A_NAME.search(rest))


def _a_joiner_ends(rest: str) -> bool:
    """``rest`` ends in a joining word with a word of two characters or more before it: the joiner is a word of its
    own (村级田长和网格员 → …田长, 和, 网格员), so no word runs across it (和网, 校及)."""
    return len(rest) >= 3 and bool(JOINER_IN_A_NAME.fullmatch(rest, len(rest) - 1))


def _after_a_joiner(rest: str, size: int) -> bool:
    """The last ``size`` characters of ``rest`` come right after a joining word: one word, its odd first character
    not left alone (网格员, not 网 and 格员, so no hint starts at 格员名单)."""
    return len(rest) > size and _a_joiner_ends(rest[:-size])


def read_whole(words: list[str]) -> bool:
    """No lone character opens the name's Chinese words: its pairs were read from word boundaries (图书馆 / 分馆 / 建设,
    老区 / 发展), not shifted by an odd word no rule knows (村 / 级红 / 白理 / 事会 / 建设: every pair mid-word)."""
    chinese = [w for w in words if re.fullmatch(r"[\u4e00-\u9fa5]+", w)]
    return not chinese or len(chinese[0]) > 1
