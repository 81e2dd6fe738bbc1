"""What the evidence shows over time: the timeline and the statistics an avocat quotes."""
