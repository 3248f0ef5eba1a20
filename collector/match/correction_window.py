"""A correction that comes after the notice's 更正 window closed.

A notice may take corrections of what was sent for a while after its deadline and then no more (报送后发现报告或数据有误
需要更正的，请于1月26日17时前报送更正后的材料…逾期不再受理更正): the requirement's ``corrections_until``. A mail that
says it corrects (更正, 以此为准) and comes after it, for requirements whose every window had closed, is for a person to
take or leave; what was sent before still counts. A first submission in the window is only late, whatever the window
says: it corrects nothing.
"""

from __future__ import annotations

import datetime as dt

from collector.campaign import Campaign


def correction_window_shut(campaign: Campaign, requirements: list[str], received_at: dt.datetime | None,
                           is_correction: bool) -> str:
    """Why the correction is held (its window closed on …), or "" when it is no correction or still in time."""
    chosen = [r for r in campaign.requirements if r.id in requirements]
    if not is_correction or received_at is None or not chosen or not all(
            r.corrections_until and received_at > r.corrections_until for r in chosen):
        return ""
    shut = chosen[0].corrections_until.astimezone(campaign.tz)
    return (f"邮件是“{chosen[0].title}”的更正，更正期已于{shut.month}月{shut.day}日{shut:%H:%M}截止"
            f"（通知写明逾期不再受理更正），原报材料仍有效")
