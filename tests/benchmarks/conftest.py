"""Benchmarks are scripts (uv run python tests/benchmarks/bench_candidates.py), not tests."""
collect_ignore_glob = ["*.py"]
