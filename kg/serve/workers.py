"""A pool of worker processes that run queries, so a slow query can be stopped.

pyoxigraph cannot cancel a running query from another thread, so each
query runs in a worker process (started with 'spawn': no inherited
threads or store handles) that has the store open read-only.  The server
thread that hands a worker a job waits for the answer at most `timeout`
seconds; past that it kills the worker, starts a fresh one in its place
and answers with QueryTimeout.  A worker announces it is ready once its
store is open, and is only given a job after that, so its start-up time
never counts against a query's limit.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import queue
import signal
import threading
import time
from multiprocessing.connection import Connection
from pathlib import Path

from kg.errors import StoreError
from kg.serve.errors import QueryTimeout, ServeError, ServerBusy
from kg.serve.execute import QueryJob, QueryReply

START_TIMEOUT = 60.0  # seconds a new worker may take to import pyoxigraph and open the store
_CONTEXT = mp.get_context("spawn")


def worker_main(conn: Connection, db_path: str) -> None:
    """A worker's life: open the store read-only, say so, then answer jobs until told to stop."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    import pyoxigraph as ox

    from kg.serve.execute import error_reply, run_job
    from kg.store import generation

    store_dir = Path(db_path).parent
    try:
        seen = generation(store_dir)
        store = ox.Store.read_only(db_path)
    except OSError as exc:
        conn.send(("failed", f"cannot open the store at {db_path}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        if (now := generation(store_dir)) != seen:
            # a build has committed since: answer from the store as it is now
            try:
                store, seen = ox.Store.read_only(db_path), now
            except OSError as exc:
                conn.send(error_reply(500, f"cannot reopen the store: {exc}"))
                continue
        conn.send(run_job(store, job))


class _Worker:
    """One worker process and the parent's end of its pipe."""

    def __init__(self, db_path: str):
        self.conn, child = _CONTEXT.Pipe()
        self.process = _CONTEXT.Process(
            target=worker_main, args=(child, db_path), name="kg-serve-worker", daemon=True
        )
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float = START_TIMEOUT) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            self.kill()
            raise StoreError(f"a query worker did not start within {timeout:.0f} s")
        try:
            status, message = self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise StoreError("a query worker died while opening the store") from exc
        if status != "ready":
            self.kill()
            raise StoreError(message)
        self.ready = True

    def kill(self) -> None:
        if self.process.is_alive():
            self.process.kill()
        self.process.join(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.conn.send(None)
        self.process.join(2)
        self.kill()


class WorkerPool:
    """`size` query workers on one store; `run` hands a job to an idle one under a time limit."""

    def __init__(self, store_path: str | Path, *, size: int = 2, timeout: float = 30.0):
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.db_path = str(Path(store_path))
        self.timeout = timeout
        self.size = size
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        self._closed = False
        workers = [self._spawn() for _ in range(size)]
        try:
            for w in workers:
                w.wait_ready()
        except StoreError:
            self.close()
            raise
        for w in workers:
            self._idle.put(w)

    def _spawn(self) -> _Worker:
        w = _Worker(self.db_path)
        with self._lock:
            self._all.add(w)
        return w

    def _retire(self, w: _Worker) -> None:
        w.kill()
        with self._lock:
            self._all.discard(w)

    def _replace(self, w: _Worker) -> None:
        """Kill a worker and put a fresh one (still starting up) in the idle queue."""
        self._retire(w)
        if not self._closed:
            self._idle.put(self._spawn())

    def _idle_worker(self) -> _Worker:
        """The next idle worker; one that died while idle is replaced, not handed out."""
        for _ in range(self.size + 1):
            try:
                w = self._idle.get(timeout=self.timeout + START_TIMEOUT)
            except queue.Empty:
                raise ServerBusy(
                    "every query worker is busy; try again when the running queries finish"
                ) from None
            if w.process.is_alive():
                return w
            self._replace(w)
        raise ServeError("query workers keep dying; see the server's log")

    def run(self, job: QueryJob) -> QueryReply:
        """Run a job on an idle worker; QueryTimeout if it takes longer than the limit."""
        if self._closed:
            raise ServeError("the server is shutting down")
        w = self._idle_worker()
        try:
            w.wait_ready()
        except StoreError as exc:
            self._replace(w)
            raise ServeError(str(exc)) from exc
        started = time.monotonic()
        try:
            w.conn.send(job)
            if not w.conn.poll(self.timeout):
                self._replace(w)
                raise QueryTimeout(
                    f"query stopped: it ran longer than the time limit of {self.timeout:g} s "
                    "(set with --timeout); narrow it down or add a LIMIT"
                )
            reply = w.conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self._replace(w)
            elapsed = time.monotonic() - started
            raise ServeError(f"the query worker died after {elapsed:.1f} s ({exc!r})") from exc
        self._idle.put(w)
        return reply

    def close(self) -> None:
        """Stop every worker (idle or busy)."""
        self._closed = True
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            w.stop()
