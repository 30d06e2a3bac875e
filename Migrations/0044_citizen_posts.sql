-- What citizens post on the public pages (issue 32): the complaints they file and their replies,
-- ratings and objections, counted per network address so that one address cannot flood the desk.
-- The address is kept only as an HMAC under the database's web secret (never in clear), and a row
-- only as long as the longest limit needs it (a day); the acts themselves are in the complaint's
-- history and the audit trail, as `warga:web`.
CREATE TABLE citizen_post (
    id             INTEGER PRIMARY KEY,
    address_digest TEXT NOT NULL CHECK (length(address_digest) = 64 AND address_digest NOT GLOB '*[^0-9a-f]*'),
    act            TEXT NOT NULL CHECK (act IN ('file', 'reply', 'rate', 'object')),
    at             INTEGER NOT NULL
) STRICT;

CREATE INDEX citizen_post_by_address ON citizen_post (address_digest, act, at);
CREATE INDEX citizen_post_by_time ON citizen_post (at);
