"""Drafting a campaign from a notice (a county-government 通知 asking units to email materials).

One module per concern: ``read`` (the notice's text out of .txt/.docx/.pdf), ``pasted`` (a notice copied
from a web page or a work-group chat, the page's or the chat's own lines left out), ``layout``
(title, addressee line, body, date line, 附件 sections), ``when_issued`` (the notice's date, and the year its
dates without one are read in), ``deadlines`` (with ``named_days``: a holiday,
a weekday, 9.26), ``not_mailed`` (deadlines that are no mailed requirement: an activity's days, a paper
copy, a report upward or by phone, an earlier notice's, work to be done), ``units`` (with ``unit_lists``: the addressee
line and the 附件's lists; ``let_off``: 不需报送, 参照执行; ``assigned_items``: the 附件's 承办单位分解表), ``addresses``,
``requirements``, ``around`` (what the sentences around a dated one say of it), ``draft`` (``draft_campaign`` → ``Draft``) and ``drafted`` (``Draft``, ``Draft.to_yaml()``).
What the drafter cannot decide goes to ``Draft.unsettled``, one Chinese line each.
"""

from .draft import draft_campaign, draft_campaign_from_file
from .drafted import Draft
from .read import NoticeReadError, read_notice

__all__ = ["Draft", "NoticeReadError", "draft_campaign", "draft_campaign_from_file", "read_notice"]
