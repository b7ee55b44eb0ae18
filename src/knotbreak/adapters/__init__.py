"""Qt non-widget adapters between the UI and the pure core."""
