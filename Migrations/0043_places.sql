-- Where a complaint is about (issue 32): the government's list of places, a desa or kelurahan of it
-- on each complaint, and the point a citizen's phone gave. The list is the government's own
-- (`kbk import places`: for Purbalingga, docs/places/purbalingga-3303.csv, from BPS's bridging table
-- of codes), keyed by the BPS code: 7 digits for a kecamatan, 10 for a desa or kelurahan, whose
-- first 7 are its kecamatan's.
CREATE TABLE place (
    code            TEXT PRIMARY KEY CHECK (length(code) IN (7, 10) AND code NOT GLOB '*[^0-9]*'),
    kind            TEXT NOT NULL CHECK (kind IN ('kecamatan', 'desa', 'kelurahan')),
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
    kecamatan       TEXT REFERENCES place (code),
    kemendagri_code TEXT CHECK (kemendagri_code IS NULL OR length(kemendagri_code) BETWEEN 1 AND 20),
    CHECK ((kind = 'kecamatan' AND kecamatan IS NULL AND length(code) = 7)
        OR (kind <> 'kecamatan' AND length(code) = 10 AND substr(code, 1, 7) = kecamatan))
) STRICT, WITHOUT ROWID;

CREATE INDEX place_kecamatan ON place (kecamatan, name);

-- A place a complaint names stays on the list: a desa merged away is renamed, never removed.
CREATE TRIGGER place_no_delete_when_named BEFORE DELETE ON place
    WHEN EXISTS (SELECT 1 FROM complaint WHERE village_code = OLD.code)
BEGIN
    SELECT RAISE(ABORT, 'a place complaints name cannot be removed');
END;

ALTER TABLE complaint ADD COLUMN village_code TEXT REFERENCES place (code);
ALTER TABLE complaint ADD COLUMN latitude REAL CHECK (latitude IS NULL OR latitude BETWEEN -90 AND 90);
ALTER TABLE complaint ADD COLUMN longitude REAL CHECK (longitude IS NULL OR longitude BETWEEN -180 AND 180);

CREATE INDEX complaint_village ON complaint (village_code) WHERE village_code IS NOT NULL;
