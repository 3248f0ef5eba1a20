"""Attachment names: clean what the sender sent, derive one when none.

A name is only ever a label: it is never joined onto a path (the store keeps
blobs by sha256), but it is still cleaned of control characters, directory
parts and excessive length so that it is safe to show and to file.
"""

from __future__ import annotations

import re
import unicodedata

MAX_NAME_BYTES = 255
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


# C:\Users\Administrator\Desktop\报告.docx, /Users/wang/报告.docx: the sender's own full path, as old clients write
# it; no .. anywhere (a path that climbs out is kept as a problem)
LOCAL_PATH = re.compile(r"^(?:[A-Za-z]:[\\/]|/(?:Users|home)/)(?!.*(?:^|[\\/])\.\.(?:[\\/]|$))")

# 统计表（一/二季度）.xlsx: macOS lets a name hold “/” (Finder shows it, Apple Mail sends it); one between an opening
# and a closing bracket is the name's own word, not a directory's end. Shown as the full-width ／, never a separator.
SLASH_IN_BRACKETS = re.compile(r"([（(【\[][^（()）【】\[\]\\/]*)/(?=[^（()）【】\[\]\\/]*[）)】\]])")


def clean_filename(name: str | None) -> tuple[str | None, list[str]]:
    """Return (clean name or None, problems found)."""
    problems: list[str] = []
    if name is None:
        return None, problems
    if _CONTROL.search(name):
        problems.append("文件名中的控制字符已删除")
        name = _CONTROL.sub("", name)
    name = unicodedata.normalize("NFC", name)
    if ".." not in name:
        name = SLASH_IN_BRACKETS.sub("\\1／", name)
    base = re.split(r"[\\/]", name)[-1]
    if base != name:
        if not LOCAL_PATH.match(name):  # an old Outlook's C:\Users\…\报告.docx is only where the file was
            problems.append("文件名中的路径已删除")
        name = base
    name = name.strip().strip(".").strip() if name.strip() in (".", "..") else name.strip()
    if not name:
        return None, problems
    if len(name.encode("utf-8")) > MAX_NAME_BYTES:
        problems.append("文件名超过 255 字节，已截短")
        name = shorten(name)
    return name, problems


def shorten(name: str, limit: int = MAX_NAME_BYTES) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot or len(ext) > 10 or not stem:
        stem, ext = name, ""
    suffix = ("." + ext) if ext else ""
    budget = limit - len(suffix.encode("utf-8"))
    out = stem.encode("utf-8")[:budget].decode("utf-8", errors="ignore")
    return out + suffix


def derived_name(number: int, extension: str | None) -> str:
    """附件1.jpg, 附件2.pdf, …: for parts that carry no name at all."""
    return f"附件{number}" + (f".{extension}" if extension else "")


def extension_of(name: str | None) -> str:
    if not name or "." not in name:
        return ""
    ext = name.rsplit(".", 1)[1].strip().lower()
    return ext if 0 < len(ext) <= 10 and ext.isalnum() else ""
