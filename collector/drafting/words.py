"""Short forms of a material's name that mails and files use, cut at word boundaries and
carrying the name's topic: 审计整改情况报告 → 整改情况报告 and 审计整改, never the bare
情况报告 that half the office's reports share, nor a fragment like F扫描件 or 任人名单."""

from __future__ import annotations

import re

from .printed_matter import PRINTED_NOUN

# the material's noun at the end of a name, longest first (a 表 takes the two characters before it)
# 示范片区规划图, 园区排水管网图, 办公用房平面示意图, 采石场位置示意地图, 抽样地块点位图, 施工图纸: a drawing, named by
# what it draws (not a bare 地图, 图片, 图表, 图说), or a 图纸 (drawings, whatever they draw); a display board, A3尺寸展板
# （PDF格式）, or a brochure designed, 乡村旅游宣传册, where the name ends or a joiner follows (宣传展板制作情况说明 is the
# 说明, 宣传册设计稿 the 稿)
DRAWING_NOUN = (r"(?:(?:规划|管网|平面|示意|布局|布置|分布|区位|设计|效果|施工|位置|线路|走向|结构|流程|点位)"
                r"地?图(?:纸|(?![片表说]))"
                r"|(?:展板|图纸|宣传册|画册)(?!(?![和及与或])[\u4e00-\u9fa5]))")
# 花名册, 申报书, 访谈稿, 设计稿, 幻灯片: a material's noun of three characters, one word (发放花名册, never 放花名册; 海报设计稿, never 报设计稿);
# 报告书, a report made out as a paper of its own (年度报告书, 环境影响报告书: never 度报 / 告书)
THREE_CHARACTER_NOUN = r"花名册|申报书|报告书|访谈稿|讲话稿|设计稿|幻灯片|[\u4e00-\u9fa5][\u4e00-\u9fa5](?<![名清菜账])单"
NOUN_AT_END = re.compile(r"(?:扫描件|复印件|[\u4e00-\u9fa5]{2}表|" + THREE_CHARACTER_NOUN + r"|名册|报告|汇报|名单|名录|台账|清单|总结|计划"
                         r"|方案|预案|回执|材料|说明|问卷|照片|图片|截图|视频|信息|稿件|表格|表|" + DRAWING_NOUN + "|" + PRINTED_NOUN
                         + r")$")
# words that say nothing of the matter: a name made of these alone is a bare generic noun
# 汇报: a report, as 报告 is (情况汇报 names every office's account of its work, as 情况报告 does)
GENERIC_WORDS = {"情况", "工作", "生产", "汇总", "统计", "报告", "报告书", "汇报", "统计表", "情况表", "汇总表", "明细表", "一览表",
                 "登记表", "名单", "名录", "台账", "清单", "总结", "材料", "表", "表格", "说明", "人员", "相关", "有关",
                 "报送", "上报",  # 《…作品报送汇总表》: the sending every sheet is for (报送汇总表 no short form)
                 "编制", "填报", "起草", "制定", "修订",  # 部门预算编制说明: how any paper is made
                 "基本"}  # 基本情况摸底表, 基本情况表: the basic account every office gives of its matter, as 情况 is
BARE_GENERIC = {"统计表", "情况报告", "报告", "总结", "名单", "台账", "表", "情况表", "汇总表", "清单", "材料",
                "工作情况报告", "情况统计表", "工作总结", "情况说明", "人员名单",
                "情况汇报", "工作汇报", "工作情况汇报",  # 《…生产工作情况汇报》: the 情况报告 said as 汇报
                "开展情况", "工作开展情况",  # …监测工作开展情况: every office's account of its work, as 工作情况
                "月报", "周报", "季报", "旬报",  # every office's periodic report
                "编制说明", "填报说明", "起草说明", "制定说明", "修订说明"}  # the notes on how any paper was made

# the words naming photos: a 照片 / 图片 / 截图 sent, or 原图 / 原片 asked of them
PHOTO_WORDS = re.compile(r"照片|图片|影像|原图|原片|截图")


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
WORD_OF_THREE = re.compile(r"(?:口蹄疫|禽流感|病虫害|农作物|人民币)$")
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


def is_generic(words: list[str]) -> bool:
    return all(w in GENERIC_WORDS for w in words) or "".join(words) in BARE_GENERIC


