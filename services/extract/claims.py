"""Claims: who claims what, over the spaCy dependency parse, with rules where the parse fails.

What counts as a claim
----------------------
A claim is content framed as somebody's statement, belief or report:

- indirect speech: a cue verb of saying, believing or reporting with a clausal complement
  ("X claims Y", "X acknowledged that Y", "X told reporters that Y", "Y, X said", "Y, said X");
- direct speech: a quoted sentence (or run of sentences) attributed by a speaker tag in the
  same sentence ("“Y,” said X", "X said: “Y”", "“Y,” X said, “Z”") or, with no tag, to the
  speaker named in a neighbouring sentence;
- mixed speech: an indirect complement that quotes part of the words;
- "according to X, Y";
- reports with no named source: a passive cue with an infinitive ("Y are reported to / were
  said to / is believed to ..."), an impersonal passive ("it is claimed that Y"), a passive
  report with no agent ("clashes were reported"), a sentence adverb ("Y reportedly ...").
  These have claimant null, quote_type "reported" and are always hedged.

A plain factual sentence (no cue, no quote) is not a claim; nor is a cue that is negated
("he did not say"), a question ("asked whether"), or a short quoted phrase inside a sentence
with no cue ("the so-called “peace plan”").

Hedged: the framing marks the content as uncertain. True when the claim is a report with no
named source, when the cue is a verb of belief or estimation (believe, think, estimate,
suspect, suggest, allege, fear, ...), when the framing carries a hedging adverb
("reportedly", "allegedly", ...), or when the main verb of the content is hedged by an
epistemic modal or adverb (may, might, could, possibly, probably, perhaps, likely,
"appears to", "seems to"). Modals or hedges deeper inside the content do not count.

Denied: the cue is a verb of denial (deny, reject, dismiss, refute, dispute, rebut); the content
is what is denied.

Where each pattern lives
------------------------
Before any of them: `nlp.segments` parses each paragraph apart, and a line of a blank-line
paragraph that ends a paragraph of its own (line_breaks.py: after an ended line or a live blog's
heading), so quote marks pair and sentences end within it ("Lee Says Y" / "Ann Lee said Z").
- `CuePatterns` (cue_patterns.py), sentence by sentence: `indirect_speech` (and mixed speech),
  `parenthetical_speech` ("Y, X said" parsed as an aside, or hung on the clause after it: "With
  each vote, aides admit, it gets harder"), `impersonal_passive` ("it is claimed that Y"),
  `passive_infinitive_report` ("Y are reported to"), `passive_report_without_agent`
  ("clashes were reported"), `denial`, `accusation` ("accused Z of Y"), `evaluation` ("called
  the plan “a disaster”"), `according_to`, `claim_nouns` ("Smith's claim that Y"),
  `sentence_adverbs` ("Y reportedly ...").
- `ContractedPerfects` (contracted_perfects.py), after the cue verbs: "he's said Y" read as a passive.
- `SpeechActs` (speech_acts.py) and `NounActs` (noun_acts.py): speech acts with an object or an
  infinitive ("urged Y to X", "told his aides to X", "his call for X"), an act's content cut before
  another speaker's act in an aside (nested_acts.py: "criticized X, which the review said was Y");
  `CallNouns` (call_nouns.py),
  after the nouns: a call with no possessor ("few calls for X to Y", "made a call for X");
  `CallingParticiples` (calling_participles.py): "petitions calling on X to Y"; `LightVerbActs`
  (light_verb_acts.py), after them: a light verb with a noun of saying ("made comments about X");
  `DescriptionActs` (description_acts.py): "described X (as Y)", "derided X" without quotes;
  `CallLabels` (call_labels.py), beside it: "with X calling Trump a fascist", the pairs of "call"
  the evaluation patterns leave;
  `Requests` (requests.py): "asked for X"; `AskedTopics` (asked_topics.py), beside it: a
  question put with a noun phrase ("asked Roe about X", "was asked a question about X");
  `ArguedPositions` (argued_positions.py), beside it:
  "argued for X", "warned against X", "railed against X"; `WonderedQuestions`
  (wondered_questions.py), after them: "are left wondering whether Y" with no subject;
  `OmittedMentions` (omitted_mentions.py), beside it: a mention left out ("did not mention X by
  name", "made no mention of X"), the one negated cue that is a claim;
  `StatedStances` (stated_stances.py), after it: a stance stated by an adjective or a noun
  with "of" ("Roe was critical of X", "voters are skeptical of Y", "he is a critic of Z");
  `StanceVerbs` (stance_verbs.py), last of all: a stance stated by a verb with a noun phrase
  or prepositional object ("Roe opposes the tax", "the union supports the plan", "sided with X");
  `PostedMessages` (posted_messages.py), after it: an attitude posted on social media ("tweeted
  her congratulations to X", "posted his support for Y"), not a text or a picture ("posted a video");
  `FramedAsVerbs` (framed_as_verbs.py), after it: a framing with no quote ("cast the vote as
  a test of trust", "portrayed the levy as a tax on the poor"); `Likenings` (likenings.py), beside
  it: a comparison a speaker makes ("likened the deal to a surrender"); `DiscussedTopics`
  (discussed_topics.py), after it: a topic spoken of ("discussed the ferry budget"); `SaidAbout`
  (said_about.py), after it: what was spoken of when the verb's object only measures it ("said
  little about the plan"), not a refusal ("would say nothing about it");
  `PassiveActs` (passive_acts.py): evaluations in the passive ("X was criticized by Y for Z");
  `Defences` (defences.py): "defended her decision to X"; `CriticismDrawn` (criticism_drawn.py):
  "the plan drew criticism from Y", "X faced criticism for Z"; `References` (references.py): "she
  said, referring to X", "said, referencing X", "said, repeating a refrain"; `HeadlineActs` (headline_acts.py):
  "Sanders Calls Clinton Unqualified" in a title line the parse misreads; `HeadlineColons`
  (headline_colons.py), after the transcripts: "Clinton to Planned Parenthood: Y".
- `ElidedSpeech` (elided_speech.py), after those: "as" asides ("As the Post reported, Y"), a
  poll's pro-form answers ("half said so"), gerund contents, "were told that Y".
  `SourceAsides` (source_asides.py), after it: the asides the parse misread ("As the Caller
  reported, the star “gave $5,000”", "The plan, first reported by the Post, is Y");
  `EvidenceAsides` (evidence_asides.py), after it: a document's aside ("Y, records show").
- `StrandedSpeakers` (stranded_speakers.py), after those: a cue with a clause whose speaker the
  parse hung elsewhere ("Jolly said he would", "Jane Roe, 44, said that").
  After those, a content clause read as the cue's object (object_clauses.py: "aides say the more
  delegates he takes, the more leverage he has") and a sentence compared with what was said
  (comparisons.py: "more than the budget office had predicted"), and a cue the tagger took for a
  noun (noun_tagged_cues.py: "Trump predicts that Y").
- `KnowingClauses` (knowing_clauses.py), after the stranded cues: a verb of knowing, learning or
  hoping with a clause ("aides know Y", "she learned Y", "leaders hope Y" without "that"), and an
  adjective of certainty or worry with one ("aides are confident Y"). `ProFormObjects`
  (pro_form_objects.py), after them: a cue whose whole object stands for what was said ("never
  thought so", "acknowledged as much"), what ElidedSpeech's poll answers left. `SurfaceClauses`
  (surface_clauses.py), after them: a plain cue whose clause the parse broke, read by surface
  order ("said having Trump on the ticket puts Y at risk").
- `SideActs` (side_acts.py), before ConjoinedActs: another act of saying with a speaker of its
  own, hung inside the first content ("One in three said Y and one in four said Z"; "accused
  each other of Y while doctors warned of Z"), cut off as a claim of its own.
- `ConjoinedActs` (conjoined_acts.py): the speaker's second act the parse hung inside the first
  content ("said Y and has expressed support for Z"), cut off as a claim of its own.
  `ClosingParticiples` (closing_participles.py), after it: the speaker's participle of saying
  after a comma, hung on a verb inside the content ("said Y would do Z, saying W"), its own claim.
  `RelativeAsides` (relative_asides.py), after it: the speaker's act in a relative clause set off
  from the content ("said Y, which he added was Z"), its own claim.
  `NarrationTails` (narration_tails.py), after them: the writer's next clause, with its own subject
  in the cue's tense and not the content's, ends the content ("said Y is Z, and those growers backed W").
  `DanglingConjunctions` (dangling_conjunctions.py), after it: a content the parse stopped on "and"
  runs on through what the conjunction joins ("announced that Y was unfair and would be repealed").
- `ColonLeadIns` (colon_lead_ins.py): "Hewitt writes:" closing a paragraph, the next one unquoted.
- `QuotedSpeech` (quoted_speech.py), after them: `direct_speech` for quotations no pattern took.
  `ResumedQuotes` (resumed_quotes.py), after it: "“A,” she said, noting Y. “B”": B goes on with A.
  `RunOnQuotes` (run_on_quotes.py), after it: "“A,” she said. “B" left open at its paragraph's end
  goes on into the next paragraph's tagged quote ("“C,” she said"), not with A.
  `QuotedNounTails` (quoted_noun_tails.py), before it: "insisted on “a full accounting” of the funds".
- `ReproachedReasons` (reproached_reasons.py), after it: a verb of reproach with a quoted reason
  ("ripped the prosecutor for acting as “judge and jury”"): mixed speech.
- `QuotedFragments` (quoted_fragments.py), last: a quoted fragment no pattern took, under a verb
  of speaking or judging ("warned against the “fevered dreams” of X"): mixed speech.
- `QuotedClauses` (quoted_clauses.py), after it: a "that" clause with quoted words under a verb no
  cue list knows ("protested that aides were “disingenuous”"), or an infinitive under a verb of
  wanting ("did not want to address “that person”"): mixed speech.
- `Characterizations` (characterizations.py), after it: a quoted label after "as" under any verb
  with an object ("rejected the plan as “a gimmick”"): mixed speech.
- `LongQuotedComplements` (long_quoted_complements.py), after them: a quotation of five words or
  more as a verb's object or clause, under a verb no list knows ("the ad targets a “corrupt
  system that keeps the poor in their place”"): mixed speech.
- `StrayLongQuotes` (stray_long_quotes.py), after it: a quotation of eight words or more that no
  pattern took, wherever it hangs on a verb whose subject can speak ("filed a request for “every
  record of the mayor's trips to the coast”"): the quotation alone, the subject's words.
- `OutcryNouns` (outcry_nouns.py), after it: a quote named by a noun of shouting or a slogan
  ("chants of “Y”", "her slogan is “Y”"): direct speech.
- `DeclaredOutcomes` (declared_outcomes.py), near the end: an outcome declared in the passive
  ("Roe was declared the winner in Dover (by the networks)"): the one declared and the outcome.
- `AskedAnswers` (asked_answers.py), after them: an answer that swallowed its question ("Asked
  whether Y, she said, “Z”"), split into the question and the answer.
- `NestedAccording` (nested_according.py), after it: an "according to X" inside what a named
  speaker says ("The Ledger reported that, according to a review, Y"): the speaker's claim, not X's.
- `ClaimantResolver` (claimants.py): who the claimant is; `ClaimantCorrections`
  (claimant_corrections.py), last: subjects that are no claimant ("what is called Y"); `NamedInContent`
  (named_in_content.py), after it: a pronoun resolved to a name its own words hold ("He said Reyes would Y");
  `ColonSpeakers` (colon_speakers.py), after it: a quote after a colon, the colon clause's named subject ("Rubio fired back: “Y”");
  `ReporterCredits` (reporter_credits.py), after it: a credit closing a quote's sentence ("“Y,” said Roe, reports USA Today");
  `ClaimCollector` (claim_collector.py): quote type and hedging of each find, then one claim
  per statement; where a content ends, by list_tails.py ("urged X to A, B and C") among others, and
  a content split by its tag on to its last quotation's close ("Y, she said, “A. B.”").
- Word lists: lexicon/cues.py and lexicon/claimants.py.
"""

