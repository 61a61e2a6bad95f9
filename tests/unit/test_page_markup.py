"""The page's pure parts: marks in an article body, snippet sanitising, URL state."""

from __future__ import annotations

from services.core.models import Claim, Entity
from services.search.session import make_token, token_valid
from services.search.web.markup import mark_article, mark_sentence, safe_snippet
from services.search.web.state import State


def test_claims_marked_in_place_with_entities_inside_and_all_escaped():
    body = "Dr. Amara Okafor said the <harbour> & Eastport would flood. Nobody else spoke."
    start = body.index("the <harbour>")
    end = body.index(" would")
    claim = Claim(content=body[start:end], sentence=body[:body.index(".", 20) + 1], claimant="Okafor",
                  cue="said", quote_type="indirect", start=start, end=end)
    ents = [Entity(name="Amara Okafor", type="PERSON", aliases=["Okafor"], count=1),
            Entity(name="Eastport", type="PLACE", aliases=[], count=1)]
    html = str(mark_article(body, ents, [claim]))
    assert '<span class="ent ent-person" data-type="PERSON" title="PERSON: Amara Okafor">Amara Okafor</span>' in html
    assert '<mark class="claim" id="claim-0">' in html
    claim_html = html[html.index('<mark class="claim"'):html.index("</mark>")]
    assert "the &lt;harbour&gt; &amp; " in claim_html and 'ent-place' in claim_html
    assert "<harbour>" not in html


def test_claims_out_of_range_or_overlapping_are_not_marked():
    body = "abc def ghi"
    claims = [Claim(content="abc def", sentence=body, cue="said", quote_type="reported", start=0, end=7),
              Claim(content="def ghi", sentence=body, cue="said", quote_type="reported", start=4, end=11),
              Claim(content="x", sentence=body, cue="said", quote_type="reported", start=5, end=99)]
    assert str(mark_article(body, [], claims)).count('<mark class="claim"') == 1


def test_sentence_with_content_marked():
    assert str(mark_sentence("He said <it> works.", "<it> works")) == 'He said <mark class="content">&lt;it&gt; works</mark>.'


def test_snippet_keeps_only_em():
    assert str(safe_snippet("a <em>b</em> &amp; <script>x</script>")) == "a <em>b</em> &amp; &lt;script&gt;x&lt;/script&gt;"


def test_state_include_exclude_round_trip():
    s = State.parse([("q", "harbour"), ("entity", "Okafor"), ("page", "3"), ("bogus", "1")])
    assert s.url() == "/?q=harbour&page=3&entity=Okafor"
    # Include toggles, exclude replaces an include, every change goes back to page 1.
    assert s.include("entity", "Okafor") == "/?q=harbour"
    assert s.exclude("entity", "Okafor") == "/?q=harbour&not_entity=Okafor"
    assert s.include("source", "Wire") == "/?q=harbour&entity=Okafor&source=Wire"
    assert s.with_single("page", "4") == "/?q=harbour&page=4&entity=Okafor"
    assert State.parse([("tab", "claims"), ("q", "x"), ("cue", "said"), ("source", "ignored")]).url() == \
        "/?tab=claims&q=x&cue=said"
    assert s.for_tab("claims") == "/?tab=claims&q=harbour&entity=Okafor"


def test_session_tokens():
    t = make_token("k", now=1000)
    assert token_valid("k", t, now=1001)
    assert not token_valid("other", t, now=1001)
    assert not token_valid("k", t, now=1000 + 13 * 3600)
    assert not token_valid("k", "1000.deadbeef", now=1001)
