"""A questionnaire sent back as it was handed out: every answer slot empty.

A 调查问卷 in Word puts each question over an answer line (`答：`); filled in, the line carries the answer (`答：3个`), or
the answer stands on the line under it. One whose every `答：` is bare, with the next question (or nothing) under it,
answers nothing, though its title and questions name the requirement: a person asks the unit for it filled in.
"""

from __future__ import annotations

import re

ANSWER_SLOT = re.compile(r"^\s*(?:答|回答|答复)\s*[:：]\s*(?P<answer>.*)$")
# the next question under a bare slot: 2. / 2、 / ② / （2） / 第2题 / 问：
NEXT_QUESTION = re.compile(r"^\s*(?:\d{1,2}\s*[.．、]|[①-⑳]|[(（]\s*\d{1,2}\s*[)）]|第\s*\d{1,2}\s*题|问\s*[:：])")
MIN_SLOTS = 2  # one bare 答： is a slip in a letter, not a form left blank


def is_blank_questionnaire(text: str) -> bool:
    """Two answer slots or more, none of them answered on its line or under it."""
    lines = [line for line in text.splitlines() if line.strip()]
    slots = [i for i, line in enumerate(lines) if ANSWER_SLOT.match(line)]
    return len(slots) >= MIN_SLOTS and all(_left_bare(lines, i) for i in slots)


def _left_bare(lines: list[str], i: int) -> bool:
    if ANSWER_SLOT.match(lines[i]).group("answer").strip():
        return False
    return i + 1 == len(lines) or bool(ANSWER_SLOT.match(lines[i + 1]) or NEXT_QUESTION.match(lines[i + 1]))


def what_is_left_blank(parsed, filename: str) -> str:
    """How the reason names a blank form: a questionnaire's unanswered slots, or a table's header with nothing under it."""
    text = next((a.text for a in parsed.attachments if (a.filename or "") == filename and a.text), "")
    return "空白问卷（问题下都没有作答）" if is_blank_questionnaire(text) else "空白表格（只有表头，没有填写内容）"
