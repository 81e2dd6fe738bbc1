"""The project's own sample evidence, written by code (``tests.samples.corpus.write_corpus``)."""
