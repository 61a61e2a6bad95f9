"""Where the content of "call X Y" ends (evaluation_cues.py): at the label, not on through the
verb's occasion or the clauses after it ("called the referee “a disgrace” at a press briefing",
"calls the levy a scam, raising doubts ..."); a reason ("for his handling of X"), an extraposed
clause ("it “shameful” that X") and a relative's clause ("what she called X in her speech") stay.
Where it starts: at the ones labelled, even when the parse reads them as a label ("called Walsh and
Okafor(oprd) “crazy”(oprd)"). Sentences written for these tests in the style of news."""

from __future__ import annotations

import pytest

# "sentence | content of the claim whose cue is a form of call"
ENDS = """
The coach called the referee “a disgrace” at a press briefing. | the referee “a disgrace”
The coach called the referee “a disgrace” last week. | the referee “a disgrace”
The coach called the new rule “a farce” on Friday, and several parents have asked for a review.
    | the new rule “a farce”
Most voters call the plan sensible, after a third of them said so in spring. | the plan sensible
Most residents call the mayor competent, though few said so last year. | the mayor competent
Okafor calls the levy a scam, raising doubts about the budget. | the levy a scam
Walsh called the mayor “a disgrace” for his handling of the flood.
    | the mayor “a disgrace” for his handling of the flood
Walsh called it “shameful” that the mayor left town. | it “shameful” that the mayor left town
Okafor called the plan a relic of another era. | the plan a relic of another era
Walsh denounced what she called “a farce” in her speech on Monday.
    | what she called “a farce” in her speech on Monday
Reed called Walsh and Democratic front-runner Ann Okafor “crazy.” | Walsh and Democratic front-runner Ann Okafor “crazy.”
Reed called Walsh and Republican front-runner Ann Okafor “reckless.”
    | Walsh and Republican front-runner Ann Okafor “reckless.”
Walsh called her “third-rate.” | her “third-rate.”
"""
# (a reason, "as X", an extraposed "that" clause keep their words: they are part of the verdict;
# the names labelled, when the parse reads them as a label beside the quoted one, open the content)
CASES = [[f.strip() for f in case.split("|")] for case in ENDS.replace("\n    |", " |").strip().split("\n")]


@pytest.mark.parametrize("case", CASES, ids=[c[0][:40] for c in CASES])
def test_call_label_content_ends_at_label(extract, case):
    found = [c.content for c in extract(case[0]) if c.cue in ("call", "calls", "called", "calling")]
    assert found == [case[1]]
