"""The FastAPI application: one set of routes, each an HTML page and a JSON twin (datasette's habit).

``create_app(db, token=None)`` opens the store and returns the app. ``GET /events`` answers HTML to a
browser and JSON to ``Accept: application/json``; ``GET /events.json`` is always JSON and is the route
documented in ``/openapi.json``. Without a token the app is read-only: ``POST /articles`` answers 403.

Untrusted text (articles, quotes, actor names) reaches the page only through Jinja2 autoescaping or
``textContent`` in the scripts, and a Content-Security-Policy forbids inline and foreign scripts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy.exc import TimeoutError as PoolTimeout
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..query import QueryError
from ..settings import Settings
from ..store import Store
from ..version import __version__
from .responses import respond, safe_url, wants_json

HERE = Path(__file__).resolve().parent
DEFAULT_MAX_UPLOAD = 1_000_000  # bytes of one uploaded article

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


def create_app(
    db: str | Path | Store,
    token: str | None = None,
    *,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    pipeline: Any = None,
    settings: Settings | None = None,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The wirecoder web app over the database ``db`` (SQLite path, ``postgresql://`` URL or a ``Store``).

    ``token`` enables the write endpoint (``POST /articles`` with ``Authorization: Bearer TOKEN``);
    ``pipeline`` is a ``wirecoder.Pipeline`` that codes uploads in a thread of this process; without
    one, uploads are coded in a worker process with ``settings`` (see ``web/coding.py``).
    ``allowed_hosts`` are the names the ``Host`` header may carry (others get 400: a page on another
    site cannot reach the API by DNS rebinding); None accepts any.
    """
    from . import pages, upload

    store = db if isinstance(db, Store) else Store(db, read_only=not token)
    coder = None
    if token and pipeline is None:
        from .coding import UploadCoder

        coder = UploadCoder(settings or Settings.from_env())

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            if coder is not None:
                coder.close()
            store.close()

    app = FastAPI(
        lifespan=lifespan,
        title="wirecoder",
        version=__version__,
        description="Coded political and conflict events (CAMEO, PLOVER, ACLED) with their evidence. "
        "Every HTML page has a JSON twin at the same path plus `.json`.",
        docs_url=None,  # Swagger UI and ReDoc load their scripts from a CDN; the spec is at /openapi.json
        redoc_url=None,
    )
    app.state.store = store
    app.state.token = token or None
    app.state.max_upload_bytes = max_upload_bytes
    app.state.pipeline = pipeline
    app.state.coder = coder
    templates = Jinja2Templates(directory=str(HERE / "templates"))
    templates.env.filters["safe_url"] = safe_url
    app.state.templates = templates
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(upload.router)
    app.include_router(pages.router)
    if allowed_hosts is not None:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        response.headers.setdefault("X-Frame-Options", "DENY")
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_json(request) or request.method != "GET":
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=exc.headers)
        return respond(request, "error.html", {"detail": exc.detail}, exc.status_code, title=f"Error {exc.status_code}")

    @app.exception_handler(QueryError)
    async def bad_filter(request: Request, exc: QueryError) -> Response:
        if wants_json(request):
            return JSONResponse({"detail": str(exc)}, status_code=422)
        return respond(request, "error.html", {"detail": str(exc)}, 422, title="Bad request")

    @app.exception_handler(PoolTimeout)
    async def busy(request: Request, exc: PoolTimeout) -> Response:
        """Every database connection stayed busy past the pool's wait (a flood of requests): 503, retry."""
        detail, headers = "the server is busy: every database connection is in use; retry shortly", {"Retry-After": "5"}
        if wants_json(request) or request.method != "GET":
            return JSONResponse({"detail": detail}, status_code=503, headers=headers)
        response = respond(request, "error.html", {"detail": detail}, 503, title="Busy")
        response.headers.update(headers)
        return response

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        errors = jsonable_encoder(exc.errors())
        for err in errors:  # the offending input can be long or hostile: keep the message, not the input
            err.pop("input", None)
            err.pop("ctx", None)
        if wants_json(request) or request.method != "GET":
            return JSONResponse({"detail": errors}, status_code=422)
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'][1:])}: {e['msg']}" for e in errors)
        return respond(request, "error.html", {"detail": detail}, 422, title="Bad request")

    return app
