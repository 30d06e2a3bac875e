-- Every free-text column has a bound in the database too, not only in kbk's input rules, so that
-- no path (an import, a future front end, a bug) can store a 4 MB name. SQLite cannot add a CHECK
-- to an existing table without rebuilding it (a million complaints took 24 s in 0006), so the
-- bounds are triggers that abort the statement, which is what a CHECK does. SQLite's length()
-- counts Unicode scalars, as kbk's rules do: 200 for a name, 100,000 for long text (at most four
-- UTF-8 bytes each). Columns that already had a CHECK on their length keep it.

CREATE TRIGGER skpd_text_bounds_insert BEFORE INSERT ON skpd
WHEN length(NEW.official_code) > 200 OR
     length(NEW.head_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'skpd: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER skpd_text_bounds_update BEFORE UPDATE ON skpd
WHEN length(NEW.official_code) > 200 OR
     length(NEW.head_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'skpd: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER kbk_group_text_bounds_insert BEFORE INSERT ON kbk_group
WHEN length(NEW.decree_number) > 200 OR
     length(NEW.focus) > 100000
BEGIN
    SELECT RAISE(ABORT, 'kbk_group: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER kbk_group_text_bounds_update BEFORE UPDATE ON kbk_group
WHEN length(NEW.decree_number) > 200 OR
     length(NEW.focus) > 100000
BEGIN
    SELECT RAISE(ABORT, 'kbk_group: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER group_meeting_text_bounds_insert BEFORE INSERT ON group_meeting
WHEN length(NEW.agenda) > 100000 OR
     length(NEW.minutes) > 100000
BEGIN
    SELECT RAISE(ABORT, 'group_meeting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER group_meeting_text_bounds_update BEFORE UPDATE ON group_meeting
WHEN length(NEW.agenda) > 100000 OR
     length(NEW.minutes) > 100000
BEGIN
    SELECT RAISE(ABORT, 'group_meeting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_revision_text_bounds_insert BEFORE INSERT ON sop_revision
WHEN length(NEW.service) > 100000 OR
     length(NEW.legal_basis) > 100000 OR
     length(NEW.approved_by_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'sop_revision: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_revision_text_bounds_update BEFORE UPDATE ON sop_revision
WHEN length(NEW.service) > 100000 OR
     length(NEW.legal_basis) > 100000 OR
     length(NEW.approved_by_name) > 200
BEGIN
    SELECT RAISE(ABORT, 'sop_revision: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_review_text_bounds_insert BEFORE INSERT ON sop_review
WHEN length(NEW.note) > 100000
BEGIN
    SELECT RAISE(ABORT, 'sop_review: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER sop_review_text_bounds_update BEFORE UPDATE ON sop_review
WHEN length(NEW.note) > 100000
BEGIN
    SELECT RAISE(ABORT, 'sop_review: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER complaint_text_bounds_insert BEFORE INSERT ON complaint
WHEN length(NEW.description) > 100000 OR
     length(NEW.location) > 200 OR
     length(NEW.external_ref) > 200 OR
     length(NEW.complainant_name) > 200 OR
     length(NEW.complainant_contact) > 200 OR
     length(NEW.rating_comment) > 100000
BEGIN
    SELECT RAISE(ABORT, 'complaint: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER complaint_text_bounds_update BEFORE UPDATE ON complaint
WHEN length(NEW.description) > 100000 OR
     length(NEW.location) > 200 OR
     length(NEW.external_ref) > 200 OR
     length(NEW.complainant_name) > 200 OR
     length(NEW.complainant_contact) > 200 OR
     length(NEW.rating_comment) > 100000
BEGIN
    SELECT RAISE(ABORT, 'complaint: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER complaint_event_text_bounds_insert BEFORE INSERT ON complaint_event
WHEN length(NEW.actor) > 64 OR
     length(NEW.text) > 100000
BEGIN
    SELECT RAISE(ABORT, 'complaint_event: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_text_bounds_insert BEFORE INSERT ON improvement
WHEN length(NEW.problem) > 100000 OR
     length(NEW.target) > 100000
BEGIN
    SELECT RAISE(ABORT, 'improvement: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_text_bounds_update BEFORE UPDATE ON improvement
WHEN length(NEW.problem) > 100000 OR
     length(NEW.target) > 100000
BEGIN
    SELECT RAISE(ABORT, 'improvement: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_stage_text_bounds_insert BEFORE INSERT ON improvement_stage
WHEN length(NEW.note) > 100000 OR
     length(NEW.actor) > 64
BEGIN
    SELECT RAISE(ABORT, 'improvement_stage: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER improvement_stage_text_bounds_update BEFORE UPDATE ON improvement_stage
WHEN length(NEW.note) > 100000 OR
     length(NEW.actor) > 64
BEGIN
    SELECT RAISE(ABORT, 'improvement_stage: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER ikm_survey_text_bounds_insert BEFORE INSERT ON ikm_survey
WHEN length(NEW.period_label) > 200
BEGIN
    SELECT RAISE(ABORT, 'ikm_survey: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER ikm_survey_text_bounds_update BEFORE UPDATE ON ikm_survey
WHEN length(NEW.period_label) > 200
BEGIN
    SELECT RAISE(ABORT, 'ikm_survey: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER setting_text_bounds_insert BEFORE INSERT ON setting
WHEN length(NEW.value) > 200
BEGIN
    SELECT RAISE(ABORT, 'setting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER setting_text_bounds_update BEFORE UPDATE ON setting
WHEN length(NEW.value) > 200
BEGIN
    SELECT RAISE(ABORT, 'setting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;
