"""Chinese numerals as notices and mails write them: 十二, 二十五, 二〇二四 (the drafter's dates,
the matcher's 第三季度 and 十二月份)."""

from __future__ import annotations

CN_DIGITS = {"〇": 0, "○": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}


# a count as notices write it, for cn_int to read: 3, 12, 三, 十二, 两 (两个乡镇, 不少于两幅)
COUNT = r"(?:\d{1,3}|[一二两三四五六七八九十]{1,3})"


def cn_int(s: str) -> int:
    """12, 十二, 二十五, 二〇二四 → int."""
    s = s.strip()
    if s.isdigit():
        return int(s)
    try:
        if "十" not in s:
            return int("".join(str(CN_DIGITS[c]) for c in s))
        tens, _, units = s.partition("十")
        return (CN_DIGITS[tens] if tens else 1) * 10 + (CN_DIGITS[units] if units else 0)
    except KeyError:
        raise ValueError(f"not a number: {s}") from None
