"""The open case: the evidence table, its details and viewers, and the item editor."""
