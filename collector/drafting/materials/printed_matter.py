"""Printed or compiled matter named as a material: a flyer handed out (`健康素养宣传单`, `明白纸`, `宣传页`, `宣传折页`)
and a compilation (`楹联作品汇编`, `典型经验汇编`). Like a brochure (宣传册) or a display board (words.DRAWING_NOUN),
each is one file of its own, so two joined under one bracket (`宣传单和明白纸（PDF格式）`, `活动方案和楹联作品汇编（Word格式）`)
are two files (format_names.said_of_the_pair). The word must close the name or come before a joiner: 汇编成册, 宣传单页
制作情况 name no such thing."""

from __future__ import annotations

# the name ends here, or a joining word follows (宣传单和明白纸)
CLOSING_A_NAME = r"(?!(?![和及与或])[\u4e00-\u9fa5])"
PRINTED_NOUN = rf"(?:宣传单|宣传页|明白纸|明白卡|(?<=宣传)折页|汇编){CLOSING_A_NAME}"
