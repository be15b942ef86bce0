"""Regular-expression parts that more than one reader writes: one spelling, so a new word is added once.

Only parts that mean the same thing wherever they stand. Parts that look alike but read something else
stay with their reader: each module's list of organisation endings (an issuer's, a seller's, a bidder's, a
signer's) admits different names on purpose, and each sum pattern accepts the units its own sentences print
(a bare 万 or 亿 only where a report writes one).
"""

from __future__ import annotations

#: how the name of a firm that bids and wins ends: a company, a group, a partnership or a consortium, and the
#: small traders that win small purchases ('某某服装经销处', '某某五金商行'); the winner readers of ``stated``
#: and ``agents`` read a name up to this ending
FIRM_END = (
    r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|事务所|研究院|设计院|联合体|"
    r"经销处|经营部|门市部|商行|商店|合作社|工作室|厂)"
)

#: a figure as a sum prints it: digits with thousands commas, an optional decimal part ('1,234.56', '45')
FIGURE = r"\d[\d,]*(?:\.\d+)?"

#: a sum in yuan ('45亿元', '863万元', '1,234.56元'); a reader that also takes a bare 万 or 亿 adds it to FIGURE itself
SUM_YUAN = rf"{FIGURE}\s*(?:亿元|万元|元)"

#: (round 27c) a lot's mark before its own name, '…项目2包：技术支持', '…项目包1：设备', '…工程标段二：监理' (ccgp names a lot
#: so in its heading and its 项目名称, fresh46 山东税务): that colon names the lot, it is no label's
LOT_COLON = (
    r"(?:(?:第?(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Z])\s*(?:包|标段|标包|分包|子包))"
    r"|(?:(?:包|标段|标包|分包|子包)\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[A-Z])))\s*[:：](?=\S)"
)
