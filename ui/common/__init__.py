"""Widgets and words every screen shares: forms, pickers, the vault worker, translations."""
