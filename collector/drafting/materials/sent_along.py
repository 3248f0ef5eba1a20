"""A paper the sentence right after a deadline's adds to what it sends: `请各乡镇于12月20日前将2026年度河湖长制工作总结报送…。
请一并报送2027年河湖长制工作计划。` (`…工作计划请一并报送`, `同时报送…`): the plan goes in the same mail, a part of
the same requirement (found by the lead by hand, 2026-12-07). Only a short sentence saying that and nothing else (not a
condition, `如有变动，请同时填报…`, nor a clause of a longer sentence, `报告须包括…，并附…统计表`, read as before), and only a
paper of its own: not the same paper again by its bare noun (`统计表请一并报送` after `…统计表`), a format (`扫描件一并
报送`), or the materials pointed back at (`以上材料请一并报送`). Nor a sentence telling of a sending done or let off
(`建昌县财政局的整改情况已随预算执行审计一并报送，本次不报送`: 已 before the verb, or a let-off in its other clause): the
paper was sent before, or not at all, and asks nothing now (held-out 3482)."""

from __future__ import annotations

import re

from .. import requirements as req

# 请一并报送2027年工作计划 / 2027年工作计划请一并报送 / 同时报送…: a short sentence of its own saying only that (not a
# condition, 如有变动，请同时填报…; not a clause of a longer sentence, 报告须包括…，并附…统计表: what the report holds)
ALONG = r"(?:请)?(?:一并|同时|一同)(?:报送|上报|提交|发送)"
SENT_ALONG = re.compile(rf"^\s*(?:{ALONG}(?P<after>[^，,。；;：:]{{2,40}})|(?P<before>[^，,。；;：:]{{2,40}}?){ALONG})\s*[。.]?\s*$")
POINTED_BACK = re.compile(r"^(?:上述|以上|前述|上列|所列)")
# …已随预算执行审计一并报送 / 已经同时上报: the sending done; …，本次不报送 / 不再另行报送 / 无需报送: the sending let off
DONE = re.compile(r"已(?:经)?[^，,。；;]{0,16}?" + ALONG)
LET_OFF = re.compile(r"不(?:单独|另行|再|需|必|用)?(?:另行|单独|重复)?(?:报送|上报|提交|发送)|无需|免于|免予")


def papers_sent_along(after: str, names: list[str]) -> list[str]:
    """The papers of ``after`` (the sentences after the deadline's) that it sends along, not among ``names``."""
    m = SENT_ALONG.match(re.split(r"[，,]", after)[0]) if after else None
    if not m or sent_or_let_off(after):
        return []
    return [n for n in req.material_names(m.group("after") or m.group("before"))
            if n not in req.GENERIC and not req.FORMAT_ONLY.fullmatch(n) and not POINTED_BACK.match(n)
            and not any(n in named or named in n for named in names)]


def sent_or_let_off(sentence: str) -> bool:
    """The sentence tells of a paper sent already (已…一并报送) or lets its sending off (…，本次不报送)."""
    return bool(DONE.search(sentence) or LET_OFF.search(sentence))