def short_name(name: str, past_a_drive_paper: bool = False) -> str:
    """The tail that mails and files use: 政府信息公开工作年度报告 → 年度报告, 任务分解表 → 分解表,
    审计整改情况报告 → 整改情况报告 (情况报告 alone names every report), 示范单位推荐表 (推荐表 alone names every
    nomination), PDF扫描件 whole."""
    if len(name) <= 5:
        return name
    words = words_of(name)
    target = 3 if name.endswith("表") else 4
    past_the_work = read_whole(words)
    for k in range(1, len(words) + 1):
        tail = words[-k:]
        if JOINER_IN_A_NAME.fullmatch(tail[0]):
            continue  # 和网格员名单: a short form never starts with its joining word
        if k > 1 and re.fullmatch(r"\d{4}年?", tail[0]):
            return _the_plan_whole(words, k - 1)  # 2095年度报告: the year opening the name is no word a short form reaches to
        if (len("".join(tail)) >= target and not is_generic(tail) and not a_kind_of_paper(tail, past_the_work)
                and not (past_a_drive_paper and _no_topic_word(tail))):
            return _the_plan_whole(words, k)
    return name


def _the_plan_whole(words: list[str], k: int) -> str:
    """The last ``k`` words, or, where a plan's word is among them after their first (儿童 / 发展 / 规划 / 实施 / …), the
    name from its first word, its year aside (妇女儿童发展规划实施情况监测表): a plan is named by all the words before it
    (`PLAN_OF_A_MATTER`), and a short form starting inside its name names another plan."""
    tail = words[-k:]
    if any(w in PLAN_OF_A_MATTER for w in tail[1:]):
        return "".join(w for w in words if not LEADING_YEAR.fullmatch(w))
    return "".join(tail)


def _no_topic_word(words: list[str]) -> bool:
    """Every word but the paper's noun is a word of the work, a joiner, a kind of paper or a word whose matter the word
    before it tells (隐患 / 排查 / 整治 / 台账, 问题 / 整改 / 清单, 发现 / 和 / 整改 / 情况, 环境 / 隐患 / 排查 / 台账, 沿线 / 安全 /
    …: `WHOSE_BY_THE_WORD_BEFORE`): a drive's paper reached past only to such words still names any survey's."""
    return all(a_word_of_the_work(w) or JOINER_IN_A_NAME.fullmatch(w) or w in KIND_OF_PAPER_WORDS or w == "发现"
               or w in WHOSE_BY_THE_WORD_BEFORE for w in words[:-1])


def read_whole(words: list[str]) -> bool:
    """No lone character opens the name's Chinese words: its pairs were read from word boundaries (图书馆 / 分馆 / 建设,
    老区 / 发展), not shifted by an odd word no rule knows (村 / 级红 / 白理 / 事会 / 建设: every pair mid-word)."""
    chinese = [w for w in words if re.fullmatch(r"[\u4e00-\u9fa5]+", w)]
    return not chinese or len(chinese[0]) > 1


# 推荐表, 申报表, 事迹材料, 佐证材料: a paper named by the step it serves or the kind of account it gives, which any
# campaign's mail could carry; 单位 / 个人 / 集体 / 群体 / 机关 (示范单位推荐表 → 单位推荐表, 困难群体帮扶台账 → 群体帮扶台账,
# 节水型机关建设情况统计表 → 机关建设情况统计表) tell no more of whose paper it is
# 调研报告, 调查报告, 典型案例, 经验材料, 活动情况统计表: a kind of study or account any campaign's mail could carry too;
# so are a survey's and a self-check's papers (调查表, 自查表, 检查表, 自查报告, 检查情况表: 检查 a drive's work as 调查 is),
# a yearly check's (年检表, 年检材料: any 年检's, 档案年检 as 账户年检) and a pledge (承诺书: 安全承诺书, 诚信承诺书, 年检承诺书)
KIND_OF_PAPER_WORDS = {"推荐表", "申报表", "申请表", "报名表", "审批表", "审核表", "评审表", "评分表", "自评表", "备案表",
                       "推荐", "申报", "事迹", "佐证", "证明", "单位", "个人", "集体", "群体", "机关",
                       "调研", "调查", "典型", "案例", "经验", "活动",
                       "调查表", "自查表", "检查表", "自查", "检查",
                       "年检", "年检表", "承诺书"}
