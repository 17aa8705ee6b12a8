"""digimeter: automatic measurement of the digital services of Dutch government organisations."""
