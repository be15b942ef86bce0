"""The never-tuned real-page sets (bench/fresh2 … bench/fresh19): labels are well formed and agree with their
manifest, no page is shared with an earlier set, and, where the pages are present, they are the bytes that
were labelled and every labelled string is on its page.

Why separate sets: a set that has been scored and tuned on is no longer a clean measure (bench/fresh since
2026-12-06, bench/fresh2 once scored), so each new set is labelled before any extractor runs on it. Nothing
here runs an extractor (only the taxonomy's key and type names are imported): a set is scored once, by
bench/bench_extract.py, at the end of the work it measures. The pages are not ours to redistribute, so they
live outside the repository and the page checks skip with a message when they are absent.
"""

from __future__ import annotations

import csv
import hashlib
import html
import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from extractors.scoring import REFERENCE_KEYS
from extractors.taxonomy import TYPES

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"

DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
MINUTE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}")
DATE_KEYS = {"publish_date": DATE, "bid_deadline": MINUTE, "opening_time": MINUTE}
NUMBER_KEYS = {"budget", "max_price", "amount", "area_m2", "use_term_years", "starting_price"}
LIST_KEYS = {"winner", "experts"}


@dataclass(frozen=True)
class LabelSet:
    """One never-tuned set: where its labels are, where its pages are looked for, and which sets came before.

    The environment variable, the default page directory and the earlier sets follow from the name, as in
    bench/bench_extract.py's ``FRESH_SETS`` (``$PUBWATCH_<NAME>_REALDATA``, ``/work/<name>-realdata``)."""

    name: str
    min_pages: int

    @property
    def env(self) -> str:
        return f"PUBWATCH_{self.name.upper()}_REALDATA"

    @property
    def earlier(self) -> tuple[str, ...]:
        return ORDER[: ORDER.index(self.name)]

    @property
    def root(self) -> Path:
        return BENCH / self.name

    @property
    def pages(self) -> Path:
        return Path(os.environ.get(self.env, f"/work/{self.name}-realdata")) / "pages"


#: each never-tuned set, oldest first, with the fewest pages it must label (bench/fresh, the first set, has
#: no case here: it predates these checks)
MIN_PAGES = {
    "fresh2": 25,
    "fresh3": 20,
    "fresh4": 25,
    "fresh5": 30,
    "fresh6": 2,
    "fresh7": 31,
    "fresh8": 30,
    "fresh9": 20,
    "fresh10": 20,
    "fresh11": 15,
    "fresh12": 25,
    "fresh13": 25,
    "fresh14": 23,
    "fresh15": 23,
    "fresh16": 24,
    "fresh17": 19,
    "fresh18": 18,
    "fresh19": 21,
    "fresh20": 22,
    "fresh21": 13,
    "fresh22": 19,
    "fresh23": 16,
    "fresh24": 19,
    "fresh25": 19,
    "fresh26": 17,
    "fresh27": 17,
    "fresh28": 16,
    "fresh29": 16,
    "fresh30": 15,
    "fresh31": 18,
    "fresh32": 17,
    "fresh33": 18,
    "fresh34": 10,
    "fresh35": 15,
    "fresh36": 15,
    "fresh37": 12,
    "fresh38": 17,
    "fresh39": 15,
    "fresh40": 15,
    "fresh41": 12,
    "fresh42": 16,
    "fresh43": 15,
    "fresh44": 15,
    "fresh45": 16,
    "fresh46": 15,
    "fresh47": 15,
    "fresh48": 15,
    "fresh49": 15,
    "fresh50": 14,
    "fresh51": 19,
    "fresh52": 15,
}
#: every fresh set, oldest first: a set must share no page with any set before it
ORDER = ("fresh", *MIN_PAGES)
SETS = [LabelSet(name, n) for name, n in MIN_PAGES.items()]
BY_NAME = pytest.mark.parametrize("lset", SETS, ids=[s.name for s in SETS])


def _manifest(root: Path) -> dict[str, dict[str, str]]:
    with (root / "MANIFEST.tsv").open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _labels(root: Path) -> list[dict[str, Any]]:
    return [json.loads(p.read_text("utf-8")) for p in sorted(root.glob("labels/*.json"))]


