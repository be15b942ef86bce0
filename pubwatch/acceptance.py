"""Per-source extraction acceptance: which sources' missing items may be 要素缺失 findings (issue 12).

Why: a finding tells a responsible unit it broke a rule, so it must not rest on our misreading. On never-seen
pages of sources whose layout the extractors were tuned on, extraction meets its goal (random draws of ccgp
pages: F1 0.961, 0.983; types 16/16); on pages of sites never seen it does not (F1 0.58–0.80), and a 要素缺失
there was false 21 times in 52. So a source's missing items go to its units only once its own pages passed an
**acceptance**: a random draw of its stored pages, labelled by hand before any extractor output was seen,
scored blind at F1 >= 0.95 and notice types >= 0.95 (``THRESHOLD_F1``, ``THRESHOLD_TYPES``). Until then the
monitor files them as extraction gaps for the office (本来源版式尚未经抽样验收，待人工核对).

The record (``[monitor] acceptance``, ``monitor/acceptance.toml``) is a list of ``[[acceptance]]`` entries,
appended only by this module (``pubwatch acceptance score --record``, ``pubwatch acceptance replica
--record``): figures are never typed by hand. An entry has a scope: ``real`` (pages of the real site) or
``replica`` (pages of our own stand-in, scored against the replica's own truth by ``pubwatch simulate``);
an entry applies only to runs of its scope, so the replica's acceptance never reaches a real crawl.

The jobs: :func:`status_rows` (``status``), :func:`draw` (``draw``: a seeded random draw of distinct stored
notices, written as pages + MANIFEST.tsv + empty label templates + the office's labelling sheet 标注表.xlsx
(``pubwatch.label_sheet``, read back by ``pubwatch acceptance import-sheet``) + README), :func:`score_draw` (``score``:
bench_extract's scoring of a fresh set, ``pubwatch.extract_score``), :func:`replica_entries` (``replica``:
entries from a simulate result) and :func:`field_sources` (what the nightly job hands the monitor).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
import random
import subprocess
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pubwatch.config import Config, ConfigError
from pubwatch.label_sheet import MANIFEST, SHEET_FILE, empty_label, write_sheet
from vocabulary.dates import today_shanghai

log = logging.getLogger(__name__)

#: the goal a source's pages must meet, as for every blind set (bench/bench_extract.py: F1 >= 0.95 real)
THRESHOLD_F1 = 0.95
THRESHOLD_TYPES = 0.95
#: the fewest pages an acceptance rests on: with fewer, one page moves the figures by more than the margin
MIN_PAGES = 15
#: where an entry applies: pages of the real site, or of our replica (``pubwatch run --replica``, simulate)
SCOPES: dict[str, str] = {"real": "真实站点", "replica": "仿真站点（本项目自建替身）"}
ROOT = Path(__file__).resolve().parent.parent
#: the fields an entry must carry, and their types
_ENTRY_FIELDS: dict[str, type | tuple[type, ...]] = {
    "source": str,
    "scope": str,
    "pages": int,
    "seed": int,
    "labelled_by": str,
    "f1": (int, float),
    "types": (int, float),
    "commit": str,
    "date": (str, dt.date),
    "evidence": str,
}


class AcceptanceError(ConfigError):
    """The acceptance record cannot be read, or an acceptance job cannot be done; the message says why."""


@dataclass(frozen=True)
class Acceptance:
    """One acceptance of one source's pages, with its evidence."""

    source: str
    scope: str
    pages: int
    seed: int
    labelled_by: str
    f1: float
    types: float
    commit: str
    date: str
    evidence: str

    @property
    def passes(self) -> bool:
        """Whether its figures meet the goal (an entry that does not is never in force)."""
        return passes(self.f1, self.types, self.pages)


def passes(f1: float, types: float, pages: int) -> bool:
    """The acceptance goal: F1 and notice-type accuracy at or above the thresholds, on enough pages."""
    return f1 >= THRESHOLD_F1 and types >= THRESHOLD_TYPES and pages >= MIN_PAGES


# --- the record -----------------------------------------------------------------------------------


