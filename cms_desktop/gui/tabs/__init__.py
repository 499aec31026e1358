"""The four tabs of a case: Intake, Session, Agreement, Evaluation."""
