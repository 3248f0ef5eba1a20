"""Units named each with its own paper in one sentence, their days in the next: `原通知要求各乡镇人民政府报送的《乡村学校
网络接入情况统计表》（Excel格式）和建昌县工业和信息化局报送的《校园5G信号覆盖情况说明》（Word格式），一律改为发送至新邮箱…。
二、报送时间不变：各乡镇仍为4月28日（星期二）下午4点前，建昌县工业和信息化局仍为5月8日前。` (held-out 2996). Each clause of
the later sentence opening with one of those units (its name, or the name less 人民政府 / 政府) is written with that unit's
paper, a sentence of its own (`各乡镇人民政府报送的《…统计表》（Excel格式）仍为4月28日…前。`), so each day asks its own unit's
paper, not both papers of every unit. A later sentence giving one day for all (`报送时间不变，仍为4月28日前`) is left as it is."""

from __future__ import annotations

import re

from ..timing.dates import DATE

# 各乡镇人民政府报送的《…统计表》（Excel格式）, 县工信局报送的5G信号覆盖情况说明（Word格式）: a unit, 报送的, its paper (in
# 《》 with its format bracket or not, or unquoted up to its format bracket)
UNIT_AND_PAPER = re.compile(r"(?P<unit>[\u4e00-\u9fa5]{2,20}?)(?:报送|上报|提交|填报)的\s*"
                            r"(?P<paper>《[^《》]{2,40}》(?:\s*[(（][^()（）]{1,20}[)）])?"
                            r"|[^，,。；;、《》()（）]{2,30}?[(（][^()（）]{1,20}[)）])")
# the words before a unit's name in its sentence: 原通知要求, 和 / 及 / 、 between two pairs
LEAD = re.compile(r"^(?:.*(?:要求|请))?由?(?:以及|和|及|与|、)?")  # not the 和 inside 工业和信息化局
SENTENCE = re.compile(r"[^。\n]*(?:[。\n]+|$)")
CLAUSE = re.compile(r"[^，,；;]*[，,；;]?")
LABEL = re.compile(r"^(?:[一二三四五六七八九十]+、)?[^，,；;：:]{0,12}[:：，,]\s*")
AFTER_UNIT = re.compile(r"\s*(?:仍|为|于|在|须|应|截止|请)")


def _pairs(sentence: str) -> list[tuple[str, str]]:
    pairs = []
    for m in UNIT_AND_PAPER.finditer(sentence):
        unit = LEAD.sub("", m.group("unit"))
        if len(unit) >= 2:
            pairs.append((unit, m.group("paper")))
    return pairs if len({u for u, _ in pairs}) >= 2 else []


def _heads(unit: str) -> list[str]:
    short = re.sub(r"(?:人民政府|政府)$", "", unit)
    return [unit] + ([short] if short != unit and len(short) >= 2 else [])


def _written_with_papers(sentence: str, pairs: list[tuple[str, str]]) -> str | None:
    """The sentence with each clause opening with a unit of ``pairs`` (after a label, 报送时间不变：) written with its
    paper, or None when fewer than two of them are so dated."""
    out, done = [], set()
    clauses = [c for c in CLAUSE.findall(sentence) if c]
    for i, clause in enumerate(clauses):
        label = LABEL.match(clause) if i == 0 else None
        for at in sorted({0, label.end() if label else 0}):
            hit = next(((unit, paper, h) for unit, paper in pairs if unit not in done for h in _heads(unit)
                        if clause.startswith(h, at) and AFTER_UNIT.match(clause, at + len(h))), None)
            if hit:
                unit, paper, head = hit
                clause = f"{clause[:at]}{unit}报送的{paper}{clause[at + len(head):]}"
                clause = re.sub(r"[，,；;]$", "。", clause)  # a sentence of its own: its paper read with its day alone
                done.add(unit)
                break
        out.append(clause)
    return "".join(out) if len(done) >= 2 else None


def papers_written_with_their_days(body: str) -> str:
    """The body with each unit's day in the sentence after the one naming the units' papers written with its paper."""
    sentences = [s for s in SENTENCE.findall(body) if s]
    for i in range(len(sentences) - 1):
        if re.search(DATE, sentences[i]) or not (pairs := _pairs(sentences[i])):
            continue
        if (written := _written_with_papers(sentences[i + 1], pairs)) is not None:
            sentences[i + 1] = written
    return "".join(sentences)
