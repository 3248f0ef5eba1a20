"""Units a notice writes otherwise than the roster, written out as the roster's names before anything else reads the
body: a new name with the old one in brackets (县数据局（原县营商局）) or the old with the new (原县营商局（现县数据局）), unit stems sharing one 部门 (县发展改革、财政、水利部门)
or one counted suffix (县发改、财政、统计三局), or in a group's brackets (县直涉农部门（农业农村、水利、供销）),
bare place names sharing one 镇 / 乡 and their count (建昌、八家子2个镇). Each rewrite leaves an unsettled line."""

from __future__ import annotations

import re

from collector.numerals import cn_int

from .units import UnitResolver

# 县发展改革、财政、自然资源、住房城乡建设、交通运输、水利部门: units named by their stems, sharing one 部门
STEM_LIST = re.compile(r"[\u4e00-\u9fa5]{2,12}(?:、[\u4e00-\u9fa5]{2,12})+(?<=部门)")
SHARED_TAIL = re.compile(r"等?(?:有关|相关|行业主管|主管)?部门$")
# 县发改、财政、统计三局, 县农业农村、水利两局: stems sharing one 局 / 委 / 办 and their count
COUNTED_STEMS = re.compile(r"[\u4e00-\u9fa5]{2,12}(?:、[\u4e00-\u9fa5]{2,12}?)+(?P<n>[两二三四五六七八九])个?(?P<suffix>局|委|办)")


def renamed_units(text: str, resolver: UnitResolver, unsettled: list[str]) -> dict[str, str]:
    """Units named by a new name with the old one in brackets (县数据局（原县营商局）), the old on the roster and the new
    not: new name -> the roster's unit, with an unsettled line to add the new name to the roster."""
    from collector.match.renamed import renamings_said  # the matcher reads a mail's renamings the same way

    found: dict[str, str] = {}
    for new, old in renamings_said(text):
        unit = resolver.resolve(old)
        if unit is not None and resolver.resolve(new) is None and new not in found:
            found[new] = unit
            unsettled.append(f"“{new}”（原{old}）读作名册中的{unit}，请核对，并在名册中为其添加新名称")
    return found


def renamed_spelled_out(text: str, renamed: dict[str, str]) -> str:
    """``text`` with each new name (and its bracketed old one) written as the roster's unit."""
    for new, unit in renamed.items():
        text = re.sub(re.escape(new) + r"\s*[(（]\s*原[^()（）]{2,20}[)）]", unit, text).replace(new, unit)
    return text


# 原建昌县国土资源局（现建昌县自然资源局）: a unit by its former name, the current one in brackets after 现 / 今 (现为, 现更名为)
FORMER_THEN_CURRENT = re.compile(r"原(?P<old>[\u4e00-\u9fa5]{2,24}?)\s*[(（]\s*(?:现|今)(?:已?更名为|名称?为|为|名|称)?[:：]?"
                                 r"\s*(?P<new>[\u4e00-\u9fa5]{2,30})\s*[)）]")
COMPANY = re.compile(r"(?:公司|集团)$")


