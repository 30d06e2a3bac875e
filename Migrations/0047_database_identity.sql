-- The database's identity (issue 35): a random number made once, when this migration runs, that a copy or a
-- restored backup keeps and a new database never shares. A bundle names it, and the province
-- holds each government's code to one identity: two databases cannot send under one code, nor one
-- database under two. (The first audit entry was no identity: two databases made in the same
-- second by the same login begin with the same entry.)
CREATE TABLE database_identity (
    id TEXT NOT NULL CHECK (length(id) = 32 AND id NOT GLOB '*[^0-9a-f]*')
) STRICT;
INSERT INTO database_identity (id) VALUES (lower(hex(randomblob(16))));

CREATE TRIGGER database_identity_no_update BEFORE UPDATE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'database_identity cannot be changed');
END;

CREATE TRIGGER database_identity_no_delete BEFORE DELETE ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'database_identity cannot be deleted');
END;

CREATE TRIGGER database_identity_one_row BEFORE INSERT ON database_identity
BEGIN
    SELECT RAISE(ABORT, 'database_identity holds one row');
END;
