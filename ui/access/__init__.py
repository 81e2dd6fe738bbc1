"""The first screen: create the vault or unlock it, and the failed unlocks since last time."""
