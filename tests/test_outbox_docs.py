"""Every command docs/outbox.md tells a person to type, run exactly as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from outbox_helpers import collector, env_for, now_office, summary_attachments, unit_mail, write_campaign

from collector.demo.smtp_sink import SmtpSink

DOC = Path(__file__).resolve().parent.parent / "docs" / "outbox.md"


def documented_commands() -> list[list[str]]:
    blocks = re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)
    return [shlex.split(line) for block in blocks for line in block.splitlines() if line.strip()]


def test_the_documented_commands_run_as_written(fresh_mailbox, tmp_path, monkeypatch):
    commands = [c for c in documented_commands() if c[1:3] != ["outbox", "settle"]]  # test_outbox_settle.py
    assert len(commands) == 6 and all(c[0] == "collector" for c in commands)
    monkeypatch.chdir(tmp_path)
    with SmtpSink() as sink:
        env = env_for(fresh_mailbox, tmp_path / "archive", write_campaign(tmp_path / "c.yaml", fresh_mailbox.user),
                      sink.port)
        fresh_mailbox.append(unit_mail("bjz@163.com", "八家子镇", "八家子镇活动总结",
                                       summary_attachments("八家子镇", photo=False)), now_office())
        assert collector(env, "poll").returncode == 0
        for command in commands:
            run = collector(env, *command[1:])
            assert run.returncode == 0, (command, run.stderr)
        assert sorted(m.rcpt_tos[0] for m in sink.messages) == ["bjz@163.com", "bjz@163.com", "fgj@163.com",
                                                                "jczhen@163.com"]
    assert (tmp_path / "通报名单.docx").stat().st_size > 0 and (tmp_path / "通报名单.xlsx").stat().st_size > 0
