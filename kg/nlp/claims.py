"""Attributed statements: who said what, asserting or denying it.

A claim is anchored on a speech verb ("said", "told", "denied"), an
"according to" phrase or a quotation attributed to a speaker.  The speaker
is resolved to an entity (pronouns to the last person, "Acme officials"
to Acme, "a source in the agency X" to X, "the ministry" to the last
ministry).  A relation stated only inside the statement is the speaker's,
not the article's: it moves onto the claim and out of the facts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from kg.model import Claim, ClaimedRelation, Relation
from kg.nlp.furniture import in_ranges
from kg.nlp.lookup import (
    anaphor_entity,
    doc_text,
    entity_types,
    key_at,
    last_person_before,
    phrase_entity,
    salient_entity_before,
    sent_of,
    sentence_of,
    span_keys,
)
from kg.nlp.relations import RelationCandidate
from kg.nlp.vocab import Vocab

QUOTE_RE = re.compile(r"[“\"]([^”\"]{3,}?)[”\"]")


@dataclass
class Statement:
    start: int  # char offsets of the statement
    end: int
    verb: Token | None  # the attributing word
    speaker: str
    denies: bool
    factive: bool


def resolve_speaker(doc: Doc, tok: Token, vocab: Vocab) -> str | None:
    """The entity a subject token stands for, or None when unsure."""
    if tok.lower_ in {"who", "which", "that"} and tok.head.dep_ == "relcl":
        tok = tok.head.head  # "remarks by Jane Roe, who said ...": the antecedent speaks
    lower = tok.lower_
    pronouns = vocab.attribution["pronouns"]
    if lower in pronouns:
        return last_person_before(doc, tok.idx)
    if lower in {"it", "they"} and tok.dep_ == "nsubj":
        return _last_actor_subject(doc, tok, vocab.entity["definite_anaphors"])
    types = entity_types(doc)
    own = key_at(doc, tok.i)
    if own and types.get(own) == "Person":
        return own  # "said Jane Roe, the U.S. Attorney for the Zed District": Roe speaks
    for child in tok.children:
        k = key_at(doc, child.i) if child.dep_ == "appos" else None
        if k and not (own and types.get(k) in {"Location", "Country"}):
            return k  # "Acme, the Zedton, Norland-based unit," is still Acme
    if lower in vocab.roles and not own:
        for prep in tok.children:  # "Minister for Health Jane Roe said", Roe hung on "for"
            named = [key_at(doc, c.i) for c in prep.children if c.dep_ == "pobj"]
            preps = {"for", "of", "to"} if lower in vocab.words("envoy_nouns") else {"for", "of"}
            if prep.lower_ in preps and named and types.get(named[0] or "") == "Person":
                return named[0]  # "Ambassador to Norland Jane Roe said", too
    anaphors = vocab.entity["definite_anaphors"]
    if types.get(own or "") == "Location":
        for child in tok.children:  # "The Menlo Park, California-based company said"
            kinds = anaphors.get(child.lower_)
            if child.dep_ == "appos" and kinds and "Location" not in kinds:
                k = salient_entity_before(doc, tok.idx, set(kinds))
                if k:
                    return k
    for t in tok.subtree:  # "Iran's ambassador to Syria, Jane Roe," hung on "Syria"
        after_comma = t.i > 0 and doc[t.left_edge.i - 1].text == ","
        k = (
            key_at(doc, t.i)
            if t.dep_ in {"appos", "conj"} and after_comma and t.i > tok.i
            else None
        )
        if k and types.get(k) == "Person":
            return k
    through = lower in vocab.words("source_nouns") or tok.lemma_.lower() in vocab.words(
        "source_nouns"
    )
    if tok.lemma_.lower() in {"official", "source", "authority", "diplomat", "negotiator"}:
        # "Iranian officials said": the state the nationality names
        for c in tok.children:
            country = vocab.demonym(c.text) if c.dep_ == "amod" else None
            keys = [
                e.key for e in doc._.kg_entities or [] if e.type == "Country" and e.name == country
            ]
            if keys and not any(key_at(doc, g.i) for g in tok.children if g.dep_ != "amod"):
                return keys[0]
    anaphors = vocab.entity["definite_anaphors"]
    k = phrase_entity(doc, tok, through_preps=through)
    kinds = anaphors.get(lower) or anaphors.get(tok.lemma_.lower())
    if k and kinds and not key_at(doc, tok.i) and entity_types(doc).get(k) not in kinds:
        # "the Oslo-based company said": the company speaks, not the city that describes it
        fallback = None if entity_types(doc).get(k) == "Location" else k  # "X's press service"
        k = anaphor_entity(doc, tok, anaphors) or fallback
    if k:
        return k
    k = anaphor_entity(doc, tok, anaphors)
    if k:
        return k
    if through:  # "Commerce officials" for the article's one Commerce Department
        for c in tok.children:
            if c.dep_ == "compound" and c.is_title and not key_at(doc, c.i):
                bodies = [
                    e.key
                    for e in doc._.kg_entities or []
                    if e.type in {"Organization", "GovernmentAgency", "MilitaryUnit"}
                    and [w for w in e.name.split() if not vocab.country(w)][:1] == [c.text]
                ]
                if len(bodies) == 1:
                    return bodies[0]
    # a person named in apposition: "the spokesman, John Doe,"
    for child in tok.children:
        if child.dep_ == "appos" and key_at(doc, child.i):
            return key_at(doc, child.i)
    return None


def _last_actor_subject(doc: Doc, tok: Token, anaphors: dict[str, list[str]]) -> str | None:
    """ "It also rejected the reports": the body that was last the subject of a clause."""
    types = entity_types(doc)
    actors = {"Organization", "GovernmentAgency", "MilitaryUnit", "Country"}
    start = sent_of(tok).start
    for t in reversed(doc[max(0, start - 80) : tok.i]):
        if t.dep_ in {"nsubj", "nsubjpass"} or (t.dep_ == "appos" and t.head.dep_ == "nsubj"):
            verb = t.head if t.dep_ != "appos" else t.head.head
            if t.i < start and verb.dep_ not in {"ROOT", "conj"}:
                continue  # "... after Acme refused to negotiate": not who the report is about
            k = key_at(doc, t.i) or (key_at(doc, t.head.i) if t.dep_ == "appos" else None)
            if k is None:
                k = anaphor_entity(doc, t, anaphors)  # "The group said ... It also rejected"
            if k and types.get(k) in actors:
                return k
            if k and types.get(k) == "Person":
                return None  # a person spoke last: "it" is something else
    return None


def subject_of(verb: Token) -> Token | None:
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects and verb.lemma_.lower() == "quote":
        # "X was quoted as saying ...": X speaks
        subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if subjects:
        # a parse with two subjects: the one next to the verb is the speaker
        before = [c for c in subjects if c.i < verb.i]
        return max(before, key=lambda c: c.i) if before else subjects[0]
    if verb.dep_ == "conj" and verb.head.pos_ in {"VERB", "AUX"}:
        head = verb.head
        if (
            head.dep_ == "ccomp"
            and head.head.pos_ == "VERB"
            and any(
                c.dep_ == "nsubjpass"
                or (c.dep_ == "nsubj" and c.ent_type_ != "PERSON" and c.lower_ not in {"he", "she"})
                for c in head.children
            )
            and any(c.dep_ == "ccomp" for c in verb.children)
        ):
            # "X said the verdict was fair and denied that ...", "X told the Senate the
            # state had paid nothing and denied that ...": X denies, not the verdict; but
            # "X said Ana Dorn had met him and told him that ...": Dorn tells
            return subject_of(head.head)
        return subject_of(head)
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.pos_ == "VERB":
        return subject_of(verb.head.head)  # "X was quoted as saying ..."
    if verb.dep_ in {"advcl", "xcomp"} and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        return subject_of(verb.head)  # "X defended the regulator, saying ..."
    if verb.dep_ in {"acl", "advcl"} and verb.tag_ == "VBG" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return verb.head
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i:
            # "X, addressing a crowd in Y, said ...": the parser gave X to the participle
            return next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
    return None


def _speakers(doc: Doc, subj: Token, vocab: Vocab) -> list[str]:
    """Every speaker of a subject, conjuncts included ("Acme and Globex said")."""
    out: list[str] = []
    types = entity_types(doc)
    kind = types.get(key_at(doc, subj.i) or "")
    listed = next(
        (
            a
            for a in subj.children
            if a.dep_ == "appos"
            and a.pos_ == "PROPN"
            and a.conjuncts
            and all(types.get(key_at(doc, t.i) or "") == kind for t in [a, *a.conjuncts])
        ),
        None,
    )
    if listed is not None and kind not in {None, "Person"}:
        # "Acme, Globex and Initech said": a list the parser took for an apposition
        for t in [subj, listed, *listed.conjuncts]:
            k = key_at(doc, t.i)
            if k and k not in out:
                out.append(k)
        return out
    if subj.tag_ == "NNS" and not key_at(doc, subj.i) and (subj.is_lower or subj.is_sent_start):
        # "Unions of the crews, including A and B, said": the bodies named
        for prep in subj.subtree:
            if prep.dep_ == "prep" and prep.lower_ == "including":
                for g in prep.children:
                    for t in [g, *g.conjuncts] if g.dep_ == "pobj" else []:
                        k = key_at(doc, t.i)
                        if k and types.get(k) != "Location" and k not in out:
                            out.append(k)
        if out:
            return out
    for t in [subj, *subj.conjuncts]:
        if t is not subj and _described_base(doc, t, types, vocab):
            continue  # "Acme, the Zedton, Texas-based unit of X, said": Zedton is no speaker
        k = resolve_speaker(doc, t, vocab)
        if k and k not in out:
            out.append(k)
    return out


def _described_base(doc: Doc, tok: Token, types: dict[str, str], vocab: Vocab) -> bool:
    """A place followed by ", Norland-based": where the thing described is, not a party."""
    k = key_at(doc, tok.i)
    end = tok.i + 1
    return (
        types.get(k or "") == "Location"
        and end + 3 < len(doc)
        and doc[end].text == ","
        and bool(key_at(doc, end + 1))
        and doc[end + 2].text in {"-", "–"}
        and doc[end + 3].lower_ in vocab.words("based_words")
    )


def _refers_to_speaker(doc: Doc, phrase: Token, speaker: set[str], vocab: Vocab) -> bool:
    """Whether a subject is the speaker itself, its pronoun or something of its own."""
    anaphors = vocab.entity["definite_anaphors"]
    for t in phrase.subtree:
        if t.lower_ in vocab.words("self_words"):
            return True
        k = key_at(doc, t.i) or anaphor_entity(doc, t, anaphors)
        if k in speaker:
            return True
    return False


def _is_denial_clause(doc: Doc, root: Token, speaker: set[str], vocab: Vocab) -> bool:
    """A negated statement about the speaker's own doings (no modal): a denial.

    "Acme has never sold ...", "his company sold no terminals", "no X have
    been sold" deny an allegation; "the strike caused no damage" or "will not
    connect" are assertions of a fact or a policy.
    """
    children = list(root.children)
    if any(c.dep_ == "aux" and c.lower_ in vocab.words("modal_words") for c in children):
        return False
    if root.lemma_.lower() in vocab.words("absence_verbs"):
        return False
    subj = next((c for c in children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if (
        subj is not None
        and subj.dep_ == "nsubjpass"
        and root.lemma_.lower() in vocab.words("undergone_verbs")
    ):
        # "its operations were not affected", "no one was hurt", "we were not informed":
        # a report or a complaint, where "no aircraft were damaged" answers a claim
        return False
    no_subject = subj is not None and any(
        g.dep_ == "det" and g.lower_ == "no" for g in subj.children
    )
    open_question = root.lemma_.lower() in vocab.words("open_question_verbs")
    if no_subject and subj.dep_ == "nsubjpass" and not open_question:
        return True  # "no terminals were sold", but "no option has been ruled out"
    perfect = {c.lower_ for c in children if c.dep_ == "aux"} & {"has", "have", "had"}
    if (
        subj is not None
        and subj.dep_ == "nsubjpass"
        and any(c.dep_ == "neg" or c.lower_ == "never" for c in children)
        and perfect & {"has", "have"}
        and not open_question
    ):
        return True  # "the city has not been captured": an event the speaker says never was
    if (
        subj is not None
        and perfect
        and any(c.lower_ == "never" for c in children)
        and subj.lower_ not in {"this", "that", "it", "there"}
    ):
        return True  # "the devices had never been in the country", not "this has never happened"
    negated = no_subject or any(c.dep_ == "neg" or c.lower_ == "never" for c in children)
    negated = negated or any(
        c.dep_ in {"dobj", "attr"}
        and any(g.dep_ == "det" and g.lower_ == "no" for g in c.children)
        and c.lower_ not in vocab.words("intention_nouns")  # "it has no plans to": a policy
        for c in children
    )
    if not negated or subj is None:
        return False
    if root.lemma_ == "be" and subj.lower_ in {"this", "that", "it"}:
        return any(c.dep_ == "attr" for c in children)  # "This is not a coup"
    if (
        root.lemma_ == "be"
        and subj.pos_ == "NOUN"
        and any(c.dep_ == "poss" for c in subj.children)
        and not any(c.lower_ == "never" for c in children)
    ):
        return False  # "its operations were not at risk": a report on its things' state
    return _refers_to_speaker(doc, subj, speaker, vocab)


def _denial_phrase(text: str, vocab: Vocab) -> bool:
    low = re.sub(r"[\"“”‘]", "", text.lower().replace("\u2019", "'"))
    return any(re.search(rf"\b{re.escape(p)}\b", low) for p in vocab.attribution["denial_phrases"])


def _statement_denies(doc: Doc, start: int, end: int, speaker: set[str], vocab: Vocab) -> bool:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    # "the shoal lies 75 miles west of ...": the verb is no lie
    words = "".join("" if t.pos_ == "VERB" and t.lower_ == "lies" else t.text_with_ws for t in span)
    if _denial_phrase(words, vocab):
        return True
    roots = {t for t in span if t.dep_ in {"ROOT", "ccomp"} and t.pos_ in {"VERB", "AUX"}}
    roots |= {t for t in span if t.dep_ == "conj" and t.head in roots}
    if any(_is_denial_clause(doc, r, speaker, vocab) for r in roots):
        return True
    roots |= {t for t in span if t.dep_ in {"ROOT", "ccomp"} and t.pos_ == "ADJ"}
    allegations, complements = vocab.words("allegation_nouns"), vocab.words("denial_complements")
    allegations |= vocab.words("disputed_proceedings")
    # "misguided" rebuts charges, though "called the rule misguided" only criticises it
    complements = complements | vocab.words("rebuttal_adjectives")
    for r in roots:
        # "the story was fiction", "the reports are propaganda", "the case was politically
        # motivated", "the verdict was a political vendetta"
        subj = next((c for c in r.children if c.dep_ == "nsubj"), None)
        said = [c for c in r.children if c.dep_ in {"attr", "acomp"}]
        be = next((c for c in r.children if c.dep_ in {"auxpass", "aux"} and c.lemma_ == "be"), r)
        if be is not r and r.tag_ in {"VBN", "JJ"}:
            # 'the charges were "misguided"', parsed as a passive
            subj = subj or next((c for c in r.children if c.dep_ == "nsubjpass"), None)
            subj = subj or next((c for c in be.children if c.dep_ == "nsubj"), None)
            said = [r]
        said += [cj for c in said for cj in c.conjuncts]  # "misguided and meritless"
        if (
            be.lemma_ == "be"
            and subj is not None
            and subj.lower_ in allegations
            and not any(c.dep_ == "neg" for c in r.children)
            and any(
                c.lower_ in complements
                or any(t.lower_ in {"political", "politically"} for t in c.children)
                for c in said
            )
        ):
            return True
    # "X said it disagreed with / rejected the allegations": the speaker's own denial verb
    denial_verbs = vocab.words("denial_verbs")
    for r in roots:
        subj = next((c for c in r.children if c.dep_ == "nsubj"), None)
        if (
            r.lemma_.lower() in denial_verbs
            and subj is not None
            and _refers_to_speaker(doc, subj, speaker, vocab)
        ):
            return True
    return False


def _characterises_allegation(verb: Token, vocab: Vocab) -> bool:
    """ "dismissed the accusations", "called the reports a media campaign" """
    lemma = verb.lemma_.lower()
    if lemma not in vocab.words("characterising_verbs"):
        return False
    allegations = vocab.words("allegation_nouns")
    complements = vocab.words("denial_complements")
    objs = [c for c in verb.children if c.dep_ in {"dobj", "oprd", "xcomp", "attr", "ccomp"}]
    if lemma == "dismiss":
        return any(c.lemma_.lower() in allegations or c.lower_ in allegations for c in objs)
    for c in objs:
        for t in c.subtree:
            if t.lower_ in complements or t.lemma_.lower() in complements:
                return True
    return False


def _quotes(text: str) -> list[tuple[int, int]]:
    return [(m.start(1), m.end(1)) for m in QUOTE_RE.finditer(text)]


def _quote_near(
    doc: Doc, quotes: list[tuple[int, int]], verb: Token, sent: Span
) -> tuple[int, int] | None:
    """A quotation this verb attributes: “...,” X said / X said: “...”.

    Before the verb, only the attribution ("," + the speaker) may sit between
    the closing quote mark and the verb; after it, the quote must open in the
    same sentence.
    """
    for q in sorted(quotes, key=lambda q: -q[1]):
        if q[1] > verb.idx or verb.idx - q[1] > 80:
            continue
        between = doc_text(doc)[q[1] : verb.idx]
        if re.search(r"[.!?]\s", between[1:]) or "\n" in between:
            continue
        return q
    for q in sorted(quotes):
        if (
            verb.idx < q[0] <= sent.end_char + 2
            and q[0] - verb.idx <= 60
            and "\n" not in doc_text(doc)[verb.idx : q[0]]
        ):
            return q
    return None


def _speaker_before(doc: Doc, verb: Token) -> Token | None:
    """ "..., the region's governor, Jane Doe, said." when the parse lost the subject."""
    comp = next((c for c in verb.children if c.dep_ == "ccomp"), None)
    if comp is None or comp.i > verb.i:
        return None
    subjects = [c for c in comp.children if c.dep_ == "nsubj"]
    if len(subjects) > 1 and any(t.lower_ == "whose" for t in doc[subjects[0].i : subjects[-1].i]):
        return subjects[0]  # "Acme, whose chief Jane Roe has urged calm, said ...": Acme
    for t in reversed(doc[max(sent_of(verb).start, verb.i - 6) : verb.i]):
        if key_at(doc, t.i):
            return t
    return None


def _closes_sentence(verb: Token) -> bool:
    """A speech verb after its content: only modifiers and punctuation follow it, or a
    clause of its own set off by a comma ("..., the ministry said, as Zed confirmed ...")."""
    trailing: set[int] = set()
    for c in sent_of(verb):
        if (
            c.dep_ == "advcl"
            and c.left_edge.i == verb.i + 2
            and verb.doc[verb.i + 1].text == ","
            and any(m.dep_ == "mark" and m.lower_ in {"as", "while", "after"} for m in c.children)
        ):
            trailing |= {t.i for t in c.subtree}
    for t in sent_of(verb):
        if (
            t.i > verb.i
            and t.i not in trailing
            and not (
                t.is_punct
                or t.is_space
                or (t.head == verb and t.dep_ in {"prep", "npadvmod", "advmod", "dobj", "dative"})
                or t.head.head == verb
            )
        ):
            return False
    return verb.dep_ in {"ROOT", "parataxis", "ccomp", "conj"}


def _speaker_circle(speaker: str, candidates: list[RelationCandidate]) -> set[str]:
    """The speaker and the bodies it speaks for: its country, its parent, what it leads."""
    circle = {speaker}
    for r in candidates:
        if r.subject == speaker and r.predicate in {"country", "partOf", "memberOf", "leads"}:
            circle.add(r.object)
        if r.object == speaker and r.predicate in {"owns", "leads"}:
            circle.add(r.subject)
    return circle


def find_statements(
    doc: Doc, vocab: Vocab, candidates: list[RelationCandidate] | None = None
) -> list[Statement]:
    speech = vocab.words("speech_verbs")
    obj_verbs = vocab.words("object_claim_verbs")
    denial_verbs = vocab.words("denial_verbs")
    factive = vocab.words("factive_verbs")
    furniture = doc._.kg_furniture or []
    quotes = _quotes(doc_text(doc))
    out: list[Statement] = []
    for tok in doc:
        if in_ranges(tok.idx, furniture):
            continue
        lemma = tok.lemma_.lower()
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            pobj = next((c for c in doc[tok.i + 1].children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            source = _source_of(pobj)  # "according to imagery released by X": X
            if source is not None and not _speakers(doc, pobj, vocab):
                pobj = source
            elif source is None and pobj.is_lower and _addressed(pobj):
                continue  # "according to the letter sent to Senator X": X wrote nothing
            sent = sent_of(tok)
            start, end = sent.start_char, sent.end_char
            for speaker in _speakers(doc, pobj, vocab):
                circle = _speaker_circle(speaker, candidates or [])
                denies = _statement_denies(doc, start, end, circle, vocab)
                out.append(Statement(start, end, tok, speaker, denies, False))
            continue
        if lemma in vocab.words("allegation_nouns") and _rebutted_summary(doc, tok, vocab) is tok:
            # "X accused Y of Z, a charge Jane Roe dismissed as nonsense": Roe denies it
            verb = next(c for c in tok.children if c.lemma_.lower() in _rebuttals(vocab))
            # "a charge Jane Roe dismissed", "a claim dismissed by Jane Roe"
            who = (
                subject_of(verb)
                or _agent_of(verb)
                or next(
                    (c for c in tok.children if c.dep_ in {"appos", "compound"} and c.i < verb.i),
                    None,
                )
            )
            sent = sent_of(tok)
            if who is not None and who.lower_ in {*vocab.attribution["pronouns"], "it", "they"}:
                # "She accused the minister of X, an accusation he rejected": the accused
                accused = [c for c in sent.root.children if c.dep_ == "dobj"]
                who = accused[0] if accused and key_at(doc, accused[0].i) else None
            for speaker in _speakers(doc, who, vocab) if who is not None else []:
                out.append(
                    Statement(
                        sent.start_char,
                        doc[tok.i - 2].idx + len(doc[tok.i - 2]),
                        verb,
                        speaker,
                        True,
                        False,
                    )
                )
            continue
        if lemma in vocab.words("allegation_nouns") and tok.pos_ == "NOUN":
            # "a report by X that ...": X's account, whoever cites it
            source = _source_of(tok)
            clause = next((c for c in tok.children if c.dep_ in {"acl", "ccomp", "relcl"}), None)
            if (
                source is not None
                and clause is not None
                and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children)
            ):
                sub = list(clause.subtree)
                start, end = sub[0].idx, sub[-1].idx + len(sub[-1].text)
                for speaker in _speakers(doc, source, vocab):
                    out.append(Statement(start, end, tok, speaker, False, False))
            continue
        if lemma in vocab.words("plea_verbs") and tok.pos_ == "VERB":
            out += _plea(doc, tok, vocab)
            continue
        if tok.lower_ == "citing" and tok.tag_ == "VBG":
            out += _citing(doc, tok, vocab, candidates or [], speech)
            continue
        if tok.pos_ not in {"VERB", "AUX"} or lemma not in speech:
            continue
        if any(c.dep_ in {"auxpass", "neg"} for c in tok.children):
            continue
        if any(c.lower_ == "neither" for c in [*tok.children, *tok.head.children]):
            continue  # "Acme neither admitted nor denied the allegations": no statement
        subj = subject_of(tok)
        if subj is None:
            subj = _speaker_before(doc, tok)
        if subj is None:
            continue
        speakers = _speakers(doc, subj, vocab)
        if not speakers:
            continue
        clauses = [c for c in tok.children if c.dep_ == "ccomp"]
        comp = clauses[0] if clauses else None
        if len(clauses) > 1 and any(t.lower_ == "whose" for t in doc[comp.left_edge.i : tok.i]):
            # "Acme, whose chief has urged calm, said prices rose": the clause after the verb
            comp = next((c for c in clauses if c.i > tok.i), comp)
        if comp is None:
            comp = _clause_in_medium(tok)
        span: tuple[int, int] | None = None
        if comp is not None:
            sub = list(comp.subtree)
            span = (sub[0].idx, sub[-1].idx + len(sub[-1].text))
            q = _quote_near(doc, quotes, tok, sent_of(tok))
            if q and q[0] <= span[0] <= q[1]:
                span = q
        else:
            q = _quote_near(doc, quotes, tok, sent_of(tok))
            that = next(
                (
                    c
                    for c in tok.children
                    if c.dep_ == "mark" and c.lower_ == "that" and c.i > tok.i
                ),
                None,
            )
            if q is not None:
                span = q
            elif that is not None and that.i + 1 < sent_of(tok).end:
                # "X said in a statement that the number ... matched ...", with the clause's
                # verb lost by the parser: the rest of the sentence after "that"
                last = sent_of(tok)[-1]
                last = last if not last.is_punct else doc[last.i - 1]
                span = (doc[that.i + 1].idx, last.idx + len(last.text))
            elif (
                _closes_sentence(tok)
                and subj.i < tok.i
                and subj.left_edge.i > sent_of(tok).start + 2
                # not "X, a judge who heads Y, said he rejected it": what X said, not after it
                and not (
                    tok.dep_ == "ccomp" and tok.head.i < tok.i and tok.head.lemma_.lower() in speech
                )
            ):
                # "The couple were residents of X, the governor said."
                start = sent_of(tok).start_char
                end = subj.left_edge.idx
                span = (start, end) if end - start > 10 else None
            elif lemma in obj_verbs and any(
                c.dep_ in {"dobj", "xcomp", "oprd"} for c in tok.children
            ):
                # after the subject: what its own relative clauses say is background
                after = subj.right_edge.i + 1 if subj.i < tok.i else tok.i
                summary = _rebutted_summary(doc, tok, vocab)
                end = doc[summary.i - 2].idx + len(doc[summary.i - 2]) if summary else None
                when = _background_clause(tok, vocab)
                if when is not None and end is None:
                    last = doc[when.left_edge.i - 1]  # the word before "after"
                    end = last.idx + len(last.text)
                span = (doc[min(after, tok.i)].idx, end or sent_of(tok).end_char)
        if span is None:
            continue
        summary = _rebutted_summary(doc, tok, vocab)
        if summary is not None and span[0] < summary.idx < span[1]:
            # "X said Y did it, an accusation Y rejected as absurd": Y's rebuttal is not X's
            span = (span[0], doc[summary.i - 2].idx)
        head_denies = (
            tok.dep_ in {"advcl", "xcomp", "conj"}
            and tok.head.pos_ == "VERB"
            and (
                tok.head.lemma_.lower() in denial_verbs
                or _characterises_allegation(tok.head, vocab)
            )
        ) or any(
            # "backed the account but dismissed claims that ...", with "dismissed" read as
            # an adjective of "reports": the one statement is a denial
            c.dep_ == "conj"
            and c.pos_ == "NOUN"
            and any(
                g.dep_ == "amod" and g.tag_ in {"VBD", "VBN"} and g.lemma_.lower() in denial_verbs
                for g in c.children
            )
            for c in tok.children
        )
        rebuttal = _trailing_rebuttal(doc, span, denial_verbs, vocab.words("allegation_nouns"))
        if rebuttal is not None:
            # "X said ..., rejecting suggestions that ...": the speaker's own denial
            for speaker in speakers:
                out.append(Statement(rebuttal.idx, span[1], rebuttal, speaker, True, False))
            span = (span[0], doc[rebuttal.i - 1].idx)
        for speaker in speakers:
            denies = (
                head_denies
                or lemma in denial_verbs
                or _characterises_allegation(tok, vocab)
                or _statement_denies(
                    doc, span[0], span[1], _speaker_circle(speaker, candidates or []), vocab
                )
            )
            out.append(Statement(span[0], span[1], tok, speaker, denies, lemma in factive))
    return out


def _plea(doc: Doc, verb: Token, vocab: Vocab) -> list[Statement]:
    """ "Jan Roe pleaded not guilty to fraud": a denial of the charge in court. (A guilty
    plea is a court step that news rarely reports as the defendant's own statement.)"""
    guilty = next((c for c in verb.children if c.lower_ == "guilty"), None)
    subj = subject_of(verb)
    if guilty is None or subj is None:
        return []
    if not any(c.dep_ == "neg" for c in [*guilty.children, *verb.children]):
        return []
    sent = sent_of(verb)
    start = doc[subj.right_edge.i + 1].idx if subj.i < verb.i else verb.idx
    return [
        Statement(start, sent.end_char, verb, speaker, True, False)
        for speaker in _speakers(doc, subj, vocab)
    ]


def _background_clause(verb: Token, vocab: Vocab) -> Token | None:
    """ "X pledged support ... after Norland invaded Zedland": a clause of time after the
    verb tells when the speaker spoke, in the article's own voice."""
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.i > verb.i
            and any(
                m.dep_ == "mark" and m.lower_ in vocab.words("time_clause_marks")
                for m in c.children
            )
        ):
            return c
    return None


