-- indicator module: bounded day buckets and pre-aggregated cuboids (decision 0010, "Cuboids and day buckets").
-- The day histograms keep exact days up to 56, then weeks up to 182, then four-week buckets, each named by its first
-- day (indicator.DayBands); the same rule in SQL for the re-bucketing below and for the benchmark generator.
CREATE FUNCTION indicator_day_band(days INTEGER) RETURNS INTEGER
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  RETURN CASE WHEN days <= 56 THEN days
              WHEN days <= 182 THEN days - (days - 57) % 7
              ELSE days - (days - 183) % 28 END;

CREATE TEMPORARY TABLE indicator_cell_rebucketed ON COMMIT DROP AS
SELECT month, clinic, complaint_group, age_band, sex, arm, measure,
       CASE WHEN measure IN ('decision_days', 'first_appt_days', 'first_contact_days', 'sick_days')
            THEN indicator_day_band(bucket) ELSE bucket END AS bucket,
       sum(n) AS n
FROM indicator_cell
GROUP BY 1, 2, 3, 4, 5, 6, 7, 8;
DELETE FROM indicator_cell;
INSERT INTO indicator_cell (month, clinic, complaint_group, age_band, sex, arm, measure, bucket, n)
SELECT month, clinic, complaint_group, age_band, sex, arm, measure, bucket, n FROM indicator_cell_rebucketed;

-- Cuboids: the base cells summed over the dimensions each leaves out, kept by the same delta in the same
-- transaction (indicator.IndicatorCells.apply); a query reads the smallest one that keeps its filter and grouping.
CREATE TABLE indicator_cube_month (
  month   DATE        NOT NULL,
  measure VARCHAR(30) NOT NULL,
  bucket  INTEGER     NOT NULL,
  n       BIGINT      NOT NULL CHECK (n >= 0),
  PRIMARY KEY (month, measure, bucket)
);
CREATE TABLE indicator_cube_arm (
  month   DATE        NOT NULL,
  arm     VARCHAR(40) NOT NULL,
  measure VARCHAR(30) NOT NULL,
  bucket  INTEGER     NOT NULL,
  n       BIGINT      NOT NULL CHECK (n >= 0),
  PRIMARY KEY (month, arm, measure, bucket)
);
CREATE TABLE indicator_cube_clinic (
  month   DATE        NOT NULL,
  clinic  VARCHAR(9)  NOT NULL,
  measure VARCHAR(30) NOT NULL,
  bucket  INTEGER     NOT NULL,
  n       BIGINT      NOT NULL CHECK (n >= 0),
  PRIMARY KEY (month, clinic, measure, bucket)
);
CREATE TABLE indicator_cube_profile (
  month           DATE        NOT NULL,
  complaint_group VARCHAR(20) NOT NULL,
  age_band        VARCHAR(20) NOT NULL,
  sex             VARCHAR(10) NOT NULL,
  arm             VARCHAR(40) NOT NULL,
  measure         VARCHAR(30) NOT NULL,
  bucket          INTEGER     NOT NULL,
  n               BIGINT      NOT NULL CHECK (n >= 0),
  PRIMARY KEY (month, complaint_group, age_band, sex, arm, measure, bucket)
);

INSERT INTO indicator_cube_month (month, measure, bucket, n)
SELECT month, measure, bucket, sum(n) FROM indicator_cell GROUP BY 1, 2, 3;
INSERT INTO indicator_cube_arm (month, arm, measure, bucket, n)
SELECT month, arm, measure, bucket, sum(n) FROM indicator_cell GROUP BY 1, 2, 3, 4;
INSERT INTO indicator_cube_clinic (month, clinic, measure, bucket, n)
SELECT month, clinic, measure, bucket, sum(n) FROM indicator_cell GROUP BY 1, 2, 3, 4;
INSERT INTO indicator_cube_profile (month, complaint_group, age_band, sex, arm, measure, bucket, n)
SELECT month, complaint_group, age_band, sex, arm, measure, bucket, sum(n) FROM indicator_cell GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- Views that filter both a clinic and a profile dimension read the base cells: by clinic (V80) or by profile.
CREATE INDEX indicator_cell_profile_idx ON indicator_cell (complaint_group, sex, age_band, month);