# 年度: a paper by the year (年度报告, 年度报告书, 年度报告汇总表: any matter's yearly report, 统计年报's as a 事业单位's);
# 复核: a second check of a matter, any matter's as 检查 is (复核汇总表: a 低保's as a 公租房's): past them, where the name
# was read whole, a short form reaches to the matter (事业单位法人年度报告汇总表, 承租人资格复核汇总表)
YEARLY_OR_RECHECKED = {"年度", "复核"}
# 建设, 发展, 推广, 养殖: the work done on a matter, not the matter (建设情况报告, 发展情况调研报告, 推广典型案例,
# 中蜂养殖情况调查表): it tells a paper apart no more than 单位 / 个人 do; so do 监测 / 防控, the watch and the control
# every office keeps on its matter (疫情防控, 森林防火监测, 地质灾害监测), and 发生, the matter's occurring as 发展 is
# its growing (病虫害发生与防控情况统计表: 防控情况统计表 and 发生与防控… name any 防控 campaign's table); 治理, the putting
# right of a matter (诉源治理, 扬尘治理, 综合治理: 治理工作情况统计表 names any of their tables); 调整, its changing (缴存基数
# 调整, 种植结构调整: 调整审批表 names any 调整's form), 防护, the protection kept on it as 防控 is (重要经济目标防护,
# 劳动防护: 防护情况报告 names any 防护's report), and 保护, the keeping of a matter or of people from harm as 防护 is (未成年人
# 保护, 文物保护, 生态保护: 保护工作情况统计表 names any of their tables)
# and 实施, the carrying out of a plan or a scheme (规划实施, 纲要实施: 实施情况监测表 names any plan's table)
WORK_ON_A_MATTER = {"建设", "发展", "推广", "养殖", "监测", "防控", "发生", "治理", "调整", "防护", "保护", "实施"}
# 规划, 纲要: a plan, named by all the words before it (妇女儿童发展规划, 国土空间规划): a short form reaching into a plan's
# name takes it whole (`_the_plan_whole`), never a word of it (儿童发展规划…, 空间规划…: another plan's)
PLAN_OF_A_MATTER = {"规划", "纲要"}
# 登记: the writing down of a matter, which any register is made by (资产登记台账, 人员登记表): past it, where the name was
# read whole, a short form reaches to whose register it is (软件资产登记台账)
WRITING_DOWN = {"登记"}
# 基数, 标准, 比例, 限额, 指标, 目标: a figure or an aim set for a matter, whose it is told by the word before it (缴存基数,
# 缴费基数, 补助标准, 经济目标, 绩效目标): named without that word it tells a paper apart no more than 单位 does
SET_FOR_A_MATTER = {"基数", "标准", "比例", "限额", "指标", "目标"}
# 现金, 资金, 经费, 人民币: money, whose or for what told by the word before it (库存现金, 拒收现金, 专项资金, 办公经费)
# 账户, 资产: money kept or owned, whose told by the word before it too (银行账户, 零余额账户; 固定资产, 软件资产)
MONEY_OF_A_MATTER = {"现金", "资金", "经费", "人民币", "账户", "资产"}
# 站点, 场所, 阵地: a place, what place told by the word before it (服务站点, 经营场所, 宣传阵地; a 网点 stays a word of
# its matter: 食盐储备及网点 → 网点情况调查表)
PLACE_OF_A_MATTER = {"站点", "场所", "阵地"}
# 环境, 沿线, 沿岸, 周边: the surroundings of a matter, whose told by the word before it (生态环境, 营商环境, 安全环境; 铁路
# 沿线, 河道沿岸, 校园周边): 环境隐患排查台账 names any 生态环境 survey's 台账 as well as a railway's
SURROUNDINGS_OF_A_MATTER = {"环境", "沿线", "沿岸", "周边"}
# 法人, 资格, 组织: a standing in law, a fitness held or a body, whose told by the word before it (事业单位法人, 企业法人;
# 承租人资格, 任职资格; 社会组织, 党组织); 对象, 家庭: the people a matter is for, which told by the word before it (保障对象,
# 优抚对象; 在保家庭, 承租家庭): 法人年度报告, 资格复核汇总表, 对象复核汇总表 name any legal person's report, any holder's check
STANDING_OF_A_MATTER = {"法人", "资格", "组织", "对象", "家庭"}
# 公开: the making public of a matter, what told by the word before it (信息公开, 政务公开, 财务公开: 公开工作年度报告 names any
# of their reports)
MADE_PUBLIC = {"公开"}
# a figure, an aim, money, a place, its surroundings or a standing: each says whose or what it is only with the word before it
WHOSE_BY_THE_WORD_BEFORE = (SET_FOR_A_MATTER | MONEY_OF_A_MATTER | PLACE_OF_A_MATTER | SURROUNDINGS_OF_A_MATTER
                            | PLAN_OF_A_MATTER | STANDING_OF_A_MATTER | MADE_PUBLIC)


