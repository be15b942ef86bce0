"""HTML → the layout pieces the field readers work on: text lines, leaf tables, CSS hooks, title, status.

Pages come whole (with site chrome) or as the content region only.  When a known content container is
present (Epoint ``div.ewb-detail-content``, old Epoint ``td#TDContent``, Hanweb ``table#c`` /
``div.article`` / ``td.bt_content``, ccgp ``div.vF_detail_content``…) only it is read, plus the page's
title and publish line; navigation, share boxes, hidden blocks and scripts are always dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import lxml.etree
import lxml.html

from .normalize import DATE_ONLY, clean_text
from .record import NotAPage

CONTENT_SELECTORS = [
    "//div[contains(@class, 'ewb-detail-content')][contains(concat(' ', normalize-space(@class), ' '), ' ewb-detail-content ')]",
    "//td[@id='TDContent']",
    "//td[@id='tdContent']",
    "//div[@id='mycontent']",
    "//div[contains(@class, 'vF_detail_content')]",
    "//div[contains(@class, 'vT_detail_content')]",
    "//table[@id='c']",
    "//td[contains(@class, 'bt_content')]",
    "//div[contains(@class, 'article')][contains(concat(' ', normalize-space(@class), ' '), ' article ')]",
    "//div[contains(@class, 'detail_content')]",
    "//div[@id='zoom']",
    "//div[contains(@class, 'ewb-container')][contains(concat(' ', normalize-space(@class), ' '), ' ewb-container ')]",
]
# (speed, here and in _TITLE_SELECTORS: a cheap test that every hit passes put first — ``contains(@class, …)``
# before the class word padded with spaces, ``@id`` before several ids, one scan of the page for a union of
# several ``//tag`` scans, ``name()`` for ``self::``: the same hits in the same order, a few times quicker)
_SUMMARY_SELECTOR = "//div[contains(@class, 'vF_detail_main')]//div[contains(@class, 'table')]"
_TITLE_SELECTORS = [
    ("//meta[@name='ArticleTitle']/@content", "meta"),
    ("//div[contains(@class, 'vF_detail_header')]//h2", "title"),
    (
        "//*[@id][@id='lblTitle' and name()='span' or @id='tdTitle' or @id='noticeName' and name()='span']",
        "title",
    ),
    (
        "//*[@class][contains(@class, 'ewb-article-tt')]"
        "[contains(concat(' ', normalize-space(@class), ' '), ' ewb-article-tt ')]",
        "title",
    ),
    (
        "//*[@class='title' or @id='title']"
        "[@class='title' and (name()='td' or name()='div' or name()='h1') or @id='title' and name()='span']",
        "title",
    ),
    (
        "//div[contains(@class, 'AfficheTitle')][contains(concat(' ', normalize-space(@class), ' '), ' AfficheTitle ')]",
        "title",
    ),
    # a template's title element by its class ('title3' on 新疆's Epoint detail, 'detail-title',
    # 'news_title' …): the first such element that is not a numbered section heading
    (
        # (``[@class][contains(@class, 'title')]`` first: every class below holds it, and it spares the
        # costly tests on most elements of the page — the same hits in the same order, ~15× quicker)
        "//*[@class][contains(@class, 'title')]"
        "[self::div or self::p or self::td or self::span or self::h1 or self::h2 or self::h3]"
        "[contains(concat(' ', normalize-space(@class), ' '), ' title1 ') or contains(concat(' ', normalize-space(@class), ' '), ' title2 ') or contains(concat(' ', normalize-space(@class), ' '), ' title3 ') or contains(concat(' ', normalize-space(@class), ' '), ' detail-title ') or contains(concat(' ', normalize-space(@class), ' '), ' detail_title ') or contains(concat(' ', normalize-space(@class), ' '), ' article-title ') or contains(concat(' ', normalize-space(@class), ' '), ' article_title ') or contains(concat(' ', normalize-space(@class), ' '), ' news-title ') or contains(concat(' ', normalize-space(@class), ' '), ' news_title ') or contains(concat(' ', normalize-space(@class), ' '), ' content-title ') or contains(concat(' ', normalize-space(@class), ' '), ' info-title ') or contains(concat(' ', normalize-space(@class), ' '), ' main-title ') or contains(concat(' ', normalize-space(@class), ' '), ' notice-title ')]",
        "title_class",
    ),
]
_DATE_SELECTORS = ["//meta[@name='PubDate']/@content", "//span[@id='pubTime']", "//span[@id='lblCreateDate']"]
_CHROME = re.compile(
    r"(^|[\s_-])(nav|navbar|menu|footer|foot|crumb|breadcrumb|currentloc|deail_currentloc|share|bdshare|"
    r"ewb-article-share|print|toolbar|sidebar|related|xgwz|pager|pagination)([\s_-]|$)",
    re.I,
)
_DROP_TAGS = {
    "script",
    "style",
    "noscript",
    "nav",
    "footer",
    "iframe",
    "select",
    "button",
    "input",
    "textarea",
    "object",
    "embed",
    "svg",
    "template",
}
BLOCK = {
    "p",
    "div",
    "br",
    "tr",
    "td",
    "th",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tbody",
    "thead",
    "dl",
    "dt",
    "dd",
    "section",
    "article",
    "center",
    "form",
    "blockquote",
    "pre",
    "hr",
    "caption",
    "header",
    "aside",
    "main",
    "title",
    "body",
    "html",
    "fieldset",
    "address",
}
_HIDDEN = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
# (speed: a colon then n or h, which every ``_HIDDEN`` match holds, is found a few times quicker: most of
# a page's styles, 'font-size: 14px', are passed without trying ``_HIDDEN``'s words at every position)
_HIDDEN_HINT = re.compile(r":\s*[nh]", re.I)
_FILE_EXT = re.compile(r"\.(pdf|docx?|xlsx?|rar|zip|7z|wps|ZJCNZF|HZZF|jpg|png|tif)\b", re.I)
# page chrome printed where a title would be: a site's name, a report's placeholder, a mobile app's
# header bar ('详细信息' above the notice's own heading in a WeChat-app detail page)
# (round 18h: a government site's column name over its posts, '政府信息公开': fresh9 昌图, fresh24 津市, dev 义乌)
SHELL_TITLES = frozenset({"招天下", "Report", "report", "首页", "详情", "详细信息", "政府信息公开", ""})


@dataclass
class Table:
    """A leaf table (or a report sheet around sub-grids): rows of (cell text, colspan)."""

    rows: list[list[tuple[str, int]]]
    party_columns: bool = False
    caption: str = ""
    summary: bool = False  # from a platform's 公告概要 block (its own structured data, read first)
    #: each cell's rowspan, row by row (empty when the table has none): a cell printed once for
    #: several rows ('起始价 2630' beside three parcels offered together) fills every row it spans
    rowspans: list[list[int]] = field(default_factory=list)

    def grid(self) -> list[list[str]]:
        """Rows with colspans and rowspans expanded, so columns line up under their headers."""
        return [[text for text, _ in row] for row in self.grid_cells()]

    def grid_cells(self) -> list[list[tuple[str, tuple[int, int]]]]:
        """``grid()`` with each cell's origin (row, cell index as printed): one origin in every row
        of a column means one printed cell that states the value for all those rows."""
        out: list[list[tuple[str, tuple[int, int]]]] = []
        carry: dict[int, tuple[str, tuple[int, int], int]] = {}  # column → (text, origin, rows left)
        for ri, row in enumerate(self.rows):
            spans = self.rowspans[ri] if ri < len(self.rowspans) else []
            cells: list[tuple[str, tuple[int, int]]] = []
            queue = list(enumerate(row))
            col = 0
            while queue or col in carry:
                if col in carry:
                    text, origin, left = carry.pop(col)
                    cells.append((text, origin))
                    if left > 1:
                        carry[col] = (text, origin, left - 1)
                    col += 1
                    continue
                ci, (text, span) = queue.pop(0)
                down = spans[ci] if ci < len(spans) else 1
                for _ in range(max(1, min(span, 20))):
                    cells.append((text, (ri, ci)))
                    if down > 1:
                        carry[col] = (text, (ri, ci), min(down, 200) - 1)
                    col += 1
            out.append(cells)
        return out


_NUMBERED = re.compile(
    r"^\s*(?:[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|[（(][一二三四五六七八九十\d]{1,3}[)）])"
)
_TITLE_CUT = re.compile(
    # '【信息时间：…】【我要打印】' appended to a title; a bracket inside it ('余政储出【2017】14号…') stays
    r"\s*(【(?=[^】]*(时间|日期|次数|打印|关闭))|\[?(信息)?(发布|公示)?(时间|日期)[:：]|发布时间|阅读次数|访问次数|浏览次数).*$"
)


def _title_text(text: str) -> str:
    """A title without the 【信息时间…】/发布时间 line some templates put in the same element."""
    text = clean_text(text)
    cut = _TITLE_CUT.sub("", text).strip()
    return cut if len(cut) >= 2 else text


@dataclass
class Page:
    """The readable parts of one notice page."""

    lines: list[str] = field(default_factory=list)
    tables: list[Table] = field(default_factory=list)
    hooks: dict[str, str] = field(default_factory=dict)
    # every distinct value of a hook in page order: a multi-lot notice repeats the template's block per
    # lot (标项一 / 标项二 …), each with its own winner and price
    hook_values: dict[str, list[str]] = field(default_factory=dict)
    titles: list[tuple[str, str]] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    images: int = 0
    attachments: list[str] = field(default_factory=list)
    text_chars: int = 0
    html_title: str = ""


def parse_html(html: str) -> lxml.html.HtmlElement:
    """lxml root for a whole page or a fragment; NotAPage when nothing parses."""
    html = re.sub(r"^\s*<\?xml[^>]*\?>", "", html)
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError) as exc:
        raise NotAPage(f"无法解析 HTML (cannot parse HTML): {exc}") from exc
    return root


_DROP_XP = lxml.etree.XPath(
    "|".join(f"//{t}" for t in sorted(_DROP_TAGS)) + "|//comment()|//processing-instruction()"
)
_STYLED_XP = lxml.etree.XPath("//*[@style]")
_CLASSED_XP = lxml.etree.XPath(
    # (speed: the attribute tested first and the tag by ``name()``, not ``self::``: the same elements in the
    # same order, some five times quicker)
    "//*[@class or @id][name()='div' or name()='ul' or name()='span' or name()='p' or name()='td' or name()='table']"
)


def _strip(root: lxml.html.HtmlElement) -> None:
    """Drop scripts, chrome and hidden blocks in place (candidates found by XPath, checked in Python)."""
    doomed = list(_DROP_XP(root))
    for el in _STYLED_XP(root):
        style = el.get("style") or ""
        if _HIDDEN_HINT.search(style) and _HIDDEN.search(style):
            doomed.append(el)
    for el in _CLASSED_XP(root):
        if el is root:
            continue
        cls = (el.get("class") or "") + " " + (el.get("id") or "")
        if cls.strip() and _CHROME.search(cls):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            if isinstance(el.tag, str):
                el.drop_tree()
            else:  # comments and PIs keep their tail text
                _drop_keep_tail(el)


def _drop_keep_tail(el: lxml.etree._Element) -> None:
    parent = el.getparent()
    tail = el.tail
    prev = el.getprevious()
    parent.remove(el)
    if tail:
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail


def _render(el: lxml.html.HtmlElement, buf: list[str], out: list[str]) -> None:
    # (each of lxml's .tag, .text and .tail builds its string anew: read once each)
    tag = el.tag
    tag = tag.lower() if isinstance(tag, str) else ""
    block = tag in BLOCK
    if block and buf:
        _flush(buf, out)
    if tag:
        text = el.text
        if text:
            buf.append(text)
    for child in el:
        _render(child, buf, out)
        tail = child.tail
        if tail:
            buf.append(tail)
    if block and buf:
        _flush(buf, out)


def _flush(buf: list[str], out: list[str]) -> None:
    text = clean_text("".join(buf))
    buf.clear()
    if text:
        out.append(text)


def render_lines(el: lxml.html.HtmlElement) -> list[str]:
    """Text as a browser lays it out: one line per block, inline runs joined."""
    out: list[str] = []
    buf: list[str] = []
    _render(el, buf, out)
    if buf:
        _flush(buf, out)
    return out


def text_rendering(html: str) -> str:
    """The page as a page store's HTML-to-text rendering prints it: chrome and scripts dropped, one
    block per line, table cells one per line (the bench reads labelled pages this way too, to see
    that a notice reads the same whichever form it arrives in)."""
    root = parse_html(html)
    _strip(root)
    return "\n".join(render_lines(root))


def _cell_text(cell: lxml.html.HtmlElement) -> str:
    return clean_text(" ".join(render_lines(cell)))


_OWNER_CELL = re.compile(r"^(招标人|采购人|建设单位|发包人|项目业主|出让人|转让方)[:：]?")
_AGENCY_CELL = re.compile(r"^(招标代理机构|采购代理机构|代理机构|招标代理)[:：]?")


def _own_rows(table: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    """The table's own rows (not those of a table nested in one of its cells)."""
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def _cells(tr: lxml.html.HtmlElement) -> list[lxml.html.HtmlElement]:
    return [td for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]