from __future__ import annotations

from spacy.tokens import Doc

from services.core.models import Claim

from .argued_positions import ArguedPositions
from .asked_answers import AskedAnswers
from .asked_topics import AskedTopics
from .call_labels import CallLabels
from .call_nouns import CallNouns
from .calling_participles import CallingParticiples
from .characterizations import Characterizations
from .claim_candidates import ClaimCandidate
from .claim_collector import ClaimCollector
from .claim_doc import ClaimDoc
from .claimant_corrections import ClaimantCorrections
from .claimants import ClaimantResolver
from .closing_participles import ClosingParticiples
from .colon_lead_ins import ColonLeadIns
from .colon_speakers import ColonSpeakers
from .conjoined_acts import ConjoinedActs
from .contracted_perfects import ContractedPerfects
from .copular_claims import CopularClaims
from .criminal_charges import CriminalCharges
from .criticism_drawn import CriticismDrawn
from .cue_patterns import CuePatterns
from .dangling_conjunctions import DanglingConjunctions
from .declared_outcomes import DeclaredOutcomes
from .defences import Defences
from .description_acts import DescriptionActs
from .detached_noun_clauses import DetachedNounClauses
from .discussed_topics import DiscussedTopics
from .elided_speech import ElidedSpeech
from .entity_set import EntitySet
from .evidence_asides import EvidenceAsides
from .framed_as_verbs import FramedAsVerbs
from .headline_acts import HeadlineActs
from .headline_colons import HeadlineColons
from .knowing_clauses import KnowingClauses
from .lexicon.opinion_words import opinion_adjectives
from .light_verb_acts import LightVerbActs
from .likenings import Likenings
from .long_quoted_complements import LongQuotedComplements
from .named_in_content import NamedInContent
from .narration_tails import NarrationTails
from .nested_according import NestedAccording
from .noun_acts import NounActs
from .omitted_mentions import OmittedMentions
from .outcry_nouns import OutcryNouns
from .passive_acts import PassiveActs
from .posted_messages import PostedMessages
from .pro_form_objects import ProFormObjects
from .quoted_clauses import QuotedClauses
from .quoted_fragments import QuotedFragments
from .quoted_noun_tails import QuotedNounTails
from .quoted_speech import QuotedSpeech
from .quotes import quote_spans
from .references import References
from .relative_asides import RelativeAsides
from .reporter_credits import ReporterCredits
from .reproached_reasons import ReproachedReasons
from .requests import Requests
from .resumed_quotes import ResumedQuotes
from .run_on_quotes import RunOnQuotes
from .said_about import SaidAbout
from .side_acts import SideActs
from .source_asides import SourceAsides
from .speech_acts import SpeechActs
from .stance_verbs import StanceVerbs
from .stated_stances import StatedStances
from .stranded_speakers import StrandedSpeakers
from .stray_long_quotes import StrayLongQuotes
from .surface_clauses import SurfaceClauses
from .transcripts import Transcripts
from .wondered_questions import WonderedQuestions

