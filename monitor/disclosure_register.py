"""Import a department's expected-disclosure register (公开目录清单) as Expectation rows.

Why: some obligations are not visible from any earlier notice (an annual housing plan, a licence
decision); the department knows them and lists them. Each row (事项, 领域, 公告类型, 责任单位,
应公开日期, 项目编号) becomes an Expectation; once its date passes with no matching notice the
monitor opens a finding (rule ``register.expected``). Bad files fail with the row number and column.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from monitor.taxonomy import DOMAINS, NOTICE_TYPES
from storage.db import session_scope
from storage.models import Expectation

#: header (Chinese, as departments write it) → attribute; aliases accepted
COLUMNS: dict[str, str] = {
    "事项": "subject",
    "事项名称": "subject",
    "信息名称": "subject",
    "领域": "domain",
    "公告类型": "notice_type",
    "信息类型": "notice_type",
    "责任单位": "responsible_unit",
    "应公开日期": "due_date",
    "公开时限": "due_date",
    "截止日期": "due_date",
    "项目编号": "project_number",
    "地区": "region",
    "区划": "region",
}
REQUIRED = ("subject", "due_date")
DOMAIN_NAMES = {
    "住房保障": "housing",
    "国有土地使用权出让": "land",
    "土地": "land",
    "矿业权出让": "mining",
    "矿业权": "mining",
    "政府采购": "procurement",
    "国有产权交易": "property",
    "产权": "property",
    "工程建设项目招标投标": "construction",
    "工程建设": "construction",
    "排污权交易": "emission",
    "排污权": "emission",
    "行政许可": "admin",
    "行政处罚": "admin",
}


class RegisterError(ValueError):
    """A register file that cannot be imported; the message names the row and the column."""


@dataclass
class RegisterRow:
    """One validated register line."""

    line: int
    subject: str
    due_date: dt.date
    domain: str | None = None
    notice_type: str | None = None
    responsible_unit: str | None = None
    project_number: str | None = None
    region: str | None = None


def _rows(path: Path) -> list[list[Any]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        raw = path.read_bytes()
        for enc in ("utf-8-sig", "gb18030"):
            try:
                text = raw.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:  # pragma: no cover - gb18030 decodes any byte string
            raise RegisterError(f"{path}: not UTF-8 or GB18030 text")
        return [row for row in csv.reader(io.StringIO(text))]
    if suffix in (".xlsx", ".xlsm"):
        from openpyxl import load_workbook

        try:
            wb = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:
            raise RegisterError(
                f"{path}: not a readable XLSX workbook ({exc.__class__.__name__}: {exc})"
            ) from exc
        try:
            return [list(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
        finally:
            wb.close()
    raise RegisterError(f"{path}: unsupported file type {suffix!r} (use .csv or .xlsx)")


def _date(value: Any, where: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value or "").strip()
    for fmt in ("%Y-%m-%d", "%Y/%m/%d", "%Y.%m.%d", "%Y年%m月%d日"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise RegisterError(f"{where}: 应公开日期 {text!r} is not a date (use 2026-03-31 or 2026年3月31日)")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
# column widths of the expectations table: a longer value is refused here, with its row and column,
# rather than failing inside the database (PostgreSQL refuses over-long values and NUL)
_MAX = {"subject": 500, "responsible_unit": 200, "project_number": 200, "region": 12}


def _text(value: Any, where: str, attr: str) -> str | None:
    text = _CONTROL.sub("", str(value if value is not None else "")).strip()
    if len(text) > _MAX.get(attr, 500):
        raise RegisterError(
            f"{where}: 内容过长 (value too long: {len(text)} > {_MAX.get(attr, 500)} characters)"
        )
    return text or None


def parse_register(path: str | Path) -> list[RegisterRow]:
    """Read and validate a register (CSV or XLSX, header in the first non-empty row)."""
    path = Path(path)
    if not path.exists():
        raise RegisterError(f"{path}: 文件不存在 (file not found)")
    if path.is_dir():
        raise RegisterError(f"{path}: 这是一个目录，不是清单文件 (a directory, not a register file)")
    rows = [r for r in _rows(path)]
    start = next((i for i, r in enumerate(rows) if any(c not in (None, "") for c in r)), None)
    if start is None:
        raise RegisterError(f"{path}: 文件为空 (the file is empty)")
    header = [str(c or "").strip() for c in rows[start]]
    mapping: dict[int, str] = {}
    for i, name in enumerate(header):
        if name in COLUMNS:
            mapping[i] = COLUMNS[name]
        elif name:
            raise RegisterError(
                f"{path}: row {start + 1}: 未知列 (unknown column) {name!r} (known: {', '.join(COLUMNS)})"
            )
    missing = [a for a in REQUIRED if a not in mapping.values()]
    if missing:
        names = {"subject": "事项", "due_date": "应公开日期"}
        raise RegisterError(
            f"{path}: row {start + 1}: 缺少列 (missing column(s)) {', '.join(names[m] for m in missing)}"
        )
    out: list[RegisterRow] = []
    for n, raw in enumerate(rows[start + 1 :], start=start + 2):
        if not any(c not in (None, "") for c in raw):
            continue
        vals: dict[str, Any] = {}
        for i, attr in mapping.items():
            vals[attr] = raw[i] if i < len(raw) else None
        col_of = {a: header[i] for i, a in mapping.items()}
        where = f"{path}: row {n}"
        subject = _text(vals.get("subject"), f"{where}, column {col_of['subject']}", "subject") or ""
        if not subject:
            raise RegisterError(f"{where}, column {col_of['subject']}: 事项为空 (事项 is empty)")
        due = _date(vals.get("due_date"), f"{where}, column {col_of['due_date']}")
        domain = str(vals.get("domain") or "").strip() or None
        if domain is not None:
            domain = DOMAIN_NAMES.get(domain, domain)
            if domain not in DOMAINS:
                raise RegisterError(f"{where}, column {col_of['domain']}: unknown 领域 {domain!r}")
        ntype = str(vals.get("notice_type") or "").strip() or None
        if ntype is not None and ntype not in NOTICE_TYPES:
            raise RegisterError(
                f"{where}, column {col_of['notice_type']}: 公告类型 {ntype!r} is not a notice type "
                "of docs/taxonomy.md (e.g. housing.annual_plan)"
            )
        if ntype and domain and not ntype.startswith(domain + "."):
            raise RegisterError(
                f"{where}, column {col_of['notice_type']}: 公告类型 {ntype} does not belong to 领域 {domain}"
            )
        out.append(
            RegisterRow(
                line=n,
                subject=subject,
                due_date=due,
                domain=domain or (ntype.split(".")[0] if ntype else None),
                notice_type=ntype,
                responsible_unit=_text(
                    vals.get("responsible_unit"),
                    f"{where}, column {col_of.get('responsible_unit')}",
                    "responsible_unit",
                ),
                project_number=_text(
                    vals.get("project_number"),
                    f"{where}, column {col_of.get('project_number')}",
                    "project_number",
                ),
                region=_text(vals.get("region"), f"{where}, column {col_of.get('region')}", "region"),
            )
        )
    return out


def import_register(engine: Engine, path: str | Path) -> dict[str, int]:
    """Upsert the register's rows as Expectations (origin ``register``); re-importing is idempotent."""
    rows = parse_register(path)
    created = updated = 0
    with session_scope(engine) as s:
        for r in rows:
            ident = f"{r.subject}|{r.notice_type or ''}|{r.project_number or ''}|{r.responsible_unit or ''}"
            key = "register:" + hashlib.sha1(ident.encode()).hexdigest()
            exp = s.scalar(select(Expectation).where(Expectation.key == key))
            if exp is None:
                exp = Expectation(key=key, origin="register")
                s.add(exp)
                created += 1
            else:
                updated += 1
            exp.subject, exp.due_date, exp.domain, exp.notice_type = (
                r.subject,
                r.due_date,
                r.domain,
                r.notice_type,
            )
            exp.responsible_unit, exp.project_number, exp.region = (
                r.responsible_unit,
                r.project_number,
                r.region,
            )
            exp.details = {"file": Path(path).name, "line": r.line}
    return {"rows": len(rows), "created": created, "updated": updated}
