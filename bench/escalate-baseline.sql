-- What `kbk escalate --dry-run` reads, through the sqlite3 shell: the complaints whose deadline is
-- running with their unit, the highest level already noticed per complaint and stage, the active
-- officials and the units' heads. kbk then decides each complaint's level on the working-day
-- calendar and its recipients; the shell only reads.
.output /dev/null
SELECT c.id, c.ticket, c.subject, c.status, c.first_response_at IS NOT NULL, c.verify_due, c.respond_due,
       c.settle_due, c.respond_by, c.received_on, c.verified_on, c.verified_at, u.code, u.name, c.assigned_to
FROM complaint c LEFT JOIN skpd u ON u.id = c.skpd_id
WHERE c.status IN ('received', 'verified', 'in_progress')
ORDER BY c.id;
SELECT complaint_id, escalation_stage, max(escalation_level) FROM complaint_event
WHERE escalation_level IS NOT NULL GROUP BY complaint_id, escalation_stage;
SELECT * FROM official WHERE deactivated_at IS NULL;
SELECT u.code, p.code, u.head_nip FROM skpd u LEFT JOIN skpd p ON p.id = u.parent_id;
SELECT date FROM holiday;
