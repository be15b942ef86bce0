"""Would a learned notice-type classifier have carried over to never-seen pages better than the hand rules did?

    PYTHONPATH=$PWD .venv/bin/python bench/type_model_history.py            # classifier vs recorded blind figures
    PYTHONPATH=$PWD .venv/bin/python bench/type_model_history.py --rules    # + the rules re-run at each blind commit
    PYTHONPATH=$PWD .venv/bin/python bench/type_model_history.py --rules --pages   # + one line per page (no text)

A replay of history (docs/learned-types.md). For each fresh set k in the order it was scored blind (fresh8 …
fresh35), a multinomial naive Bayes is trained on the pages of every set before k plus shared/realdata dev/ and
text/ (target: the label's ``notice_type``) and scored on set k's pages — so the model at k has seen exactly
what a rule round before k could have been tuned on, never set k itself. Features: character 1–3-grams of the
page's title line(s) and of its first 300 characters of visible text (two namespaces), after
``extractors.hanzi.fold`` (used for normalisation only: no extractor rule is read). The file name, which
spells the type, is never a feature. Hyper-parameters are fixed here, before any score was seen:
binary n-gram presence, additive smoothing ALPHA = 0.5, empirical class priors.

Rules: each set's blind type accuracy as its README records it (``RECORDED``, all labelled pages, the labels
of that day). With ``--rules`` the extractors are also re-run on the pages on disk at the very commit each set
was scored blind on (``git archive`` snapshot in a temporary directory), which gives the rules' per-page type
and ``type_basis`` at blind time, and at the current commit (``HEAD``) for the leaky flag the brief asks for.
Combined policies, per page: the rules' blind type, unless the rules say other.other or their type_basis is
weak (body, unsure, none), then the classifier's type; "C@o" hands over only the pages the rules call other.other. "flag@blind" reads that flag from the blind commit's
own record (honest); "flag@HEAD" from the present code's (it leaks rounds tuned on set k into set k).

Prints figures and page names only, never page text; writes nothing into the repository (the snapshots go
to a temporary directory, the per-commit rule output is cached under $TMPDIR/pubwatch-type-history).
"""

from __future__ import annotations

import argparse
import io
import json
import math
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

import lxml.html

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from extractors.hanzi import fold  # noqa: E402  (normalisation only)

REALDATA = Path(os.environ.get("PUBWATCH_REALDATA", str(ROOT.parent / "shared" / "realdata")))
ALPHA = 0.5
LEAD = 300
WEAK = {"body", "unsure", "none"}

#: set → (commit it was scored blind on, types right, pages) as bench/<set>/README.md records the one blind
#: score (fresh8–11: the "Scored once" section; fresh12 on: the first paragraph; fresh18 with its three
#: pages that turned out to be renderings of shared/realdata/text pages).
RECORDED: dict[str, tuple[str, int, int]] = {
    "fresh8": ("83c6501", 23, 30),
    "fresh9": ("187b6f1", 27, 39),
    "fresh10": ("76aafaa", 24, 29),
    "fresh11": ("635eda6", 8, 15),
    "fresh12": ("231b1ec", 21, 25),
    "fresh13": ("231b1ec", 15, 25),
    "fresh14": ("bd8e04d", 19, 23),
    "fresh15": ("1d171ed", 17, 23),
    "fresh16": ("1d171ed", 16, 24),
    "fresh17": ("3866ca1", 16, 19),
    "fresh18": ("3866ca1", 11, 18),
    "fresh19": ("cd3bd29", 19, 21),
    "fresh20": ("cd3bd29", 18, 22),
    "fresh21": ("ca7d7e8", 12, 13),
    "fresh22": ("ca7d7e8", 14, 19),
    "fresh23": ("24a5180", 16, 16),
    "fresh24": ("24a5180", 11, 19),
    "fresh25": ("24a5180", 13, 19),
    "fresh26": ("eaa4351", 15, 17),
    "fresh27": ("eaa4351", 15, 17),
    "fresh28": ("eaa4351", 13, 16),
    "fresh29": ("c61bdda", 10, 16),
    "fresh30": ("c61bdda", 12, 15),
    "fresh31": ("d756790", 9, 18),
    "fresh32": ("d756790", 17, 17),
    "fresh33": ("9135b23", 12, 18),
    "fresh34": ("9135b23", 7, 10),
    "fresh35": ("9135b23", 12, 15),
}
SETS = list(RECORDED)
#: fresh18's three pages whose text is in shared/realdata/text (bench/fresh18/README.md): in the classifier's
#: training data from the start, so they are reported apart
FRESH18_DUPES = {
    "zj-lishui-longquan_mining_caikuangquan-wangshang-guapai-churang-gonggao_lanju-dawan-huagangyan.txt",
    "zj-quzhou_land_guoyou-jianshe-yongdi-paimai-churang-gonggao_lvse-chanye-jijuqu.txt",
    "zj-zhoushan-daishan_mining_caikuangquan-xieyi-churang-shixiang-gongkai_xiaoshulanghu-dao.txt",
}


