"""fieldapp's benchmarks: every budget of DESIGN §6 as a ratio against a baseline measured in the same run."""
