-- A run of the "programme later" arm is postponed to a start date (PostponeRun); its steps are delivered only from
-- that date on, so the wait-list control really waits.
ALTER TABLE programme_run ADD COLUMN postponed_to date;
