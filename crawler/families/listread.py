"""Reading one list answer without a crawl: what each family claims to understand.

Why: the real sites answer in more shapes than the replica (field aliases, rows nested elsewhere,
string totals, dates under another name, empty links; ``../shared/realdata/lists/``). Every family
exposes ``read_list_text(text) -> ListRead`` built on the same functions its spider uses, so a
test can hold each real response against its hand-made label, and ``pubwatch probe`` can say
"parsed?" about a live answer. A shape a family does not claim is a ``BadPage("parse_error")``
naming the field, never a KeyError.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from crawler.detect import BadPage
from crawler.families.base import Entry


@dataclass(slots=True)
class ListRead:
    """The rows of one list answer and the paging it states (``total`` when it gives one)."""

    entries: list[Entry]
    total: int | None = None
    paging: dict[str, Any] = field(default_factory=dict)


def load_json_text(text: str) -> Any:
    """JSON of a list answer, or a parse_error saying where it broke."""
    try:
        return json.loads(text)
    except ValueError as exc:
        raise BadPage("parse_error", f"not JSON: {exc}") from None


def relative(link: str) -> str:
    """Links are kept as the site wrote them (no host to join against outside a crawl)."""
    return link
