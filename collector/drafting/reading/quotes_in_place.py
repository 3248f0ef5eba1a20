"""Quotation marks a PDF's text layer draws out of order. LibreOffice draws a line's marks from a fallback font (DejaVu
beside the CJK font) in a run of their own, so pypdf, reading in drawing order, gives them at the line's start or after
another glyph of that font, and leaves a gap where each stands on the page: `邮件主题请注明“单位名称+拔河比赛报名”或
“单位名称+安全承诺书”。`, wrapped, comes out `“以上材料…邮件主题请注明 单位名称+拔` / `” “河比赛报名 或 单位名称+ ”安全承诺书 。`
(mixed108). pdfplumber knows where each glyph stands: a line whose marks are out of the order its glyphs stand in is
written again with each mark where it stands, the gap it left closed; a line in order is left as read."""

from __future__ import annotations

import re

MARKS = "“”‘’"
MARK = re.compile(f"[{MARKS}]")


def _key(text: str) -> str:
    return re.sub(rf"[\s{MARKS}]", "", text)


def _lines_as_they_stand(plumber_page) -> dict[str, str]:
    """Each line of the page holding a mark: its glyphs (no spaces) in the order they stand, by its glyphs less the marks."""
    out: dict[str, str] = {}
    for line in plumber_page.extract_text_lines(return_chars=True):
        chars = sorted(line["chars"], key=lambda c: c["x0"])
        standing = re.sub(r"\s", "", "".join(c["text"] for c in chars))
        if MARK.search(standing):
            out.setdefault(_key(standing), standing)
    return out


def _in_place(line: str, standing: str) -> str:
    """``line`` with its marks where ``standing`` has them: each taken out with the spaces beside it, each put back
    before the glyph it stands before (the gap before that glyph closed), or at the end."""
    bare = re.sub(rf"\s*[{MARKS}]\s*", "", line)
    before: dict[int, str] = {}
    k = 0
    for ch in standing:
        if ch in MARKS:
            before[k] = before.get(k, "") + ch
        else:
            k += 1
    out, k = "", 0
    for ch in bare:
        if not ch.isspace():
            if k in before:
                out = out.rstrip() + before[k]
            k += 1
        elif out and out[-1] in MARKS:
            continue  # the gap after a mark put back
        out += ch
    return out.rstrip() + before.get(k, "") if k in before else out


def marks_in_place(text: str, plumber_page) -> str:
    """The page's text with each line whose marks are out of place written in the order its glyphs stand."""
    if plumber_page is None or not MARK.search(text):
        return text
    try:
        standing = _lines_as_they_stand(plumber_page)
    except Exception:  # pdfminer's reading of an odd page: the text as read
        return text
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if MARK.search(line) and (s := standing.get(_key(line))) and re.sub(r"\s", "", line) != s:
            lines[n] = _in_place(line, s)
    return "\n".join(lines)
