"""pubwatch extractors: pure functions from a notice page to a typed record with provenance.

    from extractors import extract
    rec = extract(body, url="", headers=None, hint=None)
    rec.domain, rec.notice_type, rec.status, rec.fields, rec.provenance, rec.to_dict()

No Scrapy, no clock, no database: the same bytes always give the same record.
"""

from .core import extract, extract_file
from .decode import MAX_BODY_BYTES
from .record import NotAPage, PageTooLarge, Provenance, Record

__all__ = ["MAX_BODY_BYTES", "NotAPage", "PageTooLarge", "Provenance", "Record", "extract", "extract_file"]
