"""The ground floor every stage stands on: the typed records between the stages
(`model`, `pages`), the configuration files and their checks, and a run's storage
(`runstore` with its verdict, review, sample and proposal tables). It imports no stage and
nothing of `digimeter.cli` (docs/architecture.md)."""
