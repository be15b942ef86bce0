"""What alerts reads from the configuration, as structural types.

Why Protocols instead of importing ``pubwatch.config``: ``pubwatch`` sits on top of every package
(it calls alerts); alerts importing it, even for type hints only, drew an arrow both ways
(docs/architecture.md). ``pubwatch.config.Config`` satisfies :class:`MailConfig` as it stands.
"""

from __future__ import annotations

from typing import Protocol


class SmtpSettings(Protocol):
    """The SMTP connection (from the environment; see ``pubwatch.config.SmtpSettings``)."""

    host: str | None
    port: int
    user: str | None
    password: str | None
    security: str
    sender: str


class MailConfig(Protocol):
    """The e-mail part of the configuration."""

    email_office: list[str]
    email_units: dict[str, list[str]]
    outbox_dir: str

    @property
    def smtp(self) -> SmtpSettings: ...
