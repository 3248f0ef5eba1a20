"""A long body is read in time linear in its length: a mail can carry a whole pasted document with no full stop."""

import re

from collector.campaign import load_campaigns
from collector.match import match_mail
from collector.match.decide import without_clauses_for_reference
from collector.model import ParsedMail


def test_a_clause_sent_for_reference_is_cut_to_its_last_for_reference():
    text = "附件为整改报告。另附更新后的台账（第二版），仅供参考；请查收"
    assert without_clauses_for_reference(text) == "附件为整改报告。；请查收"
    assert without_clauses_for_reference("供参考，供了解，更正版") == "，更正版"
    assert without_clauses_for_reference("更正版。无他") == "更正版。无他"


def test_a_body_of_400_kb_without_a_full_stop_is_matched():
    """Under the old one-regex cut (scanning on from every character) this took about half an hour: the test
    timeout fails it. Lines with commas but no 。, as a pasted spreadsheet reads."""
    line = "县发改局，关于报送材料的通知，附件请查收，联系人电话"
    body = "\n".join(f"{line}{i}" for i in range(400_000 // len(line)))
    assert len(body) > 400_000 and not re.search("[。；;！!]", body)
    parsed = ParsedMail(message_id="<long@x>", subject="报送材料", from_addr="a@example.org", from_name=None,
                        from_raw="a@example.org", to=["c@163.com"], date_header=None, body_text=body + "，仅供参考")
    match = match_mail(parsed, load_campaigns(["builtin"]))
    assert match.state in ("filed", "needs_review") and match.reason
