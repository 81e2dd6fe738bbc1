"""Incidents: what happened, when, and the evidence that shows it."""
