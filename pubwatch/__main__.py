"""``python -m pubwatch`` runs the CLI."""

from pubwatch.cli import app

app()
