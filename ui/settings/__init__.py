"""What the person chooses once and keeps: language, auto-lock, disguise, vault path."""