def current_names_spelled_out(text: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """Each unit written as ``原X（现Y）`` written as the body that sends now: Y's roster unit; X's when only the former name
    is on the roster and Y is no company (a bureau renamed, the roster not told yet); else Y as written (a body off the
    roster, a company now), with an unsettled line for each read."""
    def current(m: re.Match) -> str:
        new, old = m.group("new"), m.group("old")
        unit = resolver.resolve(new) or (None if COMPANY.search(new) else resolver.resolve(old))
        unsettled.append(f"“{m.group()}”读作{unit or new}，请核对")
        return unit or new
    return FORMER_THEN_CURRENT.sub(current, text)


def stems_spelled_out(text: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """Each run of two or more unit stems sharing one 部门 (``县发展改革、财政、水利部门``) written as the
    roster's names (县发改局、县财政局、县水利局), with an unsettled line; a run that is not all stems of
    one unit each is left as written."""
    stems = resolver.by_stem()

    def spelled(m: re.Match, pieces: list[str], fits=lambda run: True) -> str:
        run: list[str] = []
        for piece in reversed(pieces[1:]):
            if piece not in stems:
                return m.group()
            run.insert(0, stems[piece])
        first = next((k for k in range(len(pieces[0]) - 1) if pieces[0][k:] in stems), None)
        if first is None:
            return m.group()
        run.insert(0, stems[pieces[0][first:]])
        if not fits(run):
            return m.group()
        lead = re.sub(r"(?:县政府|县直|县)$", "", pieces[0][:first])
        unsettled.append(f"“{m.group()[len(lead):]}”读作{'、'.join(run)}，请核对")
        return lead + "、".join(run)

    def shared_department(m: re.Match) -> str:
        pieces = m.group().split("、")
        return spelled(m, pieces[:-1] + [SHARED_TAIL.sub("", pieces[-1])])

    def counted_suffix(m: re.Match) -> str:
        """Only when the count is the number of stems and every unit's name ends in the suffix they share."""
        pieces = m.group()[: m.start("n") - m.start()].split("、")
        return spelled(m, pieces, lambda run: len(run) == cn_int(m.group("n")) and
                       all(u.endswith(m.group("suffix")) for u in run))
    text = COUNTED_STEMS.sub(counted_suffix, STEM_LIST.sub(shared_department, text))
    return BRACKETED_STEMS.sub(lambda m: _bracketed_stems(m, stems, unsettled), text)


# 县直涉农部门（农业农村、水利、林草、供销）: a group's members in brackets by their stems alone
BRACKETED_STEMS = re.compile(r"(?<=部门|单位)(?P<open>\s*[(（])(?P<stems>[\u4e00-\u9fa5]{2,8}(?:、[\u4e00-\u9fa5]{2,8})+)(?=[)）])")


def _bracketed_stems(m: re.Match, stems: dict[str, str], unsettled: list[str]) -> str:
    """The bracket written with the roster's names when every piece is one unit's stem; else as written."""
    pieces = m.group("stems").split("、")
    if not all(p in stems for p in pieces):
        return m.group()
    unsettled.append(f"“{m.group('stems')}”读作{'、'.join(stems[p] for p in pieces)}，请核对")
    return m.group("open") + "、".join(stems[p] for p in pieces)


# 建昌、八家子、药王庙、大屯4个镇和石佛、要路沟、巴什罕3个乡, 建昌、药王庙两镇和要路沟、谷杖子两乡: bare place names
# sharing one 镇 / 乡 and their count, with 个 or without it (not 两乡镇, which counts both kinds)
PLACE_LIST = re.compile(r"[\u4e00-\u9fa5]{2,12}(?:、[\u4e00-\u9fa5]{2,6})+"
                        r"(?P<n>\d{1,2}|[一二三四五六七八九十两]{1,3})\s*(?:个|(?=[镇乡](?![镇乡])))(?P<kind>镇|乡)")


def places_spelled_out(text: str, resolver: UnitResolver, unsettled: list[str]) -> str:
    """Each run of bare place names counted as N个镇 / N个乡 (or 两镇 / 两乡) written as the roster's towns or townships
    (建昌镇、八家子镇…), with an unsettled line; a run whose names are not all the roster's, or whose
    count is not the number of names, is left as written."""
    def spelled(m: re.Match) -> str:
        pieces = m.group()[: m.start("n") - m.start()].split("、")
        if len(pieces) != cn_int(m.group("n")):
            return m.group()
        kind = m.group("kind")
        # the first piece holds the words before the list too (确定建昌): its last characters that name a place
        first, head = next(((k, u) for k in range(len(pieces[0]) - 1) if (u := resolver.resolve(pieces[0][k:] + kind))),
                           (None, None))
        run = [head, *(resolver.resolve(p + kind) for p in pieces[1:])]
        if first is None or not all(run):
            return m.group()
        unsettled.append(f"“{m.group()[first:]}”读作{'、'.join(run)}，请核对")
        return f"{pieces[0][:first]} {'、'.join(run)} "  # spaces: the list stands apart from 确定… and …为试点
    return PLACE_LIST.sub(spelled, text)
