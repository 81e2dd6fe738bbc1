"""The timeline tab: the painted time axis, its controls, and the statistics panel."""
