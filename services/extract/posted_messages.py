"""Attitudes posted on social media: "Roe tweeted her congratulations to the team", "the senator
posted his support for the measure", "aides retweeted expressions of support". The object names
what the post made known, so it is the poster's claim (PolNeAR annotates it so). Only an object
that is a noun of an attitude (lexicon POSTING_LEMMAS, POSTED_ATTITUDES) or a text named by one
("a note of concern"): "posted a video", "tweeted a link", "posted a comment on Twitter" name a
text or a picture whose words are elsewhere or nowhere. The parse may read "tweeted her thanks"
as "her" for object and "thanks" hung on the verb: the noun right after counts. The phrase the
parse hung on the verb right after the object goes with it ("congratulations [to Lee]"), not
where it was posted ("on Facebook"), nor when. Runs late, after the quotes' families."""

from __future__ import annotations

from spacy.tokens import Token

from .claim_collector import ClaimCollector
from .framed_as_verbs import add_subjects_object
from .lexicon.cues import ATTITUDE_PREPS, PLATFORM_WORDS, POSTED_ATTITUDES, POSTED_CARRIERS, POSTING_LEMMAS
from .speech_acts import names_occasion
from .token_index import lowered

_PREPS = ATTITUDE_PREPS | {"to", "of", "on"}


def posting(lemma: str) -> bool:
    """ "tweet", "post", "retweet" (the lemmatizer may leave "retweete")."""
    return lemma in POSTING_LEMMAS or lemma.startswith("retweet")


def poster(subj: Token) -> bool:
    """Who posts is a speaker, whatever the noun ("Twitter users", "a slice of Hollywood"), but
    not "it" / "that" / "this"."""
    return subj.lower_ not in ("it", "that", "this")


def places(prep: Token) -> bool:
    """ "on Facebook", "to his account", "on Friday", "in a speech": where or when, not what."""
    return prep.dep_ == "prep" and (names_occasion(prep) or any(
        g.dep_ == "pobj" and (g.lemma_.lower() in PLATFORM_WORDS or g.ent_type_ in ("DATE", "TIME"))
        for g in prep.children))


class PostedMessages:
    def __init__(self, claims: ClaimCollector) -> None:
        self.claims, self.cd = claims, claims.cd

    def posts(self) -> None:
        cd = self.cd
        lemma, pos = cd.words.lemma, cd.words.pos
        if POSTING_LEMMAS.isdisjoint(lemma) and "retweet" not in lowered(cd.text):
            return  # cheap: most articles post nothing (a set test, not a call per lemma)
        for i in [i for i, lem in enumerate(lemma) if pos[i] == "VERB" and posting(lem)]:
            if cd.qidx[i] >= 0:
                continue  # in a quotation: the speaker's own words
            v = cd.tokens[i]
            kids = list(v.children)
            if any(c.dep_ in ("neg", "auxpass") for c in kids):
                continue
            obj = self.attitude(v, kids)
            if obj is None:
                continue
            toks = [t for t in obj.subtree if not self.where_or_when(t, obj)]
            toks += self.phrase_after(obj, kids)
            add_subjects_object(self.claims, v, toks, accept=poster)

    @staticmethod
    def attitude(v: Token, kids: list[Token]) -> Token | None:
        """The object that names an attitude, or None."""
        obj = next((c for c in kids if c.dep_ == "dobj" and c.i > v.i), None)
        if obj is None:
            return None
        if obj.pos_ == "PRON" and obj.lower_ == "her":  # "tweeted her thanks": "thanks" hung on the verb
            nxt = next((c for c in kids if c.i == obj.i + 1 and c.pos_ == "NOUN"), None)
            return nxt if nxt is not None and nxt.lower_ in POSTED_ATTITUDES else None
        if obj.pos_ != "NOUN":
            return None
        lem = obj.lemma_.lower()
        if lem in POSTED_ATTITUDES or obj.lower_ in POSTED_ATTITUDES:
            return obj
        if lem in POSTED_CARRIERS and any(c.dep_ == "prep" and c.lower_ == "of" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in POSTED_ATTITUDES for g in c.children) for c in obj.children):
            return obj  # "a note of concern"
        return None

    @staticmethod
    def where_or_when(t: Token, top: Token) -> bool:
        """A token of a phrase under `top` (the object, or the phrase after it) that says where or
        when it was posted: "support for the levy [on Facebook]"."""
        for a in [t, *t.ancestors]:
            if a.i == top.i:
                return False
            if a.lower_ != "of" and places(a):
                return True
        return False

    @staticmethod
    def phrase_after(obj: Token, kids: list[Token]) -> list[Token]:
        """The phrase the parse hung on the verb right after the object: "congratulations [to Lee]"."""
        end = obj.right_edge.i
        for c in kids:
            if c.dep_ == "prep" and c.i == end + 1 and c.lower_ in _PREPS and not places(c):
                return [t for t in c.subtree if not PostedMessages.where_or_when(t, c)]
        return []
