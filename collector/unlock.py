"""A locked zip opened with the password its sender sent apart.

`我局年鉴定稿（签字盖章扫描件）已加密压缩，解压密码另行发送。` with `教育局年鉴定稿.zip`, and four minutes later, from the same
address, a mail of one line: `解压密码：jyj0419`. The first mail waits for a person when it comes (its member keeps
`文件已加密，无法读取`: nothing in it gives the password); the second is nothing to file (match/sent_apart.py). At the
end of the run (``pipeline.finish_run``), as a clerk would with the two mails side by side, each mail still waiting
for its locked zip is parsed again from its raw bytes with the words of the same sender's mails of the next three
days (`parse_message(raw, texts_apart)`: the passwords they give, only in memory, as for a password in the mail
itself), and when every locked member then opens, matched again: filed if it now lands (its files stored and linked
like any mail's, the rows of its files replaced, the event recorded as a rematch), left waiting otherwise. A mail
someone has decided on, or that could not be parsed, is not touched.

A cloud-drive share whose 提取码 the sender said was to follow (`提取码稍后电话告知`) is the same: when a mail of the
same sender of the next three days gives the code, the status counts the share (status/mails.py codes_sent_apart),
and here the filed mail's reason, which said the link was not counted, is brought up to date; a mail of nothing but
the share, waiting for a person, is matched again with the code, as a locked zip is.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

from collector import audit, file, store, tree
from collector.campaign import office_addresses
from collector.dashboard.search import index_message_for_search
from collector.match import learn_address, load_learned
from collector.parsers.passwords import passwords_in
from collector.parsers.share_codes import AWAITING_CODE_NOTE, code_to_follow
from collector.status.mails import codes_sent_apart, words_sent_after

LOCKED = "文件已加密"  # the members a password was missing for (archives.LOCKED, WRONG_PASSWORD)
WAITING_LOCKED = (
    "SELECT * FROM messages m WHERE m.state = 'needs_review' AND m.parse_error IS NULL AND m.from_addr IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.message_sha256 = m.sha256)"
    f" AND EXISTS (SELECT 1 FROM attachments a WHERE a.message_sha256 = m.sha256 AND a.problem LIKE '%{LOCKED}%')"
    " ORDER BY m.received_at, m.sha256"
)


def open_with_passwords_sent_apart(ctx, parse_safely, match_safely) -> list[str]:
    """Open and match again the waiting mails whose locked zip a later mail of the same sender gives the password
    of; the sha256s of those now filed. ``parse_safely`` and ``match_safely`` are the pipeline's own stages, handed
    in by the pipeline that calls this at the end of its run."""
    filed = []
    for msg in list(ctx.db.query(WAITING_LOCKED)):
        received_at = dt.datetime.fromisoformat(msg["received_at"])
        texts = _texts_apart(ctx.db, msg["from_addr"], received_at)
        if not texts:
            continue
        parsed, error = parse_safely((ctx.data_dir / msg["raw_path"]).read_bytes(), texts)
        if parsed is None or any(LOCKED in (a.problem or "") for a in parsed.attachments):
            continue
        if _refiled_if_it_lands(ctx, msg, parsed, error, received_at, match_safely, "解压密码另行发送",
                                "压缩包用同一发件人随后邮件中的解压密码打开后重新匹配"):
            filed.append(msg["sha256"])
    return filed


WAITING_SHARE = (
    "SELECT * FROM messages m WHERE m.state = 'needs_review' AND m.parse_error IS NULL AND m.from_addr IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM decisions d WHERE d.message_sha256 = m.sha256)"
    " AND instr(m.body_text, '码') > 0 ORDER BY m.received_at, m.sha256"
)


def open_shares_with_codes_sent_apart(ctx, parse_safely, match_safely) -> list[str]:
    """The same for a waiting mail of nothing but a share whose 提取码 was to follow: matched again with the codes its
    sender gave next (only in memory: the mail's stored words stay its own); the sha256s of those now filed."""
    filed = []
    for msg in list(ctx.db.query(WAITING_SHARE)):
        received_at = dt.datetime.fromisoformat(msg["received_at"])
        if not code_to_follow(f"{msg['subject'] or ''}\n{msg['body_text'] or ''}"):
            continue
        codes = codes_sent_apart(ctx.db, msg["from_addr"], received_at)
        if not codes:
            continue
        parsed, error = parse_safely((ctx.data_dir / msg["raw_path"]).read_bytes())
        if parsed is None:
            continue
        parsed = dataclasses.replace(parsed, body_text=f"{parsed.body_text or ''}\n{codes}")
        if _refiled_if_it_lands(ctx, msg, parsed, error, received_at, match_safely, "提取码另行发送",
                                "网盘链接的提取码由同一发件人随后邮件补发后重新匹配"):
            filed.append(msg["sha256"])
    return filed


def _refiled_if_it_lands(ctx, msg: dict, parsed, error, received_at: dt.datetime, match_safely, how: str,
                         said: str) -> bool:
    match = match_safely(ctx, parsed, error, received_at)
    if match.state != "filed":
        return False
    _refile(ctx, msg, parsed, dataclasses.replace(match, reason=f"{match.reason}（{said}）"), received_at, how)
    return True


CODE_CAME_NOTE = "。网盘链接的提取码由同一发件人随后邮件补发，链接已计入报送情况，请在链接到期前下载归档"
AWAITING_CODE = ("SELECT sha256, from_addr, received_at, reason FROM messages WHERE state = 'filed'"
                 f" AND from_addr IS NOT NULL AND instr(reason, '{AWAITING_CODE_NOTE}') > 0")


def note_share_codes_sent_apart(ctx) -> list[str]:
    """The filed mails whose share's 提取码 a later mail of the same sender gave: their reason now says the link
    counts (the status counts it by the same reading); the sha256s of those."""
    noted = []
    for msg in list(ctx.db.query(AWAITING_CODE)):
        if not codes_sent_apart(ctx.db, msg["from_addr"], dt.datetime.fromisoformat(msg["received_at"])):
            continue
        with ctx.db.atomic():
            reason = msg["reason"].replace(AWAITING_CODE_NOTE, CODE_CAME_NOTE)
            ctx.db["messages"].update(msg["sha256"], {"reason": reason})
            audit.record(ctx.db, "share_code_received", message_sha256=msg["sha256"], how="提取码另行发送")
        noted.append(msg["sha256"])
    return noted


def _texts_apart(db, sender: str, locked_at: dt.datetime) -> tuple[str, ...]:
    """The subject and words of the sender's next mails that give a password."""
    return tuple(text for text in words_sent_after(db, sender, locked_at) if passwords_in([text]))


def _refile(ctx, msg: dict, parsed, match, received_at: dt.datetime, how: str) -> None:
    """The mail's files stored and linked where the match puts them, then its rows replaced, in one transaction."""
    sha = msg["sha256"]
    syncs, links = store.DeferredSyncs(), tree.Links()
    rows = file.file_attachments(ctx.data_dir, parsed, match, received_at, sha, syncs, links)
    file.file_raw_mail(ctx.data_dir, msg["raw_path"], match, received_at, sha, parsed.subject, syncs, links)
    syncs.flush()
    with ctx.db.atomic():
        ctx.db.execute("DELETE FROM attachments WHERE message_sha256 = ?", [sha])
        for row in rows:
            ctx.db["attachments"].insert({**row, "message_sha256": sha})
        ctx.db["messages"].update(sha, {
            "campaign": match.campaign, "unit": match.unit, "state": "filed", "reason": match.reason,
            "confidence": match.confidence, "signals": json.dumps(match.signals, ensure_ascii=False),
            "suggestions": "[]", "is_correction": int(match.is_correction),
        })
        ctx.db.execute("DELETE FROM submissions WHERE message_sha256 = ?", [sha])
        for requirement in match.requirements:
            ctx.db["submissions"].insert({
                "message_sha256": sha, "campaign": match.campaign, "unit": match.unit, "requirement": requirement,
                "received_at": msg["received_at"], "is_current": 1,
            }, replace=True)
        tree.record_links(ctx.db, sha, links)
        audit.record(ctx.db, "rematched", message_sha256=sha, campaign=match.campaign, unit=match.unit,
                     requirements=match.requirements, how=how)
        learned = learn_address(ctx.db, parsed, match, sha, office=office_addresses(ctx.campaigns))
        index_message_for_search(ctx.db, sha)
    if learned:
        ctx.learned = load_learned(ctx.db)
