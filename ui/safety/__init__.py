"""Safety on a shared laptop: auto-lock, quick exit, disguise, clipboard clearing."""
