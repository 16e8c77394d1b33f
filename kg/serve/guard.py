"""What the read-only endpoint refuses before a query reaches the store.

pyoxigraph exposes no parsed algebra, so the check is lexical: a
tokenizer that knows SPARQL's strings (all four quotings), IRIs,
comments, variables and prefixed names, and looks only at the bare
keywords left.  "SERVICE" inside a literal, an IRI, a comment, a
variable name (`?service`) or a prefixed name (`ex:service`) is
therefore not a SERVICE clause.  Update keywords cannot appear in a
valid query at all, so finding one means the text is an update.
"""

from __future__ import annotations

import re

from kg.serve.errors import RefusedQuery

UPDATE_KEYWORDS = frozenset(
    {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
)

_TOKEN = re.compile(
    r"""
      (?P<ws>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''
               | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
               | '(?:[^'\\\n\r]|\\.)*'
               | "(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    | (?P<pname>(?:[^\W\d][\w.-]*)?:(?:[\w.:%-]|\\.)*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)


def keywords(sparql: str) -> list[str]:
    """The bare words of a query, upper-cased, outside strings, IRIs, comments and names."""
    return [m.group("word").upper() for m in _TOKEN.finditer(sparql) if m.lastgroup == "word"]


def check_query(sparql: str) -> None:
    """Raise RefusedQuery if the text is an update, a LOAD or uses SERVICE."""
    words = set(keywords(sparql))
    if "LOAD" in words:
        raise RefusedQuery("LOAD is not allowed: this endpoint is read-only")
    updates = words & UPDATE_KEYWORDS
    if updates:
        raise RefusedQuery(
            f"SPARQL Update ({', '.join(sorted(updates))}) is not allowed: "
            "this endpoint is read-only"
        )
    if "SERVICE" in words:
        raise RefusedQuery(
            "SERVICE (federated query) is not allowed: "
            "this endpoint only answers from its own store"
        )
