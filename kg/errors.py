"""One tree of errors, so the CLI (and a notebook) can tell them apart.

The CLI maps each class to a message and an exit code; nothing else in
the package calls sys.exit.
"""


class KGError(Exception):
    """Base of every error the library raises on purpose."""

    exit_code = 2


class InputError(KGError):
    """An input path does not exist or cannot be used at all."""


class StoreError(KGError):
    """The store cannot be opened, read or written."""


class QueryError(KGError):
    """A SPARQL query is malformed or failed."""


class ExportError(KGError):
    """An export format is unknown or the export failed."""


class ValidationSetupError(KGError):
    """The ontology or the shapes cannot be loaded."""


class NLPError(KGError):
    """The spaCy model or the project's pipeline components cannot be loaded."""
