"""The REST API and dashboard (``wirecoder serve``): one FastAPI app, every page with a JSON twin.

Needs the ``web`` extra (fastapi, uvicorn, jinja2). See docs/api.md for the routes.
"""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
