"""The `kg` command: parse arguments, call one library function, map errors to exit codes.

Exit codes: 0 success; 1 the job ran but something was left out (an input
skipped); 2 an error (bad arguments, unreadable store, malformed query).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kg import errors
from kg.export import FORMATS as EXPORT_FORMATS
from kg.query import FORMATS as QUERY_FORMATS


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="kg", description="News articles to a queryable knowledge graph."
    )
    sub = p.add_subparsers(dest="command", required=True)

    b = sub.add_parser("build", help="read articles and add them to the store")
    b.add_argument("inputs", nargs="+", help="files or folders (.jsonl .json .txt .md .html)")
    b.add_argument(
        "--store",
        required=True,
        help="store folder (created if missing) or a SPARQL endpoint URL (a shared server)",
    )
    b.add_argument(
        "--quarantine-dir",
        help="where statements that fail validation go when --store is an endpoint "
        "(default: ./kg-quarantine)",
    )
    b.add_argument("--batch-size", type=int, default=32, help="articles per spaCy batch")
    b.add_argument("--processes", type=int, default=1, help="spaCy worker processes")
    b.add_argument("--quiet", action="store_true", help="no progress bar")

    q = sub.add_parser("query", help="run a SPARQL query against the store")
    q.add_argument("sparql", nargs="?", help="the query text (or use -f or --saved)")
    q.add_argument("-f", "--file", help="read the query from a .rq file")
    q.add_argument("--saved", metavar="NAME", help="run a saved question from queries/")
    q.add_argument(
        "--param",
        action="append",
        default=[],
        metavar="K=V",
        help="set a saved question's parameter (repeatable); a value in <...> is an IRI",
    )
    q.add_argument("--store", required=True, help="store folder or SPARQL endpoint URL")
    q.add_argument("--format", choices=QUERY_FORMATS, default="table")
    q.add_argument("-o", "--output", help="write the result to a file instead of stdout")

    sub.add_parser("queries", help="list the saved questions and their parameters")

    e = sub.add_parser("export", help="write the graph (or the facts) to a file")
    e.add_argument("--store", required=True, help="store folder or SPARQL endpoint URL")
    e.add_argument("--format", choices=EXPORT_FORMATS, default="turtle")
    e.add_argument("-o", "--output", help="output file (default: stdout)")
    e.add_argument("--article", help="only this article (its id)")
    e.add_argument("--entity", help="only this entity's neighbourhood (its name or IRI)")
    e.add_argument("--since", help="only articles published on or after YYYY-MM-DD")
    e.add_argument("--until", help="only articles published on or before YYYY-MM-DD")

    v = sub.add_parser(
        "validate",
        help="check a store or RDF files against the shapes (exit 0 conforms, 1 not, 2 error)",
    )
    v.add_argument("files", nargs="*", help="Turtle, TriG or N-Quads files")
    v.add_argument("--store", help="validate every article graph of this store (folder or URL)")
    v.add_argument("--format", choices=("text", "turtle"), default="text")

    qa = sub.add_parser("quarantine", help="list what validation set aside")
    qa.add_argument("--store", required=True, help="store folder or SPARQL endpoint URL")
    qa.add_argument("--quarantine-dir", help="the quarantine folder of an endpoint build")
    sv = sub.add_parser(
        "serve", help="serve the store read-only: SPARQL at /sparql, a query page at /"
    )
    sv.add_argument("--store", required=True, help="store folder")
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (loopback)")
    sv.add_argument("--port", type=int, default=7878)
    sv.add_argument("--timeout", type=float, default=30.0, help="seconds a query may run")
    sv.add_argument("--max-rows", type=int, default=10_000, help="cap on result rows")
    sv.add_argument("--workers", type=int, default=2, help="query worker processes")
    sv.add_argument("--quiet", action="store_true", help="no request log")
    return p


def _serve(args) -> int:
    from kg.serve import serve

    serve(
        args.store,
        args.host,
        args.port,
        timeout=args.timeout,
        max_rows=args.max_rows,
        workers=args.workers,
        quiet=args.quiet,
        ready=lambda url: print(f"kg serve: {url} (SPARQL: {url}sparql)", file=sys.stderr),
    )
    return 0


def _build(args) -> int:
    from kg.build import build

    summary = build(
        args.inputs,
        args.store,
        progress=False if args.quiet else None,
        batch_size=args.batch_size,
        n_process=args.processes,
        quarantine_dir=args.quarantine_dir,
    )
    print(summary.text())
    return 0 if summary.ok else 1


def _query(args) -> int:
    from kg.query import load_query_file
    from kg.remote import connect
    from kg.saved import saved_query

    if sum(map(bool, (args.sparql, args.file, args.saved))) != 1:
        raise errors.QueryError("give one of: a query text, -f FILE, --saved NAME")
    if args.param and not args.saved:
        raise errors.QueryError("--param goes with --saved")
    if args.saved:
        text = saved_query(args.saved).render(_params(args.param))
    else:
        text = load_query_file(args.file) if args.file else args.sparql
    with connect(args.store) as store:
        result = store.query(text)
    out = result.render(args.format)
    if args.output:
        Path(args.output).write_text(out + ("" if out.endswith("\n") else "\n"))
    else:
        print(out)
    return 0


def _params(pairs: list[str]) -> dict[str, str]:
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise errors.QueryError(f"--param takes K=V, not {pair!r}")
        out[key.strip()] = value
    return out


def _queries(args) -> int:
    from kg.saved import saved_queries

    for q in saved_queries().values():
        print(f"{q.name}: {q.title}")
        if q.description:
            print(f"    {q.description}")
        for name, what in q.params.items():
            print(f"    --param {name}=...  {what}")
    return 0


def _export(args) -> int:
    from kg.export import export
    from kg.remote import connect
    from kg.scope import Scope

    scope = Scope(article=args.article, entity=args.entity, since=args.since, until=args.until)
    with connect(args.store) as store:
        if args.output:
            export(store, args.format, args.output, scope)
            print(f"wrote {args.format} to {args.output}", file=sys.stderr)
        else:
            export(store, args.format, sys.stdout.buffer, scope)
    return 0


def _validate(args) -> int:
    from kg.remote import connect
    from kg.validate import validate_files, validate_store

    if bool(args.store) == bool(args.files):
        raise errors.InputError("give either --store DIR or RDF files, not both or neither")
    if args.store:
        with connect(args.store) as store:
            report = validate_store(store)
    else:
        report = validate_files(args.files)
    if args.format == "turtle":
        print(report.shacl_graph().serialize(format="turtle"))
    else:
        print(report.text())
    return 0 if report.conforms else 1


def _quarantine(args) -> int:
    from kg.remote import connect

    with connect(args.store, quarantine_dir=args.quarantine_dir) as store:
        records = store.quarantine()
    if not records:
        print("Nothing is quarantined.")
    for r in records:
        print(f"{r.article_id}: {len(r.violations)} violation(s); data {r.data_path}")
        for v in r.violations:
            print(f"  {v['label']}: {v['rule']}")
            if v.get("sentence"):
                print(f"    from: {v['sentence']}")
    return 0


COMMANDS = {
    "build": _build,
    "query": _query,
    "queries": _queries,
    "export": _export,
    "validate": _validate,
    "quarantine": _quarantine,
    "serve": _serve,
}


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except errors.KGError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted; the store is unchanged", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
