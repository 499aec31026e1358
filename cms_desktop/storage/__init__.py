"""The storage layer: the only code that speaks SQL. It never imports Qt or the gui."""
