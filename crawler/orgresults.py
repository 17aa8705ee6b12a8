"""What an organisation's crawl ends in, and the signals through which the spider and
`FinishOrgPipeline` tell each other about it (sent through the crawler's `signals`, like
Scrapy's own), so that neither holds a reference to the other.

The spider yields an `OrgResult` as an item from its callbacks. A result it makes outside a
callback (a dropped request, a stalled or idle crawl) is sent as `org_result`. The pipeline
stores either in one transaction and then sends `org_stored`, on which the spider tells its
organisation queue that the organisation is done.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from digimeter.core.model import Case

#: an organisation's result made outside a callback, to be stored; argument `result`
org_result = object()
#: an organisation's cases are stored; argument `org_code`
org_stored = object()


@dataclass
class OrgResult:
    """The item an organisation's crawl ends in."""

    org_code: str
    cases: list[Case]
    state: str
    reason: str = ""
    summary: dict[str, Any] = field(default_factory=dict)
