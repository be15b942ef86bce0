"""Extractor accuracy and speed: precision/recall/F1 per field key and per notice type, throughput.

    .venv/bin/python bench/bench_extract.py                       # real pages: every set below
    .venv/bin/python bench/bench_extract.py --part tune           # the side of the split the extractors were tuned on
    .venv/bin/python bench/bench_extract.py --part fresh          # the first fresh set (bench/fresh/, seen now)
    .venv/bin/python bench/bench_extract.py --part fresh2         # the second fresh set (bench/fresh2/, seen now)
    .venv/bin/python bench/bench_extract.py --part fresh3         # the third fresh set (bench/fresh3/, seen now)
    .venv/bin/python bench/bench_extract.py --part fresh7         # the seventh fresh set (bench/fresh7/), scored once, tuned on in round 7
    .venv/bin/python bench/bench_extract.py --part rendered       # seen HTML pages as plain-text renderings
    .venv/bin/python bench/bench_extract.py --corpus DIR          # also a replica corpus (last versions)
    .venv/bin/python bench/bench_extract.py --corpus DIR --limit 2000 --errors 20

Real pages are read in place from ../shared/realdata (or $PUBWATCH_REALDATA) and scored on the
reference keys their labels use.  A third set, the fresh pages (bench/fresh/: labels and manifest
committed, pages outside the repo at $PUBWATCH_FRESH_REALDATA, default /work/fresh-realdata), was
labelled before any extractor ran on it; it was scored once at the end of issue 12 and has been
tuned on since 2026-12-06, so it is reported as a seen set.  fresh2 and fresh3 (labels in
bench/<set>/labels, pages at $PUBWATCH_FRESH2_REALDATA / $PUBWATCH_FRESH3_REALDATA, default
/work/<set>-realdata, the same MANIFEST.tsv + labels/<page>.json format) followed; each was scored
once and then tuned on (fresh2 in round 2, fresh3 in round 3, fresh4 in round 4, all 2026-12-06), so
the never-tuned measures were fresh5 (36 pages, scored once at the end of round 5, then tuned on in round 6)
then fresh6 ($PUBWATCH_FRESH6_REALDATA; 2 pages) and fresh7 (31 pages), made the same way while round 6 tuned
on the others, scored once at the end of that round and tuned on in round 7 (``FRESH_SETS`` says which is which): a never-tuned set prints no
per-value errors, so scoring it does not show anyone what to tune.  Each fresh set is skipped with a message
when its labels or pages are absent.  A last part, rendered, reads every labelled HTML page of the
seen sets as a page store's HTML-to-text rendering prints it (one block, one table cell per line)
and scores it against the same labels: text renderings reach pubwatch too, and a notice should
read the same in either form (a robustness figure on seen pages, not a never-tuned one). Corpus postings (their first version, which the manifest's truth
describes) are scored on every key of the manifest, except values listed in KNOWN_TRUTH_GAPS (keys
the page states but the replica's truth omits), which are counted and printed apart.  Speed is
notices per second on one core and the ratio to a bare ``lxml.html.fromstring`` of the same pages.
On real pages it also counts the 要素缺失 findings that would rest on our own mistake (``Accusations``):
pages where the monitor would call a required item missing while the type is wrong or the label records
that item — the figure issue 12's "never accuse on a misread page" is about. Only findings that would
be raised count: an item lacking on a page whose type rests on body cues alone (no title, heading or
channel names it) goes to the office's review list instead, and is counted apart (with how many of
those pages had the type wrong). The bench passes no hint, so a page without its list title is typed
as a bare page would be; the crawler gives the list title, which often names the type.
Goals: F1 ≥ 0.95 real, ≥ 0.99 corpus, ≥ 200 notices/s.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import tomllib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors import extract  # noqa: E402
from extractors.decode import load  # noqa: E402
from extractors.layout import text_rendering  # noqa: E402
from extractors.record import NotAPage  # noqa: E402
from extractors.scoring import REFERENCE_KEYS, Tally  # noqa: E402
from pubwatch.extract_score import is_wrong, labelled_cases, score_case  # noqa: E402

SPLIT_FILE = ROOT / "bench" / "extract_split.toml"


@dataclass(frozen=True)
class FreshSet:
    """A set of real pages labelled before any extractor ran on it (bench/<name>/: labels and manifest
    committed; pages outside the repo at $<env>, default /work/<name>-realdata).

    ``seen_since``: the day the extractors were first tuned on it; ``None`` while nobody has, which
    makes it the honest never-tuned measure — scored without per-value errors, so that a run does
    not show what to tune.
    """

    name: str
    seen_since: str | None
    #: which labelling to score against: ``labels`` (the set's own, made before any extractor ran) or a
    #: second, independent one (``labels_second``, where it exists; bench/label_agreement.py compares them)
    label_dir: ClassVar[str] = "labels"

    @property
    def labels(self) -> Path:
        return ROOT / "bench" / self.name / self.label_dir

    @property
    def env(self) -> str:
        """``$PUBWATCH_<NAME>_REALDATA``: where the set's pages are, when not at the default."""
        return f"PUBWATCH_{self.name.upper()}_REALDATA"

    @property
    def default_pages(self) -> Path:
        return Path(f"/work/{self.name}-realdata")

    @property
    def realdata(self) -> Path:
        """Where the set's pages are (``pages/<name>`` below it): ``$<env>``, else the default."""
        return Path(os.environ.get(self.env, str(self.default_pages)))

    @property
    def title(self) -> str:
        seen = f"seen since {self.seen_since}" if self.seen_since else "never tuned on"
        against = "" if self.label_dir == "labels" else f", against {self.label_dir}"
        return f"real pages, {self.name} ({seen}; reference keys{against})"