def _trailing_rebuttal(
    doc: Doc, span: tuple[int, int], denial: frozenset[str], allegations: frozenset[str]
) -> Token | None:
    """ "..., rejecting suggestions that Y": a participle of denial that closes a report is
    what the speaker does, not what the speaker reports; so is a subjectless "and rejected
    reports that Y" the parser joined to the report ("said flights ran normally and ...")."""
    for t in doc:
        if not (
            span[0] < t.idx < span[1]
            and t.lemma_.lower() in denial
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
            and t.right_edge.idx + len(t.right_edge.text) >= span[1] - 1
        ):
            continue
        participle = t.tag_ == "VBG" and t.dep_ == "advcl" and doc[t.i - 1].text == ","
        joined = (
            t.tag_ == "VBD"
            and t.dep_ == "conj"
            and doc[t.i - 1].lower_ == "and"
            and any(c.dep_ == "nsubj" and not c.ent_type_ for c in t.head.children)
            and any(c.dep_ == "dobj" and c.lemma_.lower() in allegations for c in t.children)
        )
        if participle or joined:
            return t
    return None


def _clause_in_medium(verb: Token) -> Token | None:
    """ "said in a statement that ...", "told reporters at a briefing that ...": the
    parser hangs the that-clause on the statement or the briefing, not on the verb."""
    for noun in verb.children:  # "told a briefing that the ruling was ...", read as relative
        if noun.dep_ != "dobj" or not noun.is_lower:
            continue
        for clause in noun.children:
            if (
                clause.dep_ == "relcl"
                and clause.left_edge.lower_ == "that"
                and clause.left_edge.i == noun.i + 1
                and any(
                    c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ != "that" for c in clause.children
                )
            ):
                return clause
    for prep in verb.children:
        if prep.dep_ != "prep":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj":
                continue
            for clause in noun.children:
                if clause.dep_ in {"acl", "ccomp", "relcl"} and any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                ):
                    return clause
                for verb2 in noun.children:  # "told analysts on a call to discuss X that ..."
                    if verb2.dep_ == "acl" and verb2.tag_ == "VB":
                        for clause in verb2.children:
                            if clause.dep_ == "ccomp" and any(
                                c.dep_ == "mark" and c.lower_ == "that" for c in clause.children
                            ):
                                return clause
    return None


