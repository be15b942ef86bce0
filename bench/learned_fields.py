"""Would a reader *learned* from the labelled pages read never-tuned pages better than the rules?

    PYTHONPATH=$PWD .venv/bin/python bench/learned_fields.py                 # vocabulary and contexts
    PYTHONPATH=$PWD .venv/bin/python bench/learned_fields.py --crf           # + a character CRF (minutes)
    PYTHONPATH=$PWD .venv/bin/python bench/learned_fields.py --crf --forms --folds 5   # all of docs/learned-fields.md

The question of docs/learned-types.md, asked of fields: rule rounds carried over ~0.000 to the next set of sites
never seen, and a learned notice-type model did worse than the rules. Three learners, each trained on every seen
page on disk (shared/realdata dev/ and text/, each fresh set with ``seen_since``), the page rendered to lines
(``extractors.layout.text_rendering``: one block a line, table cells one a line):

- ``Vocabulary``: label → key. The page is cut into (label, value) pairs, inline (``label：value``) or as a cell
  pair (a short label line, the value on the next); a pair is right for key K when its value is the page's
  labelled K (the bench's ``values_equal``, money and areas parsed), wrong otherwise (also on a page that does
  not label K). A label joins for K with ``MIN_POS`` right pairs and a share of ``MIN_PRECISION`` right.
- ``Contexts``: (characters before, characters after) → key, read off every printed occurrence of each labelled
  value: a wrapper that reads prose ('由X中标') as well as labels; kept by the same two thresholds, counted in
  pages read right.
- ``CRF`` (``--crf``): a character CRF (python-crfsuite) over BIO tags of the labelled values' occurrences.

All parameters were fixed before any score was seen. Test: each never-tuned set (``seen_since`` None), never
trained on, pooled apart for sites never seen (``NEW_SITES``) and new pages of tuned sources; each learner alone
and filling only the keys the rules (``extractors.extract``) left empty, scored with the bench's scoring
(``extractors.scoring``, reference keys, and the learners' keys alone). ``--folds N`` cross-validates the
learners over the seen sets by set. The models hold strings of pages that are not ours: built in memory (the
CRF in a temporary file) at each run and never kept. Prints set names and figures only, never page text, so a
never-tuned set shows nothing to tune on.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import FRESH_SETS, NotAPage, default_realdata, extract, fresh_cases, real_cases

from extractors.decode import load
from extractors.layout import text_rendering
from extractors.normalize import money, parse_area, parse_date, parse_number
from extractors.scoring import REFERENCE_KEYS, Tally, score_fields, values_equal

#: a label needs this many positives over the training pages …
MIN_POS = 2
#: … and this share of its pairs (labelled key present) right
MIN_PRECISION = 0.6
#: names and codes, read as printed
NAME_KEYS = (
    "project_name",
    "project_number",
    "purchaser",
    "agency",
    "winner",
    "location",
    "land_use",
    "parcel_no",
    "contact_phone",
)
MONEY_KEYS = {"budget", "amount", "max_price", "starting_price"}
#: keys labelled as a list of names (one name read is a list of one)
LIST_KEYS = {"winner"}
#: keys the vocabulary may read: scalar values a label introduces (lists, titles and dates of the page
#: itself are left out: a title has no label, candidate and expert lists are tables of their own)
KEYS = (*NAME_KEYS, *sorted(MONEY_KEYS), "area_m2", "use_term_years", "bid_deadline", "opening_time")
_NUMBERING = re.compile(r"^[\s\d一二三四五六七八九十（）()、.．]+")
_INLINE = re.compile(r"([^\s:：。，,；;]{2,16})\s*[:：]\s*(.+)")
_LABEL_LINE = re.compile(r"[^\s:：。，,；;]{2,16}[:：]?")
_NEXT_LABEL = re.compile(r"\s{2,}|[；;。]|\s[^\s:：]{2,12}[:：]")

Case = tuple[str, bytes, dict[str, Any], Any]


def labelled(gold: dict[str, Any], key: str) -> bool:
    return gold.get(key) not in (None, "", [])


@lru_cache(maxsize=4096)
def lines_of(body: bytes) -> list[str]:
    """The page as rendered lines; [] when it is no page."""
    try:
        text = text_rendering(load(body, None).html)
    except NotAPage:
        return []
    return [line.strip() for line in text.splitlines() if line.strip()]


def clean_label(raw: str) -> str:
    """A label without its numbering ('一、', '（二）', '3.') and spaces."""
    return _NUMBERING.sub("", raw).replace(" ", "").replace("\u3000", "")


def pairs(lines: list[str]) -> Iterator[tuple[str, str]]:
    """(label, value) pairs of a page: inline 'label：value' (value up to the next label or sentence end)
    and cell pairs (a short label line, the value on the next line)."""
    for i, line in enumerate(lines):
        m = _INLINE.match(line)
        if m:
            value = _NEXT_LABEL.split(m.group(2), maxsplit=1)[0].strip()
            label = clean_label(m.group(1))
            if len(label) >= 2 and value:
                yield label, value
            continue
        if i + 1 < len(lines) and _LABEL_LINE.fullmatch(line) and not _INLINE.match(lines[i + 1]):
            label = clean_label(line.rstrip(":："))
            if len(label) >= 2:
                yield label, lines[i + 1]


def typed(key: str, value: str) -> Any:
    """A raw value as the key's labels type it (yuan, m², years, dates); None when it does not parse."""
    if key in MONEY_KEYS:
        return money(value)
    if key == "area_m2":
        return parse_area(value)
    if key == "use_term_years":
        return parse_number(value)
    if key in ("bid_deadline", "opening_time"):
        return parse_date(value)
    if key in LIST_KEYS:
        return [value]
    return value


