"""People and their accounts: the harasser, witnesses, and the accounts tied to them."""
