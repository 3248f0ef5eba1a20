"""A long list shown a page at a time: how many rows a page holds, which page was
asked for, and the links to the pages before and after."""

from __future__ import annotations

import math
from urllib.parse import urlencode

PAGE_SIZE = 50  # the page modules read it as pages.PAGE_SIZE, when they run (a test makes it smaller)


def page_number(request) -> int:
    try:
        return max(1, int(request.args.get("page", "1")))
    except ValueError:
        return 1


def pager(request, page: int, total: int) -> dict:
    pages = max(1, math.ceil(total / PAGE_SIZE))

    def url(p):
        args = {k: request.args.get(k) for k in request.args.keys() if k != "page"}
        args["page"] = str(p)
        return request.path + "?" + urlencode(args)

    return {
        "page": page,
        "pages": pages,
        "total": total,
        "prev_url": url(page - 1) if page > 1 else None,
        "next_url": url(page + 1) if page < pages else None,
    }
