"""The encrypted vault file: keys, schema, originals, the custody log, backups and restore."""
