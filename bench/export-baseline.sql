-- The sqlite3 shell's side of `kbk export complaints` (CSV): the same columns in the same order and
-- form, straight from the complaint rows, for `sqlite3 -csv -header`. Times are written in the
-- organisation's offset (+07:00 here, as run.sh's database has it); a confidential complaint's
-- description stays out, as kbk leaves it out without personal data. run.sh checks that it holds
-- kbk's values field by field (the shell quotes every field with a space, kbk only those that need it).
SELECT c.ticket,
       strftime('%Y-%m-%dT%H:%M:%S+07:00', c.received_at, '+7 hours') AS received_at,
       c.channel, c.kind, c.category, c.topic, c.subject,
       CASE WHEN c.confidential = 0 THEN c.description END AS description, c.location,
       c.village_code AS desa, c.latitude AS lat, c.longitude AS long, c.external_ref,
       s.number AS sop,
       CASE c.anonymous WHEN 1 THEN 'true' ELSE 'false' END AS anonymous,
       CASE c.confidential WHEN 1 THEN 'true' ELSE 'false' END AS confidential
FROM complaint c LEFT JOIN sop s ON s.id = c.sop_id
ORDER BY c.id;