def members(gold: Any) -> list[Any]:
    """A labelled value as the values a page may print: a list's names, else the value itself."""
    if isinstance(gold, list):
        return [g.get("name") if isinstance(g, dict) else g for g in gold if g]
    return [gold]


def matches(key: str, value: str, gold: Any) -> bool:
    """Whether a pair's value is the page's labelled value of ``key`` (one of its names, for a list)."""
    got = typed(key, value)
    if got is None:
        return False
    if key in LIST_KEYS:
        return any(values_equal(value, g) for g in members(gold))
    if key in ("bid_deadline", "opening_time"):
        return str(gold)[:10] == got
    return values_equal(got, gold)


@dataclass
class Vocabulary:
    """label → key, learned from labelled pages."""

    table: dict[str, str]

    @classmethod
    def learn(cls, cases: Iterable[Case]) -> Vocabulary:
        pos: Counter[tuple[str, str]] = Counter()
        neg: Counter[tuple[str, str]] = Counter()
        for _name, body, lab, _hint in cases:
            gold = lab.get("fields", {})
            for label, value in pairs(lines_of(body)):
                for key in KEYS:
                    if labelled(gold, key) and matches(key, value, gold[key]):
                        pos[label, key] += 1
                    else:  # a value another than the label's, or one the page's label has not
                        neg[label, key] += 1
        best: dict[str, tuple[float, int, str]] = {}
        for (label, key), n in pos.items():
            share = n / (n + neg[label, key])
            if n >= MIN_POS and share >= MIN_PRECISION and (share, n) > best.get(label, (0.0, 0, ""))[:2]:
                best[label] = (share, n, key)
        return cls({label: key for label, (_s, _n, key) in best.items()})

    def read(self, body: bytes) -> dict[str, Any]:
        """A page's fields by the vocabulary: the first pair per key."""
        out: dict[str, Any] = {}
        for label, value in pairs(lines_of(body)):
            key = self.table.get(label)
            if key and key not in out:
                got = typed(key, value)
                if got is not None:
                    out[key] = got
        return out


#: the never-tuned sets whose pages come from sites no set had used (their READMEs); the others are new
#: random draws of sources tuned on before (BidAgent's and ccgp.gov.cn's pages)
NEW_SITES = ("fresh36", "fresh51", "fresh52")
#: the learning curve's shuffle of the seen sets (fixed before any curve was drawn)
CURVE_SEED = 34
#: keys a context pattern reads: names and codes as printed, and sums of money
CONTEXT_KEYS = (*NAME_KEYS, *sorted(MONEY_KEYS))
#: context lengths: characters before a value (left) and after it (right; a sum of money ends by itself)
LEFT = (2, 3, 4)
RIGHT = (1, 2)
#: longest value a context pattern may span
MAX_SPAN = 40
_MONEY_TOKEN = re.compile(r"\s*(\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元))")

