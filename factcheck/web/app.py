"""The editor's check in a browser: a Starlette app serving one page and a JSON API.

Routes (no path parameters anywhere, so no request can name a file on the server):

    GET  /                the editor's page
    GET  /static/app.js   the page's script and style, read once from the package
    GET  /static/app.css
    GET  /api/health      {"status": "ok", "version": ..., "engine": true|false}
    POST /api/check       {"text", "date"?, "country"?} -> {"findings": [...], "document": {...}}
    POST /api/extract     {"text", "date"?, "country"?} -> {"quantities": [...], "document": {...}}

Every error is JSON, `{"error": "..."}`, with the status saying whose fault it was:
400 malformed JSON or a bad field, 413 a body over the limit, 415 a form post,
503 a check that did not finish in time (or a server too busy to start it).
"""
from __future__ import annotations

import datetime as dt
import importlib.util
import json
import logging
import os
import threading
import time
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable

import anyio
import anyio.to_thread
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import ClientDisconnect, Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

import factcheck
from factcheck.document import Document, InputError

from . import DEFAULT_MAX_BODY, DEFAULT_TIME_LIMIT

log = logging.getLogger("factcheck.web")


# The page is self-contained: scripts and styles only from this origin, no inline
# code, nothing framed. Story text reaches the DOM through textContent only; the
# policy is the second line of defence if that ever slips.
_SECURITY_HEADERS = {
    "content-security-policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
    ),
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "cross-origin-opener-policy": "same-origin",
}
_STATIC_TYPES = {
    "index.html": "text/html; charset=utf-8",
    "app.js": "text/javascript; charset=utf-8",
    "app.css": "text/css; charset=utf-8",
    "favicon.svg": "image/svg+xml",
}


# An oversized body up to this size is read and discarded so the client sees the 413;
# beyond it (or after this many seconds) the connection is dropped instead.
_DRAIN_LIMIT = 64 * 1024 * 1024
_DRAIN_SECONDS = 10.0


