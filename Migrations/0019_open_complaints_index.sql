-- What an inbox reads: every complaint still waiting on the government, with the few columns its
-- queues are decided on, in the order they arrived. A government-wide desk's inbox reads tens of
-- thousands of them; through this covering index it reads no table row for those it does not show
-- (bench/README.md). The inbox names it (INDEXED BY), so SQLite refuses the statement, and every
-- coordinator's inbox test fails, should this WHERE clause and `Complaints.openCondition` part.
CREATE INDEX complaint_open ON complaint (
    received_at, id, skpd_id, assigned_to, status, first_response_at, verify_due, respond_due, settle_due
) WHERE status IN ('received', 'verified', 'in_progress', 'on_hold');
