"""Unattended running: settings, staff PIN, usage counts, idle reset, reload."""