def norm_type(t: str) -> str:
    return "other.other" if t in ("other", "refused") else t


# --------------------------------------------------------------------------- page → (title, lead)


def decode(body: bytes) -> str:
    if body.startswith(b"\xef\xbb\xbf"):
        body = body[3:]
    head = body[:2048].lower()
    m = re.search(rb"charset=[\"']?([a-z0-9_-]+)", head)
    encs = ["utf-8", "gb18030"]
    if m and m.group(1).decode() not in ("utf-8", "utf8"):
        encs.insert(0, m.group(1).decode())
    for enc in encs:
        try:
            return body.decode(enc)
        except (LookupError, UnicodeDecodeError):
            continue
    return body.decode("utf-8", "replace")


def _squash(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


_PARSER = lxml.html.HTMLParser(encoding="utf-8")


def _html_parts(text: str) -> tuple[str, str]:
    try:
        doc = lxml.html.fromstring(text.encode("utf-8"), parser=_PARSER)
    except Exception:  # an unparsable page is read as text
        return _text_parts(re.sub(r"<[^>]+>", " ", text))
    for bad in doc.xpath("//script|//style|//noscript"):
        bad.drop_tree()
    titles = [_squash(e.text_content()) for e in doc.xpath("//title|//h1|//h2|//h3")[:4]]
    lead = _squash(doc.text_content())
    return " | ".join(t for t in titles if t), lead


def _text_parts(text: str) -> tuple[str, str]:
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    title = " | ".join(lines[:2])
    return title, _squash(text)


def _json_parts(text: str) -> tuple[str, str] | None:
    try:
        data = json.loads(text)
    except ValueError:
        return None
    titles: list[str] = []
    strings: list[str] = []

    def walk(o, key=""):
        if isinstance(o, dict):
            for k, v in o.items():
                walk(v, str(k))
        elif isinstance(o, list):
            for v in o:
                walk(v, key)
        elif isinstance(o, str) and o.strip():
            s = _squash(re.sub(r"<[^>]+>", " ", o))
            (titles if "title" in key.lower() else strings).append(s)

    walk(data)
    return " | ".join(titles[:2]), " ".join(titles[:1] + strings)


def page_parts(body: bytes) -> tuple[str, str]:
    """(title line(s), first LEAD characters of visible text), folded."""
    text = decode(body)
    s = text.lstrip()
    parts = None
    if s.startswith(("{", "[")):
        parts = _json_parts(s)
    if parts is None:
        parts = (
            _html_parts(text)
            if s.startswith("<") or re.search(r"<(html|body|div|table|p)\b", s[:4000], re.I)
            else _text_parts(text)
        )
    title, lead = parts
    return fold(title[:200]), fold(lead[:LEAD])


def features(title: str, lead: str) -> set[str]:
    out: set[str] = set()
    for tag, s in (("T", title), ("B", lead)):
        s = re.sub(r"\s+", " ", s)
        for n in (1, 2, 3):
            for i in range(len(s) - n + 1):
                g = s[i : i + n]
                if g.strip():
                    out.add(f"{tag}{g}")
    return out


# --------------------------------------------------------------------------- naive Bayes


class NB:
    def __init__(self, alpha: float = ALPHA) -> None:
        self.alpha = alpha

    def fit(self, X: list[set[str]], y: list[str]) -> NB:
        self.classes = sorted(set(y))
        self.prior = {c: math.log(n / len(y)) for c, n in Counter(y).items()}
        self.counts: dict[str, Counter] = defaultdict(Counter)
        for f, c in zip(X, y, strict=True):
            self.counts[c].update(f)
        self.vocab = set().union(*X)
        self.total = {c: sum(self.counts[c].values()) for c in self.classes}
        return self

    def scores(self, f: set[str]) -> dict[str, float]:
        V = len(self.vocab)
        out = {}
        for c in self.classes:
            denom = math.log(self.total[c] + self.alpha * V)
            cnt = self.counts[c]
            out[c] = self.prior[c] + sum(
                math.log(cnt.get(g, 0) + self.alpha) - denom for g in f if g in self.vocab
            )
        return out

    def predict(self, f: set[str]) -> str:
        s = self.scores(f)
        return max(s, key=s.get)


# --------------------------------------------------------------------------- data


def load_set(name: str) -> list[tuple[str, str, set[str]]]:
    """(page, label type, features) for each labelled page of a set on disk."""
    if name in ("dev", "text"):
        labels, pages = REALDATA / name / "labels", REALDATA / name / "pages"
    else:
        labels, pages = ROOT / "bench" / name / "labels", Path(f"/work/{name}-realdata/pages")
    out = []
    for lab in sorted(labels.glob("*.json")):
        page = pages / lab.name.removesuffix(".json")
        if not page.is_file():
            continue
        t = norm_type(json.loads(lab.read_text("utf-8"))["notice_type"])
        out.append((page.name, t, features(*page_parts(page.read_bytes()))))
    return out


# --------------------------------------------------------------------------- rules at a commit

_RUNNER = r"""
import json, sys
from pathlib import Path
from extractors import extract
out = {}
for p in json.loads(sys.stdin.read()):
    try:
        r = extract(Path(p).read_bytes())
        out[p] = [r.notice_type, getattr(r, "type_basis", "none")]
    except Exception as exc:
        out[p] = ["refused", "none"]
print(json.dumps(out))
"""


def rules_at(commit: str, paths: list[str]) -> dict[str, tuple[str, str]]:
    cache_dir = Path(tempfile.gettempdir()) / "pubwatch-type-history"
    cache_dir.mkdir(exist_ok=True)
    full = subprocess.run(
        ["git", "rev-parse", commit], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.strip()
    cache = cache_dir / f"{full}.json"
    known = json.loads(cache.read_text()) if cache.is_file() else {}
    todo = [p for p in paths if p not in known]
    if todo:
        with tempfile.TemporaryDirectory() as snap:
            tar = subprocess.run(["git", "archive", full], cwd=ROOT, capture_output=True, check=True).stdout
            with tarfile.open(fileobj=io.BytesIO(tar)) as tf:
                tf.extractall(snap, filter="data")
            env = {**os.environ, "PYTHONPATH": snap}
            res = subprocess.run(
                [sys.executable, "-c", _RUNNER],
                input=json.dumps(todo),
                cwd=snap,
                env=env,
                capture_output=True,
                text=True,
                check=True,
            )
            known.update(json.loads(res.stdout.strip().splitlines()[-1]))
        cache.write_text(json.dumps(known))
    return {p: (norm_type(known[p][0]), known[p][1]) for p in paths}


# --------------------------------------------------------------------------- main


def dom(t: str) -> str:
    return t.split(".", 1)[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--rules", action="store_true", help="re-run the extractors at each blind commit and at HEAD"
    )
    ap.add_argument("--pages", action="store_true", help="one line per page (names and types, no text)")
    args = ap.parse_args()

    base = load_set("dev") + load_set("text")
    data = {s: load_set(s) for s in SETS}
    tot = Counter()
    head = f"{'set':<8}{'rec':>7}{'pages':>6}{'train':>6}{'NB':>6}{'NBdom':>6}"
    if args.rules:
        head += f"{'R@b':>6}{'Rdom':>6}{'C@b':>6}{'C@H':>6}{'sw@b':>5}{'sw@H':>5}{'C@o':>5}{'o':>3}"
    print(head)
    for i, s in enumerate(SETS):
        train = base + [r for prev in SETS[:i] for r in data[prev]]
        model = NB().fit([f for _, _, f in train], [t for _, t, _ in train])
        commit, rec_ok, rec_n = RECORDED[s]
        rows = data[s]
        preds = [model.predict(f) for _, _, f in rows]
        ok = sum(p == t for p, (_, t, _) in zip(preds, rows, strict=True))
        okd = sum(dom(p) == dom(t) for p, (_, t, _) in zip(preds, rows, strict=True))
        n = len(rows)
        tot.update(rec_ok=rec_ok, rec_n=rec_n, n=n, nb=ok, nbd=okd)
        line = f"{s:<8}{rec_ok:>4}/{rec_n:<2}{n:>6}{len(train):>6}{ok:>6}{okd:>6}"
        if args.rules:
            paths = [f"/work/{s}-realdata/pages/{p}" for p, _, _ in rows]
            blind = rules_at(commit, paths)
            now = rules_at("HEAD", paths)
            rb = rd = cb = ch = swb = swh = co = so = 0
            for p, pred, (page, t, _) in zip(paths, preds, rows, strict=True):
                bt, bb = blind[p]
                _, hb = now[p]
                weak_b = bt == "other.other" or bb in WEAK
                weak_h = bt == "other.other" or hb in WEAK
                cbt = pred if weak_b else bt
                cht = pred if weak_h else bt
                rb += bt == t
                rd += dom(bt) == dom(t)
                cb += cbt == t
                ch += cht == t
                swb += weak_b
                swh += weak_h
                co += (pred if bt == "other.other" else bt) == t
                so += bt == "other.other"
                if args.pages:
                    dupe = " (text/ dupe)" if s == "fresh18" and page in FRESH18_DUPES else ""
                    print(
                        f"    {page}: label {t} | NB {pred} | rules@blind {bt} ({bb}) | basis@HEAD {hb}{dupe}"
                    )
            tot.update(rb=rb, rd=rd, cb=cb, ch=ch, swb=swb, swh=swh, co=co, so=so)
            line += f"{rb:>6}{rd:>6}{cb:>6}{ch:>6}{swb:>5}{swh:>5}{co:>5}{so:>3}"
        print(line)
        if s == "fresh18":
            keep = [(p, r) for p, r in zip(preds, rows, strict=True) if r[0] not in FRESH18_DUPES]
            print(
                f"{'  w/o 3 text/ dupes':<27}{len(keep):>3}{'':>6}{sum(p == r[1] for p, r in keep):>6}"
                f"{sum(dom(p) == dom(r[1]) for p, r in keep):>6}"
            )
    print(
        f"\ntotal: recorded rules {tot['rec_ok']}/{tot['rec_n']} ({tot['rec_ok'] / tot['rec_n']:.3f}); "
        f"on the {tot['n']} pages on disk: NB {tot['nb']}/{tot['n']} ({tot['nb'] / tot['n']:.3f}), "
        f"NB domain {tot['nbd']}/{tot['n']} ({tot['nbd'] / tot['n']:.3f})"
    )
    if args.rules:
        n = tot["n"]
        print(
            f"rules re-run at each blind commit {tot['rb']}/{n} ({tot['rb'] / n:.3f}), domain {tot['rd']}/{n} "
            f"({tot['rd'] / n:.3f}); combined, flag@blind {tot['cb']}/{n} ({tot['cb'] / n:.3f}, {tot['swb']} "
            f"pages handed to NB); combined, flag@HEAD (leaky) {tot['ch']}/{n} ({tot['ch'] / n:.3f}, "
            f"{tot['swh']} handed); only other.other handed to NB {tot['co']}/{n} ({tot['co'] / n:.3f}, {tot['so']} handed)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
