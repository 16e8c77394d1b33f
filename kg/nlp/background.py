"""Generic forces that only set the scene are not entities of the article.

"Russian forces pressed on" names the state's troops in passing; annotators and
analysts keep such a phrase as an entity when the article says something about
it (a relation, a statement) and otherwise leave it out, since it adds nothing
but a node that says it belongs to its country.
"""

from __future__ import annotations

from dataclasses import replace

from kg.model import Claim, Entity, Relation
from kg.nlp.vocab import Vocab


def _generic_forces(entity: Entity, vocab: Vocab) -> bool:
    """Every mention is "<demonym> forces/troops" or "<state>'s troops", no proper name."""
    nouns = vocab.words("generic_force_nouns")

    def generic(text: str) -> bool:
        words = text.split()
        return len(words) == 2 and words[-1] in nouns  # not "Danish armed forces"

    return entity.type == "MilitaryUnit" and all(generic(m.text) for m in entity.mentions)


def drop_background_forces(
    entities: list[Entity], relations: list[Relation], claims: list[Claim], vocab: Vocab
) -> tuple[list[Entity], list[Relation], list[Claim]]:
    """Entities, relations and claims without the generic forces nothing is said about."""
    said = {c.speaker for c in claims} | {
        k for c in claims if c.relation is not None for k in (c.relation.subject, c.relation.object)
    }
    said |= {k for r in relations if r.predicate != "country" for k in (r.subject, r.object)}
    dropped = {e.key for e in entities if e.key not in said and _generic_forces(e, vocab)}
    if not dropped:
        return entities, relations, claims
    return (
        [e for e in entities if e.key not in dropped],
        [r for r in relations if r.subject not in dropped and r.object not in dropped],
        [replace(c, about=tuple(k for k in c.about if k not in dropped)) for c in claims],
    )
