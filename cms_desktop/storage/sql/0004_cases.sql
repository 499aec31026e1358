-- The case list sorts by any column over 50,000 cases with keyset pagination, so every
-- sort order needs an index: (year, seq) and (opened_on) and (status, opened_on) exist;
-- category and participants' names get theirs here.

-- The first participant's name, lower-cased, kept by triggers so every writer (the
-- intake service, test builders, the demo office) keeps it right.
ALTER TABLE dispute_case ADD COLUMN sort_name TEXT NOT NULL DEFAULT '';

CREATE INDEX dispute_case_category_opened ON dispute_case(dispute_category, opened_on);
CREATE INDEX dispute_case_sort_name ON dispute_case(sort_name);

CREATE TRIGGER participant_sort_name_insert AFTER INSERT ON participant BEGIN
    UPDATE dispute_case SET sort_name = coalesce(
        (SELECT lower(name) FROM participant WHERE case_id = NEW.case_id
         ORDER BY position, id LIMIT 1), '')
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER participant_sort_name_update AFTER UPDATE OF name, position ON participant BEGIN
    UPDATE dispute_case SET sort_name = coalesce(
        (SELECT lower(name) FROM participant WHERE case_id = NEW.case_id
         ORDER BY position, id LIMIT 1), '')
    WHERE id = NEW.case_id;
END;

CREATE TRIGGER participant_sort_name_delete AFTER DELETE ON participant BEGIN
    UPDATE dispute_case SET sort_name = coalesce(
        (SELECT lower(name) FROM participant WHERE case_id = OLD.case_id
         ORDER BY position, id LIMIT 1), '')
    WHERE id = OLD.case_id;
END;

UPDATE dispute_case SET sort_name = coalesce(
    (SELECT lower(name) FROM participant WHERE case_id = dispute_case.id
     ORDER BY position, id LIMIT 1), '');

-- What the interviewer ticked as explained so far (E0): "policy" and each exception
-- category, comma-separated; exceptions_explained_at is set once all of them are, with the
-- version of the policy text that was explained.
ALTER TABLE intake ADD COLUMN explained_items TEXT NOT NULL DEFAULT '';
ALTER TABLE intake ADD COLUMN explained_policy_version TEXT NOT NULL DEFAULT '';
