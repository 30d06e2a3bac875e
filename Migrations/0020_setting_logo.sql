-- The letterhead's emblem (org.logo) is kept as a data URI of up to 100000 characters; every other
-- setting stays a short line of at most 200.
DROP TRIGGER setting_text_bounds_insert;
DROP TRIGGER setting_text_bounds_update;

CREATE TRIGGER setting_text_bounds_insert BEFORE INSERT ON setting
WHEN length(NEW.value) > CASE NEW.key WHEN 'org.logo' THEN 100000 ELSE 200 END
BEGIN
    SELECT RAISE(ABORT, 'setting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;

CREATE TRIGGER setting_text_bounds_update BEFORE UPDATE ON setting
WHEN length(NEW.value) > CASE NEW.key WHEN 'org.logo' THEN 100000 ELSE 200 END
BEGIN
    SELECT RAISE(ABORT, 'setting: a text is longer than kbk allows (200 characters for a name, 100000 for long text)');
END;