def _flat(text: str) -> str:
    """Compare as the scorer does: NFKC, no white space."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def _page_text(raw: str) -> str:
    """The page's visible text, tags and entities removed: enough to find a labelled value in it."""
    raw = re.sub(r"<(style|script)[^>]*>.*?</\1>", "", raw, flags=re.S | re.I)
    return _flat(html.unescape(re.sub(r"<[^>]+>", "", raw)))


@BY_NAME
def test_every_label_has_a_manifest_row_and_a_known_type_and_keys(lset: LabelSet) -> None:
    rows = _manifest(lset.root)
    labels = _labels(lset.root)
    assert len(labels) >= lset.min_pages
    assert {lab["sample"] for lab in labels} == set(rows)
    for lab in labels:
        name = lab["sample"]
        assert (lset.root / "labels" / f"{name}.json").is_file(), name
        domain, _, kind = lab["notice_type"].partition(".")
        assert kind in TYPES[domain], name
        assert lab["domain"] == domain == rows[name]["domain"], name
        assert rows[name]["notice_type"] == lab["notice_type"], name
        assert set(lab["fields"]) <= REFERENCE_KEYS, (name, set(lab["fields"]) - REFERENCE_KEYS)
        assert lab["notes"], name
        assert re.fullmatch(r"[0-9a-f]{64}", rows[name]["sha256"]), name


@BY_NAME
def test_label_values_have_the_taxonomy_shapes(lset: LabelSet) -> None:
    for lab in _labels(lset.root):
        name, fields = lab["sample"], lab["fields"]
        for key, pattern in DATE_KEYS.items():
            if key in fields:
                assert pattern.fullmatch(fields[key]), (name, key, fields[key])
        for key in NUMBER_KEYS & set(fields):
            assert isinstance(fields[key], int | float) and not isinstance(fields[key], bool), (name, key)
        for key in LIST_KEYS & set(fields):
            assert fields[key] and all(isinstance(v, str) and v for v in fields[key]), (name, key)
        for cand in fields.get("candidates", []):
            assert isinstance(cand["rank"], int) and cand["name"], (name, cand)
            assert set(cand) <= {"rank", "name", "price"}, (name, cand)


@BY_NAME
def test_the_set_shares_no_page_with_an_earlier_set(lset: LabelSet) -> None:
    """A page seen before (same name, same bytes, or the same stored URL) would not be never-tuned."""
    rows = _manifest(lset.root)
    for earlier in lset.earlier:
        text = (BENCH / earlier / "MANIFEST.tsv").read_text("utf-8")
        names = {line.split("\t", 1)[0] for line in text.splitlines()}
        shas = set(re.findall(r"\b[0-9a-f]{64}\b", text))
        urls = set(re.findall(r"https?://[^\s\t]+", text))
        assert not set(rows) & names, earlier
        assert not {row["sha256"] for row in rows.values()} & shas, earlier
        assert not {row["path"] for row in rows.values()} & urls, earlier


@BY_NAME
def test_present_pages_are_the_labelled_bytes_and_state_the_labelled_strings(lset: LabelSet) -> None:
    if not lset.pages.is_dir():
        pytest.skip(f"{lset.name} pages not present at {lset.pages} (set {lset.env})")
    rows = _manifest(lset.root)
    checked = 0
    for lab in _labels(lset.root):
        page = lset.pages / lab["sample"]
        if not page.is_file():
            continue
        raw = page.read_bytes()
        assert hashlib.sha256(raw).hexdigest() == rows[lab["sample"]]["sha256"], lab["sample"]
        text = _page_text(raw.decode("utf-8"))
        for key, value in lab["fields"].items():
            if key in DATE_KEYS:
                continue
            values = value if isinstance(value, list) else [value]
            for item in values:
                item = item["name"] if isinstance(item, dict) else item
                if isinstance(item, str):
                    assert _flat(item) in text, (lab["sample"], key, item)
        checked += 1
    assert checked, f"no labelled page found in {lset.pages}"


