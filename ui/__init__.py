"""The desktop window: Qt widgets only; every rule lives in ``app``."""
