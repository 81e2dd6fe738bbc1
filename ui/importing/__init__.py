"""Evidence arriving in the window: drop, paste and browser drags, progress and results."""
