-- The audit chain's head (last sequence number and hash) in a one-row table. An appender locks and reads it in one
-- statement (SELECT … FOR UPDATE waits for the previous appender's commit and then returns the head it committed),
-- and moves it in the same statement that inserts its entries: two round trips per append instead of three (an
-- advisory lock, a read of the newest entry, the insert). The row lock serialises appenders exactly as the advisory
-- lock did.
CREATE TABLE audit_chain_head (
  id   BOOLEAN  PRIMARY KEY DEFAULT TRUE CHECK (id),
  seq  BIGINT   NOT NULL,
  hash CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (seq, hash)
SELECT coalesce((SELECT seq FROM audit_entry ORDER BY seq DESC LIMIT 1), 0),
       coalesce((SELECT hash FROM audit_entry ORDER BY seq DESC LIMIT 1), repeat('0', 64));
