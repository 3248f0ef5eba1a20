"""What a unit compares or gathers on the way is not what it sends: `县教育局将在册儿童名单与学籍信息进行比对，请于4月25日前
报送比对结果` asks the 比对结果, not the 名单 it checks; `县综合执法局汇总各单位排查整改情况，于5月13日前报送专项整治情况报告`
asks the report the gathered 情况 go into; `梳理本部门掌握的…主体名录，形成一份《…部门名录》（Excel格式）` asks the 部门名录 formed,
not the 名录 sorted through; `结合县教育局提供的花名册，填写《…登记表》` asks the 登记表, not the 花名册 another unit supplies to
work with; `研究…上线方案，形成书面材料（Word格式）` asks the one written material the 方案 is the matter of; `组织各初级中学
填写…统计表，汇总后形成全县统计表（Excel格式）` asks the county sheet the schools' forms are summed into. Work done on
the way, no file to mail, when another thing is named to send."""

from __future__ import annotations

import re

# 将在册儿童名单与学籍信息、残疾人证信息进行比对 / 把花名册同户籍底册逐一核对: the thing 将 takes, compared with another
# (the 花名册 of 将养老金领取数据与花名册进行比对 too: the thing it is checked against); the 同 of 连同 joins a paper sent
# with another, and 对比 right before a picture word names the pictures (将整改报告（Word格式）连同整改前后对比截图一并发送:
# the report and the before-and-after screenshots, no comparing)
COMPARED = re.compile(r"[将把](?P<what>[^，,。；;将把]{2,30}?)(?:与|和|(?<!连)同|跟)(?P<against>[^，,。；;]{1,40}?)"
                      r"(?:进行|开展|逐一|逐项|逐条)?(?:比对|核对|对比(?!截图|照片|图片|图)|比较|对照|(?<!对)比照(?!片))")


# 汇总各单位排查整改情况, 汇总全县各校自查情况: the others' things a unit gathers
GATHERED = re.compile(r"汇总(?:各|全县|辖区|本系统)")


# 梳理本部门掌握的…主体名录，形成一份《…部门名录》: what a clause sorts through, when the next clause forms the thing sent;
# 研究…在政务服务平台的上线方案，形成书面材料: what it studies, the matter of the material formed
# 选取两至三个…典型案例，整理成文字材料（Word格式） / 挑选…案例，撰写成书面材料: what it picks, written up as the one paper
# (held-out 2913)
SORTED_INTO = re.compile(r"(?:梳理|整理|摸排|摸清|归集|汇总|研究|分析|研判|论证|选取|挑选|遴选|筛选|精选)(?P<what>[^，,。；;]{2,60}?)"
                         r"[，,]\s*(?:并|再|进而|最终)?(?:形成|(?:整理|撰写|编写|汇编|编辑|编撰)成(?!册))")


# 组织各初级中学填写少年团校建设情况统计表，汇总后形成全县统计表（Excel格式）: the form the others fill in (no 《》, no format
# of its own), summed up by the next clause into the paper formed and sent: the matter of that paper, not a file beside it
# (汇总形成 / 汇总后形成 / 汇总生成 right after the comma; `…，由单位汇总后形成…报告，连同调查表…发送` sends the form too)
FILLED_AND_SUMMED = re.compile(r"(?:填写|填报)(?P<what>[^，,。；;《》()（）]{2,40}?)[，,]\s*(?:审核)?汇总(?:后)?(?:形成|生成)")


# …，连同统计表一并报送, 及统计表: the form filled in named again as sent with the paper formed
SENT_WITH = r"(?:连同|并附|附上|附|以及|及|和|、)[^，,。；;]{0,12}?"


def _filled_and_summed(text: str) -> list[str]:
    """The forms filled in and summed up into the paper the next clause forms (填写X，汇总后形成Y), less one named again
    as sent with it (…，连同X一并报送: its material word after a joiner later in the sentence)."""
    return [m.group("what") for m in FILLED_AND_SUMMED.finditer(text)
            if not re.search(SENT_WITH + re.escape(m.group("what")[-3:]), text[m.end():])]