# 检查, 排查, 整治, 调研, 普查: the work a drive does, whatever its matter (安全生产大检查, 隐患大排查)
DRIVE_WORK = r"检查|排查|整治|清查|起底|走访|宣传|调研|讨论|比武|练兵|巡查|督查|摸底|普查|清理|整顿|会战|扫除|核查|筛查|调查"
# 活动 / 开展 / 工作 / 行动 / 落实 / 整改: the carrying out of a work; it, or a drive's work, names an activity or a survey
# by its kind (活动开展, 工作开展, 隐患排查, 安全检查), which any drive's notice says
WORK_DONE = {"活动", "开展", "工作", "行动", "专项", "实施", "落实", "整改", "自查"}
# 安全 / 隐患 / 问题 / 风险: what a survey looks for; 现场: the scene any drive's photos show (现场照片)
LOOKED_FOR = {"安全", "隐患", "问题", "风险", "现场"}


def a_drive_work(word: str) -> bool:
    """检查, 排查, 整治 …: the work a drive does (`DRIVE_WORK`)."""
    return bool(re.fullmatch(DRIVE_WORK, word))


def a_work_of_no_topic(words: list[str]) -> bool:
    """The words name an activity or a survey by its kind of work alone, or photos of it, with no word of their topic
    (活动 / 开展, 隐患 / 排查, 安全 / 检查, 活动 / 照片, 现场 / 照片): as generic as a bare kind of paper; 推普周活动开展 and
    沼气池安全隐患 carry theirs, and 安全 / 生产 / 隐患 names no work done (安全生产, a matter). A paper of such a work
    (开展情况统计表, 排查情况报告) is read as a paper, by its noun; a work of one word (检查, 自查) as a title's piece or a
    paper's stem is (`titles.a_work_alone`, `requirements._stem`)."""
    if len(words) < 2:
        return False
    if PHOTO_WORDS.fullmatch(words[-1]):
        return all(a_word_of_the_work(w) for w in words[:-1])
    if NOUN_AT_END.fullmatch(words[-1]):
        return False
    return (all(a_word_of_the_work(w) for w in words) and any(w in WORK_DONE or a_drive_work(w) or a_watch_kept(w)
                                                            for w in words)
            or a_figure_set_and_its_work(words))


def a_figure_set_and_its_work(words: list[str]) -> bool:
    """基数 / 调整, 目标 / 防护, 标准 / 调整, 现金 / 自查, 站点 / 建设: a figure or an aim set for a matter, money or a place
    (`WHOSE_BY_THE_WORD_BEFORE`) with the work done on it (`WORK_ON_A_MATTER`, `WORK_DONE`, a drive's work) and no word of
    whose it is: any matter's (社保's 缴费基数调整 carries 基数调整 as 公积金's 缴存基数调整 does, a finance office's 库存现金自查
    现金自查); 缴存基数调整, 经济目标防护 and 拒收人民币现金自查 carry theirs."""
    return (len(words) >= 2 and words[0] in WHOSE_BY_THE_WORD_BEFORE
            and all(w in WORK_ON_A_MATTER or a_word_of_the_work(w) for w in words[1:])
            and any(w in WORK_ON_A_MATTER or w in WORK_DONE or a_drive_work(w) for w in words[1:]))


def a_paper_of_a_work_alone(words: list[str]) -> bool:
    """A paper named by a drive's work or its putting right alone, with what it looks for and generic words only (排查 /
    台账, 隐患 / 排查 / 台账, 整改 / 情况 / 报告): any survey's paper. It stays a short form beside the topic its name
    gives (排查统计表 with 化粪池安全隐患, h-fixd98); where the name gives none, `short_form_of_a_name` reaches past it
    (电梯安全隐患排查台账). 开展 / 工作 alone (开展情况统计表) is no drive's;
    a self-check's paper (整治自查表, 安全检查自查报告) is read as `KIND_OF_PAPER_WORDS` say."""
    if len(words) < 2 or words[-1] not in GENERIC_WORDS:  # 整治自查表: a self-check's form tells (h-fixd97)
        return False
    if any(w in KIND_OF_PAPER_WORDS for w in words):  # 安全检查自查报告: a self-check's paper (h-fixd97's)
        return False
    return (all(a_word_of_the_work(w) for w in words[:-1])
            and any(a_drive_work(w) or w == "整改" for w in words[:-1]))


def a_word_of_the_work(word: str) -> bool:
    """活动, 开展, 隐患, 排查, 监测, 情况: a word of the work done or looked for, or a generic one: no word of a topic."""
    return (word in GENERIC_WORDS or word in WORK_DONE or word in LOOKED_FOR or a_drive_work(word)
            or a_watch_kept(word))


