"""The clerk's dashboard: Datasette behind a login (plugin.py), with pages of its own.

The pages, by concern (each with its routes, registered by plugin.register_routes):
status_pages (报送情况, 未报送/逾期), mail_pages (待审核, 邮件, one mail), unit_pages
(单位), search_pages (搜索), export_pages (导出), file_pages (files, thumbnails, raw
mails), decide_pages, campaigns, roster, outbox_pages and login_guard.

What they share: access (the role check, the archive's database and folder), render
(a template as the answer, a download's header), rows (rows shaped for templates, a
mail and its files) and pages (a long list a page at a time).
"""
