"""A credit line closing the sentence of a quote names who reports it: "“Y,” said Jane Roe, an
aide, reports the Ledger." and "Roe noted that Y is “central,” reported the Ledger." are the
outlet's reports of what Roe said, and the outlet is their source (the speaker stays in the words).

Left as they are: a credit inside the quote, a credit with more after it in the sentence, and a
credit that is no name ("reported a local paper")."""

from __future__ import annotations

import re

from .claim_candidates import ClaimCandidate
from .claim_doc import ClaimDocReader
from .claimants import ClaimantResolver

# ", reports the Ledger." / ", reported The Daily Ledger." at the end of the sentence
_CREDIT = re.compile(r",\s+report(?:s|ed)\s+(?:the\s+|The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*\.?\s*$")


class ReporterCredits(ClaimDocReader):
    def correct(self, found: list[ClaimCandidate], claimants: ClaimantResolver) -> None:
        for c in found:
            if c.quote_type not in ("direct", "mixed") or c.claimant is None:
                continue
            sent = c.sent
            # (a quote that goes on in the next sentence: the credit closes its first sentence)
            end = max((e for _, e in c.pieces if e <= sent.end_char), default=None)
            if end is None:
                continue
            tail = self.text[end:sent.end_char]
            # (the cheap test first: the words "reports/reported" after the content)
            if "report" not in tail or not _CREDIT.search(tail):
                continue
            verb = next((t for t in reversed(sent) if t.lower_ in ("reports", "reported") and
                         t.idx >= end and self.qidx[t.i] < 0), None)
            if verb is None:
                continue
            # the outlet's head word: the last name word before the full stop ("USA Today")
            words = [t for t in self.doc[verb.i + 1:sent.end] if t.pos_ in ("PROPN", "NOUN")]
            if not words:
                continue
            name, entity, _ = claimants.claimant_of(words[-1])
            if entity is None or entity == c.claimant_entity:
                continue
            c.claimant, c.claimant_entity, c.subj_pronoun = name, entity, False
