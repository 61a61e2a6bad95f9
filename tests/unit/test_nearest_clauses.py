"""Nearest clauses (nearest_clauses.py): a participle after a comma goes with the clause that
ends right before the comma when that clause says something or sets a scene of its own; its
subject speaks, not the main verb's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "cue", "claimant"), [
    # a relative clause of saying
    ("The mayor raised the ferry fare to $4, which the dock union called “a scandal,” blaming the "
     "harbour board for the deficit.", "blaming", "the dock union"),
    ("The councillor complained that the harbour vote had been rigged, a charge that county officials "
     "firmly denied, noting that the count had been public.", "noting", "county officials"),
    # a relative clause setting the scene
    ("The parade ended at the old market, where about 200 fishermen had gathered since dawn, chanting "
     "“no quota, no vote.”", "chanting", "about 200 fishermen"),
    # near misses: the main subject keeps its participle
    # a relative pronoun's antecedent is what the speaker talks about
    ("The mayor vetoed the bill that allows night fishing, arguing that it would hurt the harbour.",
     "arguing", "The mayor"),
    # a main subject that speaks keeps a participle after a "when"/"after" clause
    ("Dock workers sued the county after the council closed the pier, saying that the closure broke "
     "their contract.", "saying", "Dock workers"),
    # a relative clause about a thing, neither saying nor a scene
    ("She brought a few local touches that the fishermen might enjoy, saying that the harbour was her "
     "home.", "saying", "She"),
    # a clause in an aside
    ("The doctors sent a letter to the dean of the college (where Lind teaches surgery), saying that his "
     "research was flawed.", "saying", "The doctors"),
])
def test_who_speaks_in_a_trailing_participle(extract, by_cue, text, cue, claimant):
    participle = by_cue(extract(text), cue)
    assert (participle.claimant, participle.quote_type != "reported") == (claimant, True)


def _tagged(nlp, speaker_dep: str):
    """ "“The pier has to close,” said Lind, explaining that Y" as the parse reads it at times: the
    name after the verb is no subject ("Lind" an adverb)."""
    from spacy.tokens import Doc

    words = ["“", "The", "pier", "has", "to", "close", ",", "”", "said", "Lind", ",", "explaining", "that",
             "it", "cracked", "."]
    heads = [8, 2, 3, 8, 5, 3, 8, 8, 8, 8, 8, 8, 14, 14, 11, 8]
    deps = ["punct", "det", "nsubj", "ccomp", "aux", "xcomp", "punct", "punct", "ROOT", speaker_dep, "punct",
            "advcl", "mark", "nsubj", "ccomp", "punct"]
    tags = ["``", "DT", "NN", "VBZ", "TO", "VB", ",", "''", "VBD", "NNP", ",", "VBG", "IN", "PRP", "VBD", "."]
    return Doc(nlp.vocab, words=words, spaces=[w not in ("“",) and i + 1 < len(words) and words[i + 1] not in
                                                (",", ".", "”") for i, w in enumerate(words)],
               heads=heads, deps=deps, tags=tags)


@pytest.mark.parametrize(("speaker_dep", "claimant"), [("advmod", "Lind"), ("nsubj", None)])
def test_a_participle_after_an_inverted_tag_speaks_for_the_tag(nlp, speaker_dep, claimant):
    from services.extract.claim_candidates import ClaimCandidate
    from services.extract.claim_doc import ClaimDoc
    from services.extract.nearest_clauses import NearestClauses

    doc = _tagged(nlp, speaker_dep)
    tag = ClaimCandidate(1, 21, "The pier has to close", doc[0:16], "said", "direct", claimant="Lind",
                         claimant_entity="Tomas Lind", cue_i=8)
    got = NearestClauses(ClaimDoc(doc)).tag_of(doc[11], [tag])
    # with the name read as the subject, the caller's own subject search takes it
    assert (got[0] if got else None) == claimant
