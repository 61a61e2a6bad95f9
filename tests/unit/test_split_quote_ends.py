"""A content split by its tag whose last piece is a quotation running over several sentences:
the piece goes on to the quotation's closing mark, not only to the parse's first sentence break
("Rising costs, the mayor said, “will hit commuters first. The council must act.”"). Sentences
written for these tests."""

from __future__ import annotations

import pytest

HEAD = "Ferry fares rise again.\n\n"


@pytest.mark.parametrize("text, cue, content", [
    ("Rising costs, the mayor said, “will hit commuters first. The council must act before the winter.”",
     "said", "Rising costs will hit commuters first. The council must act before the winter.”"),
    ("The levy, Ruiz wrote “has shown that the town can pay its own way. It has cut the deficit. It has "
     "kept the ferries running.”",
     "wrote", "The levy has shown that the town can pay its own way. It has cut the deficit. It has kept "
              "the ferries running.”"),
    ("But, she noted, “while the pumps are old, the harbor can still take the big boats. The ferries will "
     "run all winter.”",
     "noted", "But while the pumps are old, the harbor can still take the big boats. The ferries will run "
              "all winter.”"),
])
def test_the_last_piece_runs_to_the_quotations_close(extract, by_cue, text, cue, content):
    c = by_cue(extract(HEAD + text), cue)
    assert c.quote_type == "mixed" and c.content == content


def test_a_quotation_closed_in_its_sentence_stays_as_it_was(extract, by_cue):
    # the next sentence is the writer's: the quotation closed before it
    c = by_cue(extract(HEAD + "Rising costs, the mayor said, “will hit commuters first.” The council met on Monday."),
               "said")
    assert c.content == "Rising costs will hit commuters first.”"