class ApiError(Exception):
    """A request we refuse, with the status and the sentence the caller will read."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass(frozen=True)
class Settings:
    max_body: int = DEFAULT_MAX_BODY
    time_limit: float = DEFAULT_TIME_LIMIT
    workers: int = 0   # threads running checks at once; 0 = one per CPU, at least 2


def engine_available() -> bool:
    """True once factcheck.engine exists (the check API answers 503 until then)."""
    return importlib.util.find_spec("factcheck.engine") is not None


def create_app(*, max_body: int = DEFAULT_MAX_BODY, time_limit: float = DEFAULT_TIME_LIMIT,
               workers: int = 0, allowed_hosts: list[str] | None = None,
               debug: bool = False) -> Starlette:
    """The ASGI app. `allowed_hosts` turns on Host-header checking (serve() sets it
    for a loopback address, so a web page cannot reach the server by DNS rebinding)."""
    if max_body < 1:
        raise ValueError("max_body must be a positive number of bytes")
    if time_limit <= 0:
        raise ValueError("time_limit must be a positive number of seconds")
    settings = Settings(max_body=max_body, time_limit=time_limit, workers=workers)
    pool = _Workers(workers or max(2, os.cpu_count() or 2))
    assets = _load_assets()

    async def page(request: Request) -> Response:
        return _asset(assets, "index.html")

    def static(name: str) -> Callable[[Request], Any]:
        async def endpoint(request: Request) -> Response:
            return _asset(assets, name)
        return endpoint

    async def health(request: Request) -> Response:
        return JSONResponse({"status": "ok", "version": factcheck.__version__,
                             "engine": engine_available(), "max_body": settings.max_body,
                             "time_limit": settings.time_limit})

    async def check(request: Request) -> Response:
        return await _run(request, settings, pool, "findings", _check)

    async def extract(request: Request) -> Response:
        return await _run(request, settings, pool, "quantities", _extract)

    routes = [
        Route("/", page, methods=["GET", "HEAD"]),
        Route("/index.html", page, methods=["GET", "HEAD"]),
        *[Route(f"/static/{name}", static(name), methods=["GET", "HEAD"])
          for name in assets if name != "index.html"],
        Route("/api/health", health, methods=["GET", "HEAD"]),
        Route("/api/check", check, methods=["POST"]),
        Route("/api/extract", extract, methods=["POST"]),
    ]
    middleware = []
    if allowed_hosts:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts))
    app = Starlette(debug=debug, routes=routes, middleware=middleware,
                    exception_handlers={HTTPException: _http_error, Exception: _internal_error})
    app.state.settings = settings
    return app


# -- the API -----------------------------------------------------------------------

class _Workers:
    """Threads for checks: at most `size` at work, and at most `size` more abandoned.

    A check that overruns its time limit cannot be interrupted (it is pure Python in
    a thread); we stop waiting for it and answer 503. anyio hands its slot back at
    once, so we count the threads that are really still running and turn new work
    away while too many are, instead of letting abandoned checks pile up."""

    def __init__(self, size: int):
        self.size = size
        self.limiter = anyio.CapacityLimiter(size)
        self._running = 0
        self._lock = threading.Lock()

    @property
    def overloaded(self) -> bool:
        return self._running >= 2 * self.size

    def call(self, work: Callable[..., Any], *args: Any) -> Any:
        with self._lock:
            self._running += 1
        try:
            return work(*args)
        finally:
            with self._lock:
                self._running -= 1


async def _run(request: Request, settings: Settings, pool: _Workers,
               key: str, work: Callable[[str, str | None, str | None], tuple[list, Document]]) -> Response:
    started = time.perf_counter()
    try:
        text, date, country = _fields(await _read_json(request, settings.max_body))
        if pool.overloaded:
            raise ApiError(503, "the server is busy with earlier checks; try again in a few seconds")
        try:
            with anyio.fail_after(settings.time_limit):
                records, doc = await anyio.to_thread.run_sync(
                    pool.call, work, text, date, country,
                    abandon_on_cancel=True, limiter=pool.limiter)
        except TimeoutError:
            raise ApiError(503, f"the check did not finish within {settings.time_limit:g} s; "
                                "try a shorter text or try again later") from None
        except InputError as e:
            raise ApiError(400, e.message) from None
    except ApiError as e:
        return _error(e.status, e.message, {"retry-after": "5"} if e.status == 503 else None)
    body = {key: [r.to_dict() for r in records], "document": _document_summary(doc),
            "elapsed_ms": round((time.perf_counter() - started) * 1000, 1)}
    return JSONResponse(body, headers={"cache-control": "no-store"})


async def _read_json(request: Request, max_body: int) -> Any:
    """The request body parsed as JSON, refusing anything over `max_body` bytes.

    The body is counted as it streams, whatever Content-Length claims, and never
    held beyond `max_body`: a 20 MB upload costs one chunk of memory at a time.
    An oversized body is still read to its end and thrown away when it is not huge,
    because many clients (urllib, requests) only read the 413 after they have
    finished sending; past `_DRAIN_LIMIT` we answer at once and drop the connection."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype in ("multipart/form-data", "application/x-www-form-urlencoded"):
        raise ApiError(415, "send the story as JSON: {\"text\": \"...\", \"date\": \"YYYY-MM-DD\", \"country\": \"PK\"}")
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            length = int(declared)
        except ValueError:
            raise ApiError(400, "Content-Length is not a number") from None
        if length > max(max_body, _DRAIN_LIMIT):
            raise ApiError(413, _too_large(max_body))
    chunks: list[bytes] = []
    size = 0
    try:
        with anyio.move_on_after(_DRAIN_SECONDS) as reading:
            async for chunk in request.stream():
                size += len(chunk)
                if size > max_body:
                    chunks.clear()
                    if size > _DRAIN_LIMIT:
                        break
                else:
                    chunks.append(chunk)
    except ClientDisconnect:
        raise ApiError(400, "the client went away before sending the whole body") from None
    if size > max_body:
        raise ApiError(413, _too_large(max_body))
    if reading.cancelled_caught:
        raise ApiError(408, f"the request body took longer than {_DRAIN_SECONDS:g} s to arrive")
    raw = b"".join(chunks)
    if not raw.strip():
        raise ApiError(400, "the request body is empty; send JSON like {\"text\": \"...\"}")
    try:
        return json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as e:
        raise ApiError(400, f"the request body is not UTF-8 text (bad byte at {e.start})") from None
    except json.JSONDecodeError as e:
        raise ApiError(400, f"the request body is not valid JSON: {e.msg} at line {e.lineno}, "
                            f"column {e.colno}") from None


