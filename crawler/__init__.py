"""pubwatch's Scrapy project: settings, items, pipelines, middlewares, health, registry, families.

Spiders collect, extractors parse, pipelines store (docs/architecture.md). Nothing here imports
``replica``: the replica stands in for the real sites only through base URLs
(``PUBWATCH_SITE_URLS``).
"""
