"""Inline SVG charts, drawn on the server: the dashboard must work offline, without any CDN or library.

All labels pass through ``markupsafe.escape`` (unit names come from the source registry); the
output is ``Markup`` so the template does not escape the SVG itself a second time.
"""

from __future__ import annotations

from markupsafe import Markup, escape

from dashboards.metrics import Tally

C_COMPLETE = "#2f6fb0"
C_TIMELY = "#e08a1e"


def _pct(v: float | None) -> str:
    return "—" if v is None else f"{v * 100:.1f}%"


def bars(rows: list[Tally], *, width: int = 560) -> Markup:
    """Horizontal paired bars (完整率, 及时率) per row."""
    row_h, top, left = 30, 24, 150
    plot = width - left - 60
    height = top + row_h * max(len(rows), 1) + 8
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'viewBox="0 0 {width} {height}" class="chart">',
        f'<rect x="{left}" y="4" width="10" height="10" fill="{C_COMPLETE}"/><text x="{left + 14}" y="13">完整率</text>',
        f'<rect x="{left + 80}" y="4" width="10" height="10" fill="{C_TIMELY}"/>'
        f'<text x="{left + 94}" y="13">及时率</text>',
    ]
    for i, t in enumerate(rows):
        y = top + i * row_h
        out.append(f'<text x="{left - 6}" y="{y + 17}" text-anchor="end">{escape(t.label[:12])}</text>')
        for j, (value, color) in enumerate(((t.completeness, C_COMPLETE), (t.timeliness, C_TIMELY))):
            w = 0 if value is None else round(plot * value, 1)
            yy = y + 3 + j * 12
            out.append(
                f'<rect x="{left}" y="{yy}" width="{w}" height="11" fill="{color}">'
                f"<title>{escape(t.label)} {_pct(value)}</title></rect>"
            )
            out.append(f'<text x="{left + w + 4}" y="{yy + 10}" class="v">{_pct(value)}</text>')
    out.append("</svg>")
    return Markup("".join(out))


def trend(rows: list[Tally], *, width: int = 760, height: int = 240) -> Markup:
    """Month-by-month lines of the two rates (0–100%)."""
    left, right, top, bottom = 44, 16, 22, 40
    pw, ph = width - left - right, height - top - bottom
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
        f'viewBox="0 0 {width} {height}" class="chart">'
    ]
    for p in (0, 25, 50, 75, 100):
        y = top + ph - ph * p / 100
        out.append(
            f'<line x1="{left}" x2="{left + pw}" y1="{y}" y2="{y}" stroke="#ddd"/>'
            f'<text x="{left - 4}" y="{y + 4}" text-anchor="end" class="v">{p}%</text>'
        )
    n = len(rows)
    step = pw / max(n - 1, 1)
    for value_of, color, name, lx in (
        (lambda t: t.completeness, C_COMPLETE, "完整率", left),
        (lambda t: t.timeliness, C_TIMELY, "及时率", left + 80),
    ):
        pts = []
        for i, t in enumerate(rows):
            v = value_of(t)
            if v is None:
                continue
            x, y = left + i * step, top + ph - ph * v
            pts.append(f"{x:.1f},{y:.1f}")
            out.append(
                f'<circle cx="{x:.1f}" cy="{y:.1f}" r="3" fill="{color}"><title>{escape(t.label)} {name} '
                f"{_pct(v)}</title></circle>"
            )
        if pts:
            out.append(f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{" ".join(pts)}"/>')
        out.append(
            f'<rect x="{lx}" y="4" width="10" height="10" fill="{color}"/><text x="{lx + 14}" y="13">{name}</text>'
        )
    label_every = max(1, n // 12)
    for i, t in enumerate(rows):
        if i % label_every == 0:
            out.append(
                f'<text x="{left + i * step:.1f}" y="{height - 20}" text-anchor="middle" class="v">'
                f"{escape(t.label)}</text>"
            )
    out.append("</svg>")
    return Markup("".join(out))
