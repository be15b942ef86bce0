"""Audit the 要素缺失 findings a night would raise on seen pages whose notice type we read right.

Why: ``bench_extract.py --accused`` counts a finding as resting on our mistake only for the reference keys a
label records; for every other required item (qualification, schedule, complaint_channel, …) nobody checks
whether the page in fact states it. This script draws a stratified sample of those findings (one stratum a
notice type × item, every stratum at least one finding, a fixed seed), shows each sampled page's lines that
may state the item for a person to judge, and turns the judgements into the share of false findings with a
95 % interval, overall and per item. docs/findings-audit.md reports a run.

    PYTHONPATH=$PWD .venv/bin/python bench/audit_findings.py population      # every finding, by stratum
    PYTHONPATH=$PWD .venv/bin/python bench/audit_findings.py sample          # the sample (stable for a seed)
    PYTHONPATH=$PWD .venv/bin/python bench/audit_findings.py show [N…]       # the sampled pages' lines, to judge
    PYTHONPATH=$PWD .venv/bin/python bench/audit_findings.py estimate VERDICTS.tsv
    … sample|show --seed 20261209 --fraction 0.15 --exclude bench/audit_findings_verdicts.tsv  # a fresh draw
    … set fresh36 | show --set fresh36 | estimate --set fresh36 VERDICTS.tsv    # every finding of one set
    … estimate --set fresh36,fresh42,fresh43 VERDICTS.tsv    # several sets pooled (comma-separated)

``--set NAME`` takes the population from one named fresh set's labelled pages (pages from its ``FreshSet`` entry,
else /work/NAME-realdata/pages; labels from bench/NAME/labels) instead of the seen pages, every finding in the
"sample": a never-tuned set's findings are listed by type, item and page only (no extracted value is printed).

VERDICTS.tsv: one line a sampled finding, ``type<TAB>item<TAB>page<TAB>verdict<TAB>evidence``, verdict ``false``
(the page states the item: the finding rests on our mistake), ``true`` (it does not) or ``unsure``. The population
is the findings of ``bench_extract.py --part seen --accused``'s "missing items by type", without the
``rendered:`` twins of HTML pages (the same page, the same finding). Pages are read in place, never copied.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import bench_extract  # noqa: E402

from extractors import extract  # noqa: E402
from extractors.decode import load  # noqa: E402
from extractors.hanzi import fold  # noqa: E402
from extractors.layout import text_rendering  # noqa: E402
from extractors.record import NotAPage  # noqa: E402
from monitor.catalog import load_catalog  # noqa: E402
from monitor.required import required_detail  # noqa: E402

SEED = 20261208
#: sampling fraction above the one-a-stratum floor: n_h = max(1, round(N_h × FRACTION))
FRACTION = 0.12

# words that may carry each item on a page (only to pick the lines a person reads; the judgement is theirs)
_CUES: dict[str, str] = {
    "approval_info": r"核准|批复|审批|批准",
    "budget_approval": r"概算|投资|预算|资金",
    "objection_channel": r"异议|投诉|质疑",
    "project_manager": r"项目经理|项目负责人|总监|建造师|负责人",
    "doc_obtain": r"获取|下载|发售|领取|招标文件|采购文件|磋商文件|询价文件",
    "prequalification_method": r"资格审查|资格预审|审查方法|合格制|有限数量",
    "project_overview": r"概况|规模|建设内容|基本情况|标的|面积|用途|位于|坐落",
    "tender_conditions": r"招标条件|已由|批准|资金来源|具备|落实",
    "complaint_channel": r"投诉|异议|质疑|监督|举报",
    "agency": r"代理|受.*委托",
    "bid_submission": r"递交|提交|截止|开标|投标文件|响应文件",
    "tender_scope": r"范围|内容|规模",
    "amount": r"金额|价|万元|元",
    "quantity": r"数量|吨|量|指标",
    "starting_price": r"起始价|起拍|底价|起价|挂牌价",
    "subject_name": r"标的|名称|项目|排污权|指标|矿",
    "winner": r"竞得|受让|买受|成交|中标|单位",
    "deal_place": r"地点|平台|交易中心|网|地址|场所",
    "deposit_method": r"保证金",
    "fax": r"传真",
    "qualification": r"资格|条件|申请人|竞买人|竞租|承租|报名|法人|自然人|组织",
    "registration_materials": r"报名|材料|提交|申请书|证明|复印件",
    "schedule": r"时间|日期|期限|截止|起止|至|[0-9]{4}年|[0-9]{1,2}月[0-9]{1,2}日",
    "supply_method": r"方式|挂牌|拍卖|招标|竞价|协议",
    "allocation_policy": r"政策|办法|规定|依据|文件|根据",
    "allocation_procedure": r"程序|流程|步骤|摇号|抽签|公证",
    "allocation_process": r"过程|摇号|抽签|现场|公证|监督",
    "allocation_result": r"结果|名单|中签|选房|配租|户",
    "allocation_targets": r"对象|家庭|申请|户|人员",
    "housing_source": r"房源|套|小区|项目|户型|面积",
    "completion_date": r"竣工|完工|交付|完成",
    "completion_progress": r"进度|完成|竣工|开工|%|％|套|户",
    "project_name": r"项目|名称|工程",
    "start_date": r"开工|开始",
    "supporting_facilities": r"配套|设施|道路|水|电",
    "renovation_policy": r"政策|标准|办法|依据|补助",
    "subsidy": r"补助|补贴|资金|元",
    "target_identification": r"对象|认定|鉴定|户|条件",
    "industry": r"行业|用途|产业",
    "location": r"位于|坐落|地址|位置|地点|四至|东至|街道|镇|村",
    "area_m2": r"面积|平方|亩|公顷|㎡",
    "land_use": r"用途|用地|住宅|商业|工业",
    "parcel_no": r"编号|地块|宗地|号",
    "planning_indicators": r"容积率|建筑密度|绿地率|限高|规划|指标|条件",
    "deal_date": r"日期|时间|年.*月.*日",
    "payment_method": r"付款|支付|缴纳|价款|方式",
    "coordinates": r"坐标|拐点|X|Y|经度|纬度|范围",
    "exploration_level": r"勘查|勘探|详查|普查|程度",
    "mineral": r"矿种|矿|石",
    "production_scale": r"规模|万吨|吨/年|产能|生产",
    "time_limit": r"期限|年限|有效期|年",
    "use_term_years": r"年限|期限|年",
    "complaint_items": r"投诉事项|事项|请求|认为",
    "parties": r"投诉人|被投诉人|当事人|被处罚|单位|公司",
    "contract_subject": r"标的|名称|内容|货物|服务",
    "spec_model": r"规格|型号|品牌|参数",
    "unit_price": r"单价|价格|元",
    "correction_items": r"更正|变更|修改|调整|事项",
    "purchaser": r"采购人|采购单位|招标人|业主|单位",
    "decision_date": r"日期|年.*月.*日",
    "enforcement_agency": r"执法|机关|局|部门",
    "penalty_basis": r"依据|根据|规定|条",
    "penalty_result": r"处罚|罚款|决定|警告",
    "violation": r"违法|违规|事实|行为",
    "experts": r"专家|评审委员会|评委|评标委员会|磋商小组|谈判小组",
    "project_number": r"编号|项目号|采购号|招标号",
    "expert_opinion": r"专家|论证|意见",
    "proposed_supplier": r"供应商|拟定|单位|公司",
    "single_source_reason": r"原因|理由|唯一|只能|因",
    "budget": r"预算|最高限价|控制价|金额|元",
    "notice_period": r"期限|工作日|公告期|至|截止|时间",
    "requirements": r"需求|要求|技术|参数|内容|清单",
    "trading_conditions": r"条件|租期|期限|用途|要求|租金|交易",
    "valuation": r"评估|挂牌价|底价|起始价|租金|价|元",
    "termination_reason": r"原因|因|由于|鉴于|不足",
}


def _findings(cases) -> dict[tuple[str, str], list[str]]:
    """(notice type, item) → pages: each 要素缺失 finding raised on a real page of ``cases`` whose type is read right."""
    out: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name, body, lab, _hint in cases:
        if lab.get("layout") is not None:
            continue
        try:
            rec = extract(body).to_dict()
        except NotAPage:
            continue
        if rec["notice_type"] != lab["notice_type"]:
            continue
        for key, (status, _why) in required_detail(rec).items():
            if status == "missing":
                out[(rec["notice_type"], key)].append(name)
    return out


def population() -> dict[tuple[str, str], list[str]]:
    """(notice type, item) → pages: each 要素缺失 finding a night would raise on a seen page typed right."""
    realdata = bench_extract.default_realdata()
    cases = bench_extract.seen_cases(realdata)
    return _findings(c for c in cases if not bench_extract.never_tuned(c[0]))


def set_population(set_name: str) -> dict[tuple[str, str], list[str]]:
    """(notice type, item) → pages: each 要素缺失 finding on a named fresh set's page typed right (any set, seen
    or never tuned on: listing a finding is measurement, and nothing but type, item and page is returned)."""
    if "," in set_name:  # several sets pooled (a census over them: strata are type × item across the sets)
        pooled: dict[tuple[str, str], list[str]] = defaultdict(list)
        for one in set_name.split(","):
            for stratum, pages in set_population(one).items():
                pooled[stratum] += pages
        return pooled
    fresh = next((f for f in bench_extract.FRESH_SETS if f.name == set_name), None)
    pages = fresh.realdata if fresh else Path(f"/work/{set_name}-realdata")
    return _findings(bench_extract.fresh_cases(pages, ROOT / "bench" / set_name / "labels", set_name))


def judged(paths: list[str]) -> set[tuple[str, str, str]]:
    """(type, item, page) of every finding a verdicts file holds (to leave out of a fresh draw)."""
    out = set()
    for path in paths:
        for line in Path(path).read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                nt, key, page, *_ = line.split("\t")
                out.add((nt, key, page))
    return out


def draw(
    pop: dict[tuple[str, str], list[str]],
    seed: int = SEED,
    exclude: set[tuple[str, str, str]] = frozenset(),
    fraction: float = FRACTION,
) -> list[tuple[str, str, str]]:
    """The stratified sample: per stratum max(1, round(N_h × fraction)) findings, drawn by a generator seeded
    with the seed and the stratum's name (a stratum's draw does not move when another stratum changes), among
    the stratum's findings not in ``exclude`` (at most as many as are left)."""
    picked = []
    for (nt, key), all_pages in sorted(pop.items()):
        pages = [p for p in all_pages if (nt, key, p) not in exclude]
        n = min(len(pages), max(1, round(len(all_pages) * fraction)))
        rng = random.Random(f"{seed}:{nt}:{key}")
        picked += [(nt, key, p) for p in sorted(rng.sample(sorted(pages), n))]
    return picked