Pattern = tuple[str, str, str]  # (key, left, right)


def page_text(body: bytes) -> str:
    return "\n".join(lines_of(body))


def occurrences(text: str, key: str, gold: Any) -> Iterator[tuple[int, int]]:
    """Where the page prints its labelled value of ``key`` (a sum: any sum of money that parses to it)."""
    if key in MONEY_KEYS:
        for m in _MONEY_TOKEN.finditer(text):
            if values_equal(money(m.group(1)), gold):
                yield m.start(1), m.end(1)
        return
    value = str(gold)
    if not value or "\n" in value:
        return
    start = text.find(value)
    while start >= 0:
        yield start, start + len(value)
        start = text.find(value, start + 1)


def first_match(text: str, pattern: Pattern) -> str | None:
    """The value the pattern reads first on a page, as printed; None where it reads none."""
    key, left, right = pattern
    start = text.find(left)
    while start >= 0:
        at = start + len(left)
        if key in MONEY_KEYS:
            m = _MONEY_TOKEN.match(text, at)
            if m:
                return m.group(1)
        else:
            end = text.find(right, at + 1, at + MAX_SPAN + len(right))
            if end > at and "\n" not in text[at:end]:
                return text[at:end]
        start = text.find(left, start + 1)
    return None


@dataclass
class Contexts:
    """(left context, right context) → key, learned from labelled pages: a wrapper read off the characters
    around each labelled value, so that it reads prose ('由X中标', '被X以…竞得') as well as 'label：value'."""

    patterns: list[tuple[Pattern, int, int]]  # best first: (pattern, right pages, pages it read)

    @classmethod
    def learn(cls, cases: Iterable[Case]) -> Contexts:
        cases = list(cases)
        seen: Counter[Pattern] = Counter()
        for _name, body, lab, _hint in cases:
            gold, text, found = lab.get("fields", {}), page_text(body), set()
            for key in CONTEXT_KEYS:
                if not labelled(gold, key):
                    continue
                for s, e in (o for g in members(gold[key]) for o in occurrences(text, key, g)):
                    for k in LEFT:
                        left = text[max(0, s - k) : s]
                        if len(left) < k:
                            continue
                        if key in MONEY_KEYS:
                            found.add((key, left, ""))
                            continue
                        for j in RIGHT:
                            right = text[e : e + j]
                            if len(right) == j:
                                found.add((key, left, right))
            seen.update(found)
        candidates = [p for p, n in seen.items() if n >= MIN_POS]
        right: Counter[Pattern] = Counter()
        read: Counter[Pattern] = Counter()
        for _name, body, lab, _hint in cases:
            gold, text = lab.get("fields", {}), page_text(body)
            for pattern in candidates:
                got = first_match(text, pattern)
                if got is None:
                    continue
                read[pattern] += 1
                key = pattern[0]
                if labelled(gold, key) and matches(key, got, gold[key]):
                    right[pattern] += 1
        kept = [
            (p, right[p], read[p])
            for p in candidates
            if right[p] >= MIN_POS and right[p] / read[p] >= MIN_PRECISION
        ]
        kept.sort(key=lambda t: (-t[1] / t[2], -t[1], -len(t[0][1]) - len(t[0][2])))
        return cls(kept)

    def read(self, body: bytes) -> dict[str, Any]:
        """A page's fields: per key, the value of its best pattern that reads one."""
        text, out = page_text(body), {}
        for pattern, _right, _read in self.patterns:
            key = pattern[0]
            if key in out:
                continue
            got = first_match(text, pattern)
            if got is not None and (value := typed(key, got)) is not None:
                out[key] = value
        return out


#: a page's first characters a CRF reads (bounds the training time; page-store excerpts are ~2,000)
CRF_CHARS = 4000
#: CRF training, fixed before any score was seen: L-BFGS with crfsuite's usual L1/L2 weights
CRF_PARAMS = {"c1": 0.1, "c2": 0.01, "max_iterations": 100, "feature.possible_transitions": True}


