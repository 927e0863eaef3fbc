-- The coordinator names or changes the nearest leader on an existing employment: two coordinators may do it at once,
-- so the row is versioned (UPDATE ... WHERE version = ?). leader_username holds the leader's log-in identity: a
-- national ID number or a Samspill user name (decision 0031).
ALTER TABLE employment ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
