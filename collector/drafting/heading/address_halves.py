"""A collecting mailbox written in two halves, each on a line of its own and written nowhere whole (against spam
robots, or as a webmail's form asks it): `邮箱用户名：jcjtjy_hjf2334` / `邮箱后缀：@163.com`. The halves are one address,
put together where the user name stands; an unsettled line says so. A user name with no suffix beside it (a platform's
login, `系统用户名：jc001，初始密码：…`) is left as written."""

from __future__ import annotations

import re

# 邮箱用户名：… then, on the same line or the next, 邮箱后缀：@163.com (the suffix may leave out its @)
HALVES = re.compile(r"(?P<label>邮箱)?(?:用户名|账号|帐号|前缀|名称)\s*[:：]\s*(?P<user>[A-Za-z0-9._%+-]{2,40})(?![A-Za-z0-9._%+-]*@)"
                    r"[ \t\u3000，,；;]*\n?[ \t\u3000]*(?P<label2>邮箱)?(?:后缀|域名)\s*[:：]\s*"
                    r"@?(?P<domain>[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})")


def halves_put_together(body: str, unsettled: list[str]) -> str:
    """The body with each mailbox written as a user name and a suffix made one address."""
    def together(m: re.Match) -> str:
        if not (m.group("label") or m.group("label2")):
            return m.group()  # 用户名 and 域名 of a website or a system: no mailbox said
        address = f"{m.group('user')}@{m.group('domain')}"
        unsettled.append(f"邮箱分两处写作用户名“{m.group('user')}”和后缀“{m.group('domain')}”，合读作{address}，请核对收件地址")
        return f"邮箱：{address}"
    return HALVES.sub(together, body)
