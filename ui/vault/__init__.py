"""Vault care dialogs: back up, check, restore, change the passphrase."""
