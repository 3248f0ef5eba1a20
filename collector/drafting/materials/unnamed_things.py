"""Things sent that no material word names (资料, 作品, 数据 …), known as parts by what the sentence says of their file:

- packed by a clause of their own: `将全部佐证资料打包为一个压缩包（以“单位名称+迎检资料”命名）` is one archive, and so is
  `将全县废弃井点位矢量数据打包（ZIP格式）` (the archive's format in a bracket after 打包), its matter named by those words
  (`named_by_their_packing`); a bracket saying it, `矢量数据（shp格式，打包为一个压缩文件）`, is parts.py's;
- given a Word format by their own bracket right after 将: `将推荐作品（Word格式，每篇单独成文）和《…汇总表》…发送` is a document;
- known by the format bracket right after them, wherever they stand: `组织编制小班作业设计（Word格式）`, `矢量数据（Excel格式）`,
  `平台导出的交易数据（CSV格式）`, `扫描样张（TIF格式，分辨率不低于300dpi）`, `食堂从业人员健康证（PDF格式）` (a scan), `作业点位置坐标（KML格式）` (a data format's,
  data_formats.py)
  name a material, after the verb that makes it (`named_by_their_format`). A bracket after a name a material word already
  gives (`统计表（Excel格式）`), after format words only (`电子版（Word格式）`) or after a form's 《title》 and the words of
  its copy (`《入户调查表》汇总电子版（Excel格式）`) adds none.

A thing a material word names (照片, 材料, 报告) is left to the material rules."""

from __future__ import annotations

import re

from . import data_formats, material_lists

# 将全部佐证资料打包为一个压缩包, 把过程资料统一压缩成一个文件包: what is after 将 / 把, then packed into one file
# 将全县废弃井点位矢量数据打包（ZIP格式）, 将…数据打包成RAR: packed, the archive's format said after the 打包 (its bracket, or
# after 为 / 成), no 压缩包 word
PACKED_CLAUSE = re.compile(r"[将把]\s*(?:全部|所有|本单位|相关|各类)?(?P<what>[^，,。；;()（）将把和及与、的\s]{2,12}?)\s*"
                           r"(?:统一|分类|一并)?(?:打包|压缩)(?:(?:为|成)\s*(?:一个|1个)?\s*(?:压缩包|压缩文件|文件包|(?i:zip|rar|7z))"
                           r"|\s*[(（]\s*(?i:zip|rar|7z)\s*(?:格式|文件|压缩包|版)?\s*[)）])")
# 将推荐作品（Word格式，每篇单独成文）: a name right after 将 / 把, its bracket opening with a Word format (after 和 / 及,
# `名单及资质情况（Word版）`, the bracket is said of the pair, a material word's)
WORD_BRACKET = re.compile(r"(?<=[将把])\s*(?P<what>[^，,。；;()（）将把和及与、的\s《》]{2,10})\s*"
                          r"[(（]\s*(?:Word|WORD|word|docx?)\s*(?:格式|版|文档|文件)?\s*[)）,，]")


# 建设成果的文字介绍（Word，1500字以内）: the bracket may go on after its format
# (Excel 格式) as a PDF spaces it is closed up before (format_gaps.closed_up, in layout.normalize)
# 入库税收情况（附件2，Excel格式）: the 附件 it is filled on may come first in the bracket
# （二）《野生动物疫源疫病监测工作开展情况》（Word格式）: a 《title》 no material word ends, its bracket right after the 》 (the
# 《》 say where its name starts and ends: whole, however long)
# 作业点位置坐标（KML格式）: a data format names a file too (data_formats), unless its bracket packs it (an archive)
FORMAT_BRACKET = re.compile(r"(?:《(?P<title>[^，,。；;()（）、《》\s]{2,40})》|(?P<what>[^，,。；;()（）、《》\s]{2,24}))"
                            r"[(（](?:附件\s*\d{1,2}\s*[,，、]\s*)?"
                            r"(?:(?:Word|WORD|word|Excel|EXCEL|excel|CSV|csv|TIFF?|tiff?|PDF|pdf)(?:格式|版|文档|文件)?"
                            r"|" + data_formats.NOT_PACKED + data_formats.DATA_BRACKET + r")[)）,，]")
