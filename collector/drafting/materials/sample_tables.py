"""A table's sample is the form of a table, no table of its own: `请各乡镇按附件表样逐户登记，汇总形成《…登记表》（Excel格式）`,
`对照市通知附件表样，…填写《…统计表》`, `填写市通知附件表样《…核查表》` — the 表样 (also 样表) says how the one table the
sentence names is laid out; so is a 样表 the bracket of a table's name points to (`《…汇总表》（Excel格式，样表见附件1）`: the
table's sample, no table of its own). With no other table named in its sentence (`按附件表样填写，于…前报送`) the sample is kept: it is
all that names the table."""

from __future__ import annotations

import re

# the sentence around a material: up to its 。 ； or line end either side
SENTENCE_END = re.compile(r"[。；;\n]")


def a_sample_of_a_table_named_beside(text: str, m: re.Match, material: re.Pattern) -> bool:
    """The material ``m`` (a match of ``material`` in ``text``) is a table's sample (表样), and another table no sample is
    named in its sentence: the sample is that table's form."""
    if not a_sample(text, m):
        return False
    start = max((s.end() for s in SENTENCE_END.finditer(text, 0, m.start())), default=0)
    end = next((s.start() for s in SENTENCE_END.finditer(text, m.end())), len(text))
    return any(o.start() != m.start() and re.search(r"表|表格|台账|清单", o.group()) and not text.startswith("样", o.end())
               for o in material.finditer(text, start, end))


def a_sample(text: str, m: re.Match) -> bool:
    """The material ``m`` is a table's sample: a 表 before 样 (表样), or a 样表 itself (样表见附件1)."""
    return (m.group().endswith("表") and text.startswith("样", m.end())) or m.group() == "样表"