def _rebuttals(vocab: Vocab) -> set[str]:
    return vocab.words("denial_verbs") | vocab.words("characterising_verbs")


def _rebutted_summary(doc: Doc, tok: Token, vocab: Vocab) -> Token | None:
    """The ", a charge Jane Roe dismissed ..." that closes the clause of `tok` (a speech
    verb) or is `tok` itself (an allegation noun): the summing-up noun, if any."""
    sent = sent_of(tok)
    nouns = [tok] if tok.pos_ == "NOUN" else [t for t in sent if t.i > tok.i]
    allegations = vocab.words("allegation_nouns")
    for n in nouns:
        if (
            n.lower_ in allegations
            and n.i >= 2
            and doc[n.i - 1].lower_ in {"a", "an"}
            and doc[n.i - 2].text == ","
            and any(c.lemma_.lower() in _rebuttals(vocab) and c.pos_ == "VERB" for c in n.children)
        ):
            return n
    return None


def _source_of(noun: Token) -> Token | None:
    """Who a report or document comes from: "a report by X", "imagery released by X"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in {"by", "from"}:
            pobj = next((g for g in c.children if g.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if c.dep_ == "acl" and c.tag_ == "VBN" and any(a.dep_ == "agent" for a in c.children):
            return _agent_of(c)
    return None


def _agent_of(verb: Token) -> Token | None:
    """The "by X" of a passive verb."""
    for a in verb.children:
        if a.dep_ == "agent":
            return next((g for g in a.children if g.dep_ == "pobj"), None)
    return None


def _addressed(noun: Token) -> bool:
    """ "the letter sent to X", "a memo addressed to X": a document and its recipient."""
    return any(
        c.dep_ == "acl"
        and any(g.dep_ in {"prep", "dative"} and g.lower_ == "to" for g in c.children)
        for c in noun.children
    )


def _citing(
    doc: Doc, tok: Token, vocab: Vocab, candidates: list[RelationCandidate], speech: frozenset[str]
) -> list[Statement]:
    """ "X reported, citing Y officials, that ...": Y's statement, and X's own account
    when the verb is not a speech verb already read ("X published an account, citing ...").
    """
    sent = sent_of(tok)
    start, end = sent.start_char, sent.end_char
    speakers: list[str] = []
    cited = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if cited is not None and cited.lower_ not in vocab.attribution["pronouns"]:
        speakers += _speakers(doc, cited, vocab)
    head = tok.head
    subj = subject_of(tok)
    if (
        head.pos_ == "VERB"
        and head.lemma_.lower() not in speech
        and subj is not None
        and subj.pos_ != "PRON"
    ):
        speakers += [k for k in _speakers(doc, subj, vocab) if k not in speakers]
    out = []
    for speaker in speakers:
        denies = _statement_denies(doc, start, end, _speaker_circle(speaker, candidates), vocab)
        out.append(Statement(start, end, tok, speaker, denies, False))
    return out


def _date_text(doc: Doc, verb: Token | None, st: Statement) -> str | None:
    """A date expression in the attributing sentence, outside the statement."""
    if verb is None:
        return None
    sent = sent_of(verb)
    dates = [
        e
        for e in doc.ents
        if e.label_ == "DATE"
        and e.start >= sent.start
        and e.end <= sent.end
        and not (st.start <= e.start_char < st.end)
    ]
    if not dates:
        return None
    return min(dates, key=lambda e: abs(e.start - verb.i)).text


QUOTES = frozenset("\"“”‘’'")


def _described(tok: Token, start: int) -> bool:
    """Whether a word sits in a description set off by commas inside a report ("X said
    Jane Doe, who founded Acme, would resign"): the writer's description, not the report.
    """
    doc = tok.doc
    for t in reversed(doc[max(0, tok.i - 8) : tok.i]):
        if t.idx < start or t.text in {",", ";"} or t.is_quote:
            break
        if t.lower_ in {"who", "which", "whose"}:  # the parse may have lost the clause
            return t.i > 0 and doc[t.i - 1].text == ","
    t = tok
    while t.dep_ != "ROOT" and t.idx >= start:
        edge = t.left_edge.i
        if (
            t.dep_ in {"relcl", "appos"}
            and edge > 0
            and doc[edge - 1].text == ","
            and (t.dep_ == "appos" or doc[edge].lower_ in {"who", "which", "whose"})
        ):
            return True
        t = t.head
    return False


def _own_deal_done(doc: Doc, r: RelationCandidate, st: Statement, vocab: Vocab) -> bool:
    """ "Acme said it had completed its purchase of Zedco": a company reporting a deal it
    has closed states a fact, as the reports that follow it treat it."""
    if r.subject != st.speaker or r.predicate not in {"owns", "contractWith"}:
        return False
    done = vocab.words("completion_verbs")
    tok = doc[r.trigger]
    return any(t.lemma_.lower() in done for t in [tok, *tok.ancestors] if t != st.verb)


def _under_denial(tok: Token, denial: frozenset[str]) -> bool:
    """Whether a verb is what a denial verb denies ("denied that X sold", "rejected
    claims that X sold"), outside any description set off by commas."""
    t = tok
    for _ in range(6):
        if t.dep_ == "ROOT":
            return False
        if t.dep_ in {"ccomp", "dobj", "xcomp"} and t.head.lemma_.lower() in denial:
            return not _described(tok, t.idx)
        t = t.head
    return False


def _place_speaker(doc: Doc, speaker: str, vocab: Vocab) -> str | None:
    """Who speaks when a statement's subject is a place: "Beijing said" is the state whose
    capital it is; a town, region or other place says nothing (its officials, unnamed, do),
    except a place that runs itself ("the hospital said", "the airport reported")."""
    entity = next((e for e in doc._.kg_entities or [] if e.key == speaker), None)
    if entity is None or entity.type != "Location":
        return speaker
    words = entity.name.lower().split()
    if words and words[-1] in vocab.words("speaking_place_heads"):
        return speaker
    state = vocab.capital_of(entity.name)
    return next(
        (e.key for e in doc._.kg_entities or [] if e.type == "Country" and e.name == state), None
    )


def find_claims(
    doc: Doc, vocab: Vocab, candidates: list[RelationCandidate]
) -> tuple[list[Claim], list[str | None], list[Relation]]:
    """Claims, the raw date text of each, and the relations left as facts."""
    types = entity_types(doc)
    claims: list[Claim] = []
    dates: list[str | None] = []
    seen: set[tuple[str, int, int]] = set()
    claimed_triggers: set[int] = set()
    statements: list[Statement] = []
    muted: set[tuple[str, int, int]] = set()  # said by a place: no claim, still no fact
    for st in find_statements(doc, vocab, candidates):
        speaker = _place_speaker(doc, st.speaker, vocab)
        if speaker is None:
            muted.add((st.speaker, st.start, st.end))
        statements.append(replace(st, speaker=speaker or st.speaker))
    for st in statements:
        if st.speaker not in types or (st.speaker, st.start, st.end) in seen:
            continue
        if st.verb is not None and any(
            o is not st
            and o.speaker == st.speaker
            and o.denies == st.denies
            and o.start <= st.verb.idx < o.end
            and (o.end - o.start) > (st.end - st.start)
            for o in statements
        ):
            continue  # "X said he welcomed ...": one statement of X, not two
        seen.add((st.speaker, st.start, st.end))
        span = doc.char_span(st.start, st.end, alignment_mode="expand")
        about = span_keys(doc, span) if span is not None else ()
        quoted = doc_text(doc)[st.start : st.end].lstrip()[:1] in QUOTES
        inside = [
            r
            for r in candidates
            if r.asserted
            and st.start <= doc[r.trigger].idx < st.end
            and (quoted or not _described(doc[r.trigger], st.start))
        ]
        claimed = None
        if inside:
            r = inside[0]
            claimed = ClaimedRelation(r.subject, r.predicate, r.object)
        if not st.factive:
            claimed_triggers |= {r.trigger for r in inside if not _own_deal_done(doc, r, st, vocab)}
        evidence = sentence_of(doc, st.verb) if st.verb is not None else None
        if evidence is None or (st.speaker, st.start, st.end) in muted:
            continue
        claims.append(
            Claim(
                speaker=st.speaker,
                stance="denies" if st.denies else "asserts",
                text=doc_text(doc)[st.start : st.end].strip(),
                evidence=evidence,
                about=tuple(k for k in about if k != st.speaker) or about,
                relation=claimed,
                confidence=0.7,
            )
        )
        dates.append(_date_text(doc, st.verb, st))
    facts: list[Relation] = []
    seen_rel: set[tuple[str, str, str]] = set()
    denial = vocab.words("denial_verbs")
    for r in candidates:
        if r.negated or (r.asserted and r.trigger in claimed_triggers):
            continue
        if r.asserted and _under_denial(doc[r.trigger], denial):
            continue  # "a spokesman denied that Acme sold ...", whoever the spokesman is
        key = (r.subject, r.predicate, r.object)
        if key in seen_rel:
            continue
        seen_rel.add(key)
        facts.append(Relation(r.subject, r.predicate, r.object, r.evidence, r.confidence))
    return claims, dates, facts
