-- The sqlite3 shell's side of the report benchmark: the cohort counts of `kbk report --section summary`
-- for one year (:from, :to as 'YYYY-MM-DD'), straight from the complaint rows. Valid for a database
-- whose complaints have no events after the period's end (what the benchmark loads), where the rows
-- are the state at the end. run.sh checks that the numbers equal kbk's.
SELECT count(*)                                                                    AS received,
       sum(status = 'rejected')                                                    AS rejected,
       sum(status <> 'rejected')                                                   AS valid,
       sum(status <> 'rejected' AND first_response_at IS NOT NULL)                 AS followed_up,
       sum(status <> 'rejected' AND first_response_on_time = 1)                    AS followed_up_on_time,
       sum(status IN ('resolved', 'closed'))                                       AS settled,
       sum(status IN ('resolved', 'closed') AND settled_on_time = 1)               AS settled_on_time,
       sum(status <> 'rejected' AND reopen_count > 0)                              AS reopened
FROM complaint
WHERE received_on BETWEEN :from AND :to;

SELECT u.code, count(*) AS received, sum(c.status <> 'rejected' AND c.first_response_at IS NOT NULL) AS followed_up
FROM complaint c JOIN skpd u ON u.id = c.skpd_id
WHERE c.received_on BETWEEN :from AND :to
GROUP BY u.code ORDER BY u.code;
