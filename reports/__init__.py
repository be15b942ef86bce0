"""Year-end inspection and 考核: the scores (``reports.assessment``) and the annual report (``reports.annual``).

Layering: ``reports`` sits beside ``alerts`` and ``dashboards`` — it reads storage, the monitor's
catalog and the dashboard's figures (so its numbers are the dashboard's), and nothing below imports it.
"""