def _one_row(table: lxml.html.HtmlElement) -> bool:
    """A leaf table of one row with text: a value and its unit laid out as a table ('160.26 | 万元')."""
    if any(True for _ in table.iterdescendants("table")):
        return False
    rows = [tr for tr in table.iter("tr") if clean_text(tr.text_content())]
    return len(rows) == 1


def _span(td: lxml.html.HtmlElement, attr: str = "colspan") -> int:
    raw = (td.get(attr) or "1").strip()
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


def _grid_rows(table: lxml.html.HtmlElement) -> list[list[tuple[str, int]]] | None:
    """Rows of a table whose cells hold tables (report-style sheets: 中标单位 | <sub-grid>).

    A cell holding only one-row tables (a value and its unit) reads as their text; a cell holding a
    larger table is left empty here (that table is read on its own).  None for a layout table: one
    that does not hold at least three label/value rows or a header and data rows of its own
    (page wrappers hold one cell per row around the content).
    """
    rows: list[list[tuple[str, int]]] = []
    own_pairs = 0
    for tr in _own_rows(table):
        cells = []
        for td in _cells(tr):
            nested = [t for t in td.iter("table")]
            if not nested:
                cells.append((_cell_text(td), _span(td)))
            elif all(_one_row(t) for t in nested):
                cells.append((_cell_text(td), _span(td)))
            else:
                cells.append(("", _span(td)))
        if sum(1 for c in cells if c[0]) >= 2:
            own_pairs += 1
        if any(c[0] for c in cells):
            rows.append(cells)
    return rows if own_pairs >= 2 else None