# 监测, 防控, 防护: the watch, the control and the protection an office keeps on its matter (`WORK_ON_A_MATTER`); named
# alone, 监测防控 is any 防控 campaign's work (疫情, 森林防火, 地质灾害), as 隐患排查 is any survey's, and 防护情况报告 any
# 防护's report
WATCH_KEPT = {"监测", "防控", "防护"}


def a_watch_kept(word: str) -> bool:
    """监测, 防控: the work an office keeps up on its matter, a work named by its kind (`WATCH_KEPT`)."""
    return word in WATCH_KEPT


def a_kind_of_paper(words: list[str], past_the_work: bool = True) -> bool:
    """The words name only a kind of paper, with words of no matter (推荐表, 单位推荐表, 事迹材料, 工作事迹材料,
    调研报告, and with ``past_the_work`` the work done on the matter: 建设情况报告): a short form of a longer name
    reaches past them to a word of the name that tells it apart (示范单位推荐表, 创建工作事迹材料, 老区发展情况调研报告,
    分馆建设情况报告), and a figure or an aim set for a matter whose the name says before it (`SET_FOR_A_MATTER`: 基数调整审批表
    → 缴存基数调整审批表, 目标防护情况报告 → 经济目标防护情况报告). Past the work only where the name was read whole: in shifted
    pairs the word reached would be a cut."""
    no_matter = (KIND_OF_PAPER_WORDS | WORK_ON_A_MATTER | WHOSE_BY_THE_WORD_BEFORE | WRITING_DOWN | YEARLY_OR_RECHECKED
                 if past_the_work
                 else KIND_OF_PAPER_WORDS)
    kinds = [w for w in words if w not in GENERIC_WORDS and not JOINER_IN_A_NAME.fullmatch(w)]
    return bool(kinds) and all(w in no_matter or a_table_of_the_watch(w) or a_table_of_a_drive(w)
                               or (past_the_work and a_making_into(w)) for w in kinds)


def a_table_of_a_drive(word: str) -> bool:
    """摸底表, 排查表, 普查表, 核查表: a table named by a drive's work alone (`DRIVE_WORK`), as 调查表 / 检查表 are: any survey of
    that work fills one (新就业群体基本情况摸底表 → never 摸底表)."""
    return len(word) == 3 and word.endswith("表") and a_drive_work(word[:2])


def a_table_of_the_watch(word: str) -> bool:
    """监测表, 防控表: a table named by the watch kept on a matter alone (`WATCH_KEPT`), as 检查表 is by a survey: any
    campaign of that work fills one (县级示范社运行监测表 → 运行监测表, never 监测表)."""
    return len(word) == 3 and word.endswith("表") and a_watch_kept(word[:2])


def a_paper_of_the_watch_alone(words: list[str]) -> bool:
    """A paper named by the watch kept on a matter alone, with generic words only (防控 / 情况 / 统计表, 监测 / 防控 / 工作 /
    总结, 监测表): as bare as 情况统计表, any 防控 campaign's paper; 病虫害监测防控工作总结 and 运行监测表 carry their matter.
    A drive's paper (排查统计表, 开展情况统计表) is left to its own rule (`a_work_of_no_topic`)."""
    if not words or not (NOUN_AT_END.fullmatch(words[-1]) or a_table_of_the_watch(words[-1])):
        return False
    return (any(a_watch_kept(w) or a_table_of_the_watch(w) for w in words)
            and all(w in GENERIC_WORDS or a_watch_kept(w) or a_table_of_the_watch(w) for w in words))


# the longest topic kept whole, never cut (春耕备耕, 示范点建设, 未成年人保护)
WHOLE_TOPIC_MAX = 6


def topic(name: str) -> str:
    """The matter a name is about, when its short form had to reach past a bare generic noun:
    春耕备耕生产情况统计表 → 春耕备耕, 审计整改情况报告 → 审计整改, 12345热线工单办理情况统计表 →
    工单办理 (the last two words of a long one; "" when none of 4 characters or more)."""
    words = words_of(name)
    if len(name) <= 5 or not any(is_generic(words[-k:]) and len("".join(words[-k:])) >= 3
                                 for k in range(1, len(words) + 1)):
        return ""
    while words and words[-1] in GENERIC_WORDS:
        words.pop()
    words = [w for w in words if not re.fullmatch(r"\d{4}年度?", w)]
    rest = "".join(words)
    if len(rest) <= WHOLE_TOPIC_MAX:  # 春耕备耕, 示范点建设: whole (cutting by two would clip 示范点); 隐患排查 alone none
        return rest if len(rest) >= 4 and not a_work_of_no_topic(words) else ""
    if matter := _matter_before_its_work(words):
        return matter
    return _last_words_with_their_topic(words)


