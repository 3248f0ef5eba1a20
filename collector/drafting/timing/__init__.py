"""When: which dates of a notice are deadlines and what moment each is (days, hours, events, periods, holidays, dates said by reference to others, moved or kept by a 补充通知)."""
