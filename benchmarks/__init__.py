"""Benchmarks of kurilmap on this machine: ``python -m benchmarks.<name>``."""
