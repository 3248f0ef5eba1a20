"""A material's noun that is the verb of the work (`各单位对本年度无偿献血组织工作进行总结，形成《2102年无偿献血工作总结》
（Word格式）`: 进行 / 作出 / 做出 / 予以 / 加以 before 总结, 说明, 汇报 …) names the doing, not a paper sent: where the
sentence names another material (the 《…工作总结》 the work forms), that is the part, titled, formatted and worded by its
own name. Named alone (`对本年度工作进行总结（Word格式），于…前报送`), the phrase is still the only name of what is
sent, and is kept."""

from __future__ import annotations

import re

# 进行总结, 进行认真总结, 作出书面说明, 予以说明: the noun after a verb of doing is itself the verb
DOING = re.compile(r"(?:进行|作出|做出|予以|加以)(?:全面|认真|系统|深入|简要|书面)?$")


def the_work_done(text: str, at: int) -> bool:
    """The material word at ``at`` is the verb of 进行 / 作出 / 予以 … (对…进行总结): the work, not a paper."""
    return bool(DOING.search(text[:at]))


def less_the_work_done(names: list[str], done: set[str]) -> list[str]:
    """The names less those of the work done, when another material is named (all of them where none is)."""
    return [n for n in names if n not in done] or names
