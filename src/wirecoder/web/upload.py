"""The one write endpoint: ``POST /articles`` codes an uploaded article and stores it.

Enabled only when the app has a token (``wirecoder serve --token T``) and the request carries
``Authorization: Bearer T``; otherwise 403 (no token configured) or 401 (wrong or missing token).
The body is JSON ``{"text", "url"?, "title"?, "published"?}`` or raw ``text/plain`` / ``text/html``
(then ``url``, ``title``, ``published`` come as query parameters), at most ``max_upload_bytes``.
"""

from __future__ import annotations

import hmac
import json
import threading
from datetime import date
from typing import Any

from fastapi import APIRouter, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse

from ..article import Article
from ..errors import InputError, WirecoderError

router = APIRouter()
_pipeline_lock = threading.Lock()

BODY_SCHEMA = {
    "requestBody": {
        "required": True,
        "content": {
            "application/json": {
                "schema": {
                    "type": "object",
                    "required": ["text"],
                    "properties": {
                        "text": {"type": "string", "description": "Article text or HTML"},
                        "url": {"type": "string"},
                        "title": {"type": "string"},
                        "published": {"type": "string", "format": "date"},
                    },
                }
            },
            "text/plain": {"schema": {"type": "string"}},
            "text/html": {"schema": {"type": "string"}},
        },
    },
    "security": [{"bearer": []}],
}


def check_token(request: Request) -> None:
    """403 when the server is read-only, 401 unless the bearer token matches (constant-time compare)."""
    expected = request.app.state.token
    if not expected:
        raise HTTPException(403, "this server is read-only: start it with --token to enable uploads")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})


async def read_body(request: Request, limit: int) -> bytes:
    """The request body, refusing (413) anything over ``limit`` bytes without reading it all."""
    declared = request.headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limit:
        raise HTTPException(413, f"article is larger than {limit} bytes")
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            raise HTTPException(413, f"article is larger than {limit} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


def _published(value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise HTTPException(422, f"published {value!r} is not a date YYYY-MM-DD") from None


def parse_upload(body: bytes, content_type: str, params: dict[str, str]) -> Article:
    """An ``Article`` from the uploaded body (JSON object or raw text)."""
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        try:
            payload = json.loads(body)
        except (ValueError, RecursionError):
            raise HTTPException(422, "body is not valid JSON (or is nested too deeply)") from None
        if not isinstance(payload, dict) or not isinstance(payload.get("text"), str) or not payload["text"].strip():
            raise HTTPException(422, 'JSON body needs a non-empty "text" string')
        fields = {k: payload.get(k) for k in ("url", "title", "published")}
        raw: str | bytes = payload["text"]
    elif kind in ("text/plain", "text/html", ""):
        if not body.strip():
            raise HTTPException(422, "empty body")
        fields = {k: params.get(k) for k in ("url", "title", "published")}
        raw = body
    else:
        raise HTTPException(415, f"unsupported content type {kind}: send application/json or text/plain")
    for key in ("url", "title"):
        if fields[key] is not None and not isinstance(fields[key], str):
            raise HTTPException(422, f"{key} must be a string")
    return Article(
        raw=raw,
        source=fields["url"] or "upload",
        url=fields["url"],
        title=fields["title"],
        published=_published(fields["published"]),
    )


def _pipeline(app: Any) -> Any:
    with _pipeline_lock:
        if app.state.pipeline is None:
            from ..pipeline import Pipeline
            from ..settings import Settings

            app.state.pipeline = Pipeline(Settings.from_env())
        return app.state.pipeline


def _code_and_store(app: Any, article: Article) -> Article:
    pipeline = _pipeline(app)
    with _pipeline_lock:  # spaCy pipelines are not safe to share between threads
        coded = pipeline(article)
    app.state.store.save(coded)
    return coded


@router.post(
    "/articles",
    status_code=201,
    summary="Code an uploaded article and store it (needs --token and a bearer token)",
    openapi_extra=BODY_SCHEMA,
)
async def upload_article(request: Request) -> JSONResponse:
    check_token(request)
    body = await read_body(request, request.app.state.max_upload_bytes)
    article = parse_upload(body, request.headers.get("content-type", ""), dict(request.query_params))
    try:
        coder = request.app.state.coder
        if coder is not None:  # the server: coded in a worker process, stored here
            coded = await coder.code(article)
            await run_in_threadpool(request.app.state.store.save, coded)
        else:  # a pipeline given to create_app (tests, embedding): coded in a thread
            coded = await run_in_threadpool(_code_and_store, request.app, article)
    except InputError as exc:
        raise HTTPException(422, f"cannot code this article ({exc.reason}): {exc.message}") from None
    except WirecoderError as exc:
        raise HTTPException(422, str(exc)) from None
    return JSONResponse(
        {
            "id": coded.id,
            "title": coded.title,
            "published": coded.published,
            "events": len(coded.events),
            "quotes": len(coded.quotes),
            "url": f"/articles/{coded.id}",
        },
        status_code=201,
    )
