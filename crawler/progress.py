"""Progress on stderr during a crawl: organisations done/total, pages, pages/s, ETA.

On a terminal the line is redrawn every second; otherwise a log line is written every
DIGIMETER_PROGRESS_INTERVAL seconds. When fewer than IN_FLIGHT_NAMED organisations remain,
the line names the ones in flight. It stops at once when the crawl is interrupted. The same
tick keeps a Redis worker's heartbeat alive.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from scrapy import signals
from scrapy.crawler import Crawler
from twisted.internet import task

from crawler.context import CrawlContext

#: name the organisations in flight when fewer than this many remain
IN_FLIGHT_NAMED = 5


def format_eta(seconds: float) -> str:
    if seconds <= 0 or seconds != seconds:
        return "--:--"
    minutes, secs = divmod(int(seconds), 60)
    hours, minutes = divmod(minutes, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes:02d}:{secs:02d}"


class Progress:
    def __init__(self, crawler: Crawler, stream: TextIO, interval: float, show: bool) -> None:
        self.crawler = crawler
        self.stream = stream
        self.tty = stream.isatty()
        self.interval = 1.0 if self.tty else interval
        self.show = show
        self.started = time.monotonic()
        self.loop: task.LoopingCall | None = None
        self.last_line = ""

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> Progress:
        s = crawler.settings
        ext = cls(
            crawler, sys.stderr, s.getfloat("DIGIMETER_PROGRESS_INTERVAL"),
            s.getbool("DIGIMETER_PROGRESS"),
        )  # fmt: skip
        crawler.signals.connect(ext.opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.closed, signal=signals.spider_closed)
        return ext

    def opened(self) -> None:
        self.started = time.monotonic()
        self.loop = task.LoopingCall(self.tick)
        self.loop.start(self.interval, now=False)
        interrupts = CrawlContext.of(self.crawler).interrupts
        if interrupts is not None:
            interrupts.listeners.append(self.interrupted)

    def line(self) -> str:
        spider = self.crawler.spider
        stats = self.crawler.stats
        queue = CrawlContext.of(self.crawler).queue
        total = queue.total if queue is not None else 0
        done = getattr(spider, "orgs_done", 0)
        pages = (stats.get_value("digimeter/pages_stored") or 0) + (
            stats.get_value("digimeter/replayed") or 0
        )
        elapsed = max(time.monotonic() - self.started, 1e-6)
        eta = (total - done) * elapsed / done if done else float("nan")
        active = getattr(spider, "active", {})
        line = (
            f"organisations {done}/{total} ({len(active)} active)  pages {pages}  "
            f"{pages / elapsed:.1f} pages/s  elapsed {format_eta(elapsed)}  ETA {format_eta(eta)}"
        )
        if active and total - done < IN_FLIGHT_NAMED:
            line += "  in flight: " + ", ".join(
                f"{state.org.name} ({code})" for code, state in active.items()
            )
        return line

    def tick(self) -> None:
        queue = CrawlContext.of(self.crawler).queue
        if queue is not None:
            queue.heartbeat()
        if not self.show:
            return
        line = self.line()
        if self.tty:
            self.stream.write("\r" + line.ljust(len(self.last_line)))
        else:
            self.stream.write(f"[digimeter] {line}\n")
        self.stream.flush()
        self.last_line = line

    def closed(self) -> None:
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.show:
            self.stream.write(("\r" if self.tty else "[digimeter] ") + self.line() + "\n")
            self.stream.flush()

    def interrupted(self) -> None:
        """Stop at once: the last line stays as it was, and nothing more is printed
        (a Redis worker's heartbeat ends with it: its organisations are left to others)."""
        if self.loop is not None and self.loop.running:
            self.loop.stop()
        if self.show and self.tty:
            self.stream.write("\n")
            self.stream.flush()
        self.show = False
