"""factcheck in the browser: `factcheck serve` and the JSON API a CMS can call.

    >>> from factcheck.web import create_app     # an ASGI app for any ASGI server
    >>> serve(host="127.0.0.1", port=8000)       # what `factcheck serve` runs

Needs the `web` extra (`pip install "factcheck[web]"`: Starlette and uvicorn).
Importing this package is cheap and works without them; calling in needs them.
"""
from __future__ import annotations

import contextlib
import ipaddress
import socket
import sys
import threading
import time
from typing import TYPE_CHECKING, Iterator

if TYPE_CHECKING:
    from starlette.applications import Starlette

__all__ = ["serve", "create_app", "running_server", "WebUnavailable"]

DEFAULT_MAX_BODY = 1_000_000
DEFAULT_TIME_LIMIT = 10.0
_MISSING_EXTRA = 'the web page needs the "web" extra: pip install "factcheck[web]" (missing: {})'


class WebUnavailable(RuntimeError):
    """Starlette or uvicorn is not installed."""


def create_app(*, max_body: int = DEFAULT_MAX_BODY, time_limit: float = DEFAULT_TIME_LIMIT,
               workers: int = 0, allowed_hosts: list[str] | None = None) -> "Starlette":
    """The Starlette app: the page at `/` and the API under `/api/`.

    `max_body` caps a request body in bytes (larger ones get 413); `time_limit` caps
    the seconds one check may take, queueing included (503 after that); `workers`
    caps the checks running at once (0: one per CPU, at least 2); `allowed_hosts`
    restricts the Host header (serve() sets it when listening on loopback)."""
    try:
        from .app import create_app as _create_app
    except ModuleNotFoundError as e:
        raise WebUnavailable(_MISSING_EXTRA.format(e.name)) from None
    return _create_app(max_body=max_body, time_limit=time_limit, workers=workers,
                       allowed_hosts=allowed_hosts)


def serve(host: str = "127.0.0.1", port: int = 8000, *, max_body: int = DEFAULT_MAX_BODY,
          time_limit: float = DEFAULT_TIME_LIMIT, workers: int = 0, log_level: str = "info") -> int:
    """Run the page and API under uvicorn until Ctrl+C; returns an exit code.

    Listens on loopback unless `host` says otherwise. 0 after a clean stop, 2 when
    the extra is missing or the address cannot be used."""
    try:
        import uvicorn
        app = create_app(max_body=max_body, time_limit=time_limit, workers=workers,
                         allowed_hosts=_loopback_hosts(host))
    except (ModuleNotFoundError, WebUnavailable) as e:
        print(f"factcheck serve: {e if isinstance(e, WebUnavailable) else _MISSING_EXTRA.format(e.name)}",
              file=sys.stderr)
        return 2
    # The first check loads the rule pack and reference tables; do it now, not on the
    # first editor's request (which would also count against its time limit).
    _warm_up()
    config = uvicorn.Config(app, host=host, port=port, log_level=log_level, server_header=False,
                            proxy_headers=False, timeout_keep_alive=5, timeout_graceful_shutdown=5)
    server = uvicorn.Server(config)
    shown = f"[{host}]" if ":" in host else host
    print(f"factcheck: the page is at http://{shown}:{port}/ (Ctrl+C to stop)", file=sys.stderr)
    try:
        server.run()
    except SystemExit as e:       # uvicorn exits when it cannot bind the port
        return 2 if e.code else 0
    except KeyboardInterrupt:
        return 0
    return 0 if server.started else 2


@contextlib.contextmanager
def running_server(host: str = "127.0.0.1", port: int = 0, **app_options) -> Iterator[str]:
    """Run the app under uvicorn in a background thread; yields its base URL.

    For tests and benchmarks: `port=0` picks a free port; the server stops on exit."""
    import uvicorn
    if port == 0:
        port = free_port(host)
    app = create_app(**app_options)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning",
                                           server_header=False, lifespan="off"))
    thread = threading.Thread(target=server.run, name="factcheck-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(10)


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nobody is listening on right now."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def _loopback_hosts(host: str) -> list[str] | None:
    """Host names a loopback server answers to; None (any) when listening wider."""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False
    return ["localhost", "127.0.0.1", "::1", "[::1]"] if loopback else None


def _warm_up() -> None:
    import factcheck
    sample = "Trade rose to Rs10bn ($36m) on Tuesday, November 25, 2025."
    with contextlib.suppress(Exception):
        factcheck.extract(sample, date="2025-11-25", country="PK")
    with contextlib.suppress(Exception):
        factcheck.check(sample, date="2025-11-25", country="PK")