def _tables(root: lxml.html.HtmlElement) -> list[Table]:
    tables = []
    for t in root.iter("table"):
        spans: list[list[int]] = []
        if any(True for _ in t.iterdescendants("table")):
            grid = _grid_rows(t)
            if grid is None:
                continue
            rows = grid
        else:
            parent = next(t.iterancestors("table"), None)
            if parent is not None and _one_row(t) and _grid_rows(parent) is not None:
                continue  # read as its cell's text in the table around it
            rows = []
            for tr in t.iter("tr"):
                tds = _cells(tr)
                cells = [(_cell_text(td), _span(td)) for td in tds]
                if any(c[0] for c in cells):
                    rows.append(cells)
                    spans.append([_span(td, "rowspan") for td in tds])
        if rows:
            first = [c[0] for c in rows[0]]
            party = (
                len(first) == 2 and bool(_OWNER_CELL.match(first[0])) and bool(_AGENCY_CELL.match(first[1]))
            )
            has_spans = any(n > 1 for r in spans for n in r)
            tables.append(
                Table(rows, party_columns=party, caption=_caption(t), rowspans=spans if has_spans else [])
            )
    return tables


def _caption(table: lxml.html.HtmlElement) -> str:
    """The table's <caption>, else the last words of the text just before it ('十一、评审专家名单：').

    A header row of 序号 | 姓名 says nothing about whose names they are; the line above it does.
    """
    cap = table.find("caption")
    if cap is not None:
        text = clean_text(cap.text_content())
        if text:
            return text[-40:]
    el: lxml.html.HtmlElement | None = table
    for _ in range(4):
        if el is None:
            break
        prev = el.getprevious()
        while prev is not None:
            if prev.tail and clean_text(prev.tail):
                return clean_text(prev.tail)[-40:]
            if isinstance(prev.tag, str):
                if prev.tag == "table" or any(True for _ in prev.iter("table")):
                    return ""
                text = clean_text(prev.text_content())
                if text:
                    return text[-40:]
            prev = prev.getprevious()
        parent = el.getparent()
        if parent is not None and parent.text and clean_text(parent.text):
            return clean_text(parent.text)[-40:]
        el = parent
        if el is not None and el.tag in ("td", "body"):
            break
    return ""


