"""Athletes: sweat losses, rehydration and recovery food and drink."""
