"""Ctrl-C and SIGTERM during a crawl: the first stops it gracefully, the second at once.

The first signal sets `CrawlContext.interrupted` in the signal handler itself, so every
result handled after it knows: no organisation is admitted any more, a request that fails
from then on cuts its organisation (it is not finished, and its failure is not stored), the
progress display stops, and Scrapy stops gracefully. Organisations not finished stay
unfinished; the run ends `interrupted` and the command exits 3.

The second signal ends the process at once: one line says how to resume, the process's
own children (the browser) are killed, and the process exits 3. The run then reads as
interrupted, because its crawl lock went with the process.

Scrapy's own signal handlers are not installed (`crawl_run` starts the process with
`install_signal_handlers=False`); this extension installs these when the crawler is made.
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil
from scrapy import signals
from scrapy.crawler import Crawler
from scrapy.utils.defer import deferred_from_coro
from scrapy.utils.log import get_scrapy_root_handler

from crawler.context import CrawlContext
from digimeter.core.errors import INCOMPLETE

logger = logging.getLogger(__name__)
SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupts:
    def __init__(self, crawler: Crawler, resume_command: str) -> None:
        self.crawler = crawler
        self.ctx = CrawlContext.of(crawler)
        self.resume_command = resume_command
        self.listeners: list[Callable[[], None]] = []
        self._previous: dict[int, Any] = {}

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Interrupts:
        run_dir = crawler.settings.get("DIGIMETER_RUN_DIR")
        resume = crawler.settings.get("DIGIMETER_RESUME_COMMAND") or (
            f"digimeter crawl --resume {run_dir}"
        )
        ext = cls(crawler, resume)
        ext.install()
        crawler.signals.connect(ext.restore, signal=signals.engine_stopped)
        CrawlContext.of(crawler).interrupts = ext
        return ext

    def install(self) -> None:
        for sig in SIGNALS:
            self._previous[sig] = signal.signal(sig, self.handle)

    def restore(self) -> None:
        """The crawl is over: the handlers from before it. Unless it was interrupted: then a
        second signal still stops the process at once while it ends, and while Python
        finalises (when it would restore the default, deadly handlers) signals are ignored."""
        if self.ctx.interrupted:
            atexit.register(_ignore_signals)
            return
        for sig, handler in self._previous.items():
            signal.signal(sig, handler)
        self._previous.clear()

    def handle(self, signum: int, _frame: Any) -> None:
        if self.ctx.interrupted:
            self.stop_now(signum)
        self.ctx.interrupted = signal.Signals(signum).name
        from twisted.internet import reactor

        reactor.callFromThread(self.stop_gracefully)

    def stop_gracefully(self) -> None:
        handler = get_scrapy_root_handler()
        if handler is not None:  # what breaks while stopping is noise, not news
            handler.setLevel(logging.CRITICAL)
        for listener in self.listeners:
            listener()
        message = (
            f"interrupted ({self.ctx.interrupted}): stopping; organisations not finished are "
            f"crawled again on resume. Press Ctrl-C again to stop at once."
        )
        logger.warning(message)
        _say(message)
        if self.crawler.crawling:
            deferred_from_coro(self.crawler.stop_async())

    def stop_now(self, signum: int) -> None:
        line = (
            f"Error: interrupted twice ({signal.Signals(signum).name}): stopped at once; the "
            f"run can be resumed: {self.resume_command}"
        )
        _say(line)
        try:
            with open(Path(self.ctx.config.run_dir) / "run.log", "a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError:
            pass
        for child in psutil.Process().children(recursive=True):
            try:
                child.kill()
            except psutil.Error:
                continue
        os._exit(INCOMPLETE)


def _ignore_signals() -> None:
    for sig in SIGNALS:
        signal.signal(sig, signal.SIG_IGN)


def _say(line: str) -> None:
    """A line on stderr, safe inside a signal handler (no buffered stream involved)."""
    os.write(2, ("\n" + line + "\n").encode("utf-8", "replace"))
