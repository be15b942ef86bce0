import storage.evidence as ev
from tests.storage.test_evidence_hostile import _check  # noqa

def test_neg(pg_url, monkeypatch):
    monkeypatch.setattr(ev, "storable", lambda r: r)
    _check(pg_url)
