"""What discovery knows of one organisation's site so far: the one record that the parts
of its crawl (`OrgCrawl`, `SourceReader`, `StagePlan`, `ProductRoutes`, `RedirectFollower`,
`PageJudge`, `LinkHarvester`) are given and share, instead of each declaring the attributes
of the others."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field

from crawler.discovery.pageinfo import SearchForm
from crawler.discovery.products import ProductState, Proposals
from crawler.discovery.sitescope import SiteScope
from digimeter.core.model import Organisation


@dataclass
class Findings:
    org: Organisation
    #: per product key, what its search found
    states: dict[str, ProductState]
    #: the hosts of the organisation's own site
    scope: SiteScope = field(default_factory=SiteScope)
    #: candidate product pages, best first
    proposals: Proposals = field(default_factory=Proposals)
    #: pages judged and harvested for links, or on their way (not route pages)
    explored: set[str] = field(default_factory=set)
    #: page URL (normalised) -> the products the SC feed names it for
    feed_for: dict[str, set[str]] = field(default_factory=dict)
    #: the title of every page judged to be a product page (for the assignment)
    titles: dict[str, str] = field(default_factory=dict)
    #: per product page, the products its lead names as its subjects together
    #: (`Evaluator.lead_covered`)
    covered: dict[str, frozenset[str]] = field(default_factory=dict)
    #: per product, links to other sites that name it (score, url)
    away: dict[str, list[tuple[float, str]]] = field(default_factory=dict)
    #: per page of another site (normalised URL), the products one link of the
    #: organisation's own names together ('WOZ-waarde, bezwaar maken en belastingaanslag
    #: bezwaar'): the page is each one's where it is one's
    named_together: dict[str, frozenset[str]] = field(default_factory=dict)
    #: per page, the products its lead sends the reader on for: its own links to other
    #: sites are not theirs
    sent_on: dict[str, set[str]] = field(default_factory=dict)
    #: per page of the site (normalised URL), the products a page linking to it says it is
    #: something else than: its calls to action open its own thing's form, not theirs
    disowned: dict[str, set[str]] = field(default_factory=dict)
    #: entries of the site's lists that name no product (url, scores), in order seen
    unnamed: dict[str, tuple[str, Mapping[str, float]]] = field(default_factory=dict)
    #: the site search, once the homepage showed one
    search_form: SearchForm | None = None
    #: why the site could not be crawled ('' while it can)
    failure: str = ""
    counts: Counter[str] = field(default_factory=Counter)

    def __post_init__(self) -> None:
        self.scope.add(self.org.website)

    @property
    def code(self) -> str:
        return self.org.code

    def unsettled(self) -> list[str]:
        """The products still sought (no page settled them)."""
        return [k for k, st in self.states.items() if not st.settled]
