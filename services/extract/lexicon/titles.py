"""Titles, ranks, honorifics and post-nominal letters: what a canonical person name drops."""

from __future__ import annotations

from . import wordset

# Ranks, titles and honorifics (lowercase, without a final dot). A leading run of these is
# stripped from a person's name; one right before a name is evidence that it is a person.
TITLES = wordset("""
general gen lieutenant lt lieut colonel col major maj captain capt cpt sergeant sgt corporal
cpl private pvt admiral adm commander cmdr cdr commodore brigadier brig marshal ensign
commandant warlord
president vice-president minister premier chancellor senator sen representative rep
congressman congresswoman governor gov mayor ambassador secretary speaker chairman
chairwoman chairperson king queen prince princess emperor empress duke duchess lord lady sir
dame baron baroness earl sultan emir sheikh shaikh sheik judge justice magistrate prosecutor
councillor councilor councilman councilwoman commissioner inspector detective det constable
superintendent sheriff ceo cfo coo chief coach manager spokesman spokeswoman spokesperson
striker midfielder defender goalkeeper winger keeper
dr doctor professor prof dean provost lecturer
reverend rev father fr bishop archbishop cardinal pope rabbi imam ayatollah pastor mullah
patriarch cleric
mr mrs ms miss mx madam madame monsieur mme mlle herr frau hon honourable honorable excellency
""")

# Words that can open a title ("Foreign Minister", "Rear Admiral") but are not one alone.
TITLE_QUALIFIERS = wordset("""
foreign defence defense interior finance health home state former acting deputy vice prime
chief senior junior rear field first executive attorney assistant associate grand supreme
high crown shadow opposition lance staff flight wing air brigadier lieutenant major general
his her their your
""")

# Abbreviated honorifics that never open an organisation's name: stripped even in ORG spans.
PERSONAL_ABBREVIATIONS = wordset("mr mrs ms mx dr prof rev sen rep gen col lt sgt capt gov")


# Post-nominal letters (honours, degrees, offices), matched case-sensitively after a name:
# "Sarah Lindqvist KC" -> "Sarah Lindqvist". Generational suffixes (Jr, Sr, III) are part of a
# name and stay.
POST_NOMINALS = wordset("""
KC QC MP MSP MEP MBE OBE CBE KBE DBE GBE KCMG KCB GCB PhD DPhil FRS FRSE FREng FRCP FRCS
FMedSci FBA Esq
""")
