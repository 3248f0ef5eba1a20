"""Campaigns: what one notice asks of which units, by when.

A campaign is a YAML file (format: docs/campaign-format.md). Its units are
named out of the standing county roster (collector/roster.py), so one unit
keeps its names and addresses across every campaign; a hand-written file may
still define units inline. The built-in campaign, ``jianchang-515-2023``, is
the 5·15 政务公开日 notice of 2023.

  model.py    the dataclasses (Campaign, Requirement, Part, SharedSlot) and which file formats stand for which
  reading.py  a campaign from its YAML mapping, checked; its units out of the roster
  files.py    the campaign files in force (COLLECTOR_CAMPAIGN and the archive's campaigns/ folder); the clerk's saved
  tables.py   the campaigns, units and requirements tables

Callers import from ``collector.campaign``; the split is by concern, not an API.
"""

from collector.roster import UNIT_KINDS, Unit  # re-exported: older callers name them here

from .files import (ARCHIVE_CAMPAIGNS, BUILTIN_ID, CAMPAIGNS_DIR, archive_campaign_files, campaign_file_path,
                    campaign_files, campaign_path, campaign_yaml, campaigns_fingerprint, load_campaign, load_campaigns,
                    office_addresses, papers_of_the_others, read_campaign_file, save_campaign_file)
from .model import (EDITABLE, EXCEL, FIXED_LAYOUT, ID_RE, OPEN_AFTER_LAST_DUE, STANDS_FOR, WORD, Campaign, CampaignError,
                    Part, Requirement, SharedSlot, is_workbook)
from .reading import (ID_PHOTO, campaign_from_dict, default_hints, derived_aliases, outbox_options,
                      with_derived_aliases)
from .tables import campaign_row, write_campaign_tables

__all__ = [
    "ARCHIVE_CAMPAIGNS", "BUILTIN_ID", "CAMPAIGNS_DIR", "EDITABLE", "EXCEL", "FIXED_LAYOUT", "ID_PHOTO", "ID_RE",
    "OPEN_AFTER_LAST_DUE", "STANDS_FOR", "UNIT_KINDS", "WORD", "Campaign", "CampaignError", "Part", "Requirement",
    "SharedSlot", "Unit", "archive_campaign_files", "campaign_file_path", "campaign_files", "campaign_from_dict",
    "campaign_path", "campaign_row", "campaign_yaml", "campaigns_fingerprint", "default_hints", "derived_aliases",
    "is_workbook", "load_campaign", "load_campaigns", "office_addresses", "outbox_options", "papers_of_the_others",
    "read_campaign_file", "save_campaign_file", "with_derived_aliases", "write_campaign_tables",
]
