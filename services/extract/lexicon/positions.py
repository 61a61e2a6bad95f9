"""Verbs that argue for or against something, by the preposition that brings what is argued
(argued_positions.py): "argued for a new name", "warned against X", "railed against Y",
"lashed out at Z". (Not "pushed for", "advocated for", "insisted on", "spoke out against":
as often deeds, memberships or habits as words; under 85% on PolNeAR train.)"""

from __future__ import annotations

POSITION_PREPS: dict[str, frozenset[str]] = {
    "argue": frozenset({"for", "against"}),
    "warn": frozenset({"against", "about"}),
    "caution": frozenset({"against", "about"}),
    "rail": frozenset({"against"}),
    "inveigh": frozenset({"against"}),
    "fulminate": frozenset({"against"}),
    "lash": frozenset({"at"}),  # "lashed out at X" (the "at" hangs on "out" or on the verb)
}
# "railed against the judge [for his handling of the case]": the reason is part of what is said.
REASON_PREP = "for"
