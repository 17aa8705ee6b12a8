"""A page of the site judged for the products sought (`Evaluator.judge`), the verdict kept
in the findings: each product's pages and best page, its forms and pages of another kind,
the sites a page sends the reader to, and the statements that a product is not offered. A
page that settles a product (or is a better page after its routes were started) starts its
routes."""

from __future__ import annotations

from classifiers.parsedpage import ParsedPage
from crawler.discovery.evaluation import Evaluator
from crawler.discovery.fetch import Fetch
from crawler.discovery.findings import Findings
from crawler.discovery.pageinfo import PageInfo
from crawler.discovery.productroutes import ProductRoutes
from crawler.discovery.routes import RouteFollower
from digimeter.core.pages import normalize_url


class PageJudge:
    """Judges one organisation's pages into the findings."""

    def __init__(
        self,
        findings: Findings,
        evaluator: Evaluator,
        routes: RouteFollower,
        product_routes: ProductRoutes,
    ) -> None:
        self.site = findings
        self.ev = evaluator
        self.routes = routes
        self.product_routes = product_routes

    def judge(self, parsed: ParsedPage, info: PageInfo, elsewhere: str = "") -> list[Fetch]:
        """Judge the page and keep the verdict (`elsewhere`: the product a page of another
        site was opened for); the fetches of the routes it starts."""
        page = parsed.page
        feed = self.site.feed_for.get(normalize_url(page.url), set())
        together = self.site.named_together.get(normalize_url(page.url), frozenset())
        verdict = self.ev.judge(info, self.site.scope, feed, elsewhere, together)
        if elsewhere and verdict.scores:
            self.site.states[elsewhere].elsewhere.add(page.url)
        if verdict.sent:
            self.site.sent_on[normalize_url(page.url)] = set(verdict.sent)
        for key, url in verdict.sent.items():
            # the lead sends the reader to another site for a product: a page to open for
            # it when the site has none of its own
            if not self.site.scope.is_site(url) and key in self.site.states:
                self.site.away.setdefault(key, []).append((self.ev.confirm, url))
        if verdict.scores and info.titles:
            self.site.titles[page.url] = info.titles[0]
        if verdict.covered:
            self.site.covered[page.url] = verdict.covered
        out = []
        rank = self.site.proposals.rank(page.url)
        for key, score in verdict.scores.items():
            st = self.site.states[key]
            # a page as good for another product is ambiguous: a page of its own wins, by
            # up to `margin` points, and an ambiguous page never ends the search; a form
            # yields to an information page by `form_page` points (but is the product's
            # page where it has no other)
            shared = any(other >= score for k, other in verdict.scores.items() if k != key)
            weight = score - (self.ev.margin if shared else 0.0) + self.ev.own_name(key, info.title)
            weight -= self.ev.form_page if info.is_form else 0.0
            previous = st.pages.get(page.url)
            if previous is None or score > previous[0]:
                st.pages[page.url] = (score, rank)
            if info.is_form or info.other_language:
                st.forms.add(page.url)
            own_kind, other_kind = self.ev.title_kinds(info, key)
            if own_kind:
                st.own_kind.add(page.url)
            if other_kind:
                st.other_kind.add(page.url)
            if weight > st.best_weight or (weight == st.best_weight and rank < st.best_rank):
                st.best_score, st.best_url, st.best_rank = score, page.url, rank
                st.best_weight = weight
                if st.routed:  # a better page after routes were started: its routes too
                    out += self.product_routes.start(st, parsed)
            settles = not (shared or info.is_form or info.other_language or other_kind)
            if not st.settled and settles and score >= self.ev.rules.thresholds["settle"]:
                st.settled = True
                out += self.product_routes.start(st, parsed)
        # a page that says a product still sought is not offered is where a reviewer looks
        sought = [k for k in self.site.unsettled() if k not in verdict.scores]
        for key in self.ev.says_not_offered(info, sought) if verdict.eligible else ():
            self.site.states[key].pages.setdefault(page.url, (self.ev.confirm, rank))
            self.site.states[key].statements.add(page.url)
        if normalize_url(page.url) in self.routes.product_pages and page.rendered:
            out += self.routes.from_product_page(self.site.code, parsed)
        return out
