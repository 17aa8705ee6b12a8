"""Data tables of the simulated web (products.toml)."""
