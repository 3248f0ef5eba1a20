"""Words of no matter: kinds of paper (推荐表, 自查报告), the work done on a matter (建设, 监测), a drive's work (排查,
整治) and words whose matter the word before them tells (基数, 环境). A name of these alone is as bare as 情况统计表."""

from __future__ import annotations

import re

from .cut import JOINER_IN_A_NAME, a_making_into, words_of
from .nouns import GENERIC_WORDS, NOUN_AT_END, PHOTO_WORDS, BARE_GENERIC, is_generic


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
