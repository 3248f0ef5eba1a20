"""Version words in file names are the unit's own drafting history, not a correction by themselves.

`自然资源局保密工作自查报告（终稿）（改2）最终版 - 副本.docx` on the unit's first and only mail: 终稿, 改2, 最终版 and
Windows' “ - 副本” are what its drafts were called while it wrote them. A correction is said in the subject or body
(更正, 以此为准, 重新报送), or is a later mail for a requirement the unit already sent: there a file's 最终版 still makes it
replace the earlier one. Asked through what the pipeline knows of the unit's earlier mails (status.OwedWhenReceived);
without that the file name counts as before.
"""

from __future__ import annotations

FIRST_VERSION_NOTE = "。文件名中的“终稿/最终版”等是该单位自己的稿次，此前未报过该项，按首次报送登记，不作更正"


def correction_by_file_names_only(is_correction: bool, said_in_words: bool, open_requirements, campaign_id: str,
                                  unit: str, rids: list[str]) -> tuple[bool, str]:
    """(is it a correction, the note for the reason): a mark found only in the file names (``said_in_words`` False)
    counts when the unit had sent one of ``rids`` before this mail."""
    sent_before = getattr(open_requirements, "sent_before", None)
    if not is_correction or said_in_words or not sent_before or not rids:
        return is_correction, ""
    if sent_before(campaign_id, unit, rids):
        return True, ""
    return False, FIRST_VERSION_NOTE
