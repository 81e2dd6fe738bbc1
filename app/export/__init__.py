"""The export: a bundle an avocat, a police unit or a platform can read without Dossier.

``options`` says what the user asked for, ``plan`` reads everything needed from the vault
once, ``report`` lays out the PDF, ``bundle`` writes the files atomically with their
hashes, and ``verify`` (standard library only, shipped in the bundle) checks them.
"""
