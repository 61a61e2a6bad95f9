"""Story grouping measured on a generated corpus: copies made by edits of known size (new
headline, trimmed or added paragraphs, sentences reordered, typos) against distinct articles on
the same topics that share whole template sentences (bench/story_corpus.py)."""

from __future__ import annotations

from bench.story_corpus import pair_scores, story_corpus
from services.extract.stories import STORY_THRESHOLD, group_offline, signature, similarity


def test_copies_edited_up_to_30_percent_are_one_story_and_distinct_articles_are_not():
    docs = story_corpus(originals=80, copies_per=2, seed=3)
    predicted = group_offline([d.body for d in docs])
    upto30 = pair_scores(docs, predicted, max_share=0.3)
    overall = pair_scores(docs, predicted)
    print(f"stories at {STORY_THRESHOLD}: <=30% edited P {upto30['precision']:.3f} R {upto30['recall']:.3f}; "
          f"all edits P {overall['precision']:.3f} R {overall['recall']:.3f}")
    assert upto30["precision"] >= 0.99 and upto30["recall"] >= 0.95
    assert overall["precision"] >= 0.97


def test_first_seen_is_the_original():
    docs = story_corpus(originals=10, copies_per=1, seed=4)
    predicted = group_offline([d.body for d in docs])
    for d in docs[10:]:
        if d.edited_share <= 0.3:
            assert predicted[d.n] == d.original


def test_a_new_headline_changes_nothing_and_an_unrelated_text_shares_nothing():
    body = " ".join(f"word{i} and more text number {i}" for i in range(80))
    assert similarity(signature(body).hashvalues, signature(body).hashvalues) == 1.0
    other = " ".join(f"other{i} entirely different {i}" for i in range(80))
    assert similarity(signature(body).hashvalues, signature(other).hashvalues) < 0.1
