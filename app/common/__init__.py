"""What every part of the core shares: translatable sentences, errors, dates, process hardening."""