def _last_words_with_their_topic(words: list[str]) -> str:
    """The last two words of a topic too long to keep whole (工单 / 办理); where they name only a kind of work (活动 /
    开展, 隐患 / 排查), the words back to the nearest word of the topic, the drive's work at the end left out as the survey
    of the matter before it (`_the_drive_left_out`): 推普周 / 活动 / 开展 → 推普周活动开展, 户用 / 沼气池 / 安全 / 隐患 / 排查
    → 沼气池安全隐患; "" where none is, or the pairs were read shifted (the word reached would be a cut)."""
    last_two = words[-2:]
    if a_figure_set_and_its_work(last_two):  # 基数 / 调整: whose 基数 it is, the word before it
        return _the_figure_with_whose_it_is(words)
    if last_two[0] in GENERIC_WORDS:  # 工作 / 开展: no topic (监测工作开展情况 has its short form)
        return ""
    if not a_work_of_no_topic(last_two):
        return "".join(last_two) if len("".join(last_two)) >= 4 else ""
    matter = _the_drive_left_out(words)
    at = next((i for i in range(len(matter) - 1, -1, -1) if _a_word_of_its_own_topic(matter[i])), None)
    if at is None or not read_whole(words):
        return ""
    while at > 0 and len("".join(matter[at:])) < 4:  # 验配 / 场所: a topic word of two, with the word before it
        at -= 1
    return "".join(matter[at:]) if len("".join(matter[at:])) >= 4 else ""


def _a_word_of_its_own_topic(word: str) -> bool:
    """A word that tells a topic by itself: no word of the work (隐患, 排查), nor one whose matter the word before it tells
    (环境, 沿线: `WHOSE_BY_THE_WORD_BEFORE`; a topic reached back to it would be a cut, 环境隐患, 沿线安全环境隐患)."""
    return not a_word_of_the_work(word) and word not in WHOSE_BY_THE_WORD_BEFORE


def _the_figure_with_whose_it_is(words: list[str]) -> str:
    """A topic ending in a figure or an aim set and the work on it (基数 / 调整, 目标 / 防护: `a_figure_set_and_its_work`):
    the word before the figure, whose it is, with them (缴存 / 基数 / 调整 → 缴存基数调整, 经济 / 目标 / 防护 → 经济目标防护; past
    money named twice: 拒收 / 人民币 / 现金 / 自查 → 拒收人民币现金自查);
    "" where that word is no word of a topic either, or the pairs were read shifted (the word reached would be a cut)."""
    at = 0 if words[-2] in PLAN_OF_A_MATTER else len(words) - 3  # 国土 / 空间 / 规划 / 实施: a plan named whole
    while at > 0 and words[at] in WHOSE_BY_THE_WORD_BEFORE:  # 人民币 / 现金: money named twice, whose the word before
        at -= 1
    if at < 0 or not read_whole(words) or a_word_of_the_work(words[at]) or words[at] in WHOSE_BY_THE_WORD_BEFORE:
        return ""
    return "".join(words[at:])


# 专项整治, 专项检查: the drive's work with the word that makes it a special one
DRIVE_AT_THE_END = re.compile(rf"{DRIVE_WORK}|自查|专项")


def _the_drive_left_out(words: list[str]) -> list[str]:
    """The topic's words without the drive's work closing them (排查, 排查 / 整治, 专项 / 检查, 自查) and the generic words
    then closing them (情况, 人员): the matter the drive surveys (沼气池 / 安全 / 隐患, 流浪 / 乞讨)."""
    words = list(words)
    while len(words) > 1 and DRIVE_AT_THE_END.fullmatch(words[-1]):
        words.pop()
    while len(words) > 1 and words[-1] in GENERIC_WORDS:
        words.pop()
    return words


def _matter_before_its_work(words: list[str]) -> str:
    """A topic too long to keep whole that ends in the work done on it (图书馆 / 分馆 / 建设): the matter before the work,
    whole when of 4 to 6 characters (图书馆分馆, never the 分馆建设 of the last two words); "" otherwise, and where the last
    two name a work alone (病虫害 / 监测 / 防控: its topic is reached back to by `_last_words_with_their_topic`, 病虫害监测防控,
    never 病虫害监测)."""
    matter = "".join(words[:-1])
    if a_work_of_no_topic(words[-2:]):
        return ""
    return matter if words and words[-1] in WORK_ON_A_MATTER and 4 <= len(matter) <= 6 else ""


