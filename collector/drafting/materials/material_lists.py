"""Materials named one after another as a list, parts of one requirement: `收储统计表、销售统计表和库存统计表（Excel格式）`,
`种植户名单、收购商名单、仓储企业名单`, `收储情况、销售情况及库存情况（Word格式）`.

Names of one kind (ending in the same material word, or the same last word where no material word names them: 情况)
joined by 、 / 和 / 及 / 以及 / 与 are one file each, and a format bracket after the last is said of them all. A joining
word inside one name is no list: in `收储及销售情况` what stands before 及 is not itself of the kind (no 情况), so the
name is one document; in `收储情况及销售情况` it is, and they are two."""

from __future__ import annotations

import re
from collections.abc import Callable

from collector.numerals import COUNT

JOINER = re.compile(r"(以及|、|和|及|与)")
# between two listed names: the joining word, and the 《》 of titles around it
BETWEEN = re.compile(r"\s*》?\s*(?:以及|、|和|及|与)\s*《?\s*")


def kind(name: str, material: re.Pattern) -> str:
    """What a name is a name of: its last material word (any …表 a table), else its last two characters (…情况)."""
    words = material.findall(name)
    if not words:
        return name[-2:]
    last = words[-1]
    return "表" if last.endswith("表") else last


def members(phrase: str, head: str) -> list[str]:
    """The names a phrase lists, split at each 、 and at each joining word that follows a name ending in ``head``; a
    joining word after a piece not ending so is inside a name (收储及销售情况)."""
    tokens = JOINER.split(phrase)
    out = [tokens[0]]
    for joiner, piece in zip(tokens[1::2], tokens[2::2]):
        if (joiner == "、" or out[-1].endswith(head)) and piece:  # no name holds a 、
            out.append(piece)
        else:
            out[-1] += joiner + piece
    return out


def listed_of_one_kind(text: str, names: list[str], material: re.Pattern) -> list[list[str]]:
    """Runs of two names or more of one kind standing one after another in ``text`` with only a joining word between."""
    placed = sorted((text.find(n), n) for n in names if text.find(n) >= 0)
    runs: list[list[tuple[int, str]]] = []
    for at, name in placed:
        last = runs[-1][-1] if runs else None
        if last and BETWEEN.fullmatch(text, last[0] + len(last[1]), at) \
                and kind(last[1], material) == kind(name, material):
            runs[-1].append((at, name))
        else:
            runs.append([(at, name)])
    return [[n for _, n in run] for run in runs if len(run) > 1]


def format_said_of_the_list(formats: dict[str, str], runs: list[list[str]]) -> None:
    """A format given to the last of a list only (…、…统计表（Excel格式）) is every member's."""
    for run in runs:
        if formats.get(run[-1]) and not any(formats.get(n) for n in run[:-1]):
            for n in run[:-1]:
                formats[n] = formats[run[-1]]


def run_ending_in(before: str, name: str) -> list[str]:
    """The names of a list ending in ``name`` (…情况、…情况和``name``), ``before`` the text before it, read back to the
    clause's start; ``name`` is named by no material word, so only names ending as it does (its last two characters)
    are its kind. A piece may still carry the words before it (报送收储情况): the caller takes the name out of it."""
    head = name[-2:]
    clause = re.split(r"[，,。；;:：()（）《》\s将把]", before)[-1]
    run: list[str] = []
    for piece in reversed(members(clause + name, head)):
        if not piece.endswith(head):
            break
        run.insert(0, piece)
    return run or [name]


# 报送收购价格及补贴发放情况。, 将收储情况报送至…, 报送《…情况》: the facts of a matter, as the object of the sending verb
# (报送材料：收储情况: after the label of what is sent)
FACTS_AFTER_THE_VERB = re.compile(r"(?:报送|上报|提交|报来)(?:材料|资料|内容)?\s*[:：]?\s*《?(?P<what>[^，,。；;:：()（）《》\s将把]{2,16}?情况)》?(?=$|[，,。；;(（])")
FACTS_BEFORE_THE_VERB = re.compile(r"[将把]《?(?P<what>[^，,。；;:：()（）《》\s将把]{2,16}?情况)》?"
                                   r"(?:[(（][^()（）]*[)）])?(?:报送|发送|上报|提交|报至|发至|送至)")


