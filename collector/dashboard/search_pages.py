"""搜索: full-text search over mails and their files' text (the index is
dashboard/search.py's), hits shown with the matched words marked."""

from __future__ import annotations

import re

from markupsafe import Markup, escape

from . import pages
from . import search as search_mod
from .access import archive_db, require_role
from .pages import page_number, pager
from .render import render
from .rows import attachments_for, decorate_mail


def routes():
    return [
        (r"^/search$", search_page),
    ]


def _snippet(text: str | None, terms: list[str], width: int = 60) -> Markup | None:
    if not text:
        return None
    lowered = text.lower()
    positions = [(lowered.find(t.lower()), t) for t in terms]
    positions = [(p, t) for p, t in positions if p >= 0]
    if not positions:
        return None
    start = max(0, min(p for p, _ in positions) - width // 2)
    piece = text[start : start + width * 2]
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)), re.IGNORECASE)
    out = Markup("…") if start > 0 else Markup("")
    last = 0
    for m in pattern.finditer(piece):
        out += escape(piece[last : m.start()]) + Markup("<mark>") + escape(m.group(0)) + Markup("</mark>")
        last = m.end()
    out += escape(piece[last:])
    if start + width * 2 < len(text):
        out += Markup("…")
    return out


async def run_search(db, query: str, page: int = 1) -> tuple[list[dict], int, list[str]]:
    terms = search_mod.query_terms(query)
    if not terms:
        return [], 0, terms
    match = search_mod.fts_match_expression(query)
    total = (await db.execute(search_mod.COUNT_SQL, {"match": match})).first()[0]
    rows = await db.execute(
        search_mod.SEARCH_SQL, {"match": match, "limit": pages.PAGE_SIZE, "offset": (page - 1) * pages.PAGE_SIZE}
    )
    hits = []
    for r in rows.rows:
        sha, received_at, unit, state, from_addr, from_name, subject, body = r
        hits.append(
            decorate_mail(
                {
                    "sha256": sha,
                    "received_at": received_at,
                    "unit": unit,
                    "state": state,
                    "from_addr": from_addr,
                    "from_name": from_name,
                    "subject": subject,
                    "body": body,
                }
            )
        )
    return hits, total, terms


async def _index_coverage(db) -> dict | None:
    """How many mails are not in the search index yet (None when all are)."""
    indexed = (await db.execute(f"SELECT count(*) FROM {search_mod.DOCS_TABLE}")).first()[0]
    total = (await db.execute("SELECT count(*) FROM messages")).first()[0]
    return {"indexed": indexed, "total": total} if indexed < total else None


async def search_page(datasette, request):
    require_role(request)
    db = archive_db(datasette)
    query = (request.args.get("q") or "").strip()[:200]
    page = page_number(request)
    hits, total, terms, missing_index, coverage = [], 0, [], False, None
    page = min(page, search_mod.MAX_RESULTS // pages.PAGE_SIZE)
    if query:
        has_index = await db.execute_fn(search_mod.has_search_index)
        if not has_index:
            missing_index = True
        else:
            coverage = await _index_coverage(db)
            hits, total, terms = await run_search(db, query, page)
            files = await attachments_for(db, [h["sha256"] for h in hits])
            for hit in hits:
                hit["subject_html"] = _snippet(hit["subject"], terms, 200) or escape(hit["subject"] or "")
                hit["body_snippet"] = _snippet(hit["body"], terms)
                hit["file_hits"] = []
                for f in files.get(hit["sha256"], []):
                    snip = _snippet(f["filename"], terms, 200) if any(t.lower() in (f["filename"] or "").lower() for t in terms) else None
                    text_snip = _snippet(f["text_head"], terms)
                    if snip or text_snip:
                        hit["file_hits"].append({"file": f, "name_html": snip or escape(f["filename"] or ""), "text_snippet": text_snip})
    return await render(
        datasette,
        request,
        "collector_search.html",
        {
            "q": query,
            "hits": hits,
            "terms": terms,
            "missing_index": missing_index,
            "coverage": coverage,
            "pager": pager(request, page, min(total, search_mod.MAX_RESULTS)) if query else None,
            "too_many": total > search_mod.MAX_RESULTS,
            "max_results": search_mod.MAX_RESULTS,
        },
    )
