"""Nouns of shouted or repeated words whose quoted complement is the words themselves ("chants
of “Lock her up!”", "their slogan, “Stronger Together”"): outcry_nouns.py."""

from __future__ import annotations

# words shouted at an event: whoever shouted them, named or not, said them
SHOUT_NOUN_LEMMAS = {"chant", "shout", "jeer"}  # (not "cries of": "cries of “foul”" mostly name a protest)
# words repeated as a label: only someone's own ("their slogan", "ran on the slogan") is a
# statement; "the usual slogan, “Y”" names it
SLOGAN_NOUN_LEMMAS = {"slogan", "motto", "mantra", "catchphrase", "refrain"}