#: a page whose visible text lies mostly inside one page seen before is that page again (another rendering, a
#: mirror, an excerpt), whatever its name, bytes or URL: the fresh20 labeller took a shorter rendering of a
#: seen ../shared/realdata/text page that way, and only its text gave it away (pages of one template and one
#: issuer share up to half their pieces: 0.48 for two 浙江 mining notices of different mines)
SEEN_SHARE = 0.7
#: found by this check after the set's one blind score (2026-12-07): three fresh18 pages are other renderings of
#: ../shared/realdata/text pages; they stay labelled in fresh18 (tuned on since round 15), and its blind figure
#: is told with and without them in bench/fresh18/README.md
KNOWN_RENDERINGS = {
    "fresh18/zj-lishui-longquan_mining_caikuangquan-wangshang-guapai-churang-gonggao_lanju-dawan-huagangyan.txt": "text/zj-lishui-longquan_mining_caikuangquan-guapai-churang-gonggao_dawan-huagangyan.txt",
    "fresh18/zj-quzhou_land_guoyou-jianshe-yongdi-paimai-churang-gonggao_lvse-chanye-jijuqu.txt": "text/zj-quzhou_land_paimai-churang-gonggao_lvse-chanye-jijuqu-4fu.txt",
    "fresh18/zj-zhoushan-daishan_mining_caikuangquan-xieyi-churang-shixiang-gongkai_xiaoshulanghu-dao.txt": "text/zj-zhoushan-daishan_mining_caikuangquan-xieyi-churang-gongkai_xiaoshulanghu-ninghuiyan.txt",
}
_SHINGLE = 20


def _shingles(text: str) -> frozenset[str]:
    """Overlapping 20-character pieces of the flattened visible text, every fifth position."""
    return frozenset(text[i : i + _SHINGLE] for i in range(0, max(1, len(text) - _SHINGLE + 1), 5))


def _page_shingles(page: Path) -> frozenset[str]:
    """The shingles of a page file's visible text."""
    return _shingles(_page_text(page.read_bytes().decode("utf-8", "replace")))


def _present_pages(lset_name: str) -> dict[str, frozenset[str]]:
    """page name → shingles, for the labelled pages of one set that are on this machine."""
    lset = LabelSet(lset_name, 0)
    out: dict[str, frozenset[str]] = {}
    for lab in _labels(lset.root):
        page = lset.pages / lab["sample"]
        if page.is_file():
            out[f"{lset_name}/{lab['sample']}"] = _page_shingles(page)
    return out


def _shared_pages(realdata: Path) -> dict[str, frozenset[str]]:
    """The labelled pages of ../shared/realdata (dev/ and text/)."""
    out: dict[str, frozenset[str]] = {}
    for sub in ("dev", "text"):
        for page in sorted((realdata / sub / "pages").glob("*")):
            if page.is_file():
                out[f"{sub}/{page.name}"] = _page_shingles(page)
    return out


@pytest.fixture(scope="module")
def seen_text(realdata_dir: Path) -> dict[str, dict[str, frozenset[str]]]:
    """Shingles of every page present, per set (``shared`` for ../shared/realdata, which must be there:
    without it the check would compare against the earlier sets alone and pass on a seen page), built once."""
    return {"shared": _shared_pages(realdata_dir), **{name: _present_pages(name) for name in ORDER}}


def test_shingles_find_a_page_inside_another() -> None:
    """The check itself: a page cut out of a longer one is found, an unrelated page is not."""
    long = _flat(
        "".join(
            f"第{i}条 本宗地块位于某镇某路{i}号，出让面积{i * 37}平方米，起始价{i * 11}万元。"
            for i in range(40)
        )
    )
    other = _flat("".join(f"采购项目{i}：预算金额{i * 13}元，供应商须于{i}日前报名。" for i in range(40)))
    part = _shingles(long[300:900])
    assert len(part & _shingles(long)) / len(part) > SEEN_SHARE
    assert len(part & _shingles(other)) / len(part) < 0.05


@BY_NAME
def test_no_page_text_seen_before(lset: LabelSet, seen_text: dict[str, dict[str, frozenset[str]]]) -> None:
    """No present page of the set lies mostly inside a present page of ../shared/realdata or an earlier set."""
    mine = seen_text[lset.name]
    if not mine:
        pytest.skip(f"{lset.name} pages not present at {lset.pages} (set {lset.env})")
    before = {k: v for name in ("shared", *lset.earlier) for k, v in seen_text[name].items()}
    clashes = []
    for page, shingles in mine.items():
        if len(shingles) < 20:
            continue
        for other, theirs in before.items():
            share = len(shingles & theirs) / len(shingles)
            if share > SEEN_SHARE and KNOWN_RENDERINGS.get(page) != other:
                clashes.append((page, other, round(share, 2)))
    assert not clashes, clashes
