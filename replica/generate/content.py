"""What a notice body prints, before layout, and the HTML pieces every layout shares.

Why a module of its own: ``render`` (the generic layouts) and ``render_real`` (layouts modelled on
particular real sites) both need the notice's description and the same table and 落款 markup; with
these here, ``render`` imports ``render_real`` and nothing imports back (no import circle).
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field


@dataclass
class Table:
    """A header-row table (candidates, experts, lots, coordinates)."""

    key: str | None
    caption: str
    header: list[str]
    rows: list[list[str]]


@dataclass
class Content:
    """Everything printed in a notice body, before layout."""

    title: str
    preamble: str = ""
    doc_no: str = ""
    items: list[tuple[str | None, str, str]] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)
    sign: list[str] = field(default_factory=list)
    attachments: list[tuple[str, str]] = field(default_factory=list)
    meta: list[tuple[str, str]] = field(default_factory=list)
    published: str = ""  # YYYY-MM-DD, for layouts that print the posting date in their own header
    banner: str = ""  # a line under the title (【发包公告】)
    #: key → (words, words without the item) in the title and preamble: a page that names the item there states it,
    #: so planting the item's absence must take it out of those words too (a land result's '挂牌出让结果公示' names its
    #: supply method: without its 供地方式 row it is no omission, and the ground truth must not say it is)
    restated: dict[str, list[tuple[str, str]]] = field(default_factory=dict)

    def add(self, key: str | None, label: str, printed: str) -> None:
        """Append a labelled item (key = canonical field it states, or None)."""
        self.items.append((key, label, printed))

    def drop(self, key: str) -> None:
        """Remove every item and table stating ``key``, and its words in the title and preamble (used to plant
        missing fields)."""
        self.items = [it for it in self.items if it[0] != key]
        self.tables = [t for t in self.tables if t.key != key]
        for words, without in self.restated.get(key, []):
            self.title = self.title.replace(words, without)
            self.preamble = self.preamble.replace(words, without)

    def restate(self, key: str, words: str, without: str) -> None:
        """Record that the title or preamble names ``key`` in ``words`` (``without``: the same words not naming it)."""
        self.restated.setdefault(key, []).append((words, without))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def table_html(t: Table) -> str:
    head = "".join(f"<th>{esc(h)}</th>" for h in t.header)
    body = "".join("<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>" for row in t.rows)
    return f'<table class="MsoNormalTable" border="1" cellspacing="0"><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>'


def tail_html(c: Content) -> str:
    parts = [f'<p style="text-indent:2em">{esc(p)}</p>' for p in c.prose]
    parts.extend(f'<p style="text-align:right">{esc(s)}</p>' for s in c.sign)
    if c.attachments:
        links = "".join(f'<li><a href="{esc(u)}">{esc(n)}</a></li>' for n, u in c.attachments)
        parts.append(f'<div class="fjxx" id="fileDownd"><p>附件：</p><ul>{links}</ul></div>')
    return "".join(parts)
