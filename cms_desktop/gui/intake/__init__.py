"""Parts of the Intake tab: participants, the E0 confirmation, documents, field checks."""