FRESH_SETS = (
    FreshSet("fresh", "2026-12-06"),  # scored once at the end of issue 12's first round
    FreshSet("fresh2", "2026-12-06"),  # scored once, then tuned on (round 2)
    FreshSet("fresh3", "2026-12-06"),  # scored once, then tuned on (round 3)
    FreshSet("fresh4", "2026-12-06"),  # scored once, then tuned on (round 4)
    FreshSet("fresh5", "2026-12-06"),  # scored once, then tuned on (round 6)
    FreshSet("fresh6", "2026-12-06"),  # scored once, then tuned on (round 7)
    FreshSet("fresh7", "2026-12-06"),  # scored once, then tuned on (round 7)
    FreshSet("fresh8", "2026-12-06"),  # scored once, then tuned on (round 8)
    FreshSet("fresh9", "2026-12-06"),  # scored once, then tuned on (round 9)
    FreshSet("fresh10", "2026-12-06"),  # scored once, then tuned on (round 10)
    FreshSet("fresh11", "2026-12-06"),  # scored once, then tuned on (round 11)
    FreshSet("fresh12", "2026-12-06"),  # scored once, then tuned on (round 12)
    FreshSet("fresh13", "2026-12-06"),  # scored once, then tuned on (round 12)
    FreshSet("fresh14", "2026-12-06"),  # scored once (stop 24 end), then tuned on (round 13)
    FreshSet("fresh15", "2026-12-06"),  # scored once (stop 25 end), then tuned on (round 14)
    FreshSet("fresh16", "2026-12-06"),  # scored once (stop 25 end), then tuned on (round 14)
    FreshSet("fresh17", "2026-12-07"),  # scored once (stop 25 end), then tuned on (round 15)
    FreshSet("fresh18", "2026-12-07"),  # scored once (stop 25 end), then tuned on (round 15)
    FreshSet("fresh19", "2026-12-07"),  # scored once (after round 15), then tuned on (round 16)
    FreshSet("fresh20", "2026-12-07"),  # scored once (after round 15), then tuned on (round 16)
    FreshSet("fresh21", "2026-12-07"),  # scored once (after round 16), then tuned on (round 17)
    FreshSet("fresh22", "2026-12-07"),  # scored once (after round 16), then tuned on (round 17)
    FreshSet("fresh23", "2026-12-07"),  # scored once (after round 17), then tuned on (round 18)
    FreshSet("fresh24", "2026-12-07"),  # scored once (after round 17), then tuned on (round 18)
    FreshSet("fresh25", "2026-12-07"),  # scored once (after round 17), then tuned on (round 18)
    FreshSet("fresh26", "2026-12-07"),  # scored once (after round 18, stop 28), then tuned on (round 19)
    FreshSet("fresh27", "2026-12-07"),  # scored once (after round 18, stop 28), then tuned on (round 19)
    FreshSet("fresh28", "2026-12-07"),  # scored once (after round 18, stop 28), then tuned on (round 19)
    FreshSet("fresh29", "2026-12-07"),  # scored once (after round 19, stop 29), then tuned on (round 20)
    FreshSet("fresh30", "2026-12-07"),  # scored once (after round 19, stop 29), then tuned on (round 20)
    FreshSet("fresh31", "2026-12-07"),  # scored once (after round 20: 0.586), then tuned on (round 22)
    FreshSet("fresh32", "2026-12-07"),  # scored once (after round 20: 0.958), then tuned on (round 22)
    FreshSet("fresh33", "2026-12-07"),  # scored once (after round 22: 0.730), then tuned on (round 23)
    FreshSet("fresh34", "2026-12-07"),  # scored once (after round 22: 0.883), then tuned on (round 23)
    FreshSet("fresh35", "2026-12-07"),  # scored once (after round 22: 0.657), then tuned on (round 23)
    FreshSet("fresh36", None),  # never tuned on (hlab36): scored once after round 23 (0.781)
    FreshSet("fresh37", None),  # never tuned on (hlab37): scored once after round 23 (0.961)
    FreshSet("fresh38", "2026-12-07"),  # scored once (after round 23: 0.713), then tuned on (round 24)
    FreshSet("fresh39", "2026-12-07"),  # scored once (stop 31: 0.576), tuned on (round 25)
    FreshSet("fresh40", "2026-12-07"),  # scored once (stop 31: 0.787), tuned on (round 25)
    FreshSet("fresh41", None),  # never tuned on (hlab41, ccgp): scored once at stop 31 (0.983)
    FreshSet("fresh42", "2026-12-07"),  # scored once after round 25 (0.734), tuned on (round 26)
    FreshSet("fresh43", "2026-12-07"),  # scored once after round 25 (0.784), tuned on (round 26)
    FreshSet("fresh44", "2026-12-07"),  # scored once after round 25 (0.800), tuned on (round 26)
    FreshSet("fresh45", "2026-12-07"),  # BidAgent draw: scored after round 26 (0.961), tuned on (round 27)
    FreshSet("fresh46", "2026-12-07"),  # second BidAgent draw: scored at stop 32 (0.941), tuned on (round 27)
    FreshSet("fresh47", "2026-12-07"),  # ggzy.gov.cn draw: scored at stop 32 (0.929), tuned on (round 27)
    FreshSet("fresh48", None),  # never tuned on (hlab48, third BidAgent draw): scored after round 27 (0.949)
    FreshSet("fresh49", None),  # never tuned on (hlab49, fourth BidAgent draw): scored at stop 32 (0.989)
    FreshSet("fresh50", "2026-12-07"),  # hlab50, 14 new Zhejiang sites: blind 0.536, round 28 +0.000; 28z on
    FreshSet("fresh51", None),  # never tuned on (hlab51, 19 new non-Zhejiang sites): blind 0.675, r28 +0.000
    FreshSet("fresh52", None),  # never tuned on (hlab52, 15 notices of new sites): blind 0.677, r28 +0.000
)
FRESH = FRESH_SETS[0]


