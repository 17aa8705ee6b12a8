"""Requests in flight at the simulated web's server, overall and per host.

A request is in flight from the moment the server has read it until its response is
written (the latency and jitter included), whoever sent it: Scrapy, robots.txt, or the
browser rendering a page. `summary()` gives the maxima and the time-weighted mean over
the span from the first request to the last response, which is what a benchmark reports
and what a test of politeness asserts (at most CONCURRENT_REQUESTS_PER_DOMAIN per host).
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import Any


class InFlight:
    def __init__(self, clock: Callable[[], float] = time.monotonic) -> None:
        self.clock = clock
        self.now = 0
        self.peak = 0
        self.requests = 0
        self.per_host: Counter[str] = Counter()
        self.host_peak: Counter[str] = Counter()
        self.area = 0.0
        self.first: float | None = None
        self.last: float | None = None

    def _tick(self) -> None:
        t = self.clock()
        if self.last is None:
            self.first = t
        else:
            self.area += self.now * (t - self.last)
        self.last = t

    def begin(self, host: str) -> None:
        self._tick()
        self.requests += 1
        self.now += 1
        self.peak = max(self.peak, self.now)
        self.per_host[host] += 1
        self.host_peak[host] = max(self.host_peak[host], self.per_host[host])

    def end(self, host: str) -> None:
        self._tick()
        self.now -= 1
        self.per_host[host] -= 1
        if not self.per_host[host]:
            del self.per_host[host]

    def summary(self) -> dict[str, Any]:
        span = (self.last or 0.0) - (self.first or 0.0)
        busiest = self.host_peak.most_common(5)
        return {
            "requests": self.requests,
            "seconds": round(span, 3),
            "mean_in_flight": round(self.area / span, 3) if span > 0 else 0.0,
            "max_in_flight": self.peak,
            "max_in_flight_per_host": busiest[0][1] if busiest else 0,
            "busiest_hosts": dict(busiest),
            "hosts": len(self.host_peak),
            "host_peaks": dict(Counter(self.host_peak.values())),
        }
