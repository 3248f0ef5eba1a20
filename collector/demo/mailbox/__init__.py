"""The demo mailbox for the 5·15 notice: realistic mails with known ground truth.

`generate_demo_mailbox(seed)` returns ~58 raw mails as the units of 建昌县 would
have sent them to jc7710089@163.com in May 2023, each written the way its mail
client writes it (Foxmail, Outlook zh-CN, 163 webmail, QQ mail, iPhone Mail,
Thunderbird, a government Coremail), with the answer a careful clerk would give:
which roster unit sent it, which requirement parts it delivers, whether it is
late, a correction, an auto-reply or from a unit not on the roster.

`fill_mailbox(server, mails)` APPENDs them to a Dovecot (collector.demo.dovecot) with
their receipt time as INTERNALDATE. `expected_status(mails)` is the clerk's
unit x requirement table.

Everything is deterministic for a given seed (on one machine: photos are drawn
with the installed CJK font when there is one).

The parts:

  units.py     the county's units (out of the roster CSV), their names and the texts they write
  scenario.py  the deadlines and the plan: which unit sends what, when, with which client
  writing.py   one plan written as the raw mail its client would send
  mails.py     the mailbox as DemoMails with the clerk's answer, filling a Dovecot, the
               expected 报送情况 table
  command.py   `python -m collector.demo.mailbox`: write the mails as .eml, fill a Dovecot
"""

from collector.demo.clients import CLIENTS
from collector.demo.mailbox.mails import (
    DemoMail, build_demo_mailbox, describe, expected_status, fill_mailbox, generate_demo_mailbox,
)
from collector.demo.mailbox.scenario import DUE, INTERVIEW_DUE, REQUIRED_PARTS, SUMMARY_DUE
from collector.demo.mailbox.units import ROSTER_CSV, Unit, load_roster

__all__ = [
    "CLIENTS", "DUE", "INTERVIEW_DUE", "REQUIRED_PARTS", "ROSTER_CSV", "SUMMARY_DUE", "DemoMail", "Unit",
    "build_demo_mailbox", "describe", "expected_status", "fill_mailbox", "generate_demo_mailbox", "load_roster",
]
