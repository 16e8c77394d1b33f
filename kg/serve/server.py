"""The HTTP server: routes, responses, and the worker pool it owns.

Built on the standard library's ThreadingHTTPServer: each request gets a
thread, which parses it, hands any query to the worker pool and writes
the answer.  Errors are KGError subclasses carrying their HTTP status,
answered as plain text on `/sparql` and the APIs and as HTML on pages.
"""

from __future__ import annotations

import json
import signal
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

from kg.errors import KGError, StoreError
from kg.namespaces import PREFIXES
from kg.serve.errors import BadRequest, NotFound, ServeError
from kg.serve.execute import QueryReply
from kg.serve.lookups import article_view, entity_view, pool_select
from kg.serve.pages import article_page, entity_page, error_page
from kg.serve.protocol import MAX_BODY, parse_request
from kg.serve.saved_api import render_saved, saved_list
from kg.serve.workers import WorkerPool
from kg.store import DB_DIR

TEXT = "text/plain; charset=utf-8"
CSP = "default-src 'self'; img-src 'self' data:; form-action 'self'"  # nothing from elsewhere
ASSET_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml",
}


def asset(name: str) -> bytes:
    """A file of kg/serve/assets (package data, found wherever the package is installed)."""
    return resources.files("kg.serve").joinpath("assets", name).read_bytes()


class KGServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer that knows its worker pool and query limits."""

    daemon_threads = True

    def __init__(self, address, pool: WorkerPool, *, max_rows: int, quiet: bool = False):
        self.pool = pool
        self.max_rows = max_rows
        self.quiet = quiet
        super().__init__(address, Handler)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/"

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        self._serving = True
        super().serve_forever(poll_interval)

    def close(self) -> None:
        """Stop answering (if serving), close the socket and stop the workers."""
        if getattr(self, "_serving", False):
            self.shutdown()  # blocks until serve_forever returns, so only when it runs
        self.server_close()
        self.pool.close()


class Handler(BaseHTTPRequestHandler):
    server: KGServer
    server_version = "kg-serve/0.1"

    # ------------------------------------------------------------ plumbing

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        if not self.server.quiet:
            super().log_message(format, *args)

    def _send(self, status: int, content_type: str, body: bytes, headers=None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: int, message: str) -> None:
        self._send(status, TEXT, (message.rstrip("\n") + "\n").encode())

    def _json(self, data) -> None:
        self._send(200, "application/json", json.dumps(data, ensure_ascii=False).encode())

    def _html(self, status: int, html: str | bytes) -> None:
        body = html.encode() if isinstance(html, str) else html
        self._send(status, ASSET_TYPES[".html"], body, {"Content-Security-Policy": CSP})

    def _body(self) -> bytes:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError as exc:
            raise BadRequest("bad Content-Length") from exc
        if length > MAX_BODY:
            raise BadRequest(f"the request body is larger than {MAX_BODY} bytes")
        return self.rfile.read(length) if length > 0 else b""

    # ------------------------------------------------------------ routing

    def do_GET(self) -> None:
        self._route("GET")

    def do_HEAD(self) -> None:
        self._route("GET")

    def do_POST(self) -> None:
        self._route("POST")

    def _route(self, method: str) -> None:
        url = urlsplit(self.path)
        path = url.path
        html = path in ("/entity", "/article")
        try:
            if path == "/sparql":
                self._sparql(method, url.query)
            elif method != "GET":
                raise BadRequest(f"{method} is only accepted on /sparql")
            elif path in ("/", "/index.html"):
                self._html(200, asset("index.html"))
            elif path.startswith("/assets/"):
                self._asset(path.removeprefix("/assets/"))
            elif path == "/api/saved":
                self._json(saved_list())
            elif path.startswith("/api/saved/"):
                values = {k: v[-1] for k, v in parse_qs(url.query).items()}
                self._json(render_saved(path.removeprefix("/api/saved/"), values))
            elif path == "/api/prefixes":
                self._json(PREFIXES)
            elif path == "/entity":
                iri = self._param(url.query, "iri")
                view = entity_view(pool_select(self.server.pool.run), iri)
                self._html(200, entity_page(view))
            elif path == "/article":
                article_id = self._param(url.query, "id")
                hl = parse_qs(url.query).get("hl", [None])[-1]
                view = article_view(pool_select(self.server.pool.run), article_id)
                self._html(200, article_page(view, hl))
            else:
                raise NotFound(f"nothing at {path}")
        except KGError as exc:
            status = exc.status if isinstance(exc, ServeError) else 500
            if html:
                self._html(status, error_page(status, str(exc)))
            else:
                self._text(status, str(exc))
        except (BrokenPipeError, ConnectionResetError):
            pass

    @staticmethod
    def _param(query: str, name: str) -> str:
        values = parse_qs(query).get(name)
        if not values or not values[-1]:
            raise BadRequest(f"give ?{name}=")
        return values[-1]

    def _asset(self, name: str) -> None:
        suffix = Path(name).suffix
        if "/" in name or name.startswith(".") or suffix not in ASSET_TYPES:
            raise NotFound(f"no asset {name!r}")
        try:
            data = asset(name)
        except (FileNotFoundError, IsADirectoryError) as exc:
            raise NotFound(f"no asset {name!r}") from exc
        self._send(200, ASSET_TYPES[suffix], data, {"Cache-Control": "no-cache"})

    def _sparql(self, method: str, query_string: str) -> None:
        body = self._body() if method == "POST" else b""
        job = parse_request(
            method,
            query_string,
            self.headers.get("Content-Type"),
            body,
            self.headers.get("Accept"),
            self.server.max_rows,
        )
        reply: QueryReply = self.server.pool.run(job)
        headers = dict(reply.headers)
        if reply.status == 200:
            headers["X-KG-Truncated"] = "true" if reply.truncated else "false"
            headers["X-KG-Max-Rows"] = str(job.max_rows)
            headers["Vary"] = "Accept"
        self._send(reply.status, reply.content_type, reply.body, headers)


def make_server(
    store_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    workers: int = 2,
    quiet: bool = False,
) -> KGServer:
    """A server bound to host:port (0 picks a free port), its workers started and ready.

    Call `serve_forever()` on it (in a thread, for tests) and `close()` when done.
    """
    if timeout <= 0 or max_rows < 1:
        raise ServeError("--timeout must be positive and --max-rows at least 1")
    db = Path(store_path) / DB_DIR
    if not db.is_dir():
        raise StoreError(f"no store at {store_path} (build one with `kg build`)")
    pool = WorkerPool(db, size=workers, timeout=timeout)
    try:
        return KGServer((host, port), pool, max_rows=max_rows, quiet=quiet)
    except OSError as exc:
        pool.close()
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc


def serve(
    store_path: str | Path,
    host: str = "127.0.0.1",
    port: int = 7878,
    *,
    timeout: float = 30.0,
    max_rows: int = 10_000,
    workers: int = 2,
    ready=None,
    quiet: bool = False,
) -> None:
    """Serve the store until interrupted: the query page at /, SPARQL at /sparql.

    `ready(url)` is called once the server listens (the CLI prints the URL).
    """
    server = make_server(
        store_path, host, port, timeout=timeout, max_rows=max_rows, workers=workers, quiet=quiet
    )
    if host not in ("127.0.0.1", "localhost", "::1"):
        print(
            f"kg serve: warning: listening on {host}, not just this machine; "
            "anyone who can reach it can read the whole store (there is no login)",
            file=sys.stderr,
        )
    if ready is not None:
        ready(server.url)
    else:
        print(f"kg serve: {server.url} (SPARQL endpoint {server.url}sparql)", file=sys.stderr)
    previous = _stop_on_sigterm()
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()
        if previous is not None:
            signal.signal(signal.SIGTERM, previous)


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def _stop_on_sigterm():
    """Make SIGTERM (service managers, `kill`) stop the server as Ctrl+C does, workers too."""
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _interrupt)
