-- Issue #17: the per-case facts the annual report counts, one view per kind of fact.
-- Every case-derived measure reads its rows through these views and nowhere else, so the
-- de-identified facts kept when a case is purged (issue #13) join here with one UNION ALL
-- each, and a period's figures stay the same after the purge. No view has a name, a
-- contact detail, a case number or an evaluation code.

CREATE VIEW case_facts AS
SELECT c.id AS case_id,
       c.opened_on AS first_contact_on,
       coalesce((SELECT coalesce(i.interview_date, substr(i.completed_at, 1, 10))
                   FROM intake i WHERE i.case_id = c.id),
                (SELECT pf.intake_on FROM purged_case_fact pf WHERE pf.case_id = c.id))
           AS intake_on,
       (SELECT min(substr(s.starts_at, 1, 10)) FROM mediation_session s
         WHERE s.case_id = c.id AND s.status = 'held') AS first_session_on,
       (SELECT count(*) FROM mediation_session s
         WHERE s.case_id = c.id AND s.status = 'held') AS held_sessions,
       c.closed_on,
       coalesce(c.outcome, '') AS outcome,
       c.dispute_category AS category,
       c.referral_source,
       c.status
  FROM dispute_case c;

-- The people served: the parties (not support persons, advisors or interpreters).
CREATE VIEW party_facts AS
SELECT p.case_id, c.opened_on AS first_contact_on, p.affiliation AS constituency
  FROM participant p JOIN dispute_case c ON c.id = p.case_id
 WHERE p.role = 'party'
UNION ALL  -- the parties of purged cases, kept as facts (migration 0011)
SELECT p.case_id, c.opened_on, p.affiliation
  FROM purged_participant_fact p JOIN dispute_case c ON c.id = p.case_id
 WHERE p.role = 'party';

CREATE VIEW session_facts AS
SELECT s.id AS session_id,
       s.case_id,
       substr(s.starts_at, 1, 10) AS held_on,
       (unixepoch(s.ends_at) - unixepoch(s.starts_at)) / 60.0 AS minutes,
       (SELECT count(*) FROM session_mediator m WHERE m.session_id = s.id) AS mediators
  FROM mediation_session s
 WHERE s.status = 'held';

CREATE VIEW session_mediator_facts AS
SELECT f.session_id, f.held_on, f.minutes, f.mediators, m.mediator_id
  FROM session_facts f JOIN session_mediator m ON m.session_id = f.session_id;

CREATE VIEW disclosure_facts AS
SELECT e.case_id, substr(e.learned_at, 1, 10) AS learned_on, e.category
  FROM exception_report e
UNION ALL  -- disclosures purged at the end of their retention, kept as facts (0011)
SELECT d.case_id, substr(d.learned_at, 1, 10), d.category
  FROM purged_disclosure_fact d;