def _too_large(max_body: int) -> str:
    return f"the request body is larger than the limit of {max_body:,} bytes"


def _fields(data: Any) -> tuple[str, str | None, str | None]:
    if not isinstance(data, dict):
        raise ApiError(400, "the JSON body must be an object like {\"text\": \"...\"}")
    if "text" not in data:
        raise ApiError(400, "missing field 'text' (the story to check)")
    text = data["text"]
    if not isinstance(text, str):
        raise ApiError(400, f"field 'text' must be a string, not {_json_type(text)}")
    date = data.get("date")
    if date is not None:
        if not isinstance(date, str):
            raise ApiError(400, f"field 'date' must be a string YYYY-MM-DD or null, not {_json_type(date)}")
        date = date.strip() or None
        if date is not None:
            try:
                dt.date.fromisoformat(date)
            except ValueError:
                raise ApiError(400, f"field 'date' must be a date written YYYY-MM-DD, not {date!r}") from None
    country = data.get("country")
    if country is not None:
        if not isinstance(country, str):
            raise ApiError(400, f"field 'country' must be a two-letter code or null, not {_json_type(country)}")
        country = country.strip() or None
    return text, date, country


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "true/false",
            int: "a number", float: "a number", type(None): "null"}.get(type(value), type(value).__name__)


def _check(text: str, date: str | None, country: str | None) -> tuple[list, Document]:
    doc = Document.from_text(text, "<web>", date=date, country=country)
    if not text.strip():
        return [], doc
    if not engine_available():
        raise ApiError(503, "the checking engine is not installed in this build; /api/extract works")
    findings = factcheck.check(text, date=date, country=country, path="<web>")
    return sorted(findings, key=lambda f: (f.start, f.end, f.rule)), doc


def _extract(text: str, date: str | None, country: str | None) -> tuple[list, Document]:
    doc = Document.from_text(text, "<web>", date=date, country=country)
    if not text.strip():
        return [], doc
    return factcheck.extract(text, date=date, country=country, path="<web>"), doc


def _document_summary(doc: Document) -> dict[str, Any]:
    """What the checker took the story to be, so the page can show and fill it."""
    front = doc.front_matter or {}
    return {
        "date": doc.publication_date.isoformat() if doc.publication_date else None,
        "country": doc.country,
        "title": doc.title,
        "body_start": doc.body_start,
        "front_matter": {k: (v.isoformat() if isinstance(v, dt.date) else str(v))
                         for k, v in front.items()
                         if k in ("date", "country", "title", "locale") and v is not None
                         and not isinstance(v, (dict, list))},
    }


# -- errors and assets ---------------------------------------------------------------

def _error(status: int, message: str, headers: dict[str, str] | None = None) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status, headers=headers)


async def _http_error(request: Request, exc: HTTPException) -> Response:
    messages = {404: f"no such page: {request.url.path}",
                405: f"{request.method} is not allowed on {request.url.path}"}
    return _error(exc.status_code, messages.get(exc.status_code, str(exc.detail)), exc.headers)


async def _internal_error(request: Request, exc: Exception) -> Response:
    if isinstance(exc, ApiError):
        return _error(exc.status, exc.message)
    log.exception("internal error on %s %s", request.method, request.url.path)
    return _error(500, f"internal error in factcheck ({type(exc).__name__}); the server log has the details")


def _load_assets() -> dict[str, bytes]:
    root = resources.files("factcheck.web") / "static"
    return {name: (root / name).read_bytes() for name in _STATIC_TYPES if (root / name).is_file()}


def _asset(assets: dict[str, bytes], name: str) -> Response:
    headers = dict(_SECURITY_HEADERS)
    headers["cache-control"] = "no-cache"
    return Response(assets[name], media_type=_STATIC_TYPES[name], headers=headers)
