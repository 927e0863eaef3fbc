-- The nearest leader's user name, when known, so that only this leader (not every leader at the employer) is related.
ALTER TABLE employment ADD COLUMN leader_username VARCHAR(100);
