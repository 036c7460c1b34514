"""Benchmarks: scripts that print their figures (run them directly, not under pytest)."""