def load_acceptances(path: Path) -> list[Acceptance]:
    """The record's entries in file order; a missing file is an empty record (no source accepted)."""
    if not path.exists():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise AcceptanceError(f"无法读取验收记录 (cannot read the acceptance record) {path}: {exc}") from exc
    unknown = set(data) - {"acceptance"}
    if unknown:
        raise AcceptanceError(f"{path}: 未知的表 (unknown tables) {sorted(unknown)}; only [[acceptance]]")
    out: list[Acceptance] = []
    for i, entry in enumerate(data.get("acceptance", []), 1):
        where = f"{path} [[acceptance]] #{i}"
        if not isinstance(entry, dict):
            raise AcceptanceError(f"{where}: 应为表 (must be a table)")
        missing = [k for k in _ENTRY_FIELDS if k not in entry]
        extra = sorted(set(entry) - set(_ENTRY_FIELDS))
        if missing or extra:
            raise AcceptanceError(f"{where}: 缺少 (missing) {missing}，多余 (unknown) {extra}")
        for key, typ in _ENTRY_FIELDS.items():
            if not isinstance(entry[key], typ) or isinstance(entry[key], bool):
                raise AcceptanceError(f"{where}: {key} 类型错误 (wrong type): {entry[key]!r}")
        if entry["scope"] not in SCOPES:
            raise AcceptanceError(f"{where}: scope 应为 {' 或 '.join(SCOPES)} (must be one of them)")
        out.append(
            Acceptance(
                **{k: entry[k] for k in _ENTRY_FIELDS if k not in ("f1", "types", "date")},
                f1=float(entry["f1"]),
                types=float(entry["types"]),
                date=str(entry["date"]),
            )
        )
    return out


def in_force(entries: Iterable[Acceptance], scope: str) -> dict[str, Acceptance]:
    """Per source, the last entry of ``scope`` in the record, when its figures meet the goal.

    Why the last: a source re-accepted after its site changed layout is judged on the newer draw; an entry
    below the goal (which ``--record`` never writes) withdraws nothing and accepts nothing."""
    latest: dict[str, Acceptance] = {}
    for entry in entries:
        if entry.scope == scope:
            latest[entry.source] = entry
    return {k: v for k, v in latest.items() if v.passes}


def field_sources(config: Config, scope: str) -> frozenset[str] | None:
    """The sources whose missing items may be 要素缺失 findings on a run of ``scope``: ``None`` under the
    policy ``all`` (every source's), else those with an acceptance of that scope in force."""
    if config.field_findings == "all":
        return None
    return frozenset(in_force(load_acceptances(config.acceptance_path), scope))


def _toml_value(value: Any) -> str:
    """A TOML value: a JSON string is a valid TOML basic string; numbers as they are."""
    if isinstance(value, float):
        return f"{value:.4f}"
    if isinstance(value, int):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def append_entry(path: Path, entry: Acceptance) -> None:
    """Append one passing entry to the record (the only way an entry is written)."""
    if not entry.passes:
        raise AcceptanceError(
            f"未达到验收标准，不予记录 (below the goal, not recorded): {entry.source} F1 {entry.f1:.3f}, "
            f"类型 types {entry.types:.3f}, {entry.pages} 页 pages (goal: F1 >= {THRESHOLD_F1}, types >= "
            f"{THRESHOLD_TYPES}, >= {MIN_PAGES} pages)"
        )
    lines = ["", "[[acceptance]]", *(f"{k} = {_toml_value(v)}" for k, v in asdict(entry).items())]
    existing = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(existing.rstrip("\n") + "\n" + "\n".join(lines) + "\n", encoding="utf-8")
    load_acceptances(path)  # what was written must read back


def head_commit() -> str:
    """The code's commit (short), or ``unknown`` outside a git checkout."""
    try:
        out = subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            timeout=10,
        )
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return out.stdout.strip() or "unknown"


# --- status ---------------------------------------------------------------------------------------


def registry_sources(registry_path: Path) -> list[tuple[str, str, bool]]:
    """(key, name, test only) of every registry source, in registry order (test stand-ins included)."""
    from crawler.sources import load_registry

    load_registry(registry_path, overrides={})  # a registry that does not validate fails here, clearly
    data = tomllib.loads(registry_path.read_text(encoding="utf-8"))
    return [(s["key"], s.get("name", ""), bool(s.get("test_only"))) for s in data.get("sources", [])]


def status_rows(config: Config) -> list[dict[str, Any]]:
    """Per registry source: its acceptance in force in each scope (or none)."""
    entries = load_acceptances(config.acceptance_path)
    by_scope = {scope: in_force(entries, scope) for scope in SCOPES}
    rows = []
    for key, name, test_only in registry_sources(config.registry_path):
        rows.append(
            {
                "source": key,
                "name": name,
                "test_only": test_only,
                **{
                    scope: (asdict(by_scope[scope][key]) if key in by_scope[scope] else None)
                    for scope in SCOPES
                },
            }
        )
    return rows