def page_text(name: str) -> str:
    """The page as a page store's text rendering prints it (one block or cell a line)."""
    realdata = bench_extract.default_realdata()
    set_name, page = name.split("/", 1)
    if set_name in ("dev", "text"):
        path = realdata / set_name / "pages" / page
    else:
        fresh = next(f for f in bench_extract.FRESH_SETS if f.name == set_name)
        path = fresh.realdata / "pages" / page
    body = path.read_bytes()
    try:
        return text_rendering(load(body, None).html)
    except NotAPage:
        return body.decode("utf-8", "replace")


def show(picked: list[tuple[str, str, str]], only: set[int]) -> None:
    """Each sampled finding's page lines that may state the item (cue words of ``_CUES``), for a person."""
    labels = {
        (r.params["notice_type"], f.key): f.label
        for r in load_catalog().by_check("required_fields")
        for f in r.params["fields"]
    }
    for i, (nt, key, page) in enumerate(picked, 1):
        if only and i not in only:
            continue
        cue = re.compile(_CUES.get(key, re.escape(labels.get((nt, key), key))))
        lines = [
            fold(ln.strip()) for ln in page_text(page).splitlines() if ln.strip()
        ]  # (traditional folded)
        hits = [f"  {j:>4}: {ln[:220]}" for j, ln in enumerate(lines) if cue.search(ln)]
        print(
            f"\n#{i} {nt} {key} ({labels.get((nt, key), '')}) {page}  [{len(lines)} lines, {len(hits)} hits]"
        )
        print("\n".join(hits[:40]))


