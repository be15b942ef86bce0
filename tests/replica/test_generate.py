"""Tests of the replica corpus generator: determinism, coverage, truthful pages, exact manifest.

The defect test re-derives every planted defect from ``postings.jsonl`` alone (its own HTML
parsing and its own copy of the rules in docs/replica.md) and requires the manifest to match
exactly, so the manifest cannot claim a defect the pages do not show, nor miss one they do.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html as htmlmod
import itertools
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest

from replica.generate import NOTICE_TYPES, generate
from replica.generate.render import ALL_LAYOUTS

DOCS = Path(__file__).resolve().parents[2] / "docs" / "replica.md"

DOMAINS = ("procurement", "construction", "land", "mining", "property", "emission", "housing", "admin")
ALL_TYPES = {
    "procurement": "intention prequalification tender single_source correction bid_opening result contract "
    "termination acceptance complaint_decision penalty consultation agency_assessment",
    "construction": "approval credit prequalification tender correction bid_opening candidates result contract termination",
    "land": "supply_plan transfer_notice deal_result",
    "mining": "transfer_notice deal_result approval_result",
    "property": "approval transfer_notice deal_result",
    "emission": "transfer_notice deal_result",
    "housing": "plan annual_plan progress allocation rural_renovation",
    "admin": "license penalty",
}


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, Any], list[dict[str, Any]]]:
    out = tmp_path_factory.mktemp("corpus")
    manifest = generate(11, 2500, out, start_date="2026-01-05", days=150)
    postings = [json.loads(line) for line in (out / "postings.jsonl").open(encoding="utf-8")]
    return out, manifest, postings


def test_same_seed_same_bytes_and_other_seed_differs(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate(3, 400, a)
    generate(3, 400, b)
    generate(4, 400, c)
    for name in ("postings.jsonl", "manifest.json"):
        assert _sha(a / name) == _sha(b / name)
        assert _sha(a / name) != _sha(c / name)


def test_notice_count_exact_and_manifest_consistent(corpus) -> None:
    _out, m, postings = corpus
    assert m["notice_count"] == 2500 + m["fill_notices"] == len(m["notices"])  # main corpus + fill.py
    assert m["postings"] == len(postings)
    ids = {p["posting_id"] for p in postings}
    assert len(ids) == len(postings)
    for nid, n in m["notices"].items():
        assert n["postings"] and set(n["postings"]) <= ids, nid
    for p in postings:
        assert p["title"] and p["publish_time"].startswith(p["publish_date"])
        assert m["start_date"] <= p["publish_date"] <= m["end_date"]
        assert p["versions"][0]["from"] == p["publish_date"]


def test_every_notice_type_of_every_domain_present(corpus) -> None:
    _out, m, _p = corpus
    expected = {f"{d}.{t}" for d, ts in ALL_TYPES.items() for t in ts.split()}
    assert expected == set(NOTICE_TYPES)
    seen = {n["notice_type"] for n in m["notices"].values()}
    assert expected <= seen, sorted(expected - seen)
    regions = {n["region"] for n in m["notices"].values()}
    assert regions == {"330800", "330802", "330803", "330822", "330824", "330825", "330881"}


def _text(html: str) -> str:
    """Page text as the docs define it for labels: tags removed, entities decoded, no whitespace."""
    return re.sub(r"\s+", "", htmlmod.unescape(re.sub(r"<[^>]+>", " ", html)))


def _date_forms(iso: str) -> list[str]:
    d = dt.date.fromisoformat(iso)
    return [iso, f"{d.year}年{d.month}月{d.day}日", f"{d.year}年{d.month:02d}月{d.day:02d}日"]


def _forms(key: str, v: Any) -> list[str]:
    """Printed forms a truth value may take on the page."""
    if isinstance(v, bool):
        return [str(v)]
    if isinstance(v, int):
        return [str(v)]
    if isinstance(v, float):
        wan = f"{v / 10000:.6f}".rstrip("0").rstrip(".") + "万"
        return [f"{v:,.2f}", f"{v:.2f}", f"{v:.4f}", wan]
    if isinstance(v, str):
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            return _date_forms(v)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", v):
            d, t = v.split()
            return [f + "|" + t for f in _date_forms(d)]
        if re.fullmatch(r"\d{4}-\d{2}", v):
            return [f"{int(v[:4])}年{int(v[5:])}月"]
        return [v]
    raise TypeError(f"{key}: {v!r}")


def _appears(text: str, key: str, v: Any) -> bool:
    if isinstance(v, list):
        return all(_appears(text, key, x["name"] if isinstance(x, dict) else x) for x in v)
    for form in _forms(key, v):
        if "|" in form:  # date + time
            d, t = form.split("|")
            hh, mm = int(t[:2]), t[3:]
            if d in text and (t in text or f"{hh}时{mm}分" in text):
                return True
        elif re.sub(r"\s+", "", form) in text:
            return True
    return False


def test_truth_fields_appear_on_the_page(corpus) -> None:
    _out, m, postings = corpus
    first = {}
    for p in postings:
        first.setdefault(p["notice_id"], p)
    checked = 0
    for nid, n in m["notices"].items():
        text = _text(first[nid]["versions"][0]["html"])
        if n.get("content"):
            assert set(n["fields"]) == {"title", "publish_date"}, nid
            assert n["fields"]["publish_date"] == n["publish_date"]
            continue
        for key, v in n["fields"].items():
            assert _appears(text, key, v), (nid, n["notice_type"], key, v)
            checked += 1
    assert checked > 8 * len(m["notices"])


# ------------------------------------------------------------------ independent recomputation
DATE_RE = r"(\d{4})(?:年(\d{1,2})月(\d{1,2})日|-(\d{2})-(\d{2}))"
EVENT_LABELS = {
    "award_date": r"定标日期|中标\(成交\)确定日期|确定中标人日期",
    "sign_date": r"合同签订日期|合同订立日期|签订日期",
    "deal_date": r"成交时间|成交日期",
    "decision_date": r"处理日期|许可决定日期|处罚决定日期|作出决定日期|决定日期|考核日期|考核结果形成日期",
    "approval_date": r"核准日期|批准日期|审批日期",
    "formed_date": r"信息形成日期|印发日期",
}
DEADLINES = {  # docs/replica.md "late_posting"
    "procurement.result": ("award_date", 2),
    "procurement.contract": ("sign_date", 2),
    "procurement.complaint_decision": ("decision_date", 20),
    "procurement.penalty": ("decision_date", 7),
    "procurement.agency_assessment": ("decision_date", 20),
    "construction.approval": ("approval_date", 20),
    "construction.result": ("award_date", 20),
    "construction.contract": ("sign_date", 20),
    "land.supply_plan": ("formed_date", 20),
    "land.deal_result": ("deal_date", 10),
    "mining.deal_result": ("deal_date", 20),
    "mining.approval_result": ("approval_date", 20),
    "property.approval": ("approval_date", 20),
    "property.deal_result": ("deal_date", 20),
    "emission.deal_result": ("deal_date", 20),
    **{f"housing.{t}": ("formed_date", 20) for t in ALL_TYPES["housing"].split()},
    "admin.license": ("decision_date", 7),
    "admin.penalty": ("decision_date", 7),
}


def _exploration_required() -> dict[str, list[str]]:
    """A 探矿权 transfer notice's items: the mining rows but 生产规模, the plan's 探矿权 items, and the
    alternative labels a 探矿权 notice prints (docs/replica.md)."""
    base = {
        k: list(v)
        for k, v in required_from_docs()["mining.transfer_notice"].items()
        if k != "production_scale"
    }
    extra = {
        "project_name": ["探矿权名称"],
        "mineral": ["勘查矿种"],
        "coordinates": ["勘查区范围"],
        "area_m2": ["勘查区面积", "面积"],
        "use_term_years": ["出让期限"],
    }
    for k, labels in extra.items():
        base[k] = base[k] + labels
    return base | {"exploration_level": ["勘查工作程度"], "time_limit": ["规定时间", "勘查工作时限要求"]}


def required_rows() -> list[list[str]]:
    """Rows (type, key, labels, planted) of the required-fields table of docs/replica.md."""
    text = DOCS.read_text(encoding="utf-8")
    rows = []
    for line in text[text.index("<!-- required-fields-table") :].splitlines()[3:]:
        if not line.startswith("|"):
            break
        rows.append([c.strip() for c in line.strip("|").split("|")])
    return rows


def required_from_docs() -> dict[str, dict[str, list[str]]]:
    """notice type -> {key: labels}, from docs/replica.md."""
    out: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for t, key, labels, _planted in required_rows():
        out[t][key] = [x.strip() for x in labels.split("/")]
    return dict(out)


REQUIRED = required_from_docs()
EXPLORATION_REQUIRED = _exploration_required()
SHARED = {
    "construction." + t
    for t in "prequalification tender correction bid_opening candidates result contract".split()
} | {"land.transfer_notice", "land.deal_result", "property.transfer_notice", "property.deal_result"}
TRADING = {"qz_epoint", "qz_hanweb", "kecheng", "qujiang", "kaihua", "changshan", "longyou", "jiangshan"}
PUBLICITY = {"procurement.single_source", "construction.candidates", "property.transfer_notice"}
ANSWERS = {
    "procurement.tender": ("procurement.result", "procurement.termination"),
    "construction.tender": ("construction.candidates", "construction.result", "construction.termination"),
}
CORRECTIONS = {"procurement.correction", "construction.correction"}
CONSISTENCY = {  # contract type -> (result type, result amount labels, contract amount labels)
    "procurement.contract": ("procurement.result", r"中标金额|成交金额|中标\(成交\)金额", r"合同金额"),
    "construction.contract": ("construction.result", r"中标价|中标金额", r"合同价款"),
}


def awd(d: dt.date, n: int) -> dt.date:
    """n-th working day after d (d excluded)."""
    while n:
        d += dt.timedelta(days=1)
        if chinese_calendar.is_workday(d):
            n -= 1
    return d


def _date(m: re.Match[str]) -> dt.date:
    y, mo, da, mo2, da2 = m.groups()
    return dt.date(int(y), int(mo or mo2), int(da or da2))


def find_date(text: str, labels: str) -> dt.date | None:
    m = re.search(rf"(?:{labels})\s*[：:]?\s*{DATE_RE}", text)
    return _date(re.match(DATE_RE, m.group(0)[m.group(0).find(m.group(1)) :])) if m else None


def find_period_end(text: str) -> dt.date | None:
    m = re.search(rf"(?:公示期|公示时间|公告期|信息披露期)\s*[：:]?\s*{DATE_RE}\s*至\s*({DATE_RE})", text)
    return _date(re.match(DATE_RE, m.group(6))) if m else None


MONEY_RE = (
    r"人民币[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+（¥([\d,]+\.\d{2})）|([\d,]+\.\d{2})元|([\d.]+)万元"
)


def find_amount(text: str, labels: str) -> float | None:
    m = re.search(rf"(?:{labels})(?:（元）)?\s*[：:]?\s*(?:{MONEY_RE})", text)
    if m:
        a, b, c = m.groups()
        return float((a or b).replace(",", "")) if (a or b) else round(float(c) * 10000, 2)
    m = re.search(r"金额（元）1.+?(?:公司|\(普通合伙\))(\d+\.\d{2})", text)
    return float(m.group(1)) if m else None


COMPANY = r"(.+?(?:公司|\(普通合伙\)))"


def find_company(text: str, labels: str) -> str | None:
    """The first company name printed after one of ``labels`` (item label or winners-table header)."""
    m = re.search(rf"(?:{labels})[：:]?{COMPANY}", text)
    return m.group(1) if m else None


def recompute(postings: list[dict[str, Any]], end: dt.date) -> set[tuple[str, str, str, str]]:
    by_notice: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for p in postings:
        by_notice[p["notice_id"]].append(p)
    info = {}
    by_project: dict[str, list[str]] = defaultdict(list)
    for nid, ps in by_notice.items():
        pd = min(dt.date.fromisoformat(p["publish_date"]) for p in ps)
        info[nid] = {
            "type": ps[0]["notice_type"],
            "pid": ps[0]["project_id"],
            "pd": pd,
            "text": _text(ps[0]["versions"][0]["html"]),
            "postings": ps,
            "content_only": ps[0]["layout"] in ("image_only", "attachment_only"),
        }
        by_project[ps[0]["project_id"]].append(nid)
    found: set[tuple[str, str, str, str, str | None]] = set()

    def add(kind: str, rule: str, nid: str, day: dt.date, field: str | None = None) -> None:
        if day <= end:
            found.add((kind, rule, nid, day.isoformat(), field))

    for nid, n in info.items():
        t, text, pd = n["type"], n["text"], n["pd"]
        siblings = [info[x] for x in by_project[n["pid"]]]
        edits = []
        for p in n["postings"]:
            for prev, cur in itertools.pairwise(p["versions"]):
                when = dt.date.fromisoformat(cur["from"])
                if cur["html"] != prev["html"] and not any(
                    s["type"] in CORRECTIONS and s["pd"] <= when for s in siblings
                ):
                    edits.append(when)
        if edits:
            add("silent_edit", "silent_edit", nid, min(edits))
        if t in SHARED:
            home = [dt.date.fromisoformat(p["publish_date"]) for p in n["postings"] if p["site"] in TRADING]
            if home:
                deadline = awd(min(home), 1)
                if not any(
                    p["site"] == "zjggzy" and dt.date.fromisoformat(p["publish_date"]) <= deadline
                    for p in n["postings"]
                ):
                    add("not_shared", "share.zjggzy", nid, deadline + dt.timedelta(days=1))
        if t == "procurement.result":
            deadline = awd(pd + dt.timedelta(days=30), 2)
            if not any(s["type"] == "procurement.contract" and s["pd"] <= deadline for s in siblings):
                add("missing_followup", "procurement.contract.followup", nid, deadline + dt.timedelta(days=1))
        if n["content_only"]:
            continue  # nothing on the page to read: exempt from the page rules (docs/replica.md)
        required = REQUIRED.get(t, {})
        if t == "mining.transfer_notice" and "探矿权" in text[:80]:
            required = EXPLORATION_REQUIRED  # a 探矿权 sale (docs/replica.md)
        for fld, labels in required.items():
            if not any(label in text for label in labels):
                rule = (
                    "mining.transfer_notice.mining_fields"
                    if (t, fld) == ("mining.transfer_notice", "production_scale")
                    else f"{t}.fields"
                )
                add("missing_field", rule, nid, pd, fld)  # docs/replica.md: 生产规模 has a rule of its own
        if t in DEADLINES:
            key, wd = DEADLINES[t]
            event = find_date(text, EVENT_LABELS[key])
            assert event is not None, (nid, t, key)
            if pd > awd(event, wd):
                add("late_posting", f"{t}.deadline", nid, pd)
        if t in ANSWERS:
            bid = find_date(
                text, r"投标截止时间|投标文件递交截止时间|提交投标文件截止时间|响应文件提交截止时间"
            )
            assert bid is not None, nid
            deadline = awd(bid, 9)
            if not any(s["type"] in ANSWERS[t] and s["pd"] <= deadline for s in siblings):
                add("missing_followup", f"{t}.followup", nid, deadline + dt.timedelta(days=1))
        if t in PUBLICITY:
            pend = find_period_end(text)
            assert pend is not None, nid
            early = [
                dt.date.fromisoformat(p["removed_on"])
                for p in n["postings"]
                if p["removed_on"] and dt.date.fromisoformat(p["removed_on"]) <= pend
            ]
            if early:
                add("removed_early", f"{t}.publicity", nid, min(early))
        if t in CONSISTENCY:
            res_type, res_labels, con_labels = CONSISTENCY[t]
            for s in siblings:
                if s["type"] != res_type or s["content_only"]:
                    continue
                a = find_amount(s["text"], res_labels)
                b = find_amount(text, con_labels)
                assert a is not None and b is not None, (nid, a, b)
                if abs(a - b) > 0.011:
                    add("value_mismatch", f"{t}.consistency", nid, pd, "amount")
                if t == "procurement.contract":
                    won = find_company(
                        s["text"],
                        r"中标供应商名称|成交供应商名称|中标\(成交\)供应商(?:名称)?(?:中标\(成交\)金额（元）1)?",
                    )
                    signed = find_company(text, r"供应商\(乙方\)|供应商名称")
                    assert won and signed, (nid, won, signed)
                    if won != signed:
                        add("value_mismatch", "procurement.winner.consistency", nid, pd, "winner")
    return found


def test_manifest_defects_are_exactly_what_the_postings_show(corpus) -> None:
    _out, m, postings = corpus
    end = dt.date.fromisoformat(m["end_date"])
    expected = {
        (
            d["kind"],
            d["rule_id"],
            d["notice_id"],
            d["detectable_on"],
            d["field"] if d["kind"] in ("missing_field", "value_mismatch") else None,
        )
        for d in m["defects"]
    }
    got = recompute(postings, end)
    assert got == expected, {
        "only_in_pages": sorted(got - expected),
        "only_in_manifest": sorted(expected - got),
    }
    kinds = {d["kind"] for d in m["defects"]}
    assert kinds == {
        "missing_field",
        "late_posting",
        "missing_followup",
        "not_shared",
        "removed_early",
        "silent_edit",
        "value_mismatch",
    }
    projects = {n["project_id"] for n in m["notices"].values()}
    defective = {d["project_id"] for d in m["defects"]}
    assert 0.02 <= len(defective) / len(projects) <= 0.12


def test_docs_required_table_is_the_generators(corpus) -> None:
    from replica.generate.rules import PLANTABLE, REQUIRED_FIELDS

    assert {t: {k: list(v) for k, v in keys.items()} for t, keys in REQUIRED_FIELDS.items()} == REQUIRED
    planted = {(t, k) for t, k, _labels, mark in required_rows() if mark == "yes"}
    assert planted == {(t, k) for t, ks in PLANTABLE.items() for k in ks}


def test_clean_notices_state_every_plan_item(corpus) -> None:
    _out, m, _p = corpus
    dropped = {d["notice_id"]: d["field"] for d in m["defects"] if d["kind"] == "missing_field"}
    checked = 0
    for nid, n in m["notices"].items():
        req = REQUIRED.get(n["notice_type"])
        if not req or n.get("content"):
            continue
        if n["notice_type"] == "mining.transfer_notice" and "探矿权" in n["fields"].get("title", ""):
            # a 探矿权 sale: the plan's 探矿权 items instead of 生产规模 (docs/replica.md)
            req = EXPLORATION_REQUIRED
        missing = set(req) - set(n["fields"])
        assert missing == ({dropped[nid]} if nid in dropped else set()), (nid, n["notice_type"], missing)
        checked += 1
    assert checked > len(m["notices"]) // 2
    kinds = {(m["notices"][nid]["notice_type"], f) for nid, f in dropped.items()}
    assert len(kinds) >= 12, kinds  # planting is spread over many types and keys
    assert len({t for t, _ in kinds}) >= 8


def test_property_transfer_notice_truth_key_follows_the_printed_label(corpus) -> None:
    """A 产权交易公告 prints its subject as 标的名称 or as 项目名称; a reader files 项目名称 under
    project_name, so the truth must too (not subject_name)."""
    _, manifest, postings = corpus
    seen = set()
    for post in postings:
        truth = manifest["notices"][post["notice_id"]]
        if truth["notice_type"] != "property.transfer_notice" or truth.get("content"):
            continue
        text = _text(post["versions"][0]["html"])
        fields = truth["fields"]
        if "项目名称" in text:
            seen.add("project_name")
            assert "subject_name" not in fields, post["posting_id"]
            assert re.search("项目名称[:：]?" + re.escape(fields["project_name"]), text), post["posting_id"]
        else:
            seen.add("subject_name")
            assert "project_name" not in fields, post["posting_id"]
            assert re.search("标的名称[:：]?" + re.escape(fields["subject_name"]), text), post["posting_id"]
    assert seen == {"project_name", "subject_name"}


def test_value_mismatch_on_winner_and_on_construction_amounts(corpus) -> None:
    _out, m, _p = corpus
    seen = {(d["rule_id"], d["field"]) for d in m["defects"] if d["kind"] == "value_mismatch"}
    # the rule ids are the monitor's (docs/rules.md): a different supplier is procurement.winner.consistency
    assert seen == {
        ("procurement.contract.consistency", "amount"),
        ("procurement.winner.consistency", "winner"),
        ("construction.contract.consistency", "amount"),
    }
    for d in m["defects"]:
        if d["kind"] == "value_mismatch" and d["field"] == "winner":
            assert d["details"]["result_winner"] != d["details"]["contract_winner"]


def test_image_only_and_attachment_only_notices(corpus) -> None:
    _out, m, postings = corpus
    content = {nid: n["content"] for nid, n in m["notices"].items() if n.get("content")}
    assert set(content.values()) == {"image_only", "attachment_only"}
    assert not {d["notice_id"] for d in m["defects"]} & set(content)
    labels = {label for keys in REQUIRED.values() for ls in keys.values() for label in ls if len(label) >= 4}
    for p in postings:
        if p["notice_id"] not in content:
            assert p["layout"] not in ("image_only", "attachment_only")
            continue
        html = p["versions"][0]["html"]
        assert p["layout"] == content[p["notice_id"]] and len(p["versions"]) == 1
        if p["layout"] == "image_only":
            assert re.search(r'<img [^>]*src="/files/N\d+/notice\.jpg"[^>]*alt="公告正文"', html)
        else:
            assert p["attachments"] and all(a["url"] in html for a in p["attachments"])
        text = _text(html)
        assert not [label for label in labels if label in text], p["posting_id"]


LAYOUT_MARKS = {
    "kv_table": r'class="kv-table"',
    "numbered": r"<strong>一、",
    "paragraphs": r"<p><strong>[^<]+[：:]</strong><span>",
    "zcy_hooks": r"<strong>一、",
    "portal_meta": r'class="xxgk-meta"',
    "report_grid": r"<title>Report</title>",
    "summary_grid": r"公告概要|信息发布表",
    "epoint_td": r'id="TDContent"',
    "hanweb_fullpage": r'<meta name="ContentStart">.*<meta name="ContentEnd">',
    "traditional": "\u3000\u3000",
    "fabao": r"【发包公告】.*发包人",
    "image_only": r'alt="公告正文"',
    "attachment_only": r"详见附件",
}


def test_every_layout_appears_with_its_marks(corpus) -> None:
    _out, _m, postings = corpus
    by_layout: dict[str, list[str]] = defaultdict(list)
    for p in postings:
        by_layout[p["layout"]].append(p["versions"][0]["html"])
    assert set(by_layout) == set(ALL_LAYOUTS) == set(LAYOUT_MARKS)
    for layout, pages in by_layout.items():
        assert all(re.search(LAYOUT_MARKS[layout], h, re.S) for h in pages), layout
    every = "\n".join(h for pages in by_layout.values() for h in pages)
    for mark in (
        r"项 目 名 称|工 程 名 称|项 目 编 号|招 标 人",
        r"\d{4}年 \d{1,2} 月 \d{1,2} 日",
        r"&nbsp;",
        r"<td>[\u4e00-\u9fff]\*\*</td>",
        r"密封情况.*质量目标.*项目经理",
        r"投标人</th><th>投标报价</th><th>工期",
        r"<strong>[^<]+:</strong>",
        r'class="bookmark-item code-0000\d',
        r"【信息时间：\d{4}/\d{1,2}/\d{1,2}",
    ):
        assert re.search(mark, every), mark


def test_outages_and_bad_arguments(corpus, tmp_path: Path) -> None:
    _out, m, _p = corpus
    modes = {
        "5xx",
        "timeout",
        "reset",
        "truncated",
        "429",
        "captcha",
        "botcheck200",
        "loop_pagination",
        "empty_maintenance",
    }
    assert len(m["outages"]) >= 3
    for o in m["outages"]:
        assert o["mode"] in modes and m["start_date"] <= o["date"] <= m["end_date"]
    with pytest.raises(ValueError, match="calendar"):
        generate(1, 10, tmp_path, start_date="2026-11-01", days=60)
    with pytest.raises(ValueError):
        generate(1, 0, tmp_path)


def test_cli_writes_corpus_and_rejects_bad_range(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from replica.generate import main

    assert main(["--seed", "2", "--notices", "150", "--out", str(tmp_path / "c")]) == 0
    manifest = json.loads((tmp_path / "c" / "manifest.json").read_text(encoding="utf-8"))
    assert f"公告 150 条，补足栏目 {manifest['fill_notices']} 条" in capsys.readouterr().out
    assert manifest["seed"] == 2 and manifest["notice_count"] == 150 + manifest["fill_notices"]
    assert main(["--seed", "2", "--notices", "150", "--no-fill", "--out", str(tmp_path / "e")]) == 0
    assert "公告 150 条，补足栏目 0 条" in capsys.readouterr().out
    assert main(["--notices", "5", "--out", str(tmp_path / "d"), "--start-date", "2026-12-01"]) == 2
    assert "错误" in capsys.readouterr().err