def default_realdata() -> Path:
    """Where the shared real pages are: ``$PUBWATCH_REALDATA``, else ``../shared/realdata`` beside the checkout."""
    return Path(os.environ.get("PUBWATCH_REALDATA", str(ROOT.parent / "shared" / "realdata")))


def never_tuned(case: str) -> bool:
    """Whether a case ('<set>/<page>') is a page of a set nobody has tuned on: none of those pages is named in
    the output (their score is the only figure). Read from ``FRESH_SETS`` when asked, so it follows that list."""
    return any(f.name == case.split("/")[0] and f.seen_since is None for f in FRESH_SETS)


def load_split(path: Path = SPLIT_FILE) -> dict[str, str]:
    """'dev/<page>' or 'text/<page>' → 'tune' | 'held_back' (bench/extract_split.toml, fixed before tuning)."""
    data = tomllib.loads(path.read_text("utf-8"))
    return {name: part for part in ("tune", "held_back") for name in data[part]["pages"]}


def real_cases(
    realdata: Path, part: str | None = None
) -> list[tuple[str, bytes, dict[str, Any], dict[str, Any] | None]]:
    """(name, body, label, hint) for each labelled real page (dev/ HTML and text/ renderings).

    ``part`` limits the cases to one side of the split ('tune' or 'held_back'); the label dict gets
    ``split`` and ``set`` keys so the tables can be grouped.
    """
    split = load_split()
    cases = []
    for sub in ("dev", "text"):
        pages = realdata / sub / "pages"
        if not pages.is_dir():
            continue
        for page in sorted(pages.iterdir()):
            label = realdata / sub / "labels" / f"{page.name}.json"
            if not label.is_file():
                continue
            side = split.get(f"{sub}/{page.name}", "unsplit")
            if part is not None and side != part:
                continue
            lab = json.loads(label.read_text("utf-8"))
            cases.append(
                (
                    f"{sub}/{page.name}",
                    page.read_bytes(),
                    {"notice_type": lab["notice_type"], **lab, "split": side, "set": sub},
                    None,
                )
            )
    return cases