def _party_table_lines(table: lxml.html.HtmlElement) -> list[str] | None:
    """A two-column contact table (招标人 | 招标代理机构) read column by column, so each phone follows its party."""
    rows = [
        [td for td in tr if isinstance(td.tag, str) and td.tag.lower() in ("td", "th")]
        for tr in table.iter("tr")
    ]
    rows = [r for r in rows if r]
    if not rows or len(rows[0]) != 2:
        return None
    if not (_OWNER_CELL.match(_cell_text(rows[0][0])) and _AGENCY_CELL.match(_cell_text(rows[0][1]))):
        return None
    lines = []
    for col in (0, 1):
        for r in rows:
            if len(r) == 2:
                text = _cell_text(r[col])
                if text:
                    lines.append(text)
    return lines


_HEAD_DATE = re.compile(r"(发布|信息|公示)(时间|日期)\s*[:：]")
_HEAD_TEXT = lxml.etree.XPath("//text()[contains(., '时间') or contains(., '日期')]")


def _head_date_line(root: lxml.html.HtmlElement) -> str:
    """The page's 发布时间/信息时间 line, as the browser shows it (the first block that holds it)."""
    for node in _HEAD_TEXT(root):
        if not _HEAD_DATE.search(node):
            continue
        el = node.getparent()
        while el is not None and isinstance(el.tag, str) and el.tag.lower() not in BLOCK:
            el = el.getparent()
        if el is None:
            return ""
        for line in render_lines(el):
            if _HEAD_DATE.search(line):
                return line
        return ""
    return ""


