"""Match stage: ParsedMail -> Match (which unit sent it, for which campaign and requirements).

Evidence is gathered the way a clerk reads a mail: the sender address (roster
or learned), display name, subject, attachment names, the signature block
(落款), the heading and 落款 of attached documents, the original sender of a
forwarded mail, and -- weakly -- names mentioned in the body or inside a
report. Quoted replies and copies of the notice are stripped first.

A mail is filed only when one unit clearly wins and one campaign clearly
fits; anything doubtful goes to review with suggestions, because a mail filed
under the wrong unit or campaign is worse than one left for a person.

The parts, in the order a mail goes through them:

  text.py          the sender's own words (no quoted replies, no pasted notice)
  names.py         unit names in text, exactly or by sound
  units.py         who sent it: evidence per unit, scored
  requirements.py  what it answers within one campaign
  assigned.py      the numbered items a notice assigns to units (分解表): whose a numbered answer is
  periods.py       which period of a report asked every week or month (by its words or dates)
  campaigns.py     which campaign it answers, when several are open
  office_mail.py   the office's own mail and mail of no submission (a test, a note to itself, a notice)
  which_unit.py    which unit, when a mail names two (代发, a template or subject left over, a slip)
  decide.py        the decision (filed / needs_review / ignored) and its reason
  signed.py        whether a file offered for a signed, stamped scan is one (no seal pasted on a typed paper)
  learned.py       sender addresses learned from filed mails
"""

from collector.match.decide import match_mail, prepare_scans
from collector.match.learned import learn_address, load_learned
from collector.match.requirements import detect_requirements, is_photo
from collector.match.text import content_lines, normalize, strip_quoted
from collector.match.units import unknown_units

__all__ = [
    "content_lines", "detect_requirements", "is_photo", "learn_address", "load_learned",
    "match_mail", "normalize", "prepare_scans", "strip_quoted", "unknown_units",
]
