"""The parts of the Session tab: the opening and commitments, notes, debriefs, disclosures."""
