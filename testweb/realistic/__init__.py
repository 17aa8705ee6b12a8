"""The realistic style of the simulated web: modelled on real sites, from real material."""
