"""Drafting a campaign from a notice (a county-government 通知 asking units to email materials).

``draft.draft_campaign`` runs the stages in order; each stage is a package, one module per concern in it:

- ``reading``: the notice's text out of .txt / .docx / .pdf made plain (``read``, ``plain_text``), and its layout
  (``layout``: title, addressee line, body, date line, 附件), tables and copied forms read back as rows and prose;
- ``heading``: the notice's own fields: its title and subject hints (``titles``), the collecting address
  (``addresses``), when it was issued and the year its dates are read in (``when_issued``);
- ``timing``: which dates are deadlines and what moment each is (``dates``, ``deadlines``, ``events``,
  ``named_days``, ``periods`` …);
- ``asks``: which sentences, items and table rows ask for something by a deadline (``sentence_requirements``,
  ``one_requirement``, ``around``, ``above``), the dates that ask nothing of the units (``not_mailed``), and how
  requirements are split, merged, added to or cancelled;
- ``materials``: what a requirement asks for, its parts and their formats (``parts``, ``material_lists``,
  ``stamped``, ``format_names`` …);
- ``senders``: which units (``units``: the roster's names as notices write them; ``unit_lists``: the addressee
  line and the 附件's lists; ``requirement_units``, ``let_off`` …);
- ``words``: the short forms and topics of a material's name that mails and files use.

``requirements`` holds what every stage shares of a requirement (``DraftRequirement``, the material words a
deadline's sentence is read for); ``second_pass`` the passes over all the drafted requirements at once; ``drafted``
the result (``Draft``, ``Draft.to_yaml()``). What the drafter cannot decide goes to ``Draft.unsettled``, one Chinese line each.
"""

from .draft import draft_campaign, draft_campaign_from_file
from .drafted import Draft
from .reading.read import NoticeReadError, read_notice

__all__ = ["Draft", "NoticeReadError", "draft_campaign", "draft_campaign_from_file", "read_notice"]
