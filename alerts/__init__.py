"""Alert e-mails: one digest per responsible unit (责任单位) and a summary for the supervision office.

Public API: ``send_digests(engine, config, as_of, *, dry_run=False)`` and ``flush_outbox(engine, config)``.
"""

from alerts.digest import build_digests, flush_outbox, send_digests

__all__ = ["build_digests", "flush_outbox", "send_digests"]
