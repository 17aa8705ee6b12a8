"""Pages that moved, followed as the same fetch: an HTTP redirect, or a page that is only a
refresh to another address. A move to an identity provider, back along its own chain or past
`Limits.max_redirects` is a dead end: a failure of the site (its homepage) or of the
product's candidate."""

from __future__ import annotations

from classifiers.routes import identity_provider_rule
from crawler.discovery.fetch import Fetch
from crawler.discovery.findings import Findings
from crawler.discovery.kinds import CANDIDATE, HOME
from crawler.discovery.limits import Limits
from digimeter.core.pages import normalize_url


class RedirectFollower:
    """Follows the moves of one organisation's pages into the findings."""

    def __init__(self, findings: Findings, limits: Limits) -> None:
        self.site = findings
        self.limits = limits

    def follow(self, fetch: Fetch, target: str) -> list[Fetch]:
        """Follow a page that moved (an HTTP redirect, or a page that is only a refresh to
        another address) as the same fetch."""
        if identity_provider_rule(target):
            self.site.counts["idp_stops"] += 1
            return self._dead_end(fetch, "idp_redirect")
        chain = {*fetch.chain, normalize_url(fetch.url)}
        if normalize_url(target) in chain or fetch.redirects >= self.limits.max_redirects:
            return self._dead_end(fetch, "redirect_loop")
        if fetch.kind == HOME:
            self.site.scope.add(target)
        if fetch.kind == CANDIDATE:  # a moved page keeps what proposed it
            self.site.proposals.sources.setdefault(target, set()).add(fetch.source)
            feed = self.site.feed_for.get(normalize_url(fetch.url))
            if feed:
                self.site.feed_for.setdefault(normalize_url(target), set()).update(feed)
        return [fetch.redirected(target)]

    def _dead_end(self, fetch: Fetch, reason: str) -> list[Fetch]:
        if fetch.kind == HOME and not fetch.depth:
            self.site.failure = reason
        elif fetch.kind == CANDIDATE and fetch.product:
            self.site.states[fetch.product].failures.append((fetch.url, reason))
        return []
