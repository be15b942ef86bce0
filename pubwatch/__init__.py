"""pubwatch: crawl, extract, store and monitor Chinese public-resource disclosure."""

__version__ = "0.1.0"
