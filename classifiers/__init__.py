"""Classifiers: pure functions from a crawl case and stored pages to a verdict.

    from classifiers import classify, load_rules
    verdict = classify(case, store, load_rules())

No Scrapy here: the classifiers read pages through a `digimeter.core.pages.PageStore` only.
"""

from __future__ import annotations

from classifiers.classify import Classifier, classify
from classifiers.rulefile import RuleFileError
from classifiers.ruleset import RuleSet, load_rules

__all__ = ["Classifier", "RuleFileError", "RuleSet", "classify", "load_rules"]
