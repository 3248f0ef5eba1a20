"""Status stage: unit x requirement completeness, computed from the index.

Only mails in state "filed" count. Parts may arrive in several mails (补发照片);
a mail marked 更正 / 以此为准 / 最终版 replaces, part by part, what earlier mails
brought: the earlier mails stay in the archive, and those whose every part was
replaced no longer count (submissions.is_current = 0). Deadlines use the server receipt time
(messages.received_at), never the Date header.

The stage is a package, read in this order: ``mails`` (the filed mails loaded as plain data), ``files`` (what a
mail's files and words bring for each part; ``scans``: a typed PDF is no scan), ``links`` (what its download links
bring), ``evaluate`` (one unit's requirement over its mails, corrections included), ``table`` (the ``status`` table and
what a unit still owes; ``supplied``: whether a 更正 only brings parts never sent; ``assigned``: the numbered items of
a 分解表 a unit's mails answered).
"""

from collector.status.evaluate import evaluate, parts_present
from collector.status.files import MIN_INLINE_PHOTO_SIDE, photos_brought
from collector.status.mails import FiledFile, FiledMail
from collector.status.table import OwedWhenReceived, refresh_status, status_rows, still_open

__all__ = [
    "MIN_INLINE_PHOTO_SIDE", "FiledFile", "FiledMail", "OwedWhenReceived", "evaluate", "parts_present",
    "photos_brought", "refresh_status", "status_rows", "still_open",
]