# 结合县教育局提供的花名册 / 依据县民政局反馈的名单: what another unit supplies for the work, not what is sent back (up to
# its first list or paper word: 根据…提供的名单填写《核查表》 supplies the 名单 only)
SUPPLIED = re.compile(r"(?:结合|对照|比照|依据|根据|参照|利用|借助|依托)[^，,。；;]{0,16}?(?:提供|下发|推送|反馈|共享|移交)的"
                      r"(?P<what>[^，,。；;《》“”()（）]{0,16}?(?:花名册|名册|名单|名录|清单|台账|底册|数据|资料|材料|表))")


# 对照任务表逐一落实站址 / 比照清单逐项排查 / 对照检查清单逐人逐项核查 (逐户, 逐个, 逐村: one by one, whatever is gone
# through): the table the work is checked against, followed by the work's verb (填写对照检查表 names a form: 对照 after a
# verb, or no verb after the table, reads nothing); a list of them too, joined by 、 / 和 / 及, the last a table
# (对照积分事项清单、评议程序、兑换台账逐项自查: each checked against, held-out 2886); or a list of the stages or
# aspects of a paper closed by 等环节 / 等方面 (对照专项施工方案编制、专家论证…和验收等环节逐项自查: the 方案's stages, no
# paper; held-out 2927)
CHECKED_AGAINST = re.compile(r"(?<![填写报送提交制定编制形成])(?:对照|比照)"
                             r"(?P<against>(?:[\u4e00-\u9fa5]{1,12}?(?:、|和|及|以及))*"
                             r"(?:[\u4e00-\u9fa5]{1,12}?(?:表|清单|名单|台账)"
                             r"|[\u4e00-\u9fa5]{1,12}?等(?:环节|方面|内容|要求|要点|事项|程序|流程)))"
                             r"(?=逐[一项条人户个村家件所校]|认真|进行|开展|核对|核实|检查|排查|落实|梳理|摸排)")
ALSO_CHECKED = re.compile(r"、|和|以及|及")


def less_the_compared(text: str, names: list[str]) -> list[str]:
    """``names`` without those only compared (either side of a 将X与Y比对 clause, the table of 对照X表逐一落实), gathered from the others (汇总各单位X),
    supplied by another unit to work with (结合…提供的X) or sorted through or studied into what the next clause forms
    (梳理X，形成Y; 研究X，形成Y), or filled in by others and summed up into it (填写X，汇总后形成Y), when another name is left
    to send."""
    compared = [side for m in COMPARED.finditer(text) for side in (m.group("what"), m.group("against"))]
    compared += [m.group("what") for m in SORTED_INTO.finditer(text)]
    compared += _filled_and_summed(text)
    compared += [m.group("what") for m in SUPPLIED.finditer(text)]
    checked = list(CHECKED_AGAINST.finditer(text))
    against = [one for m in checked for one in ALSO_CHECKED.split(m.group("against")) if one]
    stages = [m.span("against") for m in checked if STAGES_CLOSING.search(m.group("against"))]
    kept = [n for n in names if not any(n in what for what in compared) and not GATHERED.search(n)
            and not any(n.endswith(a) for a in against) and not _cut_across_what_is_sorted(text, n)
            and not _ending_in_the_stages(text, n, stages)]
    return kept or names


# …验收等环节, …等方面: a list of a paper's stages or aspects, closed
STAGES_CLOSING = re.compile(r"等(?:环节|方面|内容|要求|要点|事项|程序|流程)$")


def _ending_in_the_stages(text: str, name: str, stages: list[tuple[int, int]]) -> bool:
    """A name ending inside a list of stages or aspects checked against (`…对照专项施工方案` of `对照专项施工方案编制、
    专家论证…等环节逐项自查`): the paper whose stages the work goes through, none sent."""
    at = text.find(name)
    return at >= 0 and any(start < at + len(name) < end for start, end in stages)


def _cut_across_what_is_sorted(text: str, name: str) -> bool:
    """A name reaching back over the sorting verb to the units before it (`县应急局、县交通局分别梳理本系统…人员转移预案和…情况，
    形成书面材料` read as `县交通局分别梳理…预案`) that ends inside what the verb sorts through: sorted through as well."""
    at = text.find(name)
    return at >= 0 and any(m.start("what") < at + len(name) <= m.end("what") and at < m.start("what")
                           for m in SORTED_INTO.finditer(text))


def a_compared_clause(words: str) -> bool:
    """将养老金领取数据与花名册进行比对: words that say what is checked against what (no thing sent)."""
    return bool(COMPARED.match(words))
