"""A 附件 named by its number as what a unit fills in or writes, its material named only in the 附件 list after the body
(`各乡镇请按附件1、附件2的表样如实填写，于…前报送`, `县人社局还需一并填报附件4`; 附件：1．…统计表（Excel格式） 3．…报告提纲
（报告为Word格式）): each 附件 is written in as the list titles it, so each is a part, in the format the list gives it."""

from __future__ import annotations

import re

# 按附件1、附件2的表样 / 按照附件3的提纲 / 参照附件2格式: the 附件 whose form is followed
BY_THE_FORM = re.compile(r"(?<=[按照依参])\s*(?P<refs>附件\s*\d+(?:\s*[、和及与]\s*(?:附件)?\s*\d+)*)\s*(?=的?\s*(?:表样|样表|提纲|模板|格式|样式|要求))")
# 填报附件4 / 一并填写附件2: the 附件 filled in, the verb before it
FILLED_IN = re.compile(r"(?<=填报|填写|报送|提交)\s*(?P<refs>附件\s*\d+(?:\s*[、和及与]\s*(?:附件)?\s*\d+)*)(?![\d\s]*(?:中|的|所列|要求|说明))")


# 按附件所列内容, 按附件要求填报, 按照附件清单: the 附件 followed, by no number
UNNUMBERED = re.compile(r"[按照依](?:照)?\s*附件(?!\s*\d)(?:所列|中|的)?(?:内容|要求|清单|材料|表格|格式)?")
# 将有关材料发送, 把相关材料报送: the sentence's own word for what is sent, saying nothing of what it is
GENERIC_OBJECT = re.compile(r"(?<=[将把])(?:有关|相关|上述|以上|所需|各项)?(?:材料|资料)")
# 填报，/ 填写， right after the reference: the forms filled in, named nowhere else in the sentence
VERB_AFTER = re.compile(r"^\s*(?:认真|如实)?(?:填报|填写)(?=[,，;；。]|$)")
# 2623年…统计表.xlsx: a 附件 named by its file, the extension saying its format
FILE_EXTENSION = {"xlsx": "Excel", "xls": "Excel", "et": "Excel", "docx": "Word", "doc": "Word", "wps": "Word",
                  "pdf": "PDF"}
NUMBERED_LINE = re.compile(r"^\s*\d{1,2}\s*[.．、]\s*(?P<item>\S.*)$")


def annex_materials_written_in(body: str, titles: dict[str, str], annexes: dict[str, str]) -> str:
    """``body`` with an unnumbered 附件 followed (请各乡镇按附件所列内容，于…前将有关材料发送至… / 按附件要求填报，于…前发送)
    written out as what the 附件 names: a lone 附件 that lists materials (…材料清单: 1．…统计表（Excel格式） 2．…) gives its
    items; 附件 named by their files (1．…统计表.xlsx 2．…推荐表.docx) give their titles, each in the format its
    extension says. They stand for the sentence's generic 有关材料, or follow the 填报 right after the reference; a
    sentence naming a material of its own (《…》) is left as written."""
    listed = _listed_materials(titles, annexes)
    if not listed:
        return body
    out = []
    for sentence in re.split(r"(?<=[。\n])", body):
        ref = UNNUMBERED.search(sentence)
        if not ref or "《" in sentence:
            out.append(sentence)
            continue
        generic = GENERIC_OBJECT.search(sentence, ref.end())
        verb = VERB_AFTER.match(sentence[ref.end():])
        if generic:
            sentence = sentence[:generic.start()] + listed + sentence[generic.end():]
        elif verb:
            at = ref.end() + verb.end()
            sentence = sentence[:at] + listed + sentence[at:]
        out.append(sentence)
    return "".join(out)


def _listed_materials(titles: dict[str, str], annexes: dict[str, str]) -> str:
    """What the 附件 name, as one run of materials (see annex_materials_written_in); "" when they name none so."""
    files = [re.fullmatch(r"(?P<name>.+?)\.(?P<ext>[A-Za-z]{2,4})", t.strip("《》 ")) for t in titles.values()]
    if titles and all(f and f.group("ext").lower() in FILE_EXTENSION for f in files):
        return "、".join(f"《{f.group('name')}》({FILE_EXTENSION[f.group('ext').lower()]}格式)" for f in files)
    if len(annexes) != 1 or not re.search(r"清单|目录", next(iter(titles.values()), "")):
        return ""
    items = [m.group("item").strip() for line in next(iter(annexes.values())).split("\n")
             if (m := NUMBERED_LINE.match(line))]
    return "、".join(items) if len(items) >= 2 else ""


def annexes_written_in(body: str, titles: dict[str, str]) -> str:
    """``body`` with each 附件N of such a reference written as 《its title》(附件N), when the 附件 list titles every one of
    them; the reference as written otherwise."""
    def titled(m: re.Match) -> str:
        return titled_references(m.group("refs"), titles) or m.group(0)
    return FILLED_IN.sub(titled, BY_THE_FORM.sub(titled, body))


def titled_references(refs: str, titles: dict[str, str]) -> str:
    """`附件1、附件2` written as `《title1》(附件1)、《title2》(附件2)` when the 附件 list titles every one of them; ""
    otherwise (the body is read NFKC: half-width brackets)."""
    numbers = re.findall(r"\d+", refs)
    named = [titles.get(f"附件{n}", "").strip("《》 ") for n in numbers]
    return "、".join(f"《{t}》(附件{n})" for t, n in zip(named, numbers)) if named and all(named) else ""