def fresh_cases(
    fresh: Path, labels: Path = FRESH.labels, set_name: str = "fresh"
) -> list[tuple[str, bytes, dict[str, Any], dict[str, Any] | None]]:
    """(name, body, label, hint) for each page of a fresh set: bytes from ``fresh/pages``, label from ``labels``.

    The labels are committed (they are ours); the pages are not (they are not ours to
    redistribute), so a page whose file is absent is skipped and counted by the caller. The reading is
    ``pubwatch.extract_score``'s, which ``pubwatch acceptance score`` shares.
    """
    return labelled_cases(fresh, labels, set_name)


def seen_cases(realdata: Path) -> list[tuple[str, bytes, dict[str, Any], dict[str, Any] | None]]:
    """(name, body, label, hint) for every seen labelled page on disk: dev/ and text/, and each fresh set
    tuned on. Never a blind set's: the perturbation benches that start from these pages print per-case
    detail, which would show what to tune."""
    cases = real_cases(realdata)
    for fresh in FRESH_SETS:
        if fresh.seen_since is not None:
            cases += fresh_cases(fresh.realdata, fresh.labels, fresh.name)
    return cases


def rendered_cases(
    cases: list[tuple[str, bytes, dict[str, Any], dict[str, Any] | None]],
) -> list[tuple[str, bytes, dict[str, Any], dict[str, Any] | None]]:
    """The HTML pages of ``cases`` as plain-text renderings (chrome dropped, one block per line), with
    the same labels: a notice must read the same whichever form it arrives in."""
    out = []
    for name, body, lab, hint in cases:
        if not name.endswith(".html"):
            continue
        try:
            text = text_rendering(load(body, None).html)
        except NotAPage:
            continue
        out.append((f"rendered:{name}", text.encode("utf-8"), lab, hint))
    return out


def run_fresh(fresh: FreshSet, pages: Path, errors: int) -> None:
    """Score one fresh set, or say why it was skipped (no labels in the repository, or no pages)."""
    set_name, labels, env = fresh.name, fresh.labels, fresh.env
    if not labels.is_dir():
        print(f"{set_name}: no labels at {labels.relative_to(ROOT)}: skipped")
        return
    n_labels = len(list(labels.glob("*.json")))
    cases = fresh_cases(pages, labels, set_name)
    if not cases:
        print(
            f"{set_name} pages not found at {pages}/pages: skipped (set {env}; "
            f"{labels.parent.relative_to(ROOT)}/MANIFEST.tsv says where to get them)"
        )
        return
    if len(cases) < n_labels:
        print(f"{set_name} set: {n_labels - len(cases)} of {n_labels} labelled pages absent, not scored")
    run(cases, REFERENCE_KEYS, False, errors if fresh.seen_since else 0, fresh.title)


# Keys the replica's truth leaves out although the page states them (reported to the lead): scored
# apart so the headline figure measures the extractor, and printed so the gap stays visible.
# (notice type → keys) the page states but the replica's truth omits.
# The seller of a land/mining/emission sale (出让人, taxonomy.md counts it as ``purchaser``) is stated by
# the page's 落款 and by its opening sentence ('X局决定以挂牌方式出让…'); the replica's truth does not
# record it for these types (issue 12).
KNOWN_TRUTH_GAPS: dict[str, frozenset[str]] = {
    t: frozenset({"purchaser"})
    for t in (
        "land.transfer_notice",
        "land.deal_result",
        "mining.transfer_notice",
        "emission.transfer_notice",
    )
}
# A mining result's summary sentence states the term ('竞得的矿业权简要情况：建筑石料用灰岩，勘探，出让年限5年');
# the replica's truth does not record it for results, while real results' labels do (fresh7 缙云: '出讓年限5年'),
# read since round 7 ('出让年限5年' without 为).
KNOWN_TRUTH_GAPS["mining.deal_result"] = frozenset({"use_term_years"})