_COUNT_IMG = lxml.etree.XPath("count(descendant-or-self::img)")
_LINKS = lxml.etree.XPath("descendant-or-self::a")
_HOOKS = lxml.etree.XPath("descendant-or-self::*[contains(@class, 'code-')]")
_HOOK_CODE = re.compile(r"code-([A-Za-z0-9]+)")


_DATE_XP = [lxml.etree.XPath(x) for x in _DATE_SELECTORS]
_TITLE_XP = [(lxml.etree.XPath(x), m) for x, m in _TITLE_SELECTORS]


def _label_cell(hit: object) -> bool:
    """A table cell beside others in its row whose text is a label ('招标人:', '建设地点' before its
    value cell): a key/value sheet's label styled like a title, not the page's title."""
    if isinstance(hit, str) or getattr(hit, "tag", "") not in ("td", "th"):
        return False
    row = hit.getparent()
    if row is None or len([c for c in row if getattr(c, "tag", "") in ("td", "th")]) < 2:
        return False
    text = clean_text(hit.text_content())
    if len(text) <= 20 and (bool(re.search(r"[:：]$", text)) or hit.getnext() is not None):
        return True
    # round 20a: a key/value sheet styles every label cell alike ('title' on the 宜昌 Epoint result sheet and
    # on ccgp's 公告概要 grid), a long label too ('谈判小组、询价小组成员、磋商小组成员名单及单一来源采购人员名单'
    # before its value cell): a cell with a value beside it, among three or more cells of its table styled
    # the same way, is a label; the page's title is styled once
    table = next((a for a in hit.iterancestors() if a.tag == "table"), None)
    style = hit.get("class")
    if table is None or not style or hit.getnext() is None:
        return False
    same = 0
    for cell in table.iter("td", "th"):
        same += cell.get("class") == style
        if same >= 3:
            return True
    return False


_CONTENT_XP = [lxml.etree.XPath(x) for x in CONTENT_SELECTORS]
_SUMMARY_XP = lxml.etree.XPath(_SUMMARY_SELECTOR)
_H123_XP = lxml.etree.XPath("//h1|//h2|//h3")
_H1234_XP = lxml.etree.XPath("//h1|//h2|//h3|//h4")


