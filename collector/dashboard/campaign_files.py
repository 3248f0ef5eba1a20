"""The campaign files as the dashboard reads them: each file's YAML parsed once, and
again only when the file changes (its path, size and mtime: campaign.campaigns_fingerprint),
not on every page that lists or builds the campaigns."""

from __future__ import annotations

import threading
from pathlib import Path

from .. import campaign as campaign_mod

_parsed: dict[Path, tuple[str, object]] = {}  # path -> (fingerprint, its YAML data or the CampaignError)
_lock = threading.Lock()


def read_campaign_file(path: Path):
    """campaign.read_campaign_file, from the cache while the file is unchanged."""
    path = Path(path)
    fingerprint = campaign_mod.campaigns_fingerprint([path])
    with _lock:
        hit = _parsed.get(path)
    if hit is None or hit[0] != fingerprint:
        try:
            data: object = campaign_mod.read_campaign_file(path)
        except campaign_mod.CampaignError as e:
            data = e
        hit = (fingerprint, data)
        with _lock:
            _parsed[path] = hit
    if isinstance(hit[1], campaign_mod.CampaignError):
        raise campaign_mod.CampaignError(str(hit[1]))
    return hit[1]


def load_campaigns(settings):
    """The campaigns in force for these settings (campaign.load_campaigns), files read through the cache."""
    from ..index import archive_roster

    return campaign_mod.load_campaigns(settings.campaign, roster=archive_roster(settings.data_dir),
                                       data_dir=settings.data_dir, read=read_campaign_file)
