"""Layouts modelled on real Zhejiang pages (realdata/dev/pages), written from scratch.

Each function turns a ``Content`` into body HTML the way one family of real sites prints it:

- ``report_grid``: the 苍南/瑞安 "Report" export (``<title>Report</title>`` inside the body, a
  four-column grid label | value | label | value with hashed CSS class names);
- ``summary_grid``: a 公告概要 / 信息发布表 summary grid (嘉兴 style): spaced short labels
  (项 目 编 号), ``&nbsp;``-padded values, up to three pairs a row;
- ``epoint_td``: the Epoint article table (``table#tblInfo`` / ``td#tdTitle`` / 【信息时间：…】 /
  ``td#TDContent.infodetail``) with ``label：value<br>`` lines (长兴 style);
- ``hanweb_fullpage``: a whole Hanweb article document (``<meta name="ArticleTitle">``,
  ``<meta name="ContentStart">`` … ``<meta name="ContentEnd">``), as CMS copies embed it;
- ``traditional``: government prose style: full-width indents, ``1.`` sections, spaced labels
  (招 标 人：), ASCII or full-width colons, ``&nbsp;`` noise, dates as ``2026年 3 月 2 日``;
- ``fabao``: the 长兴 发包公告 (【发包公告】 banner, ``1. label：value`` in ``p.MsoNormal``);
- ``image_only`` / ``attachment_only``: the notice is a picture or only a file link (no text fields).

Whitespace inside labels and dates is the only liberty taken with printed text: removing all
whitespace (spaces, ``&nbsp;``, U+3000) gives back the label and the printed value.
"""

from __future__ import annotations

import random
import re

from .content import Content, Table, table_html, tail_html
from .content import esc as _esc

NB = "&nbsp;"
_CJK = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
_CN_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")


def spaced(label: str) -> str:
    """``项目编号`` → ``项 目 编 号`` (only short all-Chinese labels are spaced, as on real forms)."""
    return " ".join(label) if _CJK.match(label) else label


def spaced_dates(text: str) -> str:
    """``2026年3月2日`` → ``2026年 3 月 2 日`` (hand-typed dates on older templates)."""
    return _CN_DATE.sub(lambda m: f"{m.group(1)}年 {m.group(2)} 月 {m.group(3)} 日", text)


def _cls(rng: random.Random) -> str:
    return f"s{rng.getrandbits(32):08x}"


def _captioned_tables(tables: list[Table]) -> str:
    return "".join(f"<p><strong>{_esc(t.caption)}</strong></p>{table_html(t)}" for t in tables)


def report_grid(c: Content, rng: random.Random) -> str:
    lab, val, head = _cls(rng), _cls(rng), _cls(rng)
    rows = [f'<tr><td class="{head}" colspan="4"><div>{_esc(c.title)}</div></td></tr>']
    if c.doc_no:
        rows.append(f'<tr><td class="{val}" colspan="4"><div>{_esc(c.doc_no)}</div></td></tr>')
    pending: list[str] = []
    for _key, label, value in c.items:
        cell = f'<td class="{lab}"><div>{_esc(label)}</div></td>'
        if len(value) > 24:
            if pending:
                rows.append("<tr>" + "".join(pending) + "</tr>")
                pending = []
            rows.append(f'<tr>{cell}<td class="{val}" colspan="3"><div>{_esc(value)}</div></td></tr>')
            continue
        pending.append(f'{cell}<td class="{val}"><div>{_esc(value)}</div></td>')
        if len(pending) == 2:
            rows.append("<tr>" + "".join(pending) + "</tr>")
            pending = []
    if pending:
        rows.append("<tr>" + "".join(pending) + "</tr>")
    rows.append("<tr><td></td><td></td><td></td><td></td></tr>")
    pre = f"<p>{_esc(c.preamble)}</p>" if c.preamble else ""
    grid = f'<table style="border-collapse:collapse;width:100%">{"".join(rows)}</table>'
    return (
        '<title>Report</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"{grid}{pre}{_captioned_tables(c.tables)}{tail_html(c)}"
    )