def char_class(ch: str) -> str:
    if ch == "\n":
        return "NL"
    if ch.isdigit():
        return "D"
    if "\u4e00" <= ch <= "\u9fff":
        return "H"
    if ch.isascii() and ch.isalpha():
        return "L"
    return "P"


def char_features(text: str) -> list[list[str]]:
    """Per character: itself and its neighbours (±2), the bigrams around it, its class, and the label of
    its line (the 2–4 characters before the last colon before it on that line) — what a reader of a
    Chinese notice looks at, with no rule of ours."""
    feats = []
    line_start, label2, label4 = 0, "", ""
    for i, ch in enumerate(text):
        if ch == "\n":
            line_start, label2, label4 = i + 1, "", ""
        elif i > 0 and text[i - 1] in "：:":
            label2, label4 = text[max(line_start, i - 3) : i - 1], text[max(line_start, i - 5) : i - 1]
        prev, nxt = text[i - 1] if i else "^", text[i + 1] if i + 1 < len(text) else "$"
        f = [
            "c=" + ch,
            "c-1=" + prev,
            "c+1=" + nxt,
            "c-2=" + (text[i - 2] if i > 1 else "^"),
            "c+2=" + (text[i + 2] if i + 2 < len(text) else "$"),
            "b-=" + prev + ch,
            "b+=" + ch + nxt,
            "k=" + char_class(ch),
            "k-1=" + char_class(prev) if i else "k-1=^",
            "k+1=" + char_class(nxt) if i + 1 < len(text) else "k+1=$",
        ]
        if label2:
            f += ["l2=" + label2, "l4=" + label4]
        if i == line_start:
            f.append("bol")
        feats.append(f)
    return feats


def char_tags(text: str, gold: dict[str, Any]) -> list[str]:
    """BIO tags of every printed occurrence of each labelled value (longest values first, no overlap)."""
    tags = ["O"] * len(text)
    spans = []
    for key in CONTEXT_KEYS:
        if labelled(gold, key):
            for value in members(gold[key]):
                spans += [(s, e, key) for s, e in occurrences(text, key, value)]
    for s, e, key in sorted(spans, key=lambda t: t[0] - t[1]):
        if all(t == "O" for t in tags[s:e]):
            tags[s] = "B-" + key
            for j in range(s + 1, e):
                tags[j] = "I-" + key
    return tags


class CRF:
    """A character CRF (python-crfsuite) over the context keys: the textbook learned reader of Chinese
    notices. Trained in a temporary file that is deleted after use: the model embeds characters of pages
    that are not ours, so it is never kept."""

    def __init__(self, cases: Iterable[Case]) -> None:
        import pycrfsuite  # a dev dependency, imported where it is used: the other learners need it not

        trainer = pycrfsuite.Trainer(verbose=False)
        for _name, body, lab, _hint in cases:
            text = page_text(body)[:CRF_CHARS]
            if text:
                trainer.append(char_features(text), char_tags(text, lab.get("fields", {})))
        trainer.set_params(CRF_PARAMS)
        self._dir = tempfile.TemporaryDirectory(prefix="pubwatch-crf-")
        path = str(Path(self._dir.name) / "model.crfsuite")
        trainer.train(path)
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(path)

    def read(self, body: bytes) -> dict[str, Any]:
        """A page's fields: per key, the first span the CRF tags."""
        text = page_text(body)[:CRF_CHARS]
        if not text:
            return {}
        out: dict[str, Any] = {}
        tags = self.tagger.tag(char_features(text))
        i = 0
        while i < len(tags):
            if tags[i] == "O":
                i += 1
                continue
            key, j = tags[i][2:], i + 1
            while j < len(tags) and tags[j] == "I-" + key:
                j += 1
            if key not in out and (value := typed(key, text[i:j].strip())) is not None:
                out[key] = value
            i = j
        return out


def rules(body: bytes) -> dict[str, Any]:
    try:
        return dict(extract(body).fields)
    except NotAPage:
        return {}


def tally(
    preds: Iterable[tuple[dict[str, Any], dict[str, Any]]], keys: Iterable[str] = REFERENCE_KEYS
) -> Tally:
    t = Tally()
    for pred, gold in preds:
        for fs in score_fields(pred, gold, keys):
            t.add(fs)
    return t