LONGEST = 12
# 平台导出的, 系统生成的, 在系统注册的: the making (or the keeping) of the thing named after it (…周边的 is where, and leaves a long name whole)
MADE_BY = re.compile(r"(?:导出|生成|形成|汇总|制作|编制|填报|填写|整理|下载|打印|统计|注册|登记|录入)的")
# 秋季活畜交易市场检疫监管情况（Word格式）: the facts of a matter, named at more length
LONGEST_FACTS = 16
TITLED_LONGEST = 40  # a 《title》's own ends bound it
# 将企业退休人员中高龄老人的社会化管理服务情况（Word格式）发送至…: the 将 right before the name says where it starts, as
# the bracket after it says where it ends, so a name of facts is one thing at any length the bracket's run allows
AFTER_JIANG = re.compile(r"[将把](?P<name>[^将把]+)$")


# 《入户调查表》汇总电子版（Excel格式）: right after a form's 《title》, the words of its copy (汇总, 电子版) name that form
A_COPY = re.compile(r"(?:汇总|合并|填报|完整)?(?:的)?(?:电子版|电子文档|电子稿|版本|文档|文件)")


def _a_copy_of_the_form_before(text: str, m: re.Match) -> bool:
    return not m.group("title") and text[: m.start("what")].rstrip().endswith("》") \
        and bool(A_COPY.fullmatch(m.group("what").strip()))


def packed_by_a_clause(text: str) -> str:
    """The thing `将X打包为一个压缩包` packs, or ""."""
    m = PACKED_CLAUSE.search(text)
    return m.group("what") if m else ""


def named_by_their_packing(text: str, material: re.Pattern) -> list[tuple[int, str]]:
    """(where, name) of the thing a clause packs (`将全县废弃井点位矢量数据打包（ZIP格式）`) when no material word names it:
    what the requirement sends (its title), an archive (parts.py)."""
    m = PACKED_CLAUSE.search(text)
    return [(m.start("what"), m.group("what"))] if m and not material.search(m.group("what")) else []


def in_word_by_its_bracket(text: str) -> list[str]:
    """The things `将X（Word格式）` gives a Word format of their own, in the order written."""
    return list(dict.fromkeys(m.group("what") for m in WORD_BRACKET.finditer(text)))


def named_by_their_format(text: str, material: re.Pattern, verbs: re.Pattern, leading: re.Pattern,
                          format_only: re.Pattern) -> list[tuple[int, str]]:
    """(where, name) of each thing the text names only by its format bracket."""
    found = []
    for m in FORMAT_BRACKET.finditer(text):
        what = "title" if m.group("title") else "what"
        if what == "what" and (paper := a_paper_joined_after_a_material(m.group("what"), material)):
            found.append((m.end("what") - len(paper), paper))
            continue
        if _a_material_named(m.group(what), what, material, verbs) or _a_copy_of_the_form_before(text, m):
            continue
        # 收储情况、销售情况和库存情况（Word格式）: each thing the list names (material_lists)
        pieces = material_lists.run_ending_in(text[: m.start(what)], m.group(what))
        for piece in pieces:  # a 《title》 whole: a verb inside it (《…信息报送情况》) is of its name
            name = leading.sub("", piece) if what == "title" else _within_its_length(_the_name_in(piece, verbs, leading))
            longest = TITLED_LONGEST if what == "title" or _right_after_jiang(piece, name) \
                else LONGEST_FACTS if name.endswith("情况") or _opened_by_its_verb(piece, verbs) else LONGEST
            if 2 <= len(name) <= longest and not format_only.fullmatch(name):
                found.append((text.rfind(name, 0, m.end(what)), name))
    return found


def _a_material_named(words: str, what: str, material: re.Pattern, verbs: re.Pattern) -> bool:
    """A material word names the thing before the bracket. Before the verb that makes it, words say what the work goes
    by or who does it, not what is sent: `县直各部门按照供稿提纲撰写本单位年度条目（Word格式）` is a 条目, the 稿 of 供稿
    no material's."""
    if what == "title" or not verbs.search(words):
        return bool(material.search(words))
    return bool(material.search(verbs.split(words)[-1]))


