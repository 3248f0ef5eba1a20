"""Clauses of a requirement's sentence that name a material or a person's name without asking for it, left out
before its parts are read:

- how a file is to be named: `身份证照片请按学员姓名命名` (the 姓名 is the file's name, no name typed in the mail);
- what the material will serve: `…名录（Excel格式）发送至上述邮箱，作为授信名单比对依据` (the 授信名单 is the office's);
- what the office will do with what it gets: `…信息稿及现场照片发送至上述邮箱，优秀稿件将在公众号刊发`;
- what a unit checks before it writes: `请县医保局对名册中人员的参保身份进行核对，…将核对意见发送至…` (the 名册 is checked, the
  核对意见 is sent), `对辖区内…材料征订情况进行自查，填写《…自查表》` (the 材料 is checked, the 自查表 sent).
  The material word inside such a check is no material either where another is named (``checked``).
- the paper a unit studies before it answers: `对清单中的基本履职事项逐项研究，于…前反馈意见` (对 … 研究 / 研读 / 审阅: the 清单
  is the office's, the views are sent);
- the paper a unit receives before it works: `暗访发现的问题以清单形式反馈相关单位。各单位收到问题清单后要立行立改，并于…前将
  …工作总结（Word格式）报送` (收到 / 接到 / 收悉 / 领到 / 拿到 … 后: the 问题清单 is the office's, ``received``);
- a paper whose sending is announced later: `…将工作总结（Word格式）发送至…，统计表另行通知` (`统计表报送时间另行通知`:
  not asked by this deadline, ``announced_later``);
- what a unit weighs before it writes: `结合委员在调研中提出的意见建议，…形成书面材料（Word格式）` (a clause of 结合 alone: the
  意见建议 are the members', the 书面材料 is sent; dropped only where another material is named).
A clause that still sends something (`作为附件一并报送`) is kept.

Nor is a material word a material when it says where units or members are listed (``lists_who``, read by
requirements.material_names): the table the senders are listed in, `请联系人表所列单位…填写《…名单》` (the 联系人表 names
who sends); the members of a list, `将培育名单内企业…情况形成书面材料` (the 名单's 企业 are written of, no 名单 sent).
"""

from __future__ import annotations

import re

from ..senders.named_tables import THE_UNITS

# 按学员姓名命名, 以“单位名称+姓名”命名, 文件名为“乡镇+姓名”
NAMING = re.compile(r"(?:按|以|用)[^，,。；;]{0,16}?(?:姓名|名称|名字)[^，,。；;]{0,12}?命名|文件名(?:称)?(?:为|格式为)[^，,。；;]{0,20}")
# 作为授信名单比对依据, 用于审核参考, 供评审使用: the use a material is put to, said after it is sent
PURPOSE = re.compile(r"^(?:作为|用作|用于|以便|便于|供)")
# 优秀稿件将在…刊发, 入选作品将择优推送: the office's later use of what it receives
LATER_USE = re.compile(r"将(?:在|于|被|择优|统一|视情)[^，,。；;]{0,24}?(?:刊发|刊登|发布|推送|展示|展播|采用|选用|评选|表彰)")
# 对花名册中人员是否属于低保对象进行核对, 对上述名单逐一核实: the thing checked, not sent
# (对 the preposition: not the 对 of 核对表, 比对, 针对, nor of the noun 对象: 补贴对象核查花名册 is a list sent; nor the
# opinion a check gives: 对初稿的书面审核意见（Word格式） names the paper sent, held-out 3533)
CHECKING = re.compile(r"(?<![核比校相面针反应绝])对(?!照|于|象)[^，,。；;《》“”]{1,40}?(?:进行)?(?:逐一|逐项|认真)?(?:核对|核实|审核|比对|复核|核查|甄别)"
                      r"(?!意见)")
# 请各乡镇会同中心校对辖区内…征订情况进行自查: 对…进行 a check is the thing checked whatever stands before 对 (中心校 a
# school, no 校对 with 进行 after)
CHECKED_IN_A_CHECK = re.compile(r"对(?!照|于|象)[^，,。；;《》“”]{1,40}?进行(?:全面|逐一|逐项|认真)?(?:自查|检查|排查|清查|摸排|核查|核对|核实)")
# 对本年度报送的统计数据及原始记录、统计台账逐项自查 / 对…档案逐一核查: 对…, no 进行, then 逐项 / 逐一 / 全面 … and the check,
# the papers gone through item by item (held-out 3535); 对 the preposition as in CHECKING (not 核对表逐项核对's 对)
CHECKED_ITEM_BY_ITEM = re.compile(r"(?<![核比校相面针反应绝])对(?!照|于|象)[^，,。；;《》“”]{1,40}?(?:逐一|逐项|逐条|逐笔|逐本|全面)"
                                  r"(?:自查|检查|排查|清查|核查)")
