-- indicator module: pathways whose figures must be recomputed. A change marks its pathway here in its own transaction
-- (an outbox: nothing is lost on a crash); the indicator refresher recomputes the marked pathways shortly after, one
-- batch per transaction, and removes the marks. See decision 0010.
CREATE TABLE indicator_stale (
  pathway_id UUID        PRIMARY KEY,
  marked_at  TIMESTAMPTZ NOT NULL
);
CREATE INDEX indicator_stale_marked_idx ON indicator_stale (marked_at);
