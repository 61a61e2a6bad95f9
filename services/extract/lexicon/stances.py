"""Adjectives that state a speaker's stance toward what their "of" brings (stated_stances.py):
"Roe was critical of the budget", "farmers are skeptical of the rules", "the mayor is proud of
the new clinic". (Not "aware of", "afraid of", "tired of": a state of mind or a mood more often
than a stance made known, and rarely annotated so on PolNeAR train.)"""

from __future__ import annotations

STANCE_ADJECTIVES = frozenset({
    "critical", "dismissive", "skeptical", "sceptical", "wary", "leery", "mistrustful", "distrustful",
    "appreciative", "proud",
})
# ... and nouns of a stance (their forms), as the complement of "be": "Roe has been a vocal critic
# of the plan", "he remains a proponent of the tax", "most were supporters of the mayor".
STANCE_NOUNS = frozenset(f for n in ("critic", "defender", "opponent", "supporter", "champion", "proponent", "advocate")
                         for f in (n, n + "s"))
