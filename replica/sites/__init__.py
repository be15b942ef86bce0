"""The replicated sites, one class per site key, in the order of the site table of
``docs/architecture.md`` (which fixes their ports: control port P, then P+1, P+2 …)."""

from __future__ import annotations

from replica.sites.base import Site
from replica.sites.ccgp import CcgpSite
from replica.sites.epoint import QzEpointSite, ZjggzySite
from replica.sites.hanweb import QzHanwebSite, QzPortalSite
from replica.sites.jpage import ChangshanSite, KaihuaSite, KechengSite, QujiangSite
from replica.sites.jsrender import JsrenderSite
from replica.sites.longyou import LongyouSite
from replica.sites.static_cms import JiangshanSite
from replica.sites.zfcg import ZfcgSite

SITE_CLASSES: dict[str, type[Site]] = {
    cls.key: cls
    for cls in (
        QzHanwebSite,
        QzEpointSite,
        KechengSite,
        QujiangSite,
        KaihuaSite,
        ChangshanSite,
        LongyouSite,
        JiangshanSite,
        ZjggzySite,
        ZfcgSite,
        QzPortalSite,
        CcgpSite,
        JsrenderSite,
    )
}
SITE_ORDER: list[str] = list(SITE_CLASSES)

__all__ = ["SITE_CLASSES", "SITE_ORDER", "Site"]
