"""Words for the labels "call" gives (call_labels.py)."""

from __future__ import annotations

# idioms with two complements that label nothing: "call it a day", "call it quits"
CALL_LABEL_IDIOMS = {"day", "night", "quits", "evening", "home", "shot", "shots", "name", "names"}