# quote_spans is imported from here by other modules and tests: it stays importable here.
__all__ = ["ClaimExtractor", "quote_spans"]


class ClaimExtractor:
    def __init__(self) -> None:
        # the kinds' lexicon of opinion words, read once here: a missing package fails the
        # extractor at start, not article by article
        opinion_adjectives()

    def extract(self, doc: Doc, entities: EntitySet) -> list[Claim]:
        """Claims in document order; start/end are character offsets in doc.text."""
        if not len(doc):
            return []
        cd = ClaimDoc(doc)
        found: list[ClaimCandidate] = []
        claims = ClaimCollector(cd, ClaimantResolver(cd, entities, found))
        patterns = CuePatterns(cd, claims)
        # The order matters: a later pattern skips what an earlier one took, and pronouns
        # resolve to the claimants found before them.
        for sent in cd.sents:
            patterns.cue_verbs(sent)
            patterns.according_to(sent)
            patterns.claim_nouns(sent)
        perfects = ContractedPerfects(patterns, claims)  # "he's said Y" parsed as a passive
        for sent in cd.sents:
            perfects.cues(sent)
        copular = CopularClaims(claims)  # "his answer was that Y": after the claim nouns
        detached = DetachedNounClauses(claims)  # "his claim in May that Y", the clause hung elsewhere
        for sent in cd.sents:
            copular.copular(sent)
            detached.nouns(sent)
        acts = SpeechActs(cd, claims)
        nouns = NounActs(cd, claims)
        calling = CallingParticiples(claims, acts)  # "a petition calling for X": after the verbs of acts
        for sent in cd.sents:
            acts.verbs(sent)
            calling.calls(sent)
        calls = CallNouns(claims, nouns)  # "renewed calls for X" with no possessor: after the nouns of acts
        for sent in cd.sents:
            nouns.nouns(sent)
            calls.calls(sent)
        light = LightVerbActs(cd, claims)  # "made comments about X": after the verbs and nouns of acts
        for sent in cd.sents:
            light.acts(sent)
        described = DescriptionActs(claims)  # "described X (as Y)" unquoted: after the act verbs
        labels = CallLabels(claims)  # "with X calling Trump a fascist": the pairs evaluation left
        for sent in cd.sents:
            described.acts(sent)
            labels.labels(sent)
        requests = Requests(claims)  # "asked for X"
        topics = AskedTopics(claims)  # "asked Roe about X", "was asked a question about X"
        positions = ArguedPositions(claims)  # "argued for X", "warned against Y", "railed against Z"
        for sent in cd.sents:
            requests.asked_for(sent)
            topics.asked(sent)
            positions.argued(sent)
        WonderedQuestions(claims).questions()  # "are left wondering whether Y": what SpeechActs left
        OmittedMentions(claims).mentions()  # "did not mention Trump by name": the negated cue the verbs skip
        StatedStances(claims).stances()  # "was critical of X", "is a critic of X": a stance stated
        defences = Defences(claims)  # "defended his decision": a stance defended in words
        references = References(claims)  # "she said, referring to X": what a speaker meant
        for sent in cd.sents:
            defences.defended(sent)
            references.referring(sent)
        passives = PassiveActs(claims)  # "X was criticized by Y for Z"
        drawn = CriticismDrawn(claims)  # "X drew criticism from Y"
        for sent in cd.sents:
            passives.passives(sent)
            drawn.drawn(sent)
        HeadlineActs(claims).headline()  # "Sanders Calls Clinton Unqualified": after the verb families
        elided = ElidedSpeech(claims)
        for sent in cd.sents:
            elided.verbs(sent)
        asides = SourceAsides(claims)  # "As X reported, Y" the parse misread: after elided speech
        for sent in cd.sents:
            asides.asides(sent)
        EvidenceAsides(claims).asides()  # "Y, records show": a document's aside, read by its words
        stranded = StrandedSpeakers(claims)
        knowing = KnowingClauses(claims)
        for sent in cd.sents:
            stranded.cues(sent)
        for sent in cd.sents:
            stranded.object_clauses(sent)  # "said families of victims file lawsuits": after the stranded cues
            stranded.comparisons(sent)  # "more than the budget office had predicted"
            stranded.noun_tagged_cues(sent)  # "Trump predicts that Y" with "predicts" a noun
            knowing.clauses(sent)  # "aides know Y", "she learned Y": after every cue family
            knowing.adjective_clauses(sent)  # "aides are confident Y"
        ProFormObjects(claims).objects()  # "never thought so", "acknowledged as much": what the poll answers left
        SurfaceClauses(claims).clauses()  # "said having Trump on the ticket puts Y": a clause the parse broke
        for sent in cd.sents:
            patterns.sentence_adverbs(sent)
        SideActs(claims).split()  # "A said X and B said Y": B's act, hung inside X, its own claim
        ConjoinedActs(claims).split()  # "said Y and has expressed support for Z": the second act, its own claim
        ClosingParticiples(claims).split()  # "said Y would do Z, saying W": the participle, its own claim
        RelativeAsides(claims).split()  # "said Y, which he added was Z": the speaker's relative clause, its own claim
        NarrationTails(claims).cut()  # "said Y is Z, and the growers backed W": the writer's next clause
        DanglingConjunctions(claims).mend()  # "said Y was unfair and [would be repealed]": no content ends on "and"
        lead_ins = ColonLeadIns(claims)  # "Hewitt writes:" and an unquoted paragraph
        for sent in cd.sents:
            lead_ins.lead_ins(sent)
        Transcripts(cd, claims).lines()
        HeadlineColons(claims).colons()  # "Clinton to Planned Parenthood: Y": the colons Transcripts left
        QuotedSpeech(cd, claims).direct_speech()
        QuotedNounTails(claims).extend()  # "insisted on “a full accounting” of the money": the noun goes on
        ResumedQuotes(claims).resume()  # "“A,” Lee said, noting Y. “B”": B goes on with A, not Y
        RunOnQuotes(claims).join()  # "“A,” Lee said. “B\n“C,” she said": B, left open, goes on into C
        ReproachedReasons(cd, claims).reasons()  # "ripped X for acting as “the judge”": X too, before the fragments
        QuotedFragments(cd, claims).fragments()  # last: only the quotes every family left
        QuotedClauses(cd, claims).clauses()  # "protested that X was “Y”": a that clause no cue took
        Characterizations(cd, claims).as_labels()  # "rejected the plan as “a gimmick”": what fragments left
        LongQuotedComplements(cd, claims).complements()  # "targets a “system that keeps ...”": five quoted words or more
        StrayLongQuotes(cd, claims).strays()  # "filed a request for “every record of ...”": eight quoted words or more, anywhere
        OutcryNouns(cd, claims).outcries()  # "chants of “Lock her up!”"
        StanceVerbs(claims).stances()  # "opposes the tax", "sided with X": after every other family, the quotes' too
        PostedMessages(claims).posts()  # "tweeted her congratulations to X": an attitude posted
        FramedAsVerbs(claims).framings()  # "cast the vote as a test": unquoted framings, after the quotes' families
        Likenings(claims).comparisons()  # "likened the deal to a surrender": beside the framings
        DiscussedTopics(claims).topics()  # "discussed the ferry budget": a topic spoken of
        SaidAbout(claims).topics()  # "said little about the plan": what was spoken of, not how much
        CriminalCharges(claims).charges()  # "charged the officer with murder": the accused and the charge
        DeclaredOutcomes(claims).outcomes()  # "Roe was declared the winner": the one declared and the outcome
        AskedAnswers(claims).split()  # "Asked whether Y, she said Z": the question apart from the answer
        NestedAccording(claims).settle()  # "X reported that, according to Z, Y": X's claim, not Z's
        claims.claimants.backfill_asides(found)
        ClaimantCorrections(cd, claims.claimants, QuotedSpeech(cd, claims)).correct(found)  # last: shapes where the subject is no claimant
        NamedInContent(cd, claims.claimants).correct(found)  # "He said Clinton would Y": he is not Clinton
        ColonSpeakers(cd).correct(found, claims.claimants)  # "Rubio fired back: “Y”": the colon clause's subject
        ReporterCredits(cd).correct(found, claims.claimants)  # "“Y,” said Roe, reports the Ledger": the outlet's report
        return claims.claims()
