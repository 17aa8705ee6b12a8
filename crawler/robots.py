"""robots.txt obeyed by every request, also by those that wait for it together.

Scrapy 2.19's `RobotsTxtMiddleware` lets the requests that arrive while a host's robots.txt
is being downloaded wait on one Deferred. It turns that Deferred into an asyncio Future for
the first waiter only, and doing so consumes its result: every other waiter receives `None`,
which the middleware reads as "no robots.txt", so those requests are sent even where
robots.txt disallows them. On a real site that is the product pages a sitemap lists
together, on a host (`loket.<gemeente>.nl`) whose robots.txt nobody asked for yet.

This subclass gives each waiter its own Deferred, fed by a callback that passes the parser
on to the next one. It is wired in place of Scrapy's own in `crawler/settings.py`.
"""

from __future__ import annotations

from typing import Any

from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.http import Request
from scrapy.utils.defer import maybe_deferred_to_future
from scrapy.utils.httpobj import urlparse_cached
from twisted.internet.defer import Deferred


class SharedRobotsTxtMiddleware(RobotsTxtMiddleware):
    """Scrapy's middleware, with every request that waits for robots.txt getting the parser."""

    async def robot_parser(self, request: Request) -> Any:
        pending = self._parsers.get(urlparse_cached(request).netloc)
        if not isinstance(pending, Deferred):
            return await super().robot_parser(request)
        mine: Deferred[Any] = Deferred()

        def hand_on(parser: Any) -> Any:
            mine.callback(parser)
            return parser  # for the next waiter

        pending.addCallback(hand_on)
        return await maybe_deferred_to_future(mine)
