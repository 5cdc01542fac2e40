-- The walking skeleton: the demo scenario, reference figures per country, case series, import log.

CREATE TABLE scenario (
  id text PRIMARY KEY,
  manifest jsonb NOT NULL,
  loaded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE country_population (
  iso3 char(3) PRIMARY KEY,
  population bigint NOT NULL CHECK (population >= 0),
  year integer,
  source text NOT NULL
);

CREATE TABLE country_health (
  iso3 char(3) PRIMARY KEY,
  beds_per_1000 double precision,
  beds_year integer,
  beds_source text,
  doctors integer,
  nurses integer,
  workforce_source text
);

-- One day of a cumulative series from one source; a null count was not part of the import.
CREATE TABLE case_point (
  source text NOT NULL,
  iso3 char(3) NOT NULL,
  date date NOT NULL,
  cases integer CHECK (cases >= 0),
  deaths integer CHECK (deaths >= 0),
  PRIMARY KEY (source, iso3, date)
);

CREATE INDEX case_point_source_date ON case_point (source, date);

CREATE TABLE import_run (
  id serial PRIMARY KEY,
  source text NOT NULL,
  file text NOT NULL,
  lines integer NOT NULL,
  rows integer NOT NULL,
  at timestamptz NOT NULL DEFAULT now()
);