def facts_sent(segment: str) -> list[str]:
    """The matters a sentence that names no material sends the facts of (…情况 as the sending verb's object), each
    one of a list (收储情况和销售情况) a name of its own; [] when it sends none."""
    m = FACTS_BEFORE_THE_VERB.search(segment) or FACTS_AFTER_THE_VERB.search(segment)
    return members(m.group("what"), "情况") if m else []


# 将隐患排查开展情况及巡护照片报送, 报送…情况及《…台账》: the facts of a matter, then a joining word and a material named
# (a lead's probe); 将活动开展情况（500字左右）连同3—5张活动照片报送: a bracket of its length, 连同, a count of the photos
FACTS_BEFORE_A_MATERIAL = re.compile(r"(?:[将把]|报送|上报|提交)(?:本单位|本部门|本乡镇)?(?P<what>[^，,。；;:：()（）《》\s将把]{2,16}?情况)"
                                     r"(?:[(（](?P<bracket>[^()（）]{0,20})[)）])?(?:以及|及|和|与|连同)"
                                     rf"(?:{COUNT}(?:\s*[—\-－~～至到]\s*{COUNT})?\s*[张份篇幅])?(?P<titled>《)?")


# 开展情况（含照片）和…, 开展情况（附照片3张）及…: a bracket saying what the facts' paper holds or brings along
HOLDS_OR_BRINGS = re.compile(r"^\s*(?:含有?|包含|包括|附有?|附带|配有?)")


def facts_joined_to_materials(segment: str, names: list[str], material: re.Pattern, picture: re.Pattern,
                              bare: Callable[[str], bool]) -> list[str]:
    """``names`` with the facts sent before a joining word and one of them, in the order written: beside pictures alone
    (`将隐患排查开展情况及巡护照片报送`), or before a 《title》 or a material's bare noun (`…开展情况及统计表（附件2）`), the
    facts are a document of their own; so before any paper when a bracket of what they hold or bring closes their name
    (`将村庄清洁行动开展情况（含照片）和上半年工作总结报送`, a lead's probe: 含 / 附 …, the name ends there). Before another's
    longer name (`砖厂基本情况及整治方式统计表`) they are what that table holds; facts inside a name (`…工作开展情况及下半年
    工作打算`), read already (`本辖区活动开展情况（Word格式）` read as `活动开展情况`) or made of the materials their bracket
    names (`开展情况（文字材料及图片）`) are not added."""
    for m in FACTS_BEFORE_A_MATERIAL.finditer(segment):
        after = next((n for n in names if segment.startswith(n, m.end())), None)
        closed = bool(HOLDS_OR_BRINGS.match(m.group("bracket") or ""))  # （含照片）: a paper of its own, whatever follows
        if after is None or not (closed or m.group("titled") or bare(after) or all(picture.search(n) for n in names)) \
                or (material.search(m.group("bracket") or "") and not closed):
            continue
        facts = [f for f in members(m.group("what"), "情况")
                 if not any(f in n or (n.endswith("情况") and n in f) for n in names)]
        return sorted([*names, *facts], key=segment.find) if facts else names
    return names


# 1．收储情况；, （二）收储情况和销售情况（Word格式）: an item of a list whose whole name is the facts of a matter
FACTS_ITEM = re.compile(r"^\s*《?(?P<what>[^，,。；;:：()（）《》\s将把]{2,30}?情况)》?\s*(?:[(（](?P<bracket>[^()（）]*)[)）])?"
                        r"\s*[。;；.]?\s*$")


# the copy a paper is sent as, named in its bracket: no material it is made of
A_COPY = re.compile(r"扫描件|复印件|影印件|电子版|原件")


# 1．核实收储情况；: work to do about the facts, not the facts sent
WORK_ON_THE_FACTS = re.compile(r"^(?:核实|核查|摸清|摸排|排查|调查|了解|掌握|梳理|汇总|开展|组织|做好|加强|落实|完成|总结|说明)")