def corpus_cases(
    corpus: Path, limit: int | None
) -> list[tuple[str, bytes, dict[str, Any], dict[str, Any] | None]]:
    """(posting id, first version's HTML, manifest truth, hint) for each posting of a replica corpus.

    The manifest's ``fields`` are the truth of ``versions[0]`` (docs/replica.md); later versions are
    silent edits or corrected copies, so scoring them against that truth would charge the extractor
    for the edit.
    """
    manifest = json.loads((corpus / "manifest.json").read_text("utf-8"))
    notices = manifest["notices"]
    cases = []
    with (corpus / "postings.jsonl").open(encoding="utf-8") as fh:
        for line in fh:
            post = json.loads(line)
            truth = notices.get(post["notice_id"])
            if truth is None or not post.get("versions"):
                continue
            hint = {"title": post.get("title", ""), "publish_date": post.get("publish_date", "")}
            cases.append(
                (
                    post["posting_id"],
                    post["versions"][0]["html"].encode("utf-8"),
                    {
                        "notice_type": truth["notice_type"],
                        "fields": truth["fields"],
                        "layout": post.get("layout", ""),
                    },
                    hint,
                )
            )
            if limit and len(cases) >= limit:
                break
    return cases


@dataclass
class Accusations:
    """Real pages whose record would carry a 要素缺失 finding resting on our own mistake (issue 12: never
    accuse on a misread page): an item the monitor calls ``missing`` (its label absent, so not a review
    gap) while the notice type is wrong, or while the page's label records a value for that item."""

    pages: int = 0
    false_pages: int = 0
    wrong_type: int = 0
    stated: int = 0
    missing: int = 0
    #: items the page does not label, sent to the office's review list instead of a finding because the
    #: notice type rests on body cues alone (monitor.required: 类型由正文推断，待人工核对), and their pages
    inferred_items: int = 0
    inferred_pages: int = 0
    #: of those pages, how many had the type wrong (an accusation avoided) — the others had it right
    #: (a finding the office now confirms by hand)
    inferred_wrong_type: int = 0
    #: print each accusing page (``--accused``)
    listed: ClassVar[bool] = False
    #: (page, why, items) of each accusing page
    cases: list[tuple[str, str, list[str]]] = field(default_factory=list)
    #: every set's pages whose type we read right, by the (notice type, item) the monitor would call
    #: missing: the findings a night would raise, to judge against the plan (``--accused`` prints them)
    by_item: ClassVar[dict[tuple[str, str], list[str]]] = defaultdict(list)

    def add(self, record: dict[str, Any], label: dict[str, Any], name: str = "") -> None:
        from monitor.required import required_detail  # the monitor's own reading of "missing"
        from vocabulary import TYPE_REASONS

        self.pages += 1
        detail = required_detail(record)
        # (round 17a: and a type only its title names, unborne by the body: 类型仅凭标题判断)
        by_type = [k for k, (v, why) in detail.items() if v == "gap" and why in TYPE_REASONS]
        if by_type:
            self.inferred_items += len(by_type)
            self.inferred_pages += 1
            self.inferred_wrong_type += record["notice_type"] != label["notice_type"]
        missing = [k for k, (v, _why) in detail.items() if v == "missing"]
        self.missing += len(missing)
        if not missing:
            return
        # (a never-tuned set's pages stay out: the list names pages, and a blind set prints no per-page output)
        if record["notice_type"] == label["notice_type"] and not never_tuned(name):
            for k in missing:
                Accusations.by_item[(record["notice_type"], k)].append(name)
        if record["notice_type"] != label["notice_type"]:
            self.wrong_type += 1
            why = f"type {label['notice_type']} → {record['notice_type']} ({record.get('type_basis')})"
            items = missing
        elif any(k in label["fields"] for k in missing):
            self.stated += 1
            why = "stated, judged absent"
            items = [k for k in missing if k in label["fields"]]
        else:
            return
        self.false_pages += 1
        self.cases.append((name, why, items))

    def show(self) -> None:
        """Which pages accuse, why, and of which items (``--accused``)."""
        for name, why, items in self.cases:
            print(f"  accused {name}: {why}: {', '.join(items)}")

    @classmethod
    def show_by_item(cls) -> None:
        """Missing items by notice type over every seen set scored, on pages whose type was read right
        (``--accused``): the 要素缺失 findings the monitor would raise, and on which pages."""
        if not cls.by_item:
            return
        print(f"\nmissing items by type (type read right; {sum(map(len, cls.by_item.values()))} findings)")
        for (nt, key), names in sorted(cls.by_item.items()):
            print(f"  {nt:<30} {key:<20} {len(names):>3}  {' '.join(sorted(set(names)))}")


