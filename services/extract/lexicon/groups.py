"""NORP: nationalities, religions and political groups."""

from __future__ import annotations

import re

from . import wordset

# NORP: nationalities, religions, political groups. Regular forms by suffix, the rest listed.
NORP_SUFFIX = re.compile(r"(?:an|ans|ian|ians|ese|ish|i|is|ic|ics|ist|ists|ch|ean|eans|ite|ites|ese)$")
NORP_WORDS = wordset("""
muslim muslims jew jews jewish sunni sunnis shia shiite shiites hindu hindus sikh sikhs
buddhist buddhists greek greeks thai swiss kurd kurds arab arabs turk turks scot scots briton
britons dane danes pole poles finn finns serb serbs croat croats czech czechs slovak
slovaks tory tories democrat democrats republican republicans catholic catholics
protestant protestants christian christians welsh irish french dutch english
""")
