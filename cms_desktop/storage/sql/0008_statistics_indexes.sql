-- Issue 8: covering indexes for the director's aggregate statistics (R3), so a period's
-- figures are read from index pages alone on a 50,000-case office.
CREATE INDEX dispute_case_statistics
    ON dispute_case(opened_on, dispute_category, referral_source, outcome, status);
CREATE INDEX mediation_session_statistics
    ON mediation_session(case_id, status, starts_at, ends_at);
