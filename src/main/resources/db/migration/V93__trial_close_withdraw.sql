-- trial module: closing a trial to enrolment, and withdrawing a pathway from a trial. A withdrawn enrolment keeps its
-- arm (intention-to-treat): the row stays, with who withdrew it, when and why.
ALTER TABLE trial ADD COLUMN closed_at TIMESTAMPTZ;

ALTER TABLE trial_enrolment
  ADD COLUMN withdrawn_at      TIMESTAMPTZ,
  ADD COLUMN withdrawn_by      VARCHAR(100),
  ADD COLUMN withdrawal_reason VARCHAR(500),
  ADD CONSTRAINT trial_enrolment_withdrawal_complete CHECK (
    (withdrawn_at IS NULL AND withdrawn_by IS NULL AND withdrawal_reason IS NULL)
    OR (withdrawn_at IS NOT NULL AND withdrawn_by IS NOT NULL AND withdrawal_reason IS NOT NULL));
