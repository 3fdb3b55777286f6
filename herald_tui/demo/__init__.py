"""A bundled sample of both sites, served locally by ``herald-tui --demo``."""
