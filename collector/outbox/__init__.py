"""The outbox: mails the collector sends in the office's name (receipts, reminders).

Nothing is sent unless a campaign turns it on (``receipts: true``, ``reminders:``)
or a person asks (``collector remind --send``). Every mail is recorded in the
``outbox`` table before it is sent and marked after (queue.py); delivery.py sends
what is queued over SMTP and keeps a copy in the mailbox's sent folder, so a
crash at any step neither doubles a mail nor loses one silently.

  queue.py      the outbox table: enqueue, claim, mark, list
  addresses.py  where a unit can be written to
  compose.py    the Chinese texts and the EmailMessage
  transport.py  SMTP (smtplib) and the sent folder (IMAP APPEND)
  delivery.py   one sending pass: pace, daily cap, 4xx / 5xx, recovery after a crash
  receipts.py   which filed mails get a receipt (and which never do)
  reminders.py  the reminder plan, by hand or on a schedule
  notices.py    the 通报 list after a deadline (.docx, .xlsx)
  poll.py       what a poll does after filing
"""