def summary_grid(c: Content, rng: random.Random) -> str:
    caption = rng.choice(("公告概要", "项目信息发布表", "交易信息发布表"))
    space = rng.random() < 0.7
    rows = [f'<tr><td colspan="6"><p>{_esc(caption)}</p></td></tr>']
    pending: list[str] = []
    for _key, label, value in c.items:
        shown = spaced(label) if space else label
        cell = f"<td><p>{_esc(shown)}</p></td>"
        pad = NB if rng.random() < 0.6 else ""
        if len(value) > 16:
            if pending:
                rows.append("<tr>" + "".join(pending) + "</tr>")
                pending = []
            rows.append(f'<tr>{cell}<td colspan="5"><p>{pad}{_esc(value)}</p></td></tr>')
            continue
        pending.append(f"{cell}<td><p>{pad}{_esc(value)}</p></td>")
        if len(pending) == 3:
            rows.append("<tr>" + "".join(pending) + "</tr>")
            pending = []
    if pending:
        rows.append("<tr>" + "".join(pending) + "</tr>")
    title = f'<h2 class="notice-title">{_esc(c.title)}</h2>'
    pre = f'<p style="text-indent:2em">{_esc(c.preamble)}</p>' if c.preamble else ""
    grid = f'<table class="summary-table" border="1" cellspacing="0" width="100%"><tbody>{"".join(rows)}</tbody></table>'
    return f'<div class="notice-content">{title}{pre}{grid}<p>{NB}</p>{_captioned_tables(c.tables)}{tail_html(c)}</div>'


def epoint_td(c: Content, rng: random.Random) -> str:
    colon = "：" if rng.random() < 0.8 else ":"
    lines = []
    if c.doc_no:
        lines.append(_esc(c.doc_no))
    if c.preamble:
        lines.append(_esc(c.preamble))
    lines.extend(f"{_esc(label)}{colon}{_esc(value)} " for _k, label, value in c.items)
    body = "<br>\n".join(lines)
    tables = "".join(f"<p>{_esc(t.caption)}{colon}</p>{table_html(t)}" for t in c.tables)
    prose = "".join(f"<p>{_esc(p)}</p>" for p in c.prose)
    sign = "<br>\n".join(_esc(s) for s in c.sign)
    files = "".join(f'<a href="{_esc(u)}" target="_blank">{_esc(n)}</a><br>' for n, u in c.attachments)
    when = c.published.replace("-0", "-").replace("-", "/") if c.published else ""
    return (
        '<table id="tblInfo" cellspacing="1" cellpadding="1" width="100%" align="center" border="0"><tbody>'
        f'<tr><td id="tdTitle" align="center" height="70"><font style="font-size: 25px"><b>{_esc(c.title)}</b></font></td></tr>'
        f'<tr><td height="29" align="center" bgcolor="#eeeeee"><font color="#545454" class="webfont">【信息时间：{when}'
        f"{NB}{NB}阅读次数：{rng.randint(20, 900)}】</font></td></tr>"
        f'<tr><td class="infodetail" id="TDContent" height="250" align="left" valign="top"><div><p>{body}</p>'
        f"{tables}{prose}<p>{sign}</p></div><div></div></td></tr>"
        f'<tr id="trAttach"><td align="left"><table id="filedown" width="100%"><tbody><tr><td valign="top">'
        f"{files}</td></tr></tbody></table></td></tr></tbody></table>"
    )


def _mso(text: str) -> str:
    return f'<p class="MsoNormal">{text}</p>'


def hanweb_fullpage(c: Content, rng: random.Random) -> str:
    colon = "：" if rng.random() < 0.85 else ":"
    parts = [_mso(_esc(c.title))]
    if c.doc_no:
        parts.append(_mso(_esc(c.doc_no)))
    if c.preamble:
        parts.append(_mso(_esc(c.preamble)))
    parts.extend(_mso(f"{_esc(label)}{colon}{_esc(value)}") for _k, label, value in c.items)
    for t in c.tables:
        parts.append(_mso(_esc(t.caption) + colon) + table_html(t))
    parts.extend(_mso(_esc(p)) for p in c.prose)
    parts.append(_mso(NB) * rng.randint(1, 3))
    parts.extend(_mso(_esc(s)) for s in c.sign)
    if c.attachments:
        links = "".join(
            f"<tr><td><a href='{_esc(u)}' target=\"_blank\">{_esc(n)}</a></td></tr>" for n, u in c.attachments
        )
        parts.append(f'<tr><td>附件下载：<br/><table id="dlstAttachFile">{links}</table></td></tr>')
    title = _esc(c.title)
    return (
        '<!DOCTYPE html><html><head><meta charset="UTF-8">'
        f'<title>{title}</title><meta name="SiteName" content="衢州市公共资源交易网">'
        f'<meta name="ColumnName" content="交易信息"><meta name="ArticleTitle" content="{title}">'
        f'<meta name="PubDate" content="{c.published}"></head><body>'
        f'<div class="main-fl-tit">{title}</div><div class="main-fl-riqi">发布日期：{c.published} 浏览次数：</div>'
        f'<meta name="ContentStart">{"".join(parts)}<meta name="ContentEnd">'
        '<div class="main-fl-gn"><div class="close">关闭</div><div class="printer">打印</div></div>'
        "<a href='http://www.hanweb.com' style='display:none'>Produced By 大汉网络 大汉版通发布系统</a></body></html>"
    )