@dataclass(frozen=True)
class SummaryRow:
    """One scored set, as the ``--summary`` table prints it (one line a set, for notes and comparisons)."""

    title: str
    pages: int
    precision: float
    recall: float
    f1: float
    types_right: int
    accused: int
    accusable: int


#: every set ``run`` scored in this process, in order
SUMMARY: list[SummaryRow] = []


def print_summary(rows: list[SummaryRow]) -> None:
    """One line a scored set: pages, P, R, F1, notice types right, pages whose finding rests on our mistake."""
    print(f"\nSUMMARY\n{'set':<58}{'pages':>6}{'P':>7}{'R':>7}{'F1':>7}{'types':>9}{'accused':>9}")
    for r in rows:
        name = (
            r.title.removeprefix("real pages, ")
            .replace(" (reference keys)", "")
            .replace("; reference keys", "")
        )
        name = re.sub(r" since [\d-]+", "", name)
        print(
            f"{name[:57]:<58}{r.pages:>6}{r.precision:7.3f}{r.recall:7.3f}{r.f1:7.3f}"
            f"{r.types_right:>5}/{r.pages:<3}{r.accused:>5}/{r.accusable:<3}"
        )


def genre(case: str) -> str:
    """'news' for a news item, 'notice' otherwise, by the labellers' file-name convention (since fresh20 a news
    item's type slug carries 'xinwen', 新闻). Why: page-store sets are a third news; news and notices fail
    differently on pages never seen (docs/blind-errors.md, stop 30), so the two are reported apart."""
    return "news" if re.search(r"(^|[_-])xinwen([_-]|$)", case.rsplit("/", 1)[-1]) else "notice"


