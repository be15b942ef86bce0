"""The owner letting its own asset, told as the subject of the letting (round 18c).

Why: a lease notice of a public body or a company (property.transfer_notice) may print no 出租方 label and name the
lessor only as the subject of its opening sentence: '嘉兴市公共自行车服务有限公司现有公共自行车网点服务亭65个,现面向社会
公开招租' (浙江 嘉兴), '…,隆昌市妇幼活动中心昌达街门面对外公开租赁' (四川 隆昌). LABELLING 'purchaser' for a trade notice: the
seller or lessor, the subject of the letting verb. Only a body's name opening its clause (after a stop, a comma or a
space), no exchange, auctioneer, agency or procurement body in it (they let others' assets), and nothing said to be
commissioned between it and the verb ('受…委托').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .hanzi import translate_only
from .readers import Finding

_LETS_ITS_OWN = re.compile(
    r"(?:^|[，,。\s])(?P<v>(?:(?!交易|拍卖|代理|产权|招标|咨询|采购)[^，,。；;\s“”\"、:：()（）]){4,30}?"
    r"(?:有限公司|有限责任公司|公司|中心|集团|学校|学院|医院|委员会|合作社|经联社))"
    r"(?:(?!受|委托)[^。；;\n]){0,40}?(?:现)?(?:面向社会|向社会|对外)(?:公开)?(?:招租|租赁|出租)"
)


def self_leased(lines: list[str]) -> Iterator[Finding]:
    """purchaser (the lessor) from the opening that has the owner let its own asset (module doc)."""
    text = "\n".join(lines[:60])
    m = _LETS_ITS_OWN.search(translate_only(text))
    if m:
        yield Finding("purchaser", text[m.start("v") : m.end("v")], "", m.group(0).strip()[:80], "regex")
