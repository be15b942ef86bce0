"""``python -m replica.server --corpus DIR --port P --date YYYY-MM-DD`` (and ``pubwatch replica serve``).

Prints the control URL and each site's base URL, then serves until SIGTERM/SIGINT; SIGUSR1 moves
the replica clock one day forward.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys

from replica.server.app import ReplicaServer, parse_day
from replica.server.corpus import CorpusError


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m replica.server", description="Serve a replica corpus.")
    parser.add_argument("--corpus", required=True, help="corpus directory (postings.jsonl, manifest.json)")
    parser.add_argument("--port", type=int, default=0, help="control port; sites use port+1… (0 = ephemeral)")
    parser.add_argument("--date", required=True, type=parse_day, help="replica date YYYY-MM-DD")
    parser.add_argument("--host", default="127.0.0.1")
    return parser


async def serve(server: ReplicaServer) -> None:
    await server.start()
    print(f"control  {server.control_url}/_replica/", flush=True)
    for key, url in server.sites.items():
        print(f"{key:<10} {url}", flush=True)
    print(f"date     {server.state.date.isoformat()}  (SIGUSR1: +1 day; Ctrl-C to stop)", flush=True)
    loop = asyncio.get_running_loop()
    done = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, done.set)

    def advance() -> None:
        print(f"date     {server.state.advance(1).isoformat()}", flush=True)

    if hasattr(signal, "SIGUSR1"):
        loop.add_signal_handler(signal.SIGUSR1, advance)
    try:
        await done.wait()
    finally:
        await server.stop()


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        server = ReplicaServer(args.corpus, args.date, port=args.port, host=args.host)
    except CorpusError as exc:
        print(f"错误: corpus unusable: {exc}", file=sys.stderr)
        return 2
    try:
        asyncio.run(serve(server))
    except OSError as exc:
        print(f"错误: cannot listen: {exc}", file=sys.stderr)
        return 1
    return 0
