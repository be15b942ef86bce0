"""Plain string templates for notice bodies in several layouts.

A notice is described once as a ``Content`` (labelled items, header-row tables, prose, 落款) and
rendered into one of the layouts seen on real pages: a key/value table, numbered paragraphs
(一、项目名称：…), bold-label paragraphs, the zcy template with ``code-…`` CSS hooks (浙江政府采购网),
or a government-portal page with a 信息公开 meta block.  The layouts modelled on particular real
sites (Report grids, summary grids, Epoint ``td#TDContent``, Hanweb full pages, traditional prose,
发包公告, image-only and attachment-only bodies) live in ``render_real``.
"""

from __future__ import annotations

import random

from . import render_real as R
from .content import Content
from .content import esc as _esc
from .content import table_html as _table_html
from .content import tail_html as _tail

ORDINALS = "一二三四五六七八九十"

# zcy (政采云) semantic CSS hooks, see reference/platforms.md §4c
ZCY_CODES: dict[str, str] = {
    "project_number": "code-00004",
    "project_name": "code-00003",
    "purchaser": "code-00014",
    "agency": "code-00009",
    "budget": "code-budgetPrice",
    "max_price": "code-priceCeiling",
    "winner": "code-winningSupplierName",
    "amount": "code-summaryPrice",
    "experts": "code-85005",
    "contact_phone": "code-00011",
    "bid_deadline": "code-submitEndDate",
    "proposed_supplier": "code-winningSupplierName",
}
LAYOUTS: tuple[str, ...] = ("kv_table", "numbered", "paragraphs")
# every layout name a posting may carry (docs/replica.md "Layouts")
ALL_LAYOUTS: tuple[str, ...] = (
    *LAYOUTS,
    "zcy_hooks",
    "portal_meta",
    "report_grid",
    "summary_grid",
    "epoint_td",
    "hanweb_fullpage",
    "traditional",
    "fabao",
    "image_only",
    "attachment_only",
)


def ordinal(i: int) -> str:
    """Chinese ordinal 1..99 (一, 十一, 二十三)."""
    if i <= 10:
        return ORDINALS[i - 1]
    tens, ones = divmod(i, 10)
    head = "" if tens == 1 else ORDINALS[tens - 1]
    return head + "十" + (ORDINALS[ones - 1] if ones else "")


def _head(c: Content) -> str:
    parts = [f'<h2 class="notice-title">{_esc(c.title)}</h2>']
    if c.doc_no:
        parts.append(f'<p style="text-align:center">{_esc(c.doc_no)}</p>')
    if c.preamble:
        parts.append(f'<p style="text-indent:2em">{_esc(c.preamble)}</p>')
    return "".join(parts)


def _kv_table(c: Content, rng: random.Random) -> str:
    rows = "".join(
        f'<tr><td class="label" style="width:28%">{_esc(label)}</td><td>{_esc(val)}</td></tr>'
        for _, label, val in c.items
    )
    tables = "".join(f"<p><strong>{_esc(t.caption)}</strong></p>{_table_html(t)}" for t in c.tables)
    return f'{_head(c)}<table class="kv-table" border="1" cellspacing="0" width="100%"><tbody>{rows}</tbody></table>{tables}{_tail(c)}'


def _numbered(c: Content, rng: random.Random, hooks: bool = False) -> str:
    colon = "：" if hooks or rng.random() < 0.85 else ":"
    out = []
    n = 0
    for key, label, val in c.items:
        n += 1
        value = _esc(val)
        if hooks and key in ZCY_CODES:
            value = f'<span class="bookmark-item {ZCY_CODES[key]} addWord">{value}</span>'
        out.append(
            f'<p style="line-height:1.5em"><strong>{ordinal(n)}、{_esc(label)}{colon}</strong>{value}</p>'
        )
    for t in c.tables:
        n += 1
        cls = ""
        if hooks and t.key in ZCY_CODES:
            cls = f' class="template-bookmark {ZCY_CODES[t.key]}"'
        out.append(
            f"<p><strong>{ordinal(n)}、{_esc(t.caption)}{colon}</strong></p><div{cls}>{_table_html(t)}</div>"
        )
    return _head(c) + "".join(out) + _tail(c)


def _paragraphs(c: Content, rng: random.Random) -> str:
    colon = "：" if rng.random() < 0.9 else ":"
    out = [
        f"<p><strong>{_esc(label)}{colon}</strong><span>{_esc(val)}</span></p>" for _, label, val in c.items
    ]
    out.extend(f"<p>{_esc(t.caption)}{colon}</p>{_table_html(t)}" for t in c.tables)
    return _head(c) + "".join(out) + _tail(c)


def _portal(c: Content, rng: random.Random) -> str:
    meta = "".join(f"<tr><th>{_esc(k)}</th><td>{_esc(v)}</td></tr>" for k, v in c.meta)
    body = _paragraphs(c, rng)
    return f'<div class="xxgk-meta"><table class="xxgk"><tbody>{meta}</tbody></table></div><div class="article-content">{body}</div>'


def render(c: Content, layout: str, rng: random.Random, image_url: str = "") -> str:
    """The body HTML of ``c`` in ``layout`` (``image_url``: the scan shown by ``image_only``)."""
    real = {
        "report_grid": R.report_grid,
        "summary_grid": R.summary_grid,
        "epoint_td": R.epoint_td,
        "hanweb_fullpage": R.hanweb_fullpage,
        "traditional": R.traditional,
        "fabao": R.fabao,
        "attachment_only": R.attachment_only,
    }
    if layout in real:
        return real[layout](c, rng)
    if layout == "image_only":
        return R.image_only(c, rng, image_url)
    if layout == "kv_table":
        inner = _kv_table(c, rng)
    elif layout == "numbered":
        inner = _numbered(c, rng)
    elif layout == "zcy_hooks":
        inner = _numbered(c, rng, hooks=True)
    elif layout == "paragraphs":
        inner = _paragraphs(c, rng)
    elif layout == "portal_meta":
        return _portal(c, rng)
    else:
        raise ValueError(f"unknown layout {layout!r}")
    return f'<div class="notice-content">{inner}</div>'