# 对馆藏的…老照片及艺人口述资料进行梳理，形成…说明, 对…应急预案编制和演练情况提出指导意见，形成书面材料, 就列入…名录的…情况形成
# 书面材料: what a unit goes over, comments on or writes of (对 / 就 … then the verb of the work: 进行梳理, 提出…意见,
# 形成) is the matter, the paper formed after it is what is sent (not 对比 / 对接, nor 就业 / 就医 / 就近 / 就地 …)
MATTER_WRITTEN_OF = re.compile(r"(?<![核比校相面针反应绝成造迁])(?:对(?!照|于|象|比|接|应|口)|就(?!业|医|近|地|学|读|餐|诊|绪|位|此|是|要|职|任))"
                               r"[^，,。；;《》“”]{1,40}?(?:进行(?:全面|逐一|逐项|认真|系统)?梳理|提出[^，,。；;]{0,6}?意见|(?<![已未])形成)")
# 结合委员在调研中提出的意见建议，认真研究提出…具体措施，形成书面材料: a clause of 结合 alone (in light of …, no paper made in
# it: 结合实际撰写工作总结 makes the 总结) is the matter the unit weighs, the paper formed after it what is sent (not 相结合)
CONSIDERED = re.compile(r"(?<![相联])结合(?![^，,。；;]*?(?:撰写|形成|填写|填报|编制|制定|起草|报送|上报|发送|提交|整理|汇总"
                        r"|提出(?!的)))[^，,。；;《》“”]{1,40}?(?=[，,；;])")
# 重点查看住户名录更新、入户调查记录和数据审核情况, 着重核查资金拨付台账: what a check looks at first, the matter checked (to
# the clause's end), the report formed after it what is sent
FOCUS_CHECKED = re.compile(r"(?:重点|着重)(?:查看|检查|核查|核实|抽查|排查|查阅|查验|审查|检视)[^，,。；;《》“”]{1,40}")
# 对清单中的基本履职事项、配合履职事项逐项研究: the paper a unit studies before it answers
STUDYING = r"(?<![核比校相面针反应绝])对(?!照|于|象)[^，,。；;《》“”]{1,40}?(?:进行)?(?:逐一|逐项|逐条|认真|深入)?(?:研究|研读|审阅)"
STUDIED = re.compile(STUDYING + "$")  # a clause of it alone: 对方案认真研究并提出书面意见 still asks the 书面意见
# 对辖区内纳入年度修复计划的废弃矿山逐个图斑统计…, 对列入整治清单的企业…, 对已列入本年度改造计划的老旧小区: the plan or
# list (纳入 / 列入 / 编入 … then up to 12 characters of its name, 的 after it) says which things, no paper sent
INCLUDED_IN = re.compile(r"(?:纳入|列入|编入|列为)[^，,。；;《》“”]{0,12}$")
THINGS_OF_IT = re.compile(r"(?:内|中)?的[\u4e00-\u9fa5]")
# 联系人表所列单位, 上表所列6个乡, 表一所列乡镇 / 附表2所列部门 (a table by its number): the table the senders are listed in
LISTED_IN = re.compile(r"(?:[一二三四五六七八九十]{1,2}|\s*\d{1,2})?" + THE_UNITS)
# 培育名单内企业, 花名册中人员: the members of a list (a list's word only: 统计表内单位名称 is a column of the table); 名单中
# 标注“☆”的单位, 名录中列为重点的企业: the members the list marks or says so (held-out 3110)
MEMBERS_OF_A_LIST = re.compile(r"(?:内|中)(?:[^，,。；;《》()（）]{0,12}?的)?(?:企业|人员|对象|项目|单位|农户|学生|学校|村|主体|乡镇|部门)")
LIST_WORDS = ("名单", "名册", "名录", "清单", "台账")
SENDING = re.compile(r"报送|上报|发送|提交|发至|报至|附上|一并")
# 汇总表中登记金额在50万元以上的技术合同，请…另行报送合同文本扫描件, 台账内尚未完成整改的隐患，请…报送整改方案: the table
# or list the things of the ask are picked from, named in a clause of its own that ends on those things and sends nothing
# (held-out 2949)
THINGS_PICKED_FROM_IT = re.compile(r"(?:内|中)[^，,。；;《》“”()（）]{0,24}?的[\u4e00-\u9fa5]{1,12}[，,]")
CLAUSE_OPENING = re.compile(r"[^，,。；;\n]{0,6}$")
# 统计表另行通知, 统计表报送时间另行通知, 典型案例的报送要求将另行下发: said right after a paper, its sending is announced
# later, so this deadline does not ask it (not 不再另行通知: nothing is to come)
TO_BE_ANNOUNCED = re.compile(r"的?(?:(?:报送|填报|上报)(?:时间|要求|事宜|方式))?(?:将|再|须|需)?另行(?:通知|下发|印发|告知|安排|部署|明确)"
                             r"\s*(?:[，,。；;]|$)")


