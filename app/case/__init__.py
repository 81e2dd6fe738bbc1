"""The case: its evidence items, incidents, people and accounts, tags, links and search."""
