"""The ``dossier`` command: the same core as the window, driven from a terminal."""
