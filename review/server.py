"""`running_app`: the review app served by uvicorn in a background thread, for tests,
benchmarks and screenshots (the `review serve` command runs uvicorn in the foreground)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import uvicorn

from review.app import create_app


@contextmanager
def running_app(run_dir: Path | str, *, host: str = "127.0.0.1", **options: Any) -> Iterator[str]:
    """Serve the review app for `run_dir` on a free port; yield its base URL."""
    config = uvicorn.Config(
        create_app(run_dir, **options), host=host, port=0, log_level="warning", lifespan="on"
    )
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, name="review-app", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the review app did not start")
        time.sleep(0.02)
    port = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
