"""A 附件 written out on its label's own line: `附件：承担2470年新建改建任务的乡镇名单：谷杖子乡、巴什罕乡、小德营子乡`.
The title ends on its colon and the names after it, joined by 、, are the list the body points at (`附件所列乡镇`), as
if the list stood on the lines below the label. A label whose title has no list after it (`附件：1．…统计表`, `附件：
农村公路桥梁安全排查台账`) holds no list."""

from __future__ import annotations

import re

# …名单：谷杖子乡、巴什罕乡、…: a title naming a list, its colon, then three names or more (at least two 、)
LIST_ON_THE_LINE = re.compile(r"^(?P<title>[^:：]{2,40}?(?:名单|名录|清单|范围))\s*[:：]\s*"
                              r"(?P<names>[^:：、，,。；;\s]{2,20}(?:\s*[、，,]\s*[^:：、，,。；;\s]{2,20}){2,})\s*[。；;]?\s*$")


def list_on_the_label_line(label: str) -> str:
    """The list written after the title's colon on a 附件 label's line, as the title and its names a line each,
    else ""."""
    m = LIST_ON_THE_LINE.match(label.strip())
    if not m:
        return ""
    return "\n".join([m.group("title"), *re.split(r"\s*[、，,]\s*", m.group("names"))])
