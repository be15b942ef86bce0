"""Settings of the check run's own connection (SQLite): a page cache and memory map that hold the evidence.

Why: SQLite's default page cache is 2 MB. A night's checks read a million notices and several
million ``notice_fields`` rows several times over; with the default cache every pass goes back to
the operating system for each page, and the probes of the set-based rules (``monitor.checks``) cost
several times what they cost from memory. The settings are per connection and set back when the run
ends, so a pooled connection does not keep a large cache for the crawler or the dashboard.
PostgreSQL needs nothing here (its buffers are the server's).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Connection

#: page cache of the run (KiB, SQLite's negative form): a 1M-notice database's hot indexes fit
CACHE_KIB = 262_144
#: memory-mapped reads up to this many bytes (pages are the OS's, shared, dropped under pressure). Bounded:
#: mapped pages count in the process's resident size, and issue 16 asks for < 2 GB whatever the database's
#: size. Measured at 1M notices, every rule forced (CPU, shared machine): no map 19.6 s and 458 MB,
#: 1 GiB 16.5 s and 1,339 MB, 4 GiB 15.1 s and 1,573 MB.
MMAP_BYTES = 1 << 30


@contextmanager
def tuned(conn: Connection) -> Iterator[None]:
    """Large cache, memory-mapped reads and in-memory temporary tables for the run; restored after.

    ``temp_store`` drops the connection's temporary tables when it changes, so it is set before the
    run creates its work tables (``monitor.worktables.create_all``) and restored after they are dropped.
    """
    if conn.dialect.name != "sqlite":
        yield
        return
    names = ("cache_size", "mmap_size", "temp_store")
    before = {n: conn.exec_driver_sql(f"PRAGMA {n}").scalar() for n in names}
    conn.exec_driver_sql(f"PRAGMA cache_size=-{CACHE_KIB}")
    conn.exec_driver_sql(f"PRAGMA mmap_size={MMAP_BYTES}")
    conn.exec_driver_sql("PRAGMA temp_store=MEMORY")
    conn.commit()  # end the transaction the PRAGMA reads began, so the run can begin its own
    try:
        yield
    except BaseException:
        conn.rollback()  # temp_store cannot be set back inside the failed run's transaction
        raise
    finally:
        for n in names:
            if before[n] is not None:
                conn.exec_driver_sql(f"PRAGMA {n}={int(before[n])}")