def build_page(html: str) -> Page:
    """Read one page (whole or fragment) into a Page."""
    root = parse_html(html)
    # every element's Python proxy held for the whole read: lxml.html builds a proxy (through a Python
    # class lookup) each time an element is reached with none alive, and the page is walked several times
    # (XPaths, lines, table cells, headings); held, each is built once
    proxies = list(root.iter())
    page = Page()
    html_title = ""
    for t in root.iter("title"):
        html_title = clean_text(t.text_content())
        t.drop_tree()
        break
    for xp in _DATE_XP:
        for hit in xp(root):
            text = clean_text(hit if isinstance(hit, str) else hit.text_content())
            if text:
                page.dates.append(text)
    _strip(root)
    for xp, method in _TITLE_XP:
        for hit in xp(root):
            if not isinstance(hit, str):
                # a title block that prints the date under the title ('…采购项目' <br> '2021-06-28')
                parts = render_lines(hit)
                if len(parts) >= 2 and DATE_ONLY.fullmatch(parts[-1]):
                    page.dates.append(parts[-1])
                    hit = " ".join(parts[:-1])
            if _label_cell(hit):
                continue  # Epoint's result sheet styles its label cells 'title' ('招标人:' | value | …)
            text = _title_text(hit if isinstance(hit, str) else hit.text_content())
            if method == "title_class":
                if len(text) < 6 or _NUMBERED.match(text) or DATE_ONLY.fullmatch(text):
                    continue  # a section heading or a date styled like the title
                method = "title"
            elif method == "title" and _NUMBERED.match(text):
                continue  # a template styling its numbered items 'title' ('一、项目编号：…', '三、中标（成交）信息')
            if text and text not in SHELL_TITLES:
                page.titles.append((text, method))
                break
    content = None
    for xp in _CONTENT_XP:
        found = xp(root)
        if found:
            content = found[0]
            break
    head_lines: list[str] = []
    if content is not None:
        # the page's own title and 发布时间 line sit outside the content container
        for h in _H123_XP(root):
            if not any(True for a in h.iterancestors() if a is content):
                text = _title_text(h.text_content())
                if text and text not in SHELL_TITLES and not _NUMBERED.match(text):
                    page.titles.append((text, "heading"))
                    break
        head = _head_date_line(root)
        if head:
            head_lines.append(head)
        extra = _SUMMARY_XP(root)
        scope = [*extra, content]
    else:
        scope = [root]
    for el in scope:
        for t in el.iter("table"):
            swapped = _party_table_lines(t)
            if swapped:
                marker = lxml.html.Element("div")
                for line in swapped:
                    p = lxml.html.Element("p")
                    p.text = line
                    marker.append(p)
                marker.tail = t.tail
                t.getparent().replace(t, marker)
                break
    lines = list(head_lines)
    for el in scope:
        lines.extend(render_lines(el))
        tables = _tables(el)
        if el is not content and content is not None:
            for t in tables:
                t.summary = True
        page.tables.extend(tables)
        for h in el.iter("h1", "h2", "h3", "h4", "strong", "b"):
            text = clean_text(h.text_content())
            if 2 <= len(text) <= 80:
                page.headings.append(text)
        page.images += int(_COUNT_IMG(el))
        for node in _LINKS(el):
            href = node.get("href") or ""
            text = clean_text(node.text_content())
            if _FILE_EXT.search(href) or _FILE_EXT.search(text):
                page.attachments.append(text or href)
        for node in _HOOKS(el):
            if not any(True for _ in node.iterdescendants("table")):
                for m in _HOOK_CODE.finditer(node.get("class") or ""):
                    text = clean_text(node.text_content())
                    page.hooks.setdefault(m.group(1), text)
                    seen = page.hook_values.setdefault(m.group(1), [])
                    if text and text not in seen:
                        seen.append(text)
    page.lines = lines
    if not page.titles:
        for h in _H1234_XP(root):
            text = _title_text(h.text_content())
            if text and text not in SHELL_TITLES and not _NUMBERED.match(text) and len(text) >= 4:
                page.titles.append((text, "heading"))
                break
    page.html_title = html_title
    page.text_chars = sum(len(x) for x in lines)
    del proxies
    return page