def fmt(t: Tally) -> str:
    return f"{t.f1:.3f} ({t.precision:.3f} {t.recall:.3f})"


def score_readers(
    cases: list[Case], readers: dict[str, Any], with_rules: bool = True
) -> dict[str, list[tuple[dict[str, Any], dict[str, Any]]]]:
    """Each reader's (prediction, label fields) per page; a reader gets the page and the rules' reading."""
    rows: dict[str, list] = defaultdict(list)
    for _case, body, lab, _hint in cases:
        r = rules(body) if with_rules else {}
        for reader, read in readers.items():
            rows[reader].append((read(body, r), lab["fields"]))
    return rows


def learned_readers(cases: list[Case], crf: bool) -> dict[str, Any]:
    """The learners trained on ``cases``, each as a reader (the CRF only when asked: it trains for minutes)."""
    vocab, contexts = Vocabulary.learn(cases), Contexts.learn(cases)
    out = {"vocabulary": lambda body, r: vocab.read(body), "contexts": lambda body, r: contexts.read(body)}
    if crf:
        model = CRF(cases)
        out["crf"] = lambda body, r: model.read(body)
    return out


def cross_validate(by_set: dict[str, list[Case]], folds: int, crf: bool) -> None:
    """The learned readers on seen sets they were not trained on: sets dealt round-robin into ``folds``
    folds, each read by readers learned from the others; beside it, the same readers read their own
    training pages (resubstitution), and the rules, which were tuned on these pages."""
    names = sorted(by_set)
    pooled: dict[str, list] = defaultdict(list)
    for f in range(folds):
        held = [n for i, n in enumerate(names) if i % folds == f]
        train = [c for n in names if n not in held for c in by_set[n]]
        rows = score_readers(
            [c for n in held for c in by_set[n]],
            learned_readers(train, crf),
            with_rules=False,
        )
        for k, v in rows.items():
            pooled[k] += v
    everything = [c for n in names for c in by_set[n]]
    resub = score_readers(
        everything,
        {"rules (tuned here)": lambda body, r: r} | learned_readers(everything, crf),
    )
    print(f"\nseen sets, {len(everything)} pages in {len(names)} sets, {folds} folds by set:")
    for keys, scope in ((REFERENCE_KEYS, "all reference keys"), (KEYS, "the learners' keys")):
        print(f"  on {scope}:")
        for reader, rows in resub.items():
            print(f"    {reader:20} own training pages {fmt(tally(rows, keys))}", end="")
            print(f"   sets not trained on {fmt(tally(pooled[reader], keys))}" if reader in pooled else "")


def forms(cases: list[Case]) -> Counter[str]:
    """How each labelled value stands on its page: after a colon label ('…：' on its line, within 16
    characters before it), alone on its line (a table cell or a value under its label), inside a line with no
    colon label (prose, or a label printed without a colon), or not printed as labelled (no occurrence)."""
    out: Counter[str] = Counter()
    for _case, body, lab, _hint in cases:
        text, gold = page_text(body), lab["fields"]
        for key in CONTEXT_KEYS:
            if not labelled(gold, key):
                continue
            for value in members(gold[key]):
                spans = list(occurrences(text, key, value))
                if not spans:
                    out["not printed as labelled"] += 1
                    continue
                s, e = spans[0]
                line_start = text.rfind("\n", 0, s) + 1
                line_end = text.find("\n", e)
                before = text[max(line_start, s - 16) : s]
                if "：" in before or ":" in before:
                    out["after a colon label"] += 1
                elif (
                    not text[line_start:s].strip()
                    and not text[e : line_end if line_end >= 0 else None].strip()
                ):
                    out["alone on its line"] += 1
                else:
                    out["inside a line, no colon label"] += 1
    return out


def print_forms(title: str, cases: list[Case]) -> None:
    c = forms(cases)
    n = sum(c.values()) or 1
    print(
        f"  {title:34} {len(cases):4} pages {n:5} values: "
        + ", ".join(f"{k} {v / n:.0%}" for k, v in c.most_common())
    )


