"""`python -m digimeter.cli ...`: the `digimeter` command."""

from digimeter.cli.main import main

main()
