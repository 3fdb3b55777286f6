"""Allow ``python -m herald_tui``."""

from herald_tui.cli import main

raise SystemExit(main())
