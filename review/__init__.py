"""Review web app (issue to come): reviewers confirm or override verdicts."""