def bare(word: str) -> bool:
    """A bare generic noun (统计表, 情况报告, 总结…), a work named by its kind alone (活动开展, 隐患排查, 活动照片, 监测防控) or
    a paper of the watch kept on a matter alone (防控情况统计表, 监测表): a hint only when nothing better is known."""
    words = words_of(word)
    return word in BARE_GENERIC or is_generic(words) or a_work_of_no_topic(words) or a_paper_of_the_watch_alone(words)


def without_bare(hints: list[str], alone=bare) -> list[str]:
    """The hints without the bare ones (统计表; with ``alone`` a_work_named_alone, 活动照片 and 活动开展 only) where one
    of 4 characters or more tells the matter: they name half the office's mails; all of them where none does."""
    if any(len(h) >= 4 and not bare(h) for h in hints):
        return [h for h in hints if not alone(h)]
    return hints


def a_work_named_alone(word: str) -> bool:
    """活动开展, 隐患排查, 活动照片, 现场照片: a work or its photos named with no word of their topic (a_work_of_no_topic)."""
    return a_work_of_no_topic(words_of(word))


# “无讼村（社区）”, ‘两癌’: a quoted name inside a material's name (`titled_names.with_its_quoted_topic`), and an aside in
# brackets inside it
QUOTED_IN_A_NAME = re.compile(r"“([^“”]*)”|‘([^‘’]*)’|「([^「」]*)」|『([^『』]*)』|\"([^\"]*)\"")
ASIDE_IN_A_QUOTE = re.compile(r"[(（][^()（）]*[)）]")


def as_mails_write_it(name: str) -> str:
    """A name with a quoted name in it, as mails and files write it: the marks and the aside in brackets inside the
    quote left out (“无讼村（社区）”推荐表 → 无讼村推荐表, “两癌”筛查组织动员情况报告 → 两癌筛查组织动员情况报告)."""
    return QUOTED_IN_A_NAME.sub(lambda m: ASIDE_IN_A_QUOTE.sub("", next(g for g in m.groups() if g is not None)), name)


# the longest topic a quoted name and the words after it make (两癌筛查组织动员); past it, the quoted name with its work
QUOTED_TOPIC_MAX = 10


def the_quoted_topic(name: str) -> str:
    """The topic of a name opening with a quoted name (`titled_names.with_its_quoted_topic`): the quoted name, as mails
    write it, with the words after it up to its paper, less the generic words and the kinds of paper closing them
    (“两癌”筛查组织动员情况报告 → 两癌筛查组织动员, “无讼村（社区）”推荐表 → 无讼村), the work right after it alone where that is
    too long (两癌筛查); "" for a name opening with no quote."""
    quoted = QUOTED_IN_A_NAME.match(name)
    if not quoted:
        return ""
    words = words_of(as_mails_write_it(name[quoted.end():]))
    while words and (words[-1] in GENERIC_WORDS or a_kind_of_paper(words[-1:]) or NOUN_AT_END.fullmatch(words[-1])):
        words.pop()
    said = as_mails_write_it(quoted.group())
    if len(said + "".join(words)) > QUOTED_TOPIC_MAX:
        words = words[:1] if words and (a_drive_work(words[0]) or words[0] in WORK_ON_A_MATTER) else []
    return said + "".join(words)


def short_form_of_a_name(name: str) -> str:
    """A name's short form as mails write it (`short_name`), never starting inside the quoted name it opens with: that
    name is one word (“安全生产月”活动工作总结 → 安全生产月活动工作总结 whole, never 生产月活动工作总结)."""
    written = as_mails_write_it(name)
    short = short_name(written)
    if a_drive_paper_of_no_topic(written, short) or a_work_of_two_cut(written, short):  # 在用电梯安全隐患排查台账: 排查台账 is any survey's
        past = short_name(written, past_a_drive_paper=True)
        short = past if past != written or not _no_topic_word(words_of(past)) else short
    quoted = QUOTED_IN_A_NAME.match(name)
    if quoted and len(short) > len(written) - len(as_mails_write_it(quoted.group())):
        return written
    return short