def describe(entry: Mapping[str, Any] | None) -> str:
    """An acceptance as the office reads it, or 未验收."""
    if not entry:
        return "未验收"
    return f"已验收 F1 {entry['f1']:.3f}，类型 {entry['types']:.3f}，{entry['pages']} 页，{entry['date']}"


# --- draw -----------------------------------------------------------------------------------------

DRAW_FILE = "DRAW.json"
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


@dataclass
class Draw:
    """What ``draw`` wrote."""

    source: str
    seed: int
    population: int
    pages: list[str] = field(default_factory=list)
    scope: str = "real"


def _ext(body: bytes) -> str:
    """The page file's extension by its first bytes (the labeller opens it in a viewer)."""
    head = body.lstrip()[:1]
    if head in (b"{", b"["):
        return ".json"
    return ".html" if b"<" in body[:4096] else ".txt"


def draw(engine: Any, source: str, n: int, seed: int, out: Path) -> Draw:
    """Write a seeded random draw of ``n`` distinct stored notices of ``source`` into ``out``.

    The population: the source's notices the monitor reads (status ``ok``), one per distinct stored page
    (the version its record was extracted from; copies with the same bytes count once), ordered by (URL,
    version id) so a seed draws the same pages from the same database. Nothing of the extractors' output is
    written (no type, no title): the labeller must not see it before labelling.
    """
    from sqlalchemy import select

    from storage.models import DocumentVersion, Notice

    if n < 1:
        raise AcceptanceError("--n 应至少为 1 (--n must be at least 1)")
    if out.exists() and any(out.iterdir()):
        raise AcceptanceError(
            f"输出目录非空，不覆盖已有抽样 (the output folder is not empty; a draw is never overwritten): {out}"
        )
    with engine.connect() as conn:
        rows = conn.execute(
            select(Notice.version_id, DocumentVersion.url, DocumentVersion.sha256)
            .join(DocumentVersion, DocumentVersion.id == Notice.version_id)
            .where(Notice.source_key == source, Notice.status == "ok")
        ).all()
        seen: set[str] = set()
        population: list[tuple[str, int]] = []
        for vid, url, sha in sorted(rows, key=lambda r: (r[1] or "", r[0])):
            if sha in seen:
                continue
            seen.add(sha)
            population.append((url or "", int(vid)))
        if len(population) < n:
            raise AcceptanceError(
                f"数据源 {source} 仅存有 {len(population)} 个不同页面，不足 {n} 个 (source {source} has "
                f"{len(population)} distinct stored pages, fewer than {n}: crawl more nights first, or draw fewer)"
            )
        chosen = random.Random(seed).sample(population, n)
        stored = {
            vid: (body, fetched_on)
            for vid, body, fetched_on in conn.execute(
                select(DocumentVersion.id, DocumentVersion.body, DocumentVersion.fetched_on).where(
                    DocumentVersion.id.in_([vid for _url, vid in chosen])
                )
            ).all()
        }
    hosts = {urlsplit(url).hostname or "" for url, _vid in chosen}
    scope = "replica" if hosts and hosts <= set(_LOOPBACK) else "real"
    (out / "pages").mkdir(parents=True, exist_ok=True)
    (out / "labels").mkdir(exist_ok=True)
    result = Draw(source, seed, len(population), scope=scope)
    manifest = ["filename\turl\tversion_id\tfetched_on\tsha256"]
    for i, (url, vid) in enumerate(chosen, 1):
        raw, fetched_on = stored[vid]
        body = bytes(raw or b"")
        name = f"{source}_{i:02d}_v{vid}{_ext(body)}"
        (out / "pages" / name).write_bytes(body)
        (out / "labels" / f"{name}.json").write_text(
            json.dumps(empty_label(name), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        manifest.append(f"{name}\t{url}\t{vid}\t{fetched_on or ''}\t{hashlib.sha256(body).hexdigest()}")
        result.pages.append(name)
    (out / MANIFEST).write_text("\n".join(manifest) + "\n", encoding="utf-8")
    meta = {
        "source": source,
        "scope": scope,
        "n": n,
        "seed": seed,
        "population": len(population),
        "drawn_on": today_shanghai().isoformat(),
        "commit": head_commit(),
        "method": "random.Random(seed).sample(population, n); population = the source's notices of status ok, "
        "one per distinct stored page (sha256), ordered by (url, version id)",
    }
    (out / DRAW_FILE).write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    goal = f"F1 ≥ {THRESHOLD_F1}，公告类型准确率 ≥ {THRESHOLD_TYPES}，至少 {MIN_PAGES} 页"
    write_sheet(out / SHEET_FILE, result.pages, goal)
    (out / "README.md").write_text(_readme(meta, result.pages), encoding="utf-8")
    return result


def _readme(meta: Mapping[str, Any], pages: list[str]) -> str:
    return f"""# Acceptance draw: {meta["source"]} ({len(pages)} of {meta["population"]} stored pages, seed {meta["seed"]})

Drawn {meta["drawn_on"]} by `pubwatch acceptance draw {meta["source"]} --n {meta["n"]} --seed {meta["seed"]}`
(code `{meta["commit"]}`; {meta["method"]}). Scope: **{meta["scope"]}**.

## Label before running any extractor

1. Label every page in `pages/` by hand, **before** any extractor output of these pages is seen: do not run
   `pubwatch extract`, `bench/*.py` or the dashboard on them, and do not open the monitor's findings for this
   source. Either way, all by **bench/LABELLING.md**:
   - **the sheet** `{SHEET_FILE}` (Excel or WPS; its sheet 说明 has the rules that matter most): one row per
     page, 领域 and 公告类型 from the drop-downs, one column per key with its unit or format, ranked candidates
     in the sheet 候选人, judgements in 备注; then `pubwatch acceptance import-sheet {{this folder}}` checks
     every cell (nothing is written while one is at fault) and writes `labels/<page>.json`;
   - or **the JSON** `labels/<page>.json` by hand (same form as `bench/fresh45/labels/*.json`): `domain`,
     `notice_type` (docs/taxonomy.md), `fields` with only what the page states, judgements in `notes`.
2. Score once: `pubwatch acceptance score {{this folder}}`. It scores exactly as `bench/bench_extract.py`
   scores a fresh set (reference keys, no hint) and says whether the draw passes (F1 >= {THRESHOLD_F1},
   notice types >= {THRESHOLD_TYPES}, at least {MIN_PAGES} pages).
3. If it passes, record it: `pubwatch acceptance score {{this folder}} --record --by <who labelled>`. From the
   next night on, this source's missing items (要素缺失) go to its responsible units.

A label found wrong after scoring is changed only with the evidence written in its `notes`; the draw is then
seen: draw again with a new seed for the record. The pages are the platform's, not ours: keep them out of the
repository (the labels and this README may be committed, as the bench's fresh sets are).
"""


# --- score ----------------------------------------------------------------------------------------


@dataclass
class DrawScore:
    """A labelled draw scored."""

    source: str
    scope: str
    seed: int
    population: int
    pages: int
    precision: float
    recall: float
    f1: float
    types_right: int
    #: per page: (page, what is wrong) — type, refusal and each wrong value
    errors: list[tuple[str, str]] = field(default_factory=list)

    @property
    def types(self) -> float:
        return self.types_right / self.pages if self.pages else 0.0

    @property
    def passes(self) -> bool:
        return passes(self.f1, self.types, self.pages)


def score_draw(folder: Path) -> DrawScore:
    """Score a labelled draw as bench_extract scores a fresh set; refuse one not fully labelled or altered."""
    from extractors.scoring import REFERENCE_KEYS
    from pubwatch.extract_score import is_wrong, labelled_cases, score_case, total
    from vocabulary import NOTICE_TYPES

    meta_path, manifest_path = folder / DRAW_FILE, folder / MANIFEST
    if not meta_path.is_file() or not manifest_path.is_file():
        raise AcceptanceError(
            f"不是验收抽样目录 (not an acceptance draw: no {DRAW_FILE} / {MANIFEST}): {folder}"
        )
    meta = json.loads(meta_path.read_text("utf-8"))
    rows = [line.split("\t") for line in manifest_path.read_text("utf-8").splitlines()[1:] if line.strip()]
    problems: list[str] = []
    for name, _url, _vid, _fetched, sha in rows:
        page, label = folder / "pages" / name, folder / "labels" / f"{name}.json"
        if not page.is_file():
            problems.append(f"{name}: 页面缺失 (page missing)")
        elif hashlib.sha256(page.read_bytes()).hexdigest() != sha:
            problems.append(f"{name}: 页面已被改动 (page bytes differ from MANIFEST sha256)")
        if not label.is_file():
            problems.append(f"{name}: 标注缺失 (label missing)")
            continue
        lab = json.loads(label.read_text("utf-8"))
        if lab.get("notice_type") not in NOTICE_TYPES:
            problems.append(
                f"{name}: 未标注或类型无效 (not labelled, or unknown notice_type {lab.get('notice_type')!r})"
            )
    if problems:
        raise AcceptanceError("抽样不能评分 (the draw cannot be scored): " + "；".join(problems[:10]))
    cases = labelled_cases(folder, folder / "labels", folder.name)
    scored = [score_case(case, REFERENCE_KEYS) for case in cases]
    tally, right, n = total(scored)
    errors: list[tuple[str, str]] = []
    for page in scored:
        short = page.name.split("/", 1)[-1]
        if page.refused is not None:
            errors.append((short, f"拒读 refused ({page.refused})"))
        elif not page.type_right:
            errors.append((short, f"类型 type {page.label['notice_type']} → {page.got_type}"))
        for fs in page.scores:
            if is_wrong(fs):
                got, want = page.pred.get(fs.key), page.label["fields"].get(fs.key)
                errors.append((short, f"{fs.key}: got {str(got)[:80]!r} want {str(want)[:80]!r}"))
    return DrawScore(
        source=str(meta["source"]),
        scope=str(meta.get("scope", "real")),
        seed=int(meta["seed"]),
        population=int(meta.get("population", 0)),
        pages=n,
        precision=tally.precision,
        recall=tally.recall,
        f1=tally.f1,
        types_right=right,
        errors=errors,
    )


def draw_entry(score: DrawScore, folder: Path, labelled_by: str, today: dt.date) -> Acceptance:
    """The record's entry for a scored draw (figures as scored, never typed)."""
    return Acceptance(
        source=score.source,
        scope=score.scope,
        pages=score.pages,
        seed=score.seed,
        labelled_by=labelled_by,
        f1=round(score.f1, 4),
        types=round(score.types, 4),
        commit=head_commit(),
        date=today.isoformat(),
        evidence=(
            f"random draw of {score.pages} of {score.population} distinct stored pages (seed {score.seed}, "
            f"{folder.name}), labelled by hand before any extractor output was seen (bench/LABELLING.md), scored "
            f"blind by `pubwatch acceptance score` (bench_extract's scoring of a fresh set: reference keys, no "
            f"hint): P {score.precision:.3f}, R {score.recall:.3f}, types {score.types_right}/{score.pages}"
        ),
    )


# --- the replica's sources, on the evidence of pubwatch simulate --------------------------------------


def replica_entries(result: Mapping[str, Any], today: dt.date, commit: str) -> list[tuple[Acceptance, bool]]:
    """Per source of a ``pubwatch simulate --json`` result: its replica-scope entry and whether it passes.

    Why simulate: the replica is our stand-in, whose truth is written with its pages (``replica.generate``);
    random simulated nights crawl it as a real night would and score every stored notice against that truth.
    No page is labelled by hand, so these entries apply only to runs on the replica."""
    try:
        by_source = result["extraction"]["by_source"]
        seed, nights, notices = int(result["seed"]), int(result["nights"]), int(result["notices"])
    except (KeyError, TypeError, ValueError) as exc:
        raise AcceptanceError(
            f"不是 pubwatch simulate --json 的结果，或缺少按来源的抽取评分 (not a simulate result with "
            f"extraction.by_source): {exc}"
        ) from exc
    out = []
    for source, fig in sorted(by_source.items()):
        n = int(fig.get("notices_scored") or 0)
        f1, types = float(fig.get("f1") or 0.0), float(fig.get("notice_type_accuracy") or 0.0)
        entry = Acceptance(
            source=source,
            scope="replica",
            pages=n,
            seed=seed,
            labelled_by="the replica's own truth (manifest.json, written by replica.generate with the pages); "
            "no hand labels",
            f1=round(f1, 4),
            types=round(types, 4),
            commit=commit,
            date=today.isoformat(),
            evidence=(
                f"`pubwatch simulate --seed {seed} --nights {nights} --notices {notices}`: random simulated "
                f"nights scored against the replica's own truth: replica extraction F1 {f1:.4f} (P "
                f"{float(fig.get('precision') or 0):.4f}, R {float(fig.get('recall') or 0):.4f}), notice types "
                f"{types:.4f}, over the {n} notices of this source stored; the replica is a stand-in built by "
                f"us, so this applies only in replica mode (pubwatch run --replica, simulate), never to a real "
                f"crawl"
            ),
        )
        out.append((entry, entry.passes))
    return out
