"""A table of the deadlines a notice changes, set out once more after the body says them: `调整事项对照如下：` then
事项 | 原时限 | 调整后时限 rows (各乡镇统计表 | 9月12日 | 9月19日, 县供销社收购数据 | 9月14日下午3时前 | 不变), in a PDF run
together into one line. Its dates restate the body's sentences (the old one superseded, the new one read where the body
moves it); they are no requirement of their own. A table with no column of the old deadline beside the new is not
such a table."""

from __future__ import annotations

import re

# 原时限 / 原定时间 / 原报送期限 …, then 调整后时限 / 调整后时间 / 变更后期限 / 新时限
OLD_COLUMN = re.compile(r"原(?:定|来)?(?:的)?(?:报送)?(?:时限|时间|期限|截止时间|日期)")
NEW_COLUMN = re.compile(r"(?:调整|变更|更改|延期|推迟)后(?:的)?(?:报送)?(?:时限|时间|期限|截止时间|日期)|新(?:时限|期限)")


def rows_of_a_changes_table(sentences: list[str]) -> set[int]:
    """The indexes of the sentences that are such a table: its header (old and new deadline columns side by side, with
    its rows when a PDF runs them together) and the tab-joined rows right under it."""
    out: set[int] = set()
    for i, sentence in enumerate(sentences):
        old, new = OLD_COLUMN.search(sentence), NEW_COLUMN.search(sentence)
        if not (old and new and old.start() < new.start()) or re.search(r"[，,。；;]", sentence[: new.end()]):
            continue  # 由原定时间调整后…: a sentence's words, not a header's
        out.add(i)
        for k in range(i + 1, len(sentences)):
            if "\t" not in sentences[k]:
                break
            out.add(k)
    return out
