"""Dossier's core: the encrypted vault, evidence import and the headless interface.

Nothing here imports Qt widgets; the desktop UI lives in ``ui/``.
"""

__version__ = "0.1.0"
