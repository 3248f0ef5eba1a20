"""Posting the dashboard's forms in tests as a browser does: the actor's login cookie,
Datasette's CSRF cookie and the form's csrftoken field (a plain module, shared)."""

from __future__ import annotations

import asyncio
import re
from html.parser import HTMLParser
from urllib.parse import urlencode

OFFICE = {"id": "clerk", "role": "office"}
AUDITOR = {"id": "audit", "role": "auditor"}


def run(coro):
    return asyncio.run(coro)


def login_cookies(ds, actor) -> dict:
    return {"ds_actor": ds.sign({"a": actor}, "actor")} if actor else {}


def get(ds, path, actor=None, cookies=None, **kwargs):
    return run(ds.client.get(path, cookies={**login_cookies(ds, actor), **(cookies or {})}, **kwargs))


def csrf_pair(ds, actor=OFFICE) -> tuple[str, str]:
    """(csrftoken form value, ds_csrftoken cookie) from a page with a form."""
    page = get(ds, "/campaigns/new" if actor == OFFICE else "/", actor=actor or OFFICE)
    token = re.search(r'name="csrftoken" value="([^"]+)"', page.text).group(1)
    return token, page.cookies.get("ds_csrftoken")


def post(ds, path, data, actor=OFFICE, files=None, csrf=True, token_actor=OFFICE):
    """POST like the page's form; ``csrf=False`` leaves the token out (cookie kept)."""
    token, cookie = csrf_pair(ds, token_actor)
    cookies = {**login_cookies(ds, actor), "ds_csrftoken": cookie}
    fields = ([("csrftoken", token)] if csrf else []) + (list(data.items()) if isinstance(data, dict) else list(data))
    if files is not None:
        return run(ds.client.post(path, data=dict(fields), files=files, cookies=cookies))
    return run(ds.client.post(path, content=urlencode(fields), cookies=cookies,
                              headers={"content-type": "application/x-www-form-urlencoded"}))


class _Fields(HTMLParser):
    """The fields a form would submit as it stands: (name, value) pairs, checked boxes only."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id, self.inside, self.fields, self.select = form_id, False, [], None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.inside = a.get("id") == self.form_id
        if not self.inside or "name" not in a:
            if tag == "option" and self.select is not None and ("selected" in a or self.select[1] is None):
                self.select[1] = a.get("value", "")
            return
        if tag == "input":
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            if kind not in ("submit", "button", "file"):
                self.fields.append([a["name"], a.get("value", "")])
        elif tag == "select":
            self.select = [a["name"], None]
            self.fields.append(self.select)

    def handle_endtag(self, tag):
        if tag == "select":
            self.select = None
        if tag == "form":
            self.inside = False


def form_fields(html: str, form_id: str) -> list[list[str]]:
    parser = _Fields(form_id)
    parser.feed(html)
    return parser.fields


def set_field(fields: list[list[str]], name: str, value: str) -> None:
    for f in fields:
        if f[0] == name:
            f[1] = value
            return
    fields.append([name, value])
