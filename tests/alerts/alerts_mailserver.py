"""A real SMTP server on localhost for tests (aiosmtpd), keeping every message it accepts, parsed.

A module of its own (not conftest) so that other test folders can import it by a unique name.
"""

from __future__ import annotations

import email
import email.policy
import socket
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Capture:
    """An aiosmtpd handler that keeps every message it accepts (parsed)."""

    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(
            envelope.original_content or envelope.content, policy=email.policy.default
        )
        self.messages.append((list(envelope.rcpt_tos), msg))  # type: ignore[arg-type]
        return "250 OK"

    def by_recipient(self, addr: str) -> list[EmailMessage]:
        return [m for rcpts, m in self.messages if addr in rcpts]


class SmtpServer:
    """A started aiosmtpd controller (plain by default) with its capture."""

    def __init__(self, port: int | None = None, handler: Any = None, **kwargs: Any) -> None:
        self.capture = Capture()
        self.port = port or free_port()
        self.controller = Controller(handler or self.capture, hostname="127.0.0.1", port=self.port, **kwargs)

    def start(self) -> SmtpServer:
        self.controller.start()
        return self

    def stop(self) -> None:
        self.controller.stop()
