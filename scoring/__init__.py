"""Scoring, exports and the yearly report (pandas; never imports Scrapy).

    scoring.run.score_run(run_dir, *, compare=None, not_found="zero", lang="nl") -> ScoreResult
        score a run folder (or a verdicts.csv) and write the tables, the Excel workbook
        and summary.json into it (`digimeter score RUN`)
    scoring.report.write_report(run_dir, *, geojson=None, compare=None, lang="nl")
        write the self-contained report.html in Dutch or English (`digimeter report RUN`)
    scoring.compute.compute_scores(run_input, not_found=...) -> ScoreTables
        the same tables in memory, unrounded (for the review app)

Pipeline: `inputs` (read and check) -> `overrides` (review overrides) -> `cells` (one row
per verdict with the figure it contributes) -> `aggregate`/`rankings` (tables) ->
`compare` (changes against an earlier run) -> `exports`/`summary` (files) and
`report` (HTML: the section builders `report_sections`, `report_lists`, `methodology`,
the charts and map, the templates in `templates/report/`). Table columns are documented in
`scoring.tables`; every word of the report and the workbook is in `messages/*.toml`
(`scoring.i18n`).
"""
