"""Pro-forms that stand for what was said or believed when they are a cue's whole object ("never
thought so", "acknowledged as much", "has explained this before", "cannot claim the same"), and the
cues that take them (pro_form_objects.py reads them; a poll's "half said so" is elided_speech.py's)."""

from __future__ import annotations

PRO_FORM_CUE_LEMMAS = {
    "say", "think", "believe", "claim", "acknowledge", "admit", "concede", "explain", "report",
    "predict", "suggest", "confirm", "argue", "insist", "note",
}
# one word standing for the statement; "that" only at the end of its clause ("only half believe
# that."), where it can be no "that" opening a clause
PRO_FORM_WORDS = {"so", "it", "this", "that"}
# two words: "the same", "the opposite", "as much"
PRO_FORM_PAIRS = {("the", "same"), ("the", "opposite"), ("as", "much")}
# after "so" these make a degree or a purpose, not the statement ("said so many times", "so that")
NOT_AFTER_SO = {"that", "much", "many", "far", "long", "few", "little", "to"}
# the first and second person outside quotes: a columnist's own words ("There, I said it")
NOT_SPEAKERS = {"i", "we", "you"}
