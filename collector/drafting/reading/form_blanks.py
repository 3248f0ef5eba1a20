"""A form notice filled in on its underscore blanks, as a Word template with `____` lines gives it:
`关于开展__2316__年度…的通知`, `请各单位于__9__月__26__日__17__时前`, `发送至邮箱：__jcbgyf_2316@163.com__`, the date
line `__2316__年__9__月__11__日`. The blanks around each filled-in value are dropped, so the dates, the title and
the address read as typed. A single underscore inside a value (jcbgyf_2316) is kept; a blank left empty
(`联系人：______，`) stays as it is.
"""

from __future__ import annotations

import re

# __2316__, ___9___, __ 17 __, __jcbgyf_2316@163.com__: a value with no run of underscores, spaces or sentence
# marks inside it, between two runs of two or more underscores
FILLED = re.compile(r"_{2,}[ \t]*(?P<value>(?:[^\s_，,。；;：:、]|_(?!_)){1,60}?)[ \t]*_{2,}")


def filled_in(text: str) -> str:
    return FILLED.sub(lambda m: m.group("value"), text)
