"""The forms of a notice's title besides 关于…的通知: a 工作提示, a 工作提醒, a 提示函, a 函.

关于危险废物规范化环境管理的工作提示 is read as 关于危险废物规范化环境管理的通知 is (危险废物规范化环境管理); so are
关于…的提示函 / 提醒函 / 商请函 / 工作提醒 / 提示单, and 县…局2026年汛期安全生产工作提示 as its 通知 without 关于.
"""

from __future__ import annotations

# 的通知, 的紧急通知, 的补充通报, 的函: a notice's own kinds (tried first, so a 通知 naming a 提示 keeps its 的通知)
NOTICE_KIND = r"(?:紧急|补充|预|联合)?(?:通知|通报|函)"
# 的工作提示, 的工作提醒, 的提示函, 的提醒单, 的商请函: what an office sends that is no 通知 and asks as one does
REMINDER_KIND = r"(?:工作)?(?:提示|提醒)(?:函|单)?|(?:商请|督办|催办|联系)函"
