"""Replica of the Quzhou public-resource disclosure sites: corpus generator and server.

The replica is an independent ground truth: it never imports ``extractors``, ``monitor``,
``storage``, ``crawler`` or ``spiders``.  It only shares the documented corpus format
(``docs/architecture.md``) and the public taxonomy (``docs/taxonomy.md``).
"""
