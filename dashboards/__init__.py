"""Completeness and timeliness dashboards: one offline HTML file plus the same figures as XLSX and CSV.

Public API: ``export_report(engine, out_dir, date_from=None, date_to=None) -> dict`` of the paths written.
"""

from dashboards.export import export_report

__all__ = ["export_report"]
