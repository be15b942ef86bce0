"""type basis: what each notice's type rests on (notices.type_basis, issue 12 item 3)

A notice typed on body cues alone is never held to its type's required items (the type may be our
mistake); the night's check reads this column to tell. Rows stored before it have NULL, counted as
confirmed (the behaviour of that time) until the notice is stored again. A revision of its own, like
0002, so a database at 0001 or 0002 gains the column on its next ``init_db``;
``python -m storage.regen_migration`` folds it into 0001 when the schema is next regenerated.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-06 16:50:00.000000
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.add_column(sa.Column('type_basis', sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('notices', schema=None) as batch_op:
        batch_op.drop_column('type_basis')
