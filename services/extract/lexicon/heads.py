"""Head words and neighbouring nouns that say what kind of thing a name is."""

from __future__ import annotations

from . import wordset

# Head words ("Kuweires Airbase", "Ministry of Defence"). Institutions are ORG; built places
# and geographic features are PLACE (spaCy's FAC maps to PLACE in our contract).
ORG_HEADS = wordset("""
ministry department authority council university college school academy institute group
party army forces force navy agency bank company corporation corp inc ltd plc llc co gmbh
association union commission committee court tribunal parliament assembly congress senate
government administration office bureau service services police guard guards brigade
brigades battalion regiment division militia front movement organisation organization
foundation trust fund federation league club fc team board network news times post
journal press television tv radio media airlines airways motors holdings partners capital
systems technologies labs laboratories industries group cabinet directorate command
committee coalition alliance united rovers wanderers athletic albion hotspur rangers
""")
PLACE_HEADS = wordset("""
airbase airport airfield base port harbour harbor station street road avenue square bridge
stadium arena park river lake sea ocean gulf bay mountain mountains valley desert island
islands peninsula coast strait canal province region district village
governorate oblast republic kingdom territory territories crossing border camp prison palace
hospital cathedral mosque church temple tower plaza highway motorway dam refinery heights
strip
""")
EVENT_HEADS = wordset("""
war summit election elections olympics games cup championship championships festival
revolution uprising offensive
""")
LAW_HEADS = wordset("""
act bill treaty convention amendment accord accords agreement law code constitution charter
protocol
""")
CORPORATE_SUFFIXES = wordset("inc ltd plc llc corp co gmbh ag sa nv")
HEAD_WORDS = ORG_HEADS | PLACE_HEADS | EVENT_HEADS | LAW_HEADS

# Nouns before a name ("the militia al-Nusra", "the city of Homs") or after it.
ORG_NOUNS = wordset("""
group militia company firm party organisation organization agency bank club team network
movement faction insurgents rebels outfit broadcaster newspaper carrier airline startup
union alliance coalition
""")
PLACE_NOUNS = wordset("""
city town village province region district country state capital port base airbase
airfield airport island county governorate neighbourhood neighborhood suburb area
""")
PLACE_PREPOSITIONS = wordset("in near outside inside across around into towards toward from")

# Role nouns that name a person: in apposition ("Priyanka Deshmukh, a researcher at ...") they
# say the name is a person's.
PERSON_NOUNS = wordset("""
researcher scientist analyst economist lawyer barrister solicitor engineer farmer teacher
student doctor nurse surgeon consultant professor lecturer author writer journalist reporter
editor artist actor actress singer musician player footballer athlete director founder
owner resident mother father son daughter wife husband widow widower brother sister
grandmother grandfather pensioner veteran officer soldier pilot driver worker employee
spokesman spokeswoman spokesperson treasurer chairman chairwoman executive manager boss
""")

# Roles held in an organisation: "Northport City captain Joe Adeyemi", "Barclays analyst Tom
# Reilly": a name right before one of these, itself before a name, is the organisation.
ORG_ROLES = wordset("""
captain manager boss coach chairman chairwoman chair chief executive spokesman spokeswoman
spokesperson analyst economist striker midfielder defender goalkeeper winger director founder
owner leader
""")
