"""Serve a replica corpus as the real Quzhou/Zhejiang/national sites would (see docs/replica.md)."""

from replica.server.app import ReplicaServer
from replica.server.cli import main
from replica.server.corpus import CorpusError, load_corpus
from replica.server.state import FAULT_MODES, FaultError
from replica.server.thread import ReplicaHandle, run_in_thread

__all__ = [
    "FAULT_MODES",
    "CorpusError",
    "FaultError",
    "ReplicaHandle",
    "ReplicaServer",
    "load_corpus",
    "main",
    "run_in_thread",
]
