"""What the issuer sends down to the units is not what they send back: `现将3027年度河湖“清四乱”问题清单下发给你们（见附件），
请认真组织整改，并于5月31日前将整改台账（Excel格式）和整改前后对比照片报送县水利局` (a lead's probe) asks the 台账 and the
photos, not the 问题清单 given to them to work on; so `现将…名单印发给你们`, `随文下发…名单`, `省级交办问题清单已下发`.

The thing sent down still comes back where the notice names it again as sent (`现将问题清单下发给你们，…将问题清单报送`), where
the units are to fill it in (`现将《…统计表》印发给你们，请认真填写，于…前报送`: the form filled in is what is sent), and where
it is all the sentence names (`现将《…统计表》印发给你们，请于…前报送`). A list the work is checked against
(`请对照下发的问题清单逐项整改，并将问题清单整改情况（Excel格式）报送`) is `compared`'s, and the sheet of its progress is asked."""

from __future__ import annotations

import re

# 给你们, 至各乡镇, 你单位: the units the notice is addressed to
TO_THEM = r"(?:给|至|到)?\s*(?:你们|你单位|你局|你乡|你镇|你部门|各(?:有关|相关)?(?:单位|部门|乡镇|乡|镇|街道)|有关单位|相关单位)"
# 下发, 印发, 转发, 交办, 推送, 下达: the issuer's handing a paper down
HANDED_DOWN = r"(?:一并)?(?:下发|印发|转发|交办|推送|分解下达|下达|发放)"
# 现将…问题清单下发给你们（见附件）, 特将…名单印发你们: the issuer handing down what 将 takes, now
HANDED_TO_THEM = re.compile(r"(?:现|特|今|兹)[将把](?P<what>[^，,。；;将把]{2,60}?)\s*(?:[(（][^()（）]{0,20}[)）])?\s*"
                            + HANDED_DOWN + TO_THEM)
# 随文下发第一批…问题名单, 随本通知印发…清单: handed down with the notice
WITH_THE_NOTICE = re.compile(r"随(?:本?文|本?通知)(?:一并)?(?:下发|印发|附发|转发)(?P<what>[^，,。；;]{2,60}?)(?=[，,。；;(（]|$)")
# 省级交办问题清单已下发, 问题清单已于5月10日下发至各乡镇: handed down already
ALREADY_DOWN = re.compile(r"(?:^|(?<=[，,。；;:：]))\s*(?P<what>[^，,。；;:：将把]{2,40}?)(?:已经?|业已)\s*(?:于[^，,。；;]{1,16}?)?"
                          r"(?:通过[^，,。；;]{1,12}?)?" + HANDED_DOWN + r"(?:" + TO_THEM + r")?(?![^，,。；;]*?(?:报送|上报|提交))")
SENT_DOWN = (HANDED_TO_THEM, WITH_THE_NOTICE, ALREADY_DOWN)
# 请认真填写, 填报后: the units fill in what they were given, and send it back
FILLED_IN = re.compile(r"填写|填报|填好|填妥|如实填")


def _sendings_down(text: str) -> list[re.Match]:
    """The clauses of ``text`` handing a paper down to the units, not followed in the sentence by a filling of it."""
    found = []
    for pattern in SENT_DOWN:
        for m in pattern.finditer(text):
            rest = re.split(r"[。；;]", text[m.end():], maxsplit=1)[0]
            if not FILLED_IN.search(rest):
                found.append(m)
    return found


def less_what_is_sent_down(text: str, names: list[str]) -> list[str]:
    """``names`` without the papers handed down to the units (`现将…问题清单下发给你们`) that the text names nowhere else,
    when another name is left to send."""
    down = _sendings_down(text)
    rest = text
    for m in sorted(down, key=lambda m: m.start(), reverse=True):
        rest = rest[:m.start()] + rest[m.end():]
    kept = [n for n in names if not any(n in m.group() for m in down) or n in rest]
    return kept or names


def without_the_handing_down(text: str) -> str:
    """``text`` less its 现将…下发给你们 clauses: their 将 takes what the units are given, not what they send."""
    return HANDED_TO_THEM.sub("", text)