def traditional(c: Content, rng: random.Random) -> str:
    colon = "：" if rng.random() < 0.6 else ":"
    dates = spaced_dates if rng.random() < 0.5 else (lambda s: s)
    indent = "\u3000\u3000"
    out = [f'<p align="center"><strong>{_esc(c.title)}</strong></p>']
    if c.doc_no:
        out.append(f'<p align="center">{_esc(c.doc_no)}</p>')
    if c.preamble:
        out.append(f"<p>{indent}{_esc(c.preamble)}</p>")
    n = 0
    for _k, label, value in c.items:
        n += 1
        shown = _esc(spaced(label) if rng.random() < 0.5 else label)
        val = _esc(dates(value))
        noise = NB * rng.randint(1, 4) if rng.random() < 0.3 else ""
        if len(value) > 30 and rng.random() < 0.5:  # label on its own line, the value below
            out.append(f"<p>{indent}{n}. {shown}{colon}</p><p>{indent}{val}{noise}</p>")
        else:
            out.append(f"<p>{indent}{n}. {shown}{colon}{NB if noise else ''}{val}{noise}</p>")
    for t in c.tables:
        n += 1
        out.append(f"<p>{indent}{n}. {_esc(t.caption)}{colon}</p>{table_html(t)}")
    out.extend(f"<p>{indent}{_esc(p)}</p>" for p in c.prose)
    out.append(f"<p>{NB * rng.randint(4, 20)}</p>")
    out.extend(f"<p>{NB * 8}{_esc(dates(s))}</p>" for s in c.sign)
    out.extend(
        f'<p><img src="/plugins/editor/dialogs/attachment/fileTypeImages/icon_pdf.gif"> '
        f'<a target="_blank" href="{_esc(u)}" title="{_esc(n_)}">{_esc(n_)}</a></p>'
        for n_, u in c.attachments
    )
    return '<div class="notice-content">' + "".join(out) + "</div>"


def fabao(c: Content, rng: random.Random) -> str:
    out = [_mso(_esc(c.title)), _mso(_esc(c.banner or "【发包公告】"))]
    if c.preamble:
        out.append(_mso(f"{NB * 4}{_esc(c.preamble)}"))
    for i, (_k, label, value) in enumerate(c.items, 1):
        out.append(_mso(f"{NB * 4}{i}. {_esc(label)}：{_esc(value)}"))
    for t in c.tables:
        out.append(_mso(_esc(t.caption)) + table_html(t))
    out.extend(_mso(_esc(s)) for s in c.sign)
    files = "".join(f'<p><a href="{_esc(u)}">{_esc(n)}</a></p>' for n, u in c.attachments)
    return f'<div class="notice-content"><div>{"".join(out)}</div>{files}</div>'


def image_only(c: Content, rng: random.Random, image_url: str) -> str:
    """The notice body is a scan: an ``<img>`` (alt 公告正文) plus, sometimes, a download table."""
    img = (
        f'<div style="width: 90%; overflow-x:hidden;"><img style="width:900px;" src="{_esc(image_url)}" '
        'alt="公告正文"></div>'
    )
    files = ""
    if c.attachments:
        rows = "".join(
            f'<tr><td><a href="{_esc(u)}" title="{_esc(n)}">{_esc(n)}</a></td><td align="center">{c.published}</td>'
            f'<td align="center"><a href="{_esc(u)}">文件下载</a></td></tr>'
            for n, u in c.attachments
        )
        files = (
            f'<div class="Main-p"><table width="100%"><tr><th>相关下载文件</th><th>发布时间</th><th>下载</th></tr>'
            f"{rows}</table></div>"
        )
    return f'<div class="notice-content frameNews"><h4></h4><div style="width: 100%; overflow: auto">{img}</div>{files}</div>'


def attachment_only(c: Content, rng: random.Random) -> str:
    """Nothing but a pointer to the attached file (详见附件)."""
    links = "".join(
        f'<p><a target="_blank" href="{_esc(u)}" title="{_esc(n)}">{_esc(n)}</a></p>'
        for n, u in c.attachments
    )
    lead = rng.choice(("详见附件。", "具体内容详见附件。", "公告内容详见附件"))
    return f'<div class="notice-content"><p>{lead}</p>{links}</div>'
