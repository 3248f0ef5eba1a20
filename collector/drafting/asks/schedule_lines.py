"""Schedule lines under a lead-in that asks for papers: `各有关单位按以下时间先后报送材料，材料发送至…：` over
`十月十五日（星期一）十六时前——建昌县公安局、建昌县司法局：反馈问题整改落实情况表（Excel格式）；` and a line like it for each
day (held-out 3275; also `10月22日前：喇嘛洞镇——整改报告`). Each line opens with its day and says who and what, with no
sending verb of its own: the lead-in's 报送 is what each line asks. Each is written as a sentence of its own,
`十月十五日（星期一）十六时前，建昌县公安局、建昌县司法局报送反馈问题整改落实情况表（Excel格式）；`, so every day asks its own
units its own paper, not only the first line read with the lead-in. Lines under a lead-in that asks no paper
(`按以下时间节点推进整改：`), or a line that says its own verb (`…——各乡镇完成自查`), are left as written."""

from __future__ import annotations

import re

from ..timing.deadlines import DEADLINE_RE

# a dash or bullet a line may open with (a PDF gives `——十月十五日…前建昌县公安局：…`, the dash moved before the day)
OPENING_DASH = re.compile(r"^\s*[—\-－·•]*\s*")
# after the day: a dash, a colon or nothing, who, a colon or a dash, what (县公安局、县司法局：情况表（Excel格式）；)
WHO_THEN_WHAT = re.compile(r"\s*(?:[—\-－]{1,2}|[:：，,])?\s*(?P<who>[^—\-－:：。；;]{2,80}?)\s*(?:[—\-－]{1,2}|[:：])\s*"
                           r"(?P<what>[^\n]+)$")
BEFORE = re.compile(r"(?:前|之前|以前|截止)$")
# the lead-in's request: 按以下时间报送材料…：, 分别上报下列材料：
ASKS_PAPERS = re.compile(r"报送|上报|提交|发送|报来")
# a verb of its own in the line: the line says what is done, not only who and what
OWN_VERB = re.compile(r"报送|上报|提交|发送|填报|完成|开展|组织|召开|参加")


def schedule_lines_written_out(body: str) -> str:
    """``body`` with each schedule line under a lead-in asking for papers written as a sentence (see the docstring)."""
    lines = body.split("\n")
    lead_in = ""
    for i, line in enumerate(lines):
        written = _as_a_sentence(line)
        if written and ASKS_PAPERS.search(lead_in) and lead_in.rstrip().endswith((":", "：")):
            lines[i] = written
            continue
        lead_in = line
    return "\n".join(lines)


def _as_a_sentence(line: str) -> str:
    """`day，who报送what` for a schedule line, or "" for any other line."""
    if "\t" in line or OWN_VERB.search(line):
        return ""
    rest = line[OPENING_DASH.match(line).end():]
    d = DEADLINE_RE.match(rest)
    if not d or not BEFORE.search(day := d.group().rstrip()):
        return ""
    m = WHO_THEN_WHAT.match(rest, d.end())
    if not m:
        return ""
    what = m.group("what").rstrip()
    ends = "" if what.endswith(("。", "；", ";")) else "；"  # a line of its own is a sentence of its own
    return f"{day}，{m.group('who')}报送{what}{ends}"
