"""Built-in rules (filled below)."""
