"""A second attempt, later in the same run, for a site that was unreachable.

Real sites are down for an hour now and then. With DIGIMETER_SITE_RETRY_DELAY >= 0 an
organisation whose crawl ends `unreachable` is not finished: it waits that many seconds
(while the crawl goes on with other organisations) and is crawled once more, from the
network, not from the run store. If the second attempt fails too, it ends `unreachable`
with both reasons, e.g. `dns; second attempt: http_503`.
"""

from __future__ import annotations

import time
from collections.abc import Callable

#: request.meta key of a second attempt's requests: not served from the run store, and
#: fingerprinted apart from the first attempt's
ATTEMPT_KEY = "digimeter_attempt"


class SecondAttempts:
    def __init__(self, delay: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.delay = delay
        self.clock = clock
        self.waiting: dict[str, tuple[float, str]] = {}
        self.first_reasons: dict[str, str] = {}

    @property
    def enabled(self) -> bool:
        return self.delay >= 0

    def defer(self, code: str, reason: str) -> bool:
        """Put an unreachable organisation aside for its second attempt (False when it
        has had it, or second attempts are off)."""
        if not self.enabled or code in self.first_reasons or code in self.waiting:
            return False
        self.waiting[code] = (self.clock() + self.delay, reason)
        return True

    def due(self) -> str | None:
        """An organisation whose second attempt may start now."""
        now = self.clock()
        for code, (at, reason) in sorted(self.waiting.items(), key=lambda i: i[1][0]):
            if at <= now:
                del self.waiting[code]
                self.first_reasons[code] = reason
                return code
        return None

    def wait(self) -> float | None:
        """Seconds until the next second attempt is due (None when none waits)."""
        if not self.waiting:
            return None
        return max(0.0, min(at for at, _ in self.waiting.values()) - self.clock())

    def is_second(self, code: str) -> bool:
        return code in self.first_reasons

    def both_reasons(self, code: str, reason: str) -> str:
        return f"{self.first_reasons[code]}; second attempt: {reason}"