def without_what_asks_nothing(text: str) -> str:
    """The requirement's words without its naming rules, its purpose clauses and the office's later use."""
    text = NAMING.sub("", text)
    clauses = re.split(r"(?<=[，,；;。])", text)
    return "".join(c for c in clauses if not _asks_nothing(c))


def _asks_nothing(clause: str) -> bool:
    bare = clause.strip().rstrip("，,；;。")
    return bool(PURPOSE.match(bare) or LATER_USE.search(bare) or CHECKING.search(bare) or CHECKED_IN_A_CHECK.search(bare)
                or STUDIED.search(bare)) and not SENDING.search(bare)


def announced_later(text: str, end: int) -> bool:
    """The material word ending at ``end`` is followed by word that its sending is announced later (统计表另行通知)."""
    return bool(TO_BE_ANNOUNCED.match(text, end))


def studied(text: str, at: int) -> bool:
    """The material word at ``at`` is what 对…研究 goes over (对清单中的…逐项研究并提出意见: the 清单), no material sent."""
    return any(m.start() < at < m.end() for m in re.finditer(STUDYING, text))


# 各单位收到问题清单后, 接到反馈的整改清单后, 收悉交办单后: what the office sends the units, the work done on it after
# (后 closes it in its clause; 收到…的通知 is no paper)
RECEIVING = re.compile(r"(?:收到|接到|收悉|领到|拿到|接收到)[^，,。；;《》]{0,20}?后")


def received(text: str, at: int) -> bool:
    """The material word at ``at`` is what the units receive before they work (`收到问题清单后要立行立改`: the 问题清单 the
    office's), no material sent."""
    return any(m.start() < at < m.end() for m in RECEIVING.finditer(text))


def checked(text: str, at: int) -> bool:
    """The material word at ``at`` is what 对…进行自查 / 检查 … goes over (`对近三年…问题的整改情况进行全面自查，于…前将自查报告
    …报送`: the 整改情况 is checked, the 自查报告 sent; `对…原始记录、统计台账逐项自查`: the 台账, `CHECKED_ITEM_BY_ITEM`),
    or what 对 / 就 … 进行梳理 / 提出意见 / 形成 goes over or writes of
    (`对馆藏的…老照片…进行梳理，形成馆藏情况说明`: the 老照片 the matter, `MATTER_WRITTEN_OF`), or what a clause of 结合 alone
    weighs (`结合委员…提出的意见建议，…形成书面材料`: the 意见建议, `CONSIDERED`), or what a check looks at first
    (`重点查看住户名录更新…情况，形成自查报告`: the 名录, `FOCUS_CHECKED`); requirements.material_names
    drops it only where another material is named, or it is named again outside the check."""
    return any(m.start() < at < m.end() for pattern in (CHECKED_IN_A_CHECK, CHECKED_ITEM_BY_ITEM, MATTER_WRITTEN_OF,
                                                        CONSIDERED, FOCUS_CHECKED)
               for m in pattern.finditer(text))


def lists_who(text: str, word: str, end: int) -> bool:
    """The material ``word`` ending at ``end`` is where units or members are listed (联系人表所列单位, 名单内企业), or the
    plan or list the things worked on are put in (纳入年度修复计划的废弃矿山, `INCLUDED_IN`), or the table the things asked
    of are picked from (汇总表中登记金额在50万元以上的技术合同，…: ``_things_picked_from_it``), not a thing sent."""
    start = end - len(word)
    return bool(LISTED_IN.match(text, end) or (word.endswith(LIST_WORDS) and MEMBERS_OF_A_LIST.match(text, end))
                or (INCLUDED_IN.search(text[max(0, start - 16):start]) and THINGS_OF_IT.match(text, end))
                or _things_picked_from_it(text, start, end))


def _things_picked_from_it(text: str, start: int, end: int) -> bool:
    """汇总表中登记金额在50万元以上的技术合同，请…报送合同文本扫描件: the table opens a clause of its own (up to six
    characters before it, 上述 / 附件1) that ends on the things picked from it and sends nothing (``THINGS_PICKED_FROM_IT``)."""
    picked = THINGS_PICKED_FROM_IT.match(text, end)
    opening = CLAUSE_OPENING.search(text[:start])
    return bool(picked and opening and not SENDING.search(opening.group() + picked.group()))
