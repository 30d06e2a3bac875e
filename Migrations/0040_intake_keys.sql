-- A web intake form sent once records one complaint (issue 31): each intake form carries a key of
-- its own, kept here with the complaint it recorded, so that the same form sent again (a reload of
-- the receipt, a second tap on a slow phone) is told which complaint it already recorded instead
-- of recording a second one. The command line has no form and no key.
CREATE TABLE intake_key (
    key          TEXT    NOT NULL UNIQUE CHECK (length(key) = 32 AND key NOT GLOB '*[^0-9a-f]*'),
    complaint_id INTEGER NOT NULL UNIQUE REFERENCES complaint (id)
) STRICT;
