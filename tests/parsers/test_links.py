"""超大附件 links as 163 and QQ put them in the HTML body."""

from collector.parsers.links import links_from_html, links_from_text


def test_163_large_attachment_links(parsed):
    mail = parsed("netease163_large_attachment.eml")
    links = [a for a in mail.attachments if a.kind == "link"]
    assert [(a.filename, a.link_size, a.link_expires) for a in links] == [
        ("城关镇5·15活动视频.mp4", "812.35M", "2023年6月14日 16:20"),
        ("城关镇活动照片（喆堃）.zip", "156.2M", "2023年6月14日 16:21"),
    ]
    assert all(a.data is None and a.link_url.startswith("https://mail.163.com/large-attachment-download/") for a in links)
    assert "&amp;" not in links[0].link_url
    assert [a.kind for a in mail.attachments] == ["photo", "link", "link"]  # u.163.com client link ignored


def test_qq_large_attachment_links(parsed):
    mail = parsed("qq_large_attachment.eml")
    assert [(a.filename, a.link_size, a.link_expires) for a in mail.attachments] == [
        ("县教育局5·15活动照片（珺）.zip", "356.7M", "2023年06月14日 10:30"),
        ("活动视频.mov", "1.21G", "2023年06月21日 10:30"),
    ]
    assert mail.attachments[0].link_url.startswith("https://mail.qq.com/cgi-bin/ftnExs_download?t=exs_ftn_download&k=")
    assert mail.attachments[1].link_url.startswith("https://wx.mail.qq.com/ftn/download?")


def test_other_netease_hosts_and_plain_text():
    html = ('<a href="https://mail.126.com/large-attachment-download/index.html?file=abc">报告.pdf</a> (3.2G, 无限期) '
            '<a href="https://qiye.163.com/large-attachment/download?id=1">材料.zip</a>（20M，2023年7月1日 到期）'
            '<a href="https://example.com/file.zip">not a link attachment</a>')
    links = links_from_html(html)
    assert [(a.filename, a.link_size, a.link_expires) for a in links] == [
        ("报告.pdf", "3.2G", "无限期"), ("材料.zip", "20M", "2023年7月1日")]
    text = "超大附件\n城关镇照片.zip (120.5M, 2023年6月1日 到期)\nhttps://mail.163.com/large-attachment-download/index.html?file=x\n"
    (link,) = links_from_text(text)
    assert (link.filename, link.link_size, link.link_expires) == ("城关镇照片.zip", "120.5M", "2023年6月1日")


def test_button_texts_and_sizes_inside_the_anchor():
    url = "https://mail.qq.com/cgi-bin/ftnExs_download?k=1&t=exs_ftn_download&code=2"
    html = (f'<a href="{url}">进入下载页面</a> <a href="{url}">城关镇照片（喆）.zip (120.5M, 2023年6月1日 10:00 到期)</a>'
            '<a href="https://qiye.163.com/help/client-download.html">下载客户端</a>')
    (link,) = links_from_html(html)
    assert (link.filename, link.link_size, link.link_expires) == ("城关镇照片（喆）.zip", "120.5M", "2023年6月1日 10:00")