def a_work_of_two_cut(name: str, short: str) -> bool:
    """The short form is a paper of a work alone (整改 / 情况 / 说明: `a_paper_of_a_work_alone`) starting on the second word of
    a work of two, a drive's work right before it (清理 / 整改, 排查 / 整治): it cuts that work (银行账户清理整改情况说明 →
    整改情况说明, any 整改's), and is reached past to a word of the topic as a drive's paper of no topic is; 审计整改情况报告
    and 隐患整改情况报告 (no drive's work before the 整改) keep theirs."""
    words, tail = words_of(name), words_of(short)
    k = len(tail)
    return (len(words) > k and "".join(words[-k:]) == short and a_drive_work(words[-k - 1])
            and a_paper_of_a_work_alone(tail))


def a_drive_paper_of_no_topic(name: str, short: str) -> bool:
    """The short form is a drive's paper alone (排查台账, 整治工作总结: `a_paper_of_a_work_alone`) and the name gives no
    topic to go with it (`topic_of_a_name`), or only its whole matter (`the_whole_matter`): the one word a part would get
    names any survey's paper."""
    if not a_paper_of_a_work_alone(words_of(short)):
        return False
    found = topic_of_a_name(name)
    return not found or the_whole_matter(name, found)


def the_whole_matter(name: str, found: str) -> bool:
    """The topic read is the name's whole matter, from its first word (its year aside) to the drive, and longer than a topic
    is kept whole, a word of surroundings in it (铁路沿线安全环境隐患 of 铁路沿线安全环境隐患排查整治工作总结: no shorter word of
    it tells the matter, each told by the one before): the drive's paper beside it is reached past to the name whole, as
    where no topic is; 化粪池安全隐患排查情况报告 keeps 排查情况报告 beside its topic (the team's call, mixed98's tests)
    (户用沼气池安全隐患排查统计表's 沼气池安全隐患 is a topic cut shorter: 排查统计表 stays beside it)."""
    return len(found) > WHOLE_TOPIC_MAX and any(w in found for w in SURROUNDINGS_OF_A_MATTER) \
        and LEADING_YEAR.sub("", as_mails_write_it(name), count=1).startswith(found)


def topic_of_a_name(name: str) -> str:
    """A name's topic: its quoted name's (`the_quoted_topic`), else the one `topic` reads in it as mails write it."""
    return the_quoted_topic(name) or topic(as_mails_write_it(name))


def part_words(name: str) -> list[str]:
    """A part's words: its short form, and its topic when the short form alone is near generic (a quoted name in it
    written as mails write it, whole, and the topic it gives: `short_form_of_a_name`, `topic_of_a_name`; a list of
    matters by its last, `last_listed`)."""
    name = last_listed(name)
    short = short_form_of_a_name(name)
    return list(dict.fromkeys(w for w in (short, topic_beside(name, short)) if w))


def topic_beside(name: str, short: str) -> str:
    """The name's topic to go beside its short form ``short`` (`topic_of_a_name`), "" where the short form holds it
    whole and it is a cut (`a_cut_topic_the_short_form_holds`)."""
    found = topic_of_a_name(name)
    return "" if a_cut_topic_the_short_form_holds(found, short) else found


def a_cut_topic_the_short_form_holds(found: str, short: str) -> bool:
    """The topic opens on a word whose matter the word before it tells (资格复核, 法人年度: `WHOSE_BY_THE_WORD_BEFORE`), cut
    from that word, and the short form holds it whole with that word before (承租人资格复核汇总表, 事业单位法人年度报告汇总表):
    the short form says it; alone it names any holder's check, any legal person's year."""
    words = words_of(found) if found else []
    return bool(words) and words[0] in WHOSE_BY_THE_WORD_BEFORE and found in short and not short.startswith(found)


def last_listed(name: str) -> str:
    """祭扫场所、旅游景区防火责任落实表 → 旅游景区防火责任落实表: a name whose matters are listed with 、 is matched by its
    last (a unit's file name or subject seldom keeps the list whole). A 、 inside a quoted name is that name's own
    (“双随机、一公开”抽查计划 stays whole)."""
    outside = QUOTED_IN_A_NAME.sub(lambda m: "＂" * len(m.group()), name)  # the quotes masked, their length kept
    at = outside.rfind("、")
    return name[at + 1:] if at >= 0 else name


def without_the_papers_book(name: str) -> str:
    """A 报告书 named as mails write it, its 书 left off (事业单位法人年度报告书 → 事业单位法人年度报告: the file and the subject
    say 报告 as often); "" for any other name, or where the report left is bare (年度报告书 → 年度报告 names any year's)."""
    if not name.endswith("报告书"):
        return ""
    report = name[:-1]
    return "" if bare(report) or a_kind_of_paper(words_of(report)) else report
