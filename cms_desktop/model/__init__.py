"""Plain records (dataclasses) shared by storage, core, forms and the gui. No logic, no I/O."""