def run(cases: list, keys: frozenset[str] | None, use_hint: bool, errors: int, title: str) -> float:
    """Score ``cases``; print per-key, per-type and per-layout tables; return overall F1."""
    per_key: dict[str, Tally] = defaultdict(Tally)
    per_type: dict[str, Tally] = defaultdict(Tally)
    per_layout: dict[str, Tally] = defaultdict(Tally)
    total = Tally()
    gaps = Tally()
    per_domain: dict[str, Tally] = defaultdict(Tally)
    domain_types: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    per_genre: dict[str, Tally] = defaultdict(Tally)
    genre_types: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    confusion: dict[tuple[str, str], int] = defaultdict(int)
    type_ok = 0
    shown = 0
    accused = Accusations()
    for case in cases:
        # the extraction and field scoring of one page: pubwatch.extract_score, shared with acceptance
        page = score_case(case, keys, use_hint, KNOWN_TRUTH_GAPS)
        name, lab, pred, got_type = page.name, page.label, page.pred, page.got_type
        if page.record is None:  # refused: every labelled value is missed, the type is wrong
            print(f"  ✗ {name}: refused ({page.refused})")
        elif lab.get("layout") is None:  # a real page: its label says what the page states
            accused.add(page.record, lab, name)
        type_ok += got_type == lab["notice_type"]
        confusion[(lab["notice_type"], got_type)] += 1
        dom = lab.get("domain") or lab["notice_type"].split(".")[0]
        domain_types[dom][0] += got_type == lab["notice_type"]
        domain_types[dom][1] += 1
        kind = genre(name)
        genre_types[kind][0] += got_type == lab["notice_type"]
        genre_types[kind][1] += 1
        for fs in page.gaps:
            gaps.add(fs)
        for fs in page.scores:
            for t in (
                per_key[fs.key],
                per_type[lab["notice_type"]],
                total,
                per_layout[lab.get("layout") or "-"],
                per_domain[dom],
                per_genre[kind],
            ):
                t.add(fs)
            if is_wrong(fs) and shown < errors:
                shown += 1
                p, g = pred.get(fs.key), lab["fields"].get(fs.key)
                print(
                    f"  ✗ {name} [{lab['notice_type']} → {got_type}] {fs.key}: "
                    f"got {str(p)[:80]!r} want {str(g)[:80]!r}"
                )
    print(f"\n== {title}: {len(cases)} pages, notice type right {type_ok}/{len(cases)}")
    print(f"{'key':<24}{'P':>7}{'R':>7}{'F1':>7}{'n':>6}")
    for key in sorted(per_key):
        t = per_key[key]
        print(f"{key:<24}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{t.n_gold:6d}")
    print(f"\n{'notice_type':<32}{'P':>7}{'R':>7}{'F1':>7}")
    for nt in sorted(per_type):
        t = per_type[nt]
        print(f"{nt:<32}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}")
    if len(per_domain) > 1:
        print(f"\n{'domain':<32}{'P':>7}{'R':>7}{'F1':>7}{'type':>9}")
        for dom in sorted(per_domain):
            t, (ok, n) = per_domain[dom], domain_types[dom]
            print(f"{dom:<32}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{ok:>5}/{n:<3}")
    if len(genre_types) > 1:
        print(f"\n{'genre (file name)':<32}{'P':>7}{'R':>7}{'F1':>7}{'type':>9}")
        for kind in sorted(genre_types):
            t, (ok, n) = per_genre[kind], genre_types[kind]
            print(f"{kind:<32}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}{ok:>5}/{n:<3}")
    wrong_types = {k: v for k, v in confusion.items() if k[0] != k[1]}
    if wrong_types:
        print("\nnotice types confused (labelled → extracted: pages)")
        for (want, got), n in sorted(wrong_types.items()):
            print(f"  {want} → {got}: {n}")
    if len(per_layout) > 1:
        print(f"\n{'layout':<32}{'P':>7}{'R':>7}{'F1':>7}")
        for lay in sorted(per_layout):
            t = per_layout[lay]
            print(f"{lay:<32}{t.precision:7.3f}{t.recall:7.3f}{t.f1:7.3f}")
    if gaps.n_pred:
        print(
            f"\nknown truth gaps (values the page states, the truth omits; not scored): {gaps.n_pred} values "
            f"of {', '.join(f'{t}.{k}' for t, ks in KNOWN_TRUTH_GAPS.items() for k in sorted(ks))}"
        )
        with_gaps = Tally(total.tp_p, total.n_pred + gaps.n_pred, total.tp_r, total.n_gold)
        print(
            f"(counting them as wrong: P {with_gaps.precision:.3f}  R {with_gaps.recall:.3f}  F1 {with_gaps.f1:.3f})"
        )
    if accused.pages:
        print(
            f"\nmissing-field findings (要素缺失) that would rest on our mistake: {accused.false_pages} of "
            f"{accused.pages} pages (a wrong notice type {accused.wrong_type}; an item the page states, judged "
            f"absent {accused.stated}); missing items in all {accused.missing}"
        )
        print(
            f"missing items sent to the office's review list because the type was only inferred from the "
            f"body or only its title (类型由正文推断 / 仅凭标题判断，待人工核对): {accused.inferred_items} on {accused.inferred_pages} pages "
            f"(type wrong on {accused.inferred_wrong_type}, right on "
            f"{accused.inferred_pages - accused.inferred_wrong_type})"
        )
        if Accusations.listed:
            accused.show()
    acc = type_ok / len(cases) if cases else 1.0
    SUMMARY.append(
        SummaryRow(
            title,
            len(cases),
            total.precision,
            total.recall,
            total.f1,
            type_ok,
            accused.false_pages,
            accused.pages,
        )
    )
    print(
        f"\nOVERALL {title}: P {total.precision:.3f}  R {total.recall:.3f}  F1 {total.f1:.3f}  "
        f"type accuracy {acc:.3f} ({type_ok}/{len(cases)})"
    )
    return total.f1


