"""Judging pages and links for one organisation: which pages are which product's page.

A page is a product page for a product when its own title or h1 scores high enough for the
product (the URL adds a little), it mentions the product in its main content, and it is not
a news article, an overview or search page, or a page of a form host. A page belongs to
every product scoring within `margin` of its best product, so a page titled
"Omgevingsvergunning aanvragen" is not taken as the kapvergunning page when the site has no
kapvergunning page.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

from classifiers.dutch import lemma, tokens
from classifiers.hosts import is_inflected_adjective
from classifiers.matching import GENERIC_WORDS, ProductMatcher, fold, slug_text
from classifiers.matchrules import DiscoveryRules
from classifiers.notoffered import not_offered_statement
from classifiers.ruleset import load_rules as load_classifier_rules
from crawler.discovery.pageinfo import Link, PageInfo
from crawler.discovery.sharing import PageSharing
from crawler.discovery.sitescope import SiteScope
from digimeter.core.pages import normalize_url

#: scores are sums of float shares: 12 points below 91 is 78.99999999999999, within 12
SCORE_TOLERANCE = 1e-6
#: a bare page without a lead above this many list entries is a topic list
TOPIC_LIST_MIN_ENTRIES = 2


@dataclass(frozen=True)
class PageVerdict:
    """The products a page is the product page of, with its score for each."""

    url: str
    scores: dict[str, float]
    eligible: bool
    #: products the page's lead sends the reader on for, with the page it sends them to
    sent: dict[str, str] = field(default_factory=dict)
    #: products the page's lead names as its subjects together (`Evaluator.lead_covered`)
    covered: frozenset[str] = frozenset()


class Evaluator(PageSharing):
    """Scores pages and links against one organisation's products."""

    def __init__(self, matcher: ProductMatcher, rules: DiscoveryRules) -> None:
        self.matcher = matcher
        self.rules = rules
        t, w = rules.thresholds, rules.weights
        self.confirm, self.confirm_feed = t["confirm"], t["confirm_feed"]
        self.margin, self.candidate = t["margin"], t["candidate"]
        self.shared_margin = t["shared_margin"]
        self.hub_bonus, self.depth_penalty = w["hub_bonus"], w["depth_penalty"]
        self.form_page = w["form_page"]
        self.stems = {
            key: {lemma(word)[:8] for term in terms for word in term}
            for key, terms in matcher.terms.items()
        }

    def scores(self, info: PageInfo) -> dict[str, float]:
        """Page score per product: title/h1 (best of both) plus the URL."""
        return self.matcher.score_page(info.titles, info.url, info.lead)

    def mentions(self, info: PageInfo, key: str) -> bool:
        text = info.folded_text
        return any(s in text for s in self.stems.get(key, ()))

    def title_kinds(self, info: PageInfo, key: str) -> tuple[bool, bool]:
        """(the page's title says the product's kind of request, it speaks only of another
        kind): 'Melding voorgenomen huwelijk' says the notice's, 'Trouwen en partnerschap'
        neither; 'Melding klein evenement' speaks only of another kind than the
        evenementenvergunning's, an aanvraag."""
        words = {lemma(w) for w in tokens(info.title)} | set(tokens(info.title))
        kind = self.matcher.by_key[key].kind
        own = self.rules.kinds.get(kind, frozenset())
        other = set().union(*(w for k, w in self.rules.kinds.items() if k != kind))
        says_own = bool(words & own)
        return says_own, bool(own) and bool(words & other) and not says_own

    def says_not_offered(self, info: PageInfo, keys: list[str]) -> list[str]:
        """The products (of `keys`) the page says the organisation does not offer ("Wij
        heffen geen hondenbelasting" on the page 'Gemeentelijke belastingen')."""
        rules = load_classifier_rules()
        out = []
        for key in keys:
            if not self.mentions(info, key):
                continue
            found = not_offered_statement(
                rules, info.main_lines, info.url, self.matcher.by_key[key], info.title
            )
            # the sentence must be about this product, not a neighbour of like words
            scores = self.matcher.score_text(found.snippet) if found else {}
            if scores and max(scores, key=scores.__getitem__) == key:
                out.append(key)
        return out

    def judge(
        self,
        info: PageInfo,
        scope: SiteScope,
        feed_for: set[str],
        elsewhere: str = "",
        together: frozenset[str] = frozenset(),
    ) -> PageVerdict:
        """Which products this page is the product page of (`feed_for`: products whose SC
        feed entry names this URL). `elsewhere`: the product a page on another site was
        opened for (the organisation's own list links to it); it may be that product's page
        only. `together`: the products the organisation's own link to it names together
        ('WOZ-waarde, bezwaar maken en belastingaanslag bezwaar'): where the page is one of
        theirs ('Woz waarde en taxatieverslag'), it is the page of the product it was opened
        for too (shared, marked for review)."""
        eligible = (
            not info.is_news
            and not info.is_document
            and not info.is_overview
            and not self.is_topic_list(info)
            and not info.is_soft_404
            and (scope.is_site(info.url) or bool(elsewhere))
        )
        if not eligible:
            return PageVerdict(info.url, {}, False)
        scores = {k: s - self.matcher.fit(k, info.url) for k, s in self.scores(info).items()}
        if not scores:
            return PageVerdict(info.url, {}, True)
        margin = self.shared_margin + SCORE_TOLERANCE
        scores = self.matcher.act_decides(info.title, scores, margin, info.lead)
        top = max(scores, key=lambda k: scores[k])
        best = scores[top]
        # products a title names in its parts ('Paspoort en ID-kaart'): the page is each
        # one's, whichever of them its address's slug (/paspoort) was cut to
        in_parts = {k for title in info.titles for k in self.matcher.shared_title(title)}
        covered = self.lead_covered(info)
        chosen = {}
        for key, score in scores.items():
            bar = self.confirm_feed if key in feed_for else self.confirm
            near = (
                score >= best - self.margin - SCORE_TOLERANCE
                or {key, top} <= in_parts
                or {key, top} <= covered
                or (
                    score >= best - self.shared_margin - SCORE_TOLERANCE
                    and self.covers_both(info.title, key, top)
                )
            )
            if score >= bar and near and self.mentions(info, key) and not self.vague(info, key):
                chosen[key] = score
        if elsewhere:  # a page of another site is only the page of the product it was opened for
            named = [s for k, s in chosen.items() if k in together and elsewhere in together]
            chosen = {k: s for k, s in chosen.items() if k == elsewhere}
            if named and not chosen:
                chosen = {elsewhere: max(named)}
        if info.bare:
            chosen = self.passed_through(info, scope, chosen)
        sent: dict[str, str] = {}
        if info.lead_links and self.rules.pattern("sends_on").search(info.lead):
            chosen, sent = self.sent_on(info, scope, chosen)
        return PageVerdict(info.url, self.most_specific(info, chosen), True, sent, covered)

    def is_topic_list(self, info: PageInfo) -> bool:
        """A page that is only a title above a list of other pages ('Wonen en omgeving':
        'Probleem melden', 'Vergunning aanvragen'): no lead, hardly a word of its own, two
        list entries or more. It is no product's page, whatever its title fits; its
        entries are."""
        return info.bare and not info.lead and info.list_entries >= TOPIC_LIST_MIN_ENTRIES

    def passed_through(
        self, info: PageInfo, scope: SiteScope, chosen: dict[str, float]
    ) -> dict[str, float]:
        """Drop the products a bare page (hardly any text of its own) only leads to: a link in its
        main content names the product as well as the page's title does (a topic page
        "Subsidies" listing "Subsidie"), or names it surely and before any other product
        ("Subsidie voor verenigingen en organisaties"). A person clicks on; the page behind
        it is the one.
        A product the page fits no better than one it leads on to goes too: the page is a
        list of them ('Belastingen' listing the objection, the remission and the WOZ value
        is not the payment plan's page for the word 'belastingen')."""
        keep = dict(chosen)
        here = normalize_url(info.url)
        for link in info.links:
            if not (link.in_main and scope.is_site(link.url)) or self.skip(link.url):
                continue
            if normalize_url(link.url) == here:
                continue
            scores = self.link_scores(link)
            best = max(scores, key=scores.__getitem__, default="")
            for key, score in scores.items():
                # as well as the title, or surely and before any other product (the one
                # entry 'Subsidie voor verenigingen en organisaties' below 'Subsidies')
                surely = key == best and score >= self.confirm
                if key in keep and (score >= keep[key] - self.margin or surely):
                    del keep[key]
        led_on = max((score for key, score in chosen.items() if key not in keep), default=-1.0)
        return {key: score for key, score in keep.items() if score > led_on}

    def sent_on(
        self, info: PageInfo, scope: SiteScope, chosen: dict[str, float]
    ) -> tuple[dict[str, float], dict[str, str]]:
        """Drop the products the page's lead sends the reader on for ("Let op: dit is iets
        anders dan <Hulp bij wonen en gezondheid>", "Bent u inwoner? Lees dan <Paspoort en
        identiteitskaart>"): the page its link names them with is theirs. A link to another
        host counts only where the lead says this page is something else ("iets anders
        dan <Subsidie aanvragen>" linking to the form): "Ga dan naar <the tax office>" on a
        product page sends the reader to another body's route of this very product. Also
        returns, per product dropped, the page the link sends the reader to."""
        keep = dict(chosen)
        sent: dict[str, str] = {}
        # "dit is iets anders dan <X>" says so of a link to another host (X's form) too
        anywhere = bool(self.rules.pattern("not_the_same").search(info.lead))
        for link in info.lead_links:
            if not (anywhere or scope.is_site(link.url)):
                continue
            if normalize_url(link.url) == normalize_url(info.url):
                continue
            for key, score in self.matcher.score_text(link.text).items():
                if score >= self.confirm:
                    keep.pop(key, None)
                    sent.setdefault(key, link.url)
        return keep, sent

    def vague(self, info: PageInfo, key: str) -> bool:
        """The page names the product only by words too common in product names to say
        which product it is (`classifiers.matching.GENERIC_WORDS`) and names another thing
        besides: 'Melding ingebruikname bouwwerk' is not the page of the melding openbare
        ruimte, whose term 'meldingen' it matches ('Verplichte melding doen' names nothing
        else: an adjective or a number is no other thing), unless it says other products
        are not offered ('Gemeentelijke belastingen 2025' with "Wij heffen geen
        hondenbelasting" is a page about the organisation's taxes, not the tax objection's).
        So in its titles and its URL alike, and its lead does not name the product either."""
        statements: bool | None = None
        for text in (*info.titles, slug_text(info.url, self.matcher.rules)):
            words = self.matcher.scorer.words(text)
            explained = self.matcher.explained(text).get(key, frozenset())
            if any(words[i] not in GENERIC_WORDS for i in explained):
                return False
            other = [
                w
                for i, w in enumerate(words)
                if i not in explained and not w.isdigit() and not is_inflected_adjective(w)
            ]
            if not other:
                if statements is None:
                    others = [k for k in self.matcher.by_key if k != key]
                    statements = bool(self.says_not_offered(info, others))
                if not statements:
                    return False
        return not (info.lead and self.matcher.named(info.lead, (key,))[key])

    def link_scores(self, link: Link) -> Mapping[str, float]:
        """Score per product of a link, by its words and its URL (a site's menus and footers
        repeat on every page: scored once, `_link_scores`)."""
        return self._link_scores(link.text, link.url)

    @lru_cache(maxsize=100_000)  # noqa: B019 (one evaluator per product list, for the crawl)
    def _link_scores(self, text: str, link_url: str) -> Mapping[str, float]:
        anchor = self.matcher.score_text(text) if text else {}
        url = self.matcher.score_url(link_url)
        keys = set(anchor) | set(url)
        return {k: max(anchor.get(k, 0.0), 0.9 * url.get(k, 0.0)) for k in keys}

    def is_hub(self, link: Link) -> bool:
        text = fold(link.text).strip()
        return bool(
            self.rules.pattern("hub_text").search(text)
            or self.rules.pattern("hub_url").search(urlsplit(link.url).path)
        )

    def skip(self, url: str) -> bool:
        parts = urlsplit(url)
        path_query = parts._replace(scheme="", netloc="").geturl()
        return bool(
            self.rules.pattern("skip_url").search(path_query)
            or self.rules.pattern("news_path").search(parts.path)
        )
