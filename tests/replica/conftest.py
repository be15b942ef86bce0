"""Fixtures of the replica server tests (``replica``, ``replica_module``), defined in
``server_support.py``; the generator's tests do not use them."""

from .server_support import replica, replica_module

__all__ = ["replica", "replica_module"]
