"""An address as voice input types it: `发送至邮箱jcpgb2363艾特163点com` — the @ said as 艾特 (or 爱特), each dot of the
domain said as 点. Read as the address it names (jcpgb2363@163.com), and said in ``unsettled``; only an account of
Latin letters and digits right before the spoken @, and a domain that ends in a known top-level name, count, so a
sentence that merely mentions 艾特 (`请在群内艾特联络员`) is left alone."""

from __future__ import annotations

import re

_DOT = r"\s*(?:点|\.|。)\s*"
SPOKEN = re.compile(r"(?P<account>(?<![A-Za-z0-9._-])[A-Za-z0-9][A-Za-z0-9._-]{1,40})\s*(?:艾特|爱特)\s*"
                    r"(?P<domain>[A-Za-z0-9-]+(?:" + _DOT + r"[A-Za-z0-9-]+)*" + _DOT + r"(?:com|cn|net|org)"
                    r"(?:" + _DOT + r"cn)?)(?![A-Za-z0-9])", re.I)


def spoken_addresses_written(body: str, unsettled: list[str]) -> str:
    """The body with each voice-typed address written as a plain one."""
    def written(m: re.Match) -> str:
        address = f"{m.group('account')}@{re.sub(_DOT, '.', m.group('domain'))}"
        unsettled.append(f"邮箱“{m.group().strip()}”是语音输入的写法，读作{address}，请核对收件地址")
        return address
    return SPOKEN.sub(written, body)