# 典型问题原因分析, 冻害风险评估: a paper named by its kind (an analysis, an assessment), not the facts of a matter
# (资质情况, 工作思路), which a material named before the joiner tells
PAPER_OF_ITS_KIND = re.compile(r"(?:分析|评估|研判)$")
LAST_JOINER = re.compile(r"(?:以及|和|及|与)(?=[^和及与]*$)")


def a_paper_joined_after_a_material(what: str, material: re.Pattern) -> str:
    """整改情况报告和典型问题原因分析（Word格式）: after the joiner, a paper no material word names but its kind (…分析,
    …评估), the name before the joiner ending in a material word of its own: a second file under the one bracket, as
    two names of different material words are (护林员名单和防火预案); `名单及资质情况`, `工作总结及…工作思路` stay one
    file. "" when it is not that."""
    if not (joiner := LAST_JOINER.search(what)):
        return ""
    head, paper = what[: joiner.start()], what[joiner.end():]
    ends = [m.end() for m in material.finditer(head)]
    if not ends or ends[-1] != len(head) or material.search(paper) or not PAPER_OF_ITS_KIND.search(paper):
        return ""
    return paper if 4 <= len(paper) <= LONGEST else ""


def _within_its_length(name: str) -> str:
    """科技型企业和工业企业专利转化情况分析（Word格式）: a name too long for one thing, joined by 和 / 及 / 与, is the
    thing named after the last joiner (the words before it say whose), or with no joiner, after the last 的 of a verb
    making it (县级电商公共服务中心平台导出的年度交易数据); a name within the length is kept whole."""
    longest = LONGEST_FACTS if name.endswith("情况") else LONGEST
    if len(name) > longest and (made := list(MADE_BY.finditer(name))) and not re.search(r"以及|和|及|与", name):
        return name[made[-1].end():]  # 县级电商公共服务中心平台导出的年度交易数据: what was made, after who made it
    if len(name) <= longest or not (joined := re.split(r"以及|和|及|与", name))[-1]:
        return name
    return joined[-1]


def _opened_by_its_verb(words: str, verbs: re.Pattern) -> bool:
    """将清明节期间林区治安巡查安排（Word格式）, 提出今年春耕科学用肥用药指导意见（Word格式）: the verb (or 将) opening the thing
    says where its name starts, so a longer name is still one thing."""
    return bool(re.search(r"[将把]", words) or verbs.search(words) or UNIT_SUPPLIES.search(words))


def _right_after_jiang(piece: str, name: str) -> bool:
    """The facts named are the whole object of 将 / 把 (`将…服务情况（Word格式）`), no word between."""
    return name.endswith("情况") and bool(m := AFTER_JIANG.search(piece)) and m.group("name") == name


# 县市场局提供早餐经营者…检查情况（Word格式）, 请于4月9日前提供…数据（Excel格式）: a unit (its name's last character), a
# date's 前 or a 请, and the 提供 it supplies the thing by
UNIT_SUPPLIES = re.compile(r"(?<=[局委办府院会队司所站馆厅处室乡镇前请])(?:提供|提交|递交|呈报)")


def _the_name_in(words: str, verbs: re.Pattern, leading: re.Pattern) -> str:
    # 于6月20日前将参赛作品（Word格式，…）: what is sent is named after the last 将
    # 县市场局：化肥市场价格巡查情况（Word格式）: the unit that sends it stands before the colon
    # 县市场局提供…监督检查情况（Word格式）: the unit that supplies it stands before its 提供 (held-out 2935)
    words = UNIT_SUPPLIES.split(words)[-1]
    name = leading.sub("", re.split(r"[将把:：]", verbs.split(words)[-1])[-1])
    return re.sub(r"^(?:以及|和|及|与)", "", name)  # 《…摸底表》（Excel格式）和本乡镇…发展情况（Word格式）: the second thing
