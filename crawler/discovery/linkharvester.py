"""A page's links harvested: proposed as candidates for the products still sought, kept
where they lead to another site for one (or name several together), noted where they are
entries of a list that name no product surely, and added to the focused crawl's frontier."""

from __future__ import annotations

from crawler.discovery.evaluation import Evaluator
from crawler.discovery.findings import Findings
from crawler.discovery.frontier import Frontier
from crawler.discovery.limits import Limits
from crawler.discovery.pageinfo import PageInfo
from crawler.discovery.sitescope import TrapGuard, listed_variants, variant_key
from digimeter.core.pages import normalize_url


class LinkHarvester:
    """Harvests the links of one organisation's pages into the findings and the frontier."""

    def __init__(
        self,
        findings: Findings,
        evaluator: Evaluator,
        trap: TrapGuard,
        frontier: Frontier,
        limits: Limits,
    ) -> None:
        self.site = findings
        self.ev = evaluator
        self.trap = trap
        self.frontier = frontier
        self.limits = limits

    def harvest(self, info: PageInfo, depth: int, source: str, main_only: bool) -> None:
        """Propose the page's links as candidates and add them to the frontier. A link is a
        candidate for a product still sought when it scores `candidate`, or when it is the
        page's best link for the product and scores `follow` (an A-Z list's "Parkeren met
        een handicap" is where a person looking for the gehandicaptenparkeerkaart clicks)."""
        unsettled = set(self.site.unsettled())
        candidate, follow = self.ev.candidate, self.ev.rules.thresholds["follow"]
        best: dict[str, tuple[float, str]] = {}
        lists = listed_variants(info.url, [link.url for link in info.links])
        # the organisation's own lists and sections, not another product's page (whose
        # links to other sites are its routes)
        listing = info.url not in self.site.titles
        # a page that sends the reader on for a product ('dit is iets anders dan <X>') is
        # no list of X's pages: its own calls to action are another thing's routes
        sent_on = self.site.sent_on.get(normalize_url(info.url), set())
        for link in info.links:
            if (main_only and not link.in_main) or self.ev.skip(link.url):
                continue
            scores = self.ev.link_scores(link)
            # 'Hulp bij het huishouden' ("dit is iets anders dan <Zorg en ondersteuning
            # (Wmo)>"): its 'Online aanvragen' opens its own form, not the Wmo's
            if link.in_main and sent_on:
                words = self.ev.matcher.score_text(link.text)
                disowned = {k for k in sent_on if words.get(k, 0.0) < candidate}
                if disowned:
                    self.site.disowned.setdefault(normalize_url(link.url), set()).update(disowned)
            if not self.site.scope.is_site(link.url):
                together = self.ev.matcher.shared_title(link.text) if link.text else {}
                if len(together) >= 2 and listing and link.in_main:
                    self.site.named_together[normalize_url(link.url)] = frozenset(together)
                # the organisation's own page sends the reader to another site for it
                for key, score in scores.items():
                    if (
                        key in unsettled
                        and key not in sent_on
                        and score >= candidate
                        and listing
                        and link.in_main
                    ):
                        self.site.away.setdefault(key, []).append((score, link.url))
                continue
            named = max(scores.values(), default=0.0) >= self.ev.candidate
            if not self.trap.allows(link.url, named, variant_key(link.url) in lists):
                continue
            # a list's entry that names no product surely (none scores `confirm`; 'Regels en
            # vergunningen: wat is veranderd?' half names every permit): where a statement
            # may stand (a Dutch one: not an entry of a list in another language)
            surely = max(scores.values(), default=0.0) >= self.ev.confirm
            if listing and link.in_main and not info.other_language and not surely:
                self.site.unnamed.setdefault(normalize_url(link.url), (link.url, scores))
            for key, score in scores.items():
                if key not in unsettled:
                    continue
                if score >= candidate:
                    self.site.proposals.add(link.url, key, source, score)
                elif score >= max(follow, best.get(key, (0.0, ""))[0]):
                    best[key] = (score, link.url)
            if depth <= self.limits.max_depth and source == "links":
                self.frontier.add(link, depth, scores)
        for key, (score, url) in best.items():
            self.site.proposals.add(url, key, source, score)
