"""Drafting a campaign from a notice (a county-government 通知 asking units to email materials).

One module per concern: ``read`` (the notice's text out of .txt/.docx/.pdf), ``layout``
(title, addressee line, body, date line, 附件 sections), ``deadlines``, ``not_mailed`` (deadlines
that are no mailed requirement: an activity's days, a paper copy, a report upward or by phone, an
earlier notice's), ``units``, ``addresses``, ``requirements`` and ``draft`` (``draft_campaign`` →
``Draft``, ``Draft.to_yaml()``).
What the drafter cannot decide goes to ``Draft.unsettled``, one Chinese line each.
"""

from .draft import Draft, draft_campaign, draft_campaign_from_file
from .read import NoticeReadError, read_notice

__all__ = ["Draft", "NoticeReadError", "draft_campaign", "draft_campaign_from_file", "read_notice"]
