"""Evidence arriving: the pipeline that stores, and the sandboxed readers that parse."""
