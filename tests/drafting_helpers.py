"""Drafting a notice written in a test, the way the CLI does: the text saved as a .txt file and read back."""

from __future__ import annotations

from collector.drafting import draft_campaign, read_notice
from collector.roster import Roster, builtin_roster


def draft_of_a_file(tmp_path, text: str, roster: Roster | None = None):
    """The draft of ``text`` saved as ``notice.txt`` under ``tmp_path``, against the built-in roster by default."""
    path = tmp_path / "notice.txt"
    path.write_text(text, encoding="utf-8")
    return draft_campaign(read_notice(path), roster or builtin_roster())


def notice_text(issuer: str, title: str, addressee: str, body: str, issued: str, *, opening: str = "",
                mailbox: str = "", contact: str = "") -> str:
    """A county notice as the drafting tests write one: the issuer and title, the addressee line, an opening sentence,
    the body, the mailbox and contact lines, and the 落款 (issuer and date); the lines not given are left out."""
    lines = [issuer, title, "", f"{addressee}：", *([opening] if opening else []), body,
             *([f"报送邮箱：{mailbox}"] if mailbox else []), *([f"联系人：{contact}"] if contact else []), "", issuer, issued]
    return "\n".join(lines) + "\n"
