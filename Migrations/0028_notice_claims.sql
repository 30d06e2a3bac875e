-- Claims on deadline notices (issue 28): two `kbk escalate` runs at once both found every notice
-- still waiting and both handed it to the mail command. A run now claims the waiting notices in one
-- short transaction before sending (its random id and the claim's time); only the run that claimed
-- a notice sends it. A claim older than the timeout (Escalations.claimTimeoutSeconds, ten minutes)
-- is a run that died mid-send, and the next run claims the notice again. A failed send releases
-- its claim, so the next run tries it at once.
-- (Numbered 0027 in this branch; the lead renumbers it to 0028 at merge, 0027 being reserved.)
ALTER TABLE notice ADD COLUMN claimed_by TEXT CHECK (claimed_by IS NULL OR length(claimed_by) BETWEEN 1 AND 64);
ALTER TABLE notice ADD COLUMN claimed_at TEXT CHECK (claimed_at IS NULL OR length(claimed_at) = 20);
