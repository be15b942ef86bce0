"""Entry point of ``python -m replica.server``."""

import sys

from replica.server.cli import main

sys.exit(main())