def learning_curve(
    by_set: dict[str, list[Case]], tests: dict[str, list[Case]], shares: list[float], crf: bool
) -> None:
    """The learners trained on a growing share of the seen sets (whole sets, a fixed shuffle, each share's
    sets a superset of the last), read on the two never-tuned groups: does more labelled data carry over?"""
    names = sorted(by_set)
    random.Random(CURVE_SEED).shuffle(names)
    groups = {
        "sites never seen": [c for n in tests if n in NEW_SITES for c in tests[n]],
        "tuned sources": [c for n in tests if n not in NEW_SITES for c in tests[n]],
    }
    print("\nlearning curve: F1 (all reference keys) by the share of seen sets trained on")
    for share in shares:
        chosen = names[: max(1, round(share * len(names)))]
        train = [c for n in chosen for c in by_set[n]]
        readers = learned_readers(train, crf)
        figures = []
        for group, cases in groups.items():
            rows = score_readers(cases, readers, with_rules=False)
            figures.append(f"{group}: " + ", ".join(f"{k} {tally(rows[k]).f1:.3f}" for k in readers))
        print(f"  {share:4.0%} ({len(chosen)} sets, {len(train)} pages)  " + "; ".join(figures))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--crf", action="store_true", help="also train a character CRF (minutes)")
    ap.add_argument("--forms", action="store_true", help="how the labelled values stand on their pages")
    ap.add_argument(
        "--folds", type=int, default=0, help="also cross-validate the learners over the seen sets"
    )
    ap.add_argument(
        "--curve", default="", help="also a learning curve: shares of the seen sets, e.g. 0.25,0.5,1"
    )
    args = ap.parse_args()
    realdata = default_realdata()
    by_set: dict[str, list[Case]] = defaultdict(list)
    for case in real_cases(realdata):
        by_set[case[2]["set"]].append(case)
    tests: dict[str, list[Case]] = {}
    for fresh in FRESH_SETS:
        cases = fresh_cases(fresh.realdata, fresh.labels, fresh.name)
        if fresh.seen_since is None:
            tests[fresh.name] = cases
        elif cases:
            by_set[fresh.name] = cases
    train = [c for cases in by_set.values() for c in cases]
    learned = learned_readers(train, args.crf)
    print(f"training pages: {len(train)} ({len(by_set)} seen sets)")
    readers = {"rules": lambda body, r: r, **learned}
    for name, read in learned.items():
        readers[f"rules+{name}"] = lambda body, r, read=read: fill(r, read(body, r))
    width = max(len(k) for k in readers) + 2
    print(
        f"\nnever-tuned sets, field F1 (all reference keys)\n{'set':10} {'pages':>5}  "
        + "".join(f"{k:>{width}}" for k in readers)
    )
    per_set = {}
    for name, cases in tests.items():
        rows = per_set[name] = score_readers(cases, readers)
        print(f"{name:10} {len(cases):5}  " + "".join(f"{tally(rows[k]).f1:>{width}.3f}" for k in readers))
    groups = {
        "sites never seen": [n for n in tests if n in NEW_SITES],
        "new pages of tuned sources": [n for n in tests if n not in NEW_SITES],
        "all never-tuned": list(tests),
    }
    for group, names in groups.items():
        rows_of = {k: [row for n in names for row in per_set[n][k]] for k in readers}
        n_pages = sum(len(tests[n]) for n in names)
        print(
            f"{group} ({', '.join(names)}; {n_pages} pages): F1 (P R), all reference keys | the learners' keys"
        )
        for k in readers:
            print(f"  {k:{width}} {fmt(tally(rows_of[k]))} | {fmt(tally(rows_of[k], KEYS))}")
    if args.forms:
        print("\nhow labelled values (the context keys) stand on the page:")
        print_forms("seen sets", train)
        for name, cases in tests.items():
            print_forms(name, cases)
    if args.folds:
        cross_validate(by_set, args.folds, args.crf)
    if args.curve:
        learning_curve(by_set, tests, [float(x) for x in args.curve.split(",")], args.crf)
    return 0


def fill(rules_read: dict[str, Any], learned: dict[str, Any]) -> dict[str, Any]:
    """The rules' reading with a learned value only where the rules read nothing."""
    return {**rules_read, **{k: v for k, v in learned.items() if rules_read.get(k) in (None, "", [])}}


if __name__ == "__main__":
    raise SystemExit(main())