def speed(bodies: list[bytes], rounds: int = 3) -> None:
    """Notices per second on one core, and the ratio to a bare lxml parse.

    Also in CPU time (``time.process_time``): on a machine whose cores are shared, wall time counts the
    other jobs' turns, CPU time only the extraction's own."""
    extract(bodies[0])  # warm-up (jieba dictionary, regex caches)
    best_x = best_l = best_cpu = float("inf")
    for _ in range(rounds):
        t0, c0 = time.perf_counter(), time.process_time()
        for b in bodies:
            extract(b)
        best_x = min(best_x, time.perf_counter() - t0)
        best_cpu = min(best_cpu, time.process_time() - c0)
        t0 = time.perf_counter()
        for b in bodies:
            lxml.html.fromstring(b)
        best_l = min(best_l, time.perf_counter() - t0)
    print(
        f"\nSPEED: {len(bodies)} pages, {len(bodies) / best_x:.0f} notices/s on one core "
        f"({1000 * best_x / len(bodies):.2f} ms each); extraction / lxml.fromstring = {best_x / best_l:.1f}×; "
        f"CPU time {len(bodies) / best_cpu:.0f} notices/s ({1000 * best_cpu / len(bodies):.2f} ms each)"
    )


def main() -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--realdata", default=str(default_realdata()))
    ap.add_argument("--corpus", help="replica corpus directory (postings.jsonl + manifest.json)")
    ap.add_argument("--limit", type=int, default=3000, help="at most this many corpus postings")
    ap.add_argument("--errors", type=int, default=15, help="print this many wrong values per set")
    ap.add_argument("--hint", action="store_true", help="pass the posting's title/date as the channel hint")
    ap.add_argument(
        "--accused",
        action="store_true",
        help="list the pages whose 要素缺失 finding would rest on our mistake",
    )
    for fresh in FRESH_SETS:
        ap.add_argument(
            f"--{fresh.name}",
            default=str(fresh.realdata),
            help=f"directory holding the {fresh.name} pages (pages/<name>); labels are in bench/{fresh.name}/labels",
        )
    ap.add_argument(
        "--part",
        choices=("tune", "held_back", *(f.name for f in FRESH_SETS), "rendered", "both", "seen", "all"),
        default="all",
        help="which set to score: a side of bench/extract_split.toml, a fresh set, both sides "
        "of the split, the seen HTML pages rendered to text, every set tuned on ('seen': never a "
        "never-tuned one), or all of them",
    )
    ap.add_argument(
        "--summary",
        action="store_true",
        help="end with one line a scored set (pages, P, R, F1, types right, pages accused on our mistake)",
    )
    ap.add_argument(
        "--labels",
        default="labels",
        help="score a fresh set against bench/<set>/<LABELS>: 'labels' (default) or 'labels_second', the "
        "independent second labelling where one exists",
    )
    args = ap.parse_args()
    Accusations.listed = args.accused
    FreshSet.label_dir = args.labels
    bodies: list[bytes] = []
    real = Path(args.realdata)
    split_parts: tuple[str, ...] = {
        "both": ("tune", "held_back"),
        "all": ("tune", "held_back"),
        "seen": ("tune", "held_back"),
        **{f.name: () for f in FRESH_SETS},
        "rendered": (),
    }.get(args.part, (args.part,))
    if split_parts and (real / "dev" / "pages").is_dir():
        for part in split_parts:
            cases = real_cases(real, part)
            run(
                cases,
                REFERENCE_KEYS,
                False,
                args.errors,
                f"real pages, {part} (reference keys)",
            )
            bodies += [c[1] for c in cases if c[2]["set"] == "dev"]
    elif split_parts:
        print(f"real pages not found at {real}: skipped (set PUBWATCH_REALDATA)")
    for fresh in FRESH_SETS:
        if args.part in (fresh.name, "all") or (args.part == "seen" and fresh.seen_since):
            run_fresh(fresh, Path(getattr(args, fresh.name)), args.errors)
    if args.part in ("rendered", "seen", "all"):
        # the seen HTML pages (dev/ and the first fresh set) as a page store's text rendering prints them
        seen = (
            [c for p in ("tune", "held_back") for c in real_cases(real, p)] if (real / "dev").is_dir() else []
        )
        seen += fresh_cases(Path(args.fresh))  # the first fresh set: HTML pages seen since round 1
        cases = rendered_cases(seen)
        if cases:
            run(
                cases,
                REFERENCE_KEYS,
                False,
                args.errors,
                "real HTML pages rendered to text (seen; reference keys)",
            )
        else:
            print("rendered: no labelled HTML pages found: skipped")
    if args.corpus:
        cases = corpus_cases(Path(args.corpus), args.limit)
        run(cases, None, args.hint, args.errors, f"replica corpus {args.corpus}")
        bodies += [c[1] for c in cases[:1000]]
    if bodies:
        speed(bodies)
    if args.summary:
        print_summary(SUMMARY)
    if args.accused:
        Accusations.show_by_item()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
