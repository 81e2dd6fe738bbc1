"""The export wizard: who receives the bundle, what it holds, and its progress."""
