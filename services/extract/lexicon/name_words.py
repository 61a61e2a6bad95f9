"""Small words in and around names: articles, pronouns, calendar words, name particles."""

from __future__ import annotations

import re

from . import wordset

ARTICLES = frozenset({"the", "a", "an"})

PRONOUNS = wordset("""
i me my mine myself we us our ours ourselves you your yours yourself yourselves he him his
himself she her hers herself it its itself they them their theirs themselves one who whom
whose this that these those someone somebody anyone everyone nobody
""")

CALENDAR_WORDS = wordset("""
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december today yesterday tomorrow
""")

# Name particles: joined by a hyphen or a space to the word after them ("al-Sham", "bin Salman").
PARTICLES = wordset("""
al el ul ad ar as ash at az an ibn bin bint ben abu abd abdul umm
""")
# Lowercase words that belong inside or at the start of a name ("al-Nusra", "de Gaulle").
LOWER_PARTICLES = PARTICLES | wordset("de du da di del della der den von van ter ten la le y")
PARTICLE_PREFIX = re.compile(r"^(?:al|el|ul|ad|ar|as|ash|at|az|an)[-‐]", re.IGNORECASE)
CONNECTORS = wordset("of and for the de du la le del der von van on in")