def facts_listed(item: str, material: re.Pattern) -> list[str]:
    """The matters a numbered item names no material for but the facts of (收储情况), each one of a list a name of its
    own; [] when the item says more than the name (work to do, a clause after it), or when its bracket names the
    materials the facts are made of (`1.…开展情况（文字材料及图片）；`: those materials, as in a sentence); a bracket of what
    they hold or bring (`（含照片）`, `（附照片）`) leaves them a paper."""
    m = FACTS_ITEM.match(item)
    if not m or WORK_ON_THE_FACTS.match(m.group("what")):
        return []
    bracket = m.group("bracket") or ""
    made_of = [w for w in material.findall(bracket) if not A_COPY.fullmatch(w)]  # （加盖公章扫描件）: its copy, no other
    if made_of and not HOLDS_OR_BRINGS.match(bracket):
        return []
    return members(m.group("what"), "情况")


def facts_beside_materials(name: str, names: list[str], material: re.Pattern) -> bool:
    """收储情况 listed beside 库存统计表 (1．收储情况；2．库存统计表): the facts of a matter, a document of their own among
    materials; alone (names all facts) they are drafted as before, a document only when nothing else is asked."""
    return name.endswith("情况") and not material.search(name) and any(material.search(n) for n in names)


def a_label(name: str, text: str) -> bool:
    """材料 in 报送材料：收储情况: a word naming no material of its own, the label of what the colon is followed by."""
    return name in ("材料", "资料", "内容") and bool(re.search(rf"{name}\s*[:：]\s*《?[\u4e00-\u9fa5、]{{2,30}}情况", text))


# 报送材料：收储统计表（Excel格式）: 材料 the label of what is sent, a named material after its colon; so after 包括 / 如下
# (材料包括：年度报告（Word版）、…扫描件（PDF格式）, held-out 2549: the list's heading, no paper of its own)
LABEL_COLON = re.compile(r"\s*(?:主要)?(?:包括|包含|如下|有)?\s*[:：]\s*(?P<after>[^。；;\n]{2,80})")


def a_label_before_its_material(word: re.Match, material: re.Pattern) -> bool:
    """材料 right before a colon (or 包括： / 如下：) that a named material follows in the same sentence (报送材料：收储统计表,
    材料包括：年度报告…): the label of what is sent, no material of its own; 报送材料：。 or a colon followed by no material
    word leaves it a material."""
    after = LABEL_COLON.match(word.string, word.end()) if word.group() == "材料" else None
    return bool(after) and any(m.group() != "材料" for m in material.finditer(after.group("after")))


# 三、材料报送：请各单位于…前将活动总结及图片资料报送…, 报送材料及时间：…, 材料报送要求：…: a heading's label opening its line
# or sentence (perhaps numbered), 材料 / 资料 with the sending verb and what of the sending the section tells (时间, 要求 …)
HEADING_BEFORE = re.compile(r"(?:^|[。；;\n])\s*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.、．])?\s*"
                            r"(?:报送|上报|提交|申报)?$")
ABOUT_THE_SENDING = r"(?:(?:及|和|与)?(?:要求|时间|时限|期限|方式|途径|事项|安排))"
HEADING_AFTER = re.compile(rf"(?:报送|上报|提交|报备|申报)?{ABOUT_THE_SENDING}*\s*[:：]\s*(?P<after>[^。；;\n]{{2,120}})")


def a_heading_label_before_its_material(word: re.Match, material: re.Pattern) -> bool:
    """材料 in a section's label opening its line (`三、材料报送：`, `报送材料及时间：`, `材料报送要求：`) whose sentence names
    the materials after the colon (`…请各单位于5月20日前将活动总结及图片资料报送…`): the heading of what is sent, no material
    of its own; a label followed by no other material word (`材料报送：请于…前将相关材料报送`) leaves it a material."""
    if word.group() not in ("材料", "资料") or not HEADING_BEFORE.search(word.string[:word.start()]):
        return False
    after = HEADING_AFTER.match(word.string, word.end())
    return bool(after) and any(m.group() not in ("材料", "资料") for m in material.finditer(after.group("after")))
