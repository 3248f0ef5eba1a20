"""What a page handler answers with: a rendered template, or a download's header."""

from __future__ import annotations

import re
from urllib.parse import quote

from datasette.utils.asgi import Response


async def render(datasette, request, template, context, status=200):
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


def attachment_header(filename: str) -> str:
    ascii_name = re.sub(r"[^A-Za-z0-9._-]", "_", filename) or "download"
    return f"attachment; filename=\"{ascii_name}\"; filename*=UTF-8''{quote(filename)}"
