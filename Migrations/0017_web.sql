-- The web front. A citizen follows a complaint with its ticket and the tracking code given at
-- intake; only the code's SHA-256 is kept, so the database (or a copy of it) does not hand out the
-- codes. The secret keys the web forms' CSRF tokens (an HMAC of the official's login): made here,
-- once, at random, and never shown.
ALTER TABLE complaint ADD COLUMN tracking_hash TEXT
    CHECK (tracking_hash IS NULL OR (length(tracking_hash) = 64 AND tracking_hash NOT GLOB '*[^0-9a-f]*'));

CREATE TABLE web_secret (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    secret TEXT    NOT NULL CHECK (length(secret) = 64 AND secret NOT GLOB '*[^0-9a-f]*')
) STRICT;

INSERT INTO web_secret (id, secret) VALUES (1, lower(hex(randomblob(32))));

CREATE TRIGGER web_secret_no_update BEFORE UPDATE ON web_secret
BEGIN
    SELECT RAISE(ABORT, 'the web secret is made once');
END;