def _beta_draws(x: int, n: int, rng: random.Random, k: int) -> list[float]:
    """Draws of a binomial share under the Jeffreys prior, Beta(x + ½, n − x + ½)."""
    return [rng.betavariate(x + 0.5, n - x + 0.5) for _ in range(k)]


def estimate(pop: dict[tuple[str, str], list[str]], verdicts: Path, k: int = 20000) -> None:
    """The share of false findings in the population, overall and per item, with 95 % intervals: each stratum's
    share drawn from its Jeffreys posterior, weighted by the stratum's size (N_h / N); 'unsure' verdicts are
    left out of a stratum's n (and reported)."""
    got: dict[tuple[str, str], list[str]] = defaultdict(list)
    evidence = []
    for line in verdicts.read_text("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        nt, key, page, verdict, *ev = line.split("\t")
        if page not in pop.get((nt, key), []):
            continue  # (a finding the code no longer raises: judged against the code of its draw)
        got[(nt, key)].append(verdict)
        if verdict == "false":
            evidence.append((nt, key, page, ev[0] if ev else ""))
    rng = random.Random(SEED)

    def share(strata: list[tuple[str, str]]) -> tuple[float, float, float, int, int, int, int]:
        big_n = sum(len(pop[s]) for s in strata)
        judged = [s for s in strata if any(v in ("true", "false") for v in got.get(s, []))]
        n_unsure = sum(got.get(s, []).count("unsure") for s in strata)
        covered = sum(len(pop[s]) for s in judged)
        point, sims = 0.0, [0.0] * k
        n_false = n_all = 0
        for s in judged:
            vs = got[s]
            x, n = vs.count("false"), vs.count("true") + vs.count("false")
            n_false, n_all = n_false + x, n_all + n
            w = len(pop[s]) / covered
            point += w * x / n
            for i, d in enumerate(_beta_draws(x, n, rng, k)):
                sims[i] += w * d
        sims.sort()
        share.pooled = sorted(rng.betavariate(n_false + 0.5, n_all - n_false + 0.5) for _ in range(k))
        lo, hi = sims[int(0.025 * k)], sims[int(0.975 * k) - 1]
        share.median = sims[
            k // 2
        ]  # (the posterior's median: with many one-finding strata it sits above the point)
        return point, lo, hi, n_false, n_all, n_unsure, big_n

    strata = sorted(pop)
    p, lo, hi, x, n, u, big_n = share(strata)
    print(
        f"all findings: N={big_n}, judged {n} (+{u} unsure), false {x}: share {p:.3f} "
        f"(Jeffreys median {share.median:.3f}) [{lo:.3f}, {hi:.3f}]; pooled {x}/{n}, Jeffreys "
        f"[{share.pooled[int(0.025 * k)]:.3f}, {share.pooled[int(0.975 * k) - 1]:.3f}] (the figure for a census)"
    )
    items = sorted(
        {key for _nt, key in strata}, key=lambda k_: -sum(len(pop[s]) for s in strata if s[1] == k_)
    )
    print(f"\n{'item':<26}{'N':>5}{'judged':>8}{'false':>7}{'share':>8}  95 % interval")
    for key in items:
        p, lo, hi, x, n, u, big_n = share([s for s in strata if s[1] == key])
        if n:
            print(
                f"{key:<26}{big_n:>5}{n:>8}{x:>7}{p:>8.3f}  [{lo:.3f}, {hi:.3f}]"
                + (f"  ({u} unsure)" if u else "")
            )
    print("\nfalse findings (the page states the item):")
    for nt, key, page, ev in evidence:
        print(f"  {nt} {key} {page}: {ev}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("what", choices=("population", "sample", "show", "estimate", "set"))
    ap.add_argument("args", nargs="*")
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument(
        "--exclude", action="append", default=[], help="a verdicts file whose findings to leave out"
    )
    ap.add_argument("--fraction", type=float, default=FRACTION, help="the sampling fraction above the floor")
    ap.add_argument(
        "--set", help="a named fresh set's findings, every one, instead of the seen pages' sample"
    )
    args = ap.parse_intermixed_args(argv)  # (so `estimate --set NAME FILE` works as documented)
    if args.what == "set":
        args.set = args.args.pop(0)
    pop = set_population(args.set) if args.set else population()
    exclude = judged(args.exclude)
    fraction = 1.0 if args.set else args.fraction
    if args.what == "set":
        print(f"# {args.set}: {sum(map(len, pop.values()))} findings in {len(pop)} strata (type right)")
        for i, (nt, key, page) in enumerate(draw(pop, args.seed, exclude, fraction), 1):
            print(f"{i}\t{nt}\t{key}\t{page}")
    elif args.what == "population":
        print(f"{sum(map(len, pop.values()))} findings in {len(pop)} strata")
        for (nt, key), pages in sorted(pop.items()):
            print(f"  {nt:<30} {key:<24} {len(pages):>3}")
    elif args.what == "sample":
        picked = draw(pop, args.seed, exclude, fraction)
        print(
            f"# {len(picked)} findings sampled of {sum(map(len, pop.values()))} in {len(pop)} strata, seed {args.seed}"
            + (f", {len(exclude)} judged findings excluded" if exclude else "")
        )
        for i, (nt, key, page) in enumerate(picked, 1):
            print(f"{i}\t{nt}\t{key}\t{page}")
    elif args.what == "show":
        show(draw(pop, args.seed, exclude, fraction), {int(a) for a in args.args})
    else:
        estimate(pop, Path(args.args[0]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
