#include "migrations.hpp"

#include <array>
#include <regex>

namespace stride::storage::detail {
namespace {

// Version 1: athletes and everything kept about them. Dates are ISO `YYYY-MM-DD` text, so text
// order is date order; enumerations are their contract spellings, checked by CHECK constraints.
// REAL holds doubles exactly in SQLite (8 bytes); the PostgreSQL schema spells it DOUBLE PRECISION.
constexpr const char* kInitialSchema = R"sql(
CREATE TABLE athletes (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  profile TEXT NOT NULL,
  created_at TEXT NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE assessments (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  document TEXT NOT NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
CREATE INDEX assessments_by_athlete_date ON assessments (athlete_id, date);

CREATE TABLE plans (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  created_on TEXT NOT NULL CHECK (created_on LIKE '____-__-__'),
  start_date TEXT NOT NULL CHECK (start_date LIKE '____-__-__'),
  end_date TEXT NOT NULL CHECK (end_date LIKE '____-__-__'),
  calendar TEXT NOT NULL,
  assessment_id INTEGER NULL,
  document TEXT NOT NULL,
  CHECK (start_date <= end_date),
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE,
  FOREIGN KEY (assessment_id) REFERENCES assessments (id) ON DELETE SET NULL
);
CREATE INDEX plans_by_athlete_date ON plans (athlete_id, start_date);

CREATE TABLE plan_days (
  plan_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  document TEXT NOT NULL,
  PRIMARY KEY (plan_id, date),
  FOREIGN KEY (plan_id) REFERENCES plans (id) ON DELETE CASCADE
);

CREATE TABLE plan_sessions (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL,
  date TEXT NOT NULL,
  session_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('strength', 'corrective', 'mobility', 'recovery')),
  phase TEXT NOT NULL
    CHECK (phase IN ('stabilization', 'strength', 'power', 'maintenance', 'taper', 'recovery')),
  intensity TEXT NOT NULL CHECK (intensity IN ('light', 'moderate', 'heavy')),
  minutes INTEGER NOT NULL CHECK (minutes >= 0),
  title TEXT NOT NULL,
  FOREIGN KEY (plan_id, date) REFERENCES plan_days (plan_id, date) ON DELETE CASCADE
);
CREATE INDEX plan_sessions_by_plan_date ON plan_sessions (plan_id, date);

CREATE TABLE activities (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  sport TEXT NOT NULL CHECK (sport IN ('run', 'strength', 'cross', 'other')),
  duration_min REAL NOT NULL CHECK (duration_min >= 0),
  distance_km REAL NULL CHECK (distance_km IS NULL OR distance_km >= 0),
  rpe REAL NOT NULL CHECK (rpe >= 0 AND rpe <= 10),
  avg_hr INTEGER NULL CHECK (avg_hr IS NULL OR avg_hr > 0),
  race INTEGER NOT NULL CHECK (race IN (0, 1)),
  note TEXT NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
CREATE INDEX activities_by_athlete_date ON activities (athlete_id, date);

CREATE TABLE strength_sets (
  id INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  exercise TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side IN ('none', 'left', 'right', 'both')),
  reps INTEGER NOT NULL CHECK (reps >= 0),
  load_kg REAL NULL CHECK (load_kg IS NULL OR load_kg >= 0),
  rpe REAL NULL CHECK (rpe IS NULL OR (rpe >= 0 AND rpe <= 10)),
  UNIQUE (activity_id, position),
  FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE
);

CREATE TABLE pain_reports (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  region TEXT NOT NULL CHECK (region IN ('foot', 'ankle', 'achilles_calf', 'shin', 'knee', 'hip', 'hamstring',
                                         'lower_back', 'other')),
  side TEXT NOT NULL CHECK (side IN ('none', 'left', 'right', 'both')),
  score INTEGER NOT NULL CHECK (score >= 0 AND score <= 10),
  timing TEXT NOT NULL CHECK (timing IN ('during', 'after', 'next_morning')),
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
CREATE INDEX pain_reports_by_athlete_date ON pain_reports (athlete_id, date);
)sql";

// Version 2: activities imported from recordings. The session RPE becomes optional (an imported
// run may have none: its load then comes from heart rate), so `activities` is rebuilt with the same
// ids; `activity_recordings` keeps each imported file's fingerprint, start and measured averages.
// Start times are UTC seconds since the epoch, kept as REAL so that sub-second starts survive.
constexpr const char* kRecordingsSchema = R"sql(
CREATE TABLE activities_rebuilt (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  sport TEXT NOT NULL CHECK (sport IN ('run', 'strength', 'cross', 'other')),
  duration_min REAL NOT NULL CHECK (duration_min >= 0),
  distance_km REAL NULL CHECK (distance_km IS NULL OR distance_km >= 0),
  rpe REAL NULL CHECK (rpe IS NULL OR (rpe >= 0 AND rpe <= 10)),
  avg_hr INTEGER NULL CHECK (avg_hr IS NULL OR avg_hr > 0),
  race INTEGER NOT NULL CHECK (race IN (0, 1)),
  note TEXT NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
INSERT INTO activities_rebuilt (id, athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, race, note)
  SELECT id, athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, race, note FROM activities;
DROP TABLE activities;
ALTER TABLE activities_rebuilt RENAME TO activities;
CREATE INDEX activities_by_athlete_date ON activities (athlete_id, date);

CREATE TABLE activity_recordings (
  activity_id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  source TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('fit', 'gpx', 'tcx')),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) > 0),
  start_time_s REAL NOT NULL,
  elapsed_s REAL NULL CHECK (elapsed_s IS NULL OR elapsed_s >= 0),
  max_hr_bpm REAL NULL CHECK (max_hr_bpm IS NULL OR max_hr_bpm > 0),
  avg_cadence_spm REAL NULL CHECK (avg_cadence_spm IS NULL OR avg_cadence_spm >= 0),
  avg_power_w REAL NULL CHECK (avg_power_w IS NULL OR avg_power_w >= 0),
  avg_stance_time_ms REAL NULL CHECK (avg_stance_time_ms IS NULL OR avg_stance_time_ms >= 0),
  avg_vertical_oscillation_mm REAL NULL CHECK (avg_vertical_oscillation_mm IS NULL OR avg_vertical_oscillation_mm >= 0),
  avg_step_length_mm REAL NULL CHECK (avg_step_length_mm IS NULL OR avg_step_length_mm >= 0),
  avg_vertical_ratio_percent REAL NULL CHECK (avg_vertical_ratio_percent IS NULL OR avg_vertical_ratio_percent >= 0),
  avg_stance_time_balance_left_percent REAL NULL
    CHECK (avg_stance_time_balance_left_percent IS NULL OR
           (avg_stance_time_balance_left_percent >= 0 AND avg_stance_time_balance_left_percent <= 100)),
  heart_rate_load REAL NULL CHECK (heart_rate_load IS NULL OR heart_rate_load >= 0),
  UNIQUE (athlete_id, fingerprint),
  FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
CREATE INDEX activity_recordings_by_start ON activity_recordings (athlete_id, start_time_s);
)sql";

// Version 2 on PostgreSQL, which changes a column's constraints in place: a rebuild there would
// leave the foreign keys of strength_sets pointing at the dropped table. The unnamed CHECK of a
// column is named <table>_<column>_check by PostgreSQL.
constexpr const char* kRecordingsSchemaPostgresql = R"sql(
ALTER TABLE activities ALTER COLUMN rpe DROP NOT NULL,
  DROP CONSTRAINT activities_rpe_check,
  ADD CONSTRAINT activities_rpe_check CHECK (rpe IS NULL OR (rpe >= 0 AND rpe <= 10));

CREATE TABLE activity_recordings (
  activity_id BIGINT PRIMARY KEY,
  athlete_id BIGINT NOT NULL,
  source TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('fit', 'gpx', 'tcx')),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) > 0),
  start_time_s DOUBLE PRECISION NOT NULL,
  elapsed_s DOUBLE PRECISION NULL CHECK (elapsed_s IS NULL OR elapsed_s >= 0),
  max_hr_bpm DOUBLE PRECISION NULL CHECK (max_hr_bpm IS NULL OR max_hr_bpm > 0),
  avg_cadence_spm DOUBLE PRECISION NULL CHECK (avg_cadence_spm IS NULL OR avg_cadence_spm >= 0),
  avg_power_w DOUBLE PRECISION NULL CHECK (avg_power_w IS NULL OR avg_power_w >= 0),
  avg_stance_time_ms DOUBLE PRECISION NULL CHECK (avg_stance_time_ms IS NULL OR avg_stance_time_ms >= 0),
  avg_vertical_oscillation_mm DOUBLE PRECISION NULL
    CHECK (avg_vertical_oscillation_mm IS NULL OR avg_vertical_oscillation_mm >= 0),
  avg_step_length_mm DOUBLE PRECISION NULL CHECK (avg_step_length_mm IS NULL OR avg_step_length_mm >= 0),
  avg_vertical_ratio_percent DOUBLE PRECISION NULL
    CHECK (avg_vertical_ratio_percent IS NULL OR avg_vertical_ratio_percent >= 0),
  avg_stance_time_balance_left_percent DOUBLE PRECISION NULL
    CHECK (avg_stance_time_balance_left_percent IS NULL OR
           (avg_stance_time_balance_left_percent >= 0 AND avg_stance_time_balance_left_percent <= 100)),
  heart_rate_load DOUBLE PRECISION NULL CHECK (heart_rate_load IS NULL OR heart_rate_load >= 0),
  UNIQUE (athlete_id, fingerprint),
  FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
CREATE INDEX activity_recordings_by_start ON activity_recordings (athlete_id, start_time_s);
)sql";

// Version 3: every enumeration check is spelled as comparisons joined by OR instead of IN (...).
// SQLite evaluates a constant IN list in a CHECK by building a temporary index for every row it
// writes; comparisons cost a few instructions and accept and refuse exactly the same values. The
// tables are rebuilt with the same ids, columns, keys and indexes.
constexpr const char* kComparisonChecksSchema = R"sql(
CREATE TABLE plan_sessions_rebuilt (
  id INTEGER PRIMARY KEY,
  plan_id INTEGER NOT NULL,
  date TEXT NOT NULL,
  session_key TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind = 'strength' OR kind = 'corrective' OR kind = 'mobility' OR kind = 'recovery'),
  phase TEXT NOT NULL
    CHECK (phase = 'stabilization' OR phase = 'strength' OR phase = 'power' OR phase = 'maintenance' OR
           phase = 'taper' OR phase = 'recovery'),
  intensity TEXT NOT NULL CHECK (intensity = 'light' OR intensity = 'moderate' OR intensity = 'heavy'),
  minutes INTEGER NOT NULL CHECK (minutes >= 0),
  title TEXT NOT NULL,
  FOREIGN KEY (plan_id, date) REFERENCES plan_days (plan_id, date) ON DELETE CASCADE
);
INSERT INTO plan_sessions_rebuilt (id, plan_id, date, session_key, kind, phase, intensity, minutes, title)
  SELECT id, plan_id, date, session_key, kind, phase, intensity, minutes, title FROM plan_sessions;
DROP TABLE plan_sessions;
ALTER TABLE plan_sessions_rebuilt RENAME TO plan_sessions;
CREATE INDEX plan_sessions_by_plan_date ON plan_sessions (plan_id, date);

CREATE TABLE activities_rebuilt (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  sport TEXT NOT NULL CHECK (sport = 'run' OR sport = 'strength' OR sport = 'cross' OR sport = 'other'),
  duration_min REAL NOT NULL CHECK (duration_min >= 0),
  distance_km REAL NULL CHECK (distance_km IS NULL OR distance_km >= 0),
  rpe REAL NULL CHECK (rpe IS NULL OR (rpe >= 0 AND rpe <= 10)),
  avg_hr INTEGER NULL CHECK (avg_hr IS NULL OR avg_hr > 0),
  race INTEGER NOT NULL CHECK (race = 0 OR race = 1),
  note TEXT NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
INSERT INTO activities_rebuilt (id, athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, race, note)
  SELECT id, athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, race, note FROM activities;
DROP TABLE activities;
ALTER TABLE activities_rebuilt RENAME TO activities;
CREATE INDEX activities_by_athlete_date ON activities (athlete_id, date);

CREATE TABLE strength_sets_rebuilt (
  id INTEGER PRIMARY KEY,
  activity_id INTEGER NOT NULL,
  position INTEGER NOT NULL CHECK (position >= 0),
  exercise TEXT NOT NULL,
  side TEXT NOT NULL CHECK (side = 'none' OR side = 'left' OR side = 'right' OR side = 'both'),
  reps INTEGER NOT NULL CHECK (reps >= 0),
  load_kg REAL NULL CHECK (load_kg IS NULL OR load_kg >= 0),
  rpe REAL NULL CHECK (rpe IS NULL OR (rpe >= 0 AND rpe <= 10)),
  UNIQUE (activity_id, position),
  FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE
);
INSERT INTO strength_sets_rebuilt (id, activity_id, position, exercise, side, reps, load_kg, rpe)
  SELECT id, activity_id, position, exercise, side, reps, load_kg, rpe FROM strength_sets;
DROP TABLE strength_sets;
ALTER TABLE strength_sets_rebuilt RENAME TO strength_sets;

CREATE TABLE pain_reports_rebuilt (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  date TEXT NOT NULL CHECK (date LIKE '____-__-__'),
  region TEXT NOT NULL
    CHECK (region = 'foot' OR region = 'ankle' OR region = 'achilles_calf' OR region = 'shin' OR region = 'knee' OR
           region = 'hip' OR region = 'hamstring' OR region = 'lower_back' OR region = 'other'),
  side TEXT NOT NULL CHECK (side = 'none' OR side = 'left' OR side = 'right' OR side = 'both'),
  score INTEGER NOT NULL CHECK (score >= 0 AND score <= 10),
  timing TEXT NOT NULL CHECK (timing = 'during' OR timing = 'after' OR timing = 'next_morning'),
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
INSERT INTO pain_reports_rebuilt (id, athlete_id, date, region, side, score, timing)
  SELECT id, athlete_id, date, region, side, score, timing FROM pain_reports;
DROP TABLE pain_reports;
ALTER TABLE pain_reports_rebuilt RENAME TO pain_reports;
CREATE INDEX pain_reports_by_athlete_date ON pain_reports (athlete_id, date);

CREATE TABLE activity_recordings_rebuilt (
  activity_id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  source TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format = 'fit' OR format = 'gpx' OR format = 'tcx'),
  fingerprint TEXT NOT NULL CHECK (length(fingerprint) > 0),
  start_time_s REAL NOT NULL,
  elapsed_s REAL NULL CHECK (elapsed_s IS NULL OR elapsed_s >= 0),
  max_hr_bpm REAL NULL CHECK (max_hr_bpm IS NULL OR max_hr_bpm > 0),
  avg_cadence_spm REAL NULL CHECK (avg_cadence_spm IS NULL OR avg_cadence_spm >= 0),
  avg_power_w REAL NULL CHECK (avg_power_w IS NULL OR avg_power_w >= 0),
  avg_stance_time_ms REAL NULL CHECK (avg_stance_time_ms IS NULL OR avg_stance_time_ms >= 0),
  avg_vertical_oscillation_mm REAL NULL CHECK (avg_vertical_oscillation_mm IS NULL OR avg_vertical_oscillation_mm >= 0),
  avg_step_length_mm REAL NULL CHECK (avg_step_length_mm IS NULL OR avg_step_length_mm >= 0),
  avg_vertical_ratio_percent REAL NULL CHECK (avg_vertical_ratio_percent IS NULL OR avg_vertical_ratio_percent >= 0),
  avg_stance_time_balance_left_percent REAL NULL
    CHECK (avg_stance_time_balance_left_percent IS NULL OR
           (avg_stance_time_balance_left_percent >= 0 AND avg_stance_time_balance_left_percent <= 100)),
  heart_rate_load REAL NULL CHECK (heart_rate_load IS NULL OR heart_rate_load >= 0),
  UNIQUE (athlete_id, fingerprint),
  FOREIGN KEY (activity_id) REFERENCES activities (id) ON DELETE CASCADE,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
INSERT INTO activity_recordings_rebuilt (activity_id, athlete_id, source, format, fingerprint, start_time_s, elapsed_s,
                                         max_hr_bpm, avg_cadence_spm, avg_power_w, avg_stance_time_ms,
                                         avg_vertical_oscillation_mm, avg_step_length_mm, avg_vertical_ratio_percent,
                                         avg_stance_time_balance_left_percent, heart_rate_load)
  SELECT activity_id, athlete_id, source, format, fingerprint, start_time_s, elapsed_s, max_hr_bpm, avg_cadence_spm,
         avg_power_w, avg_stance_time_ms, avg_vertical_oscillation_mm, avg_step_length_mm, avg_vertical_ratio_percent,
         avg_stance_time_balance_left_percent, heart_rate_load
  FROM activity_recordings;
DROP TABLE activity_recordings;
ALTER TABLE activity_recordings_rebuilt RENAME TO activity_recordings;
CREATE INDEX activity_recordings_by_start ON activity_recordings (athlete_id, start_time_s);
)sql";

// Version 3 on PostgreSQL: each enumeration check replaced in place by the same comparisons, so both
// databases accept and refuse the same values by the same constraints.
constexpr const char* kComparisonChecksSchemaPostgresql = R"sql(
ALTER TABLE plan_sessions
  DROP CONSTRAINT plan_sessions_kind_check,
  ADD CONSTRAINT plan_sessions_kind_check
    CHECK (kind = 'strength' OR kind = 'corrective' OR kind = 'mobility' OR kind = 'recovery'),
  DROP CONSTRAINT plan_sessions_phase_check,
  ADD CONSTRAINT plan_sessions_phase_check
    CHECK (phase = 'stabilization' OR phase = 'strength' OR phase = 'power' OR phase = 'maintenance' OR
           phase = 'taper' OR phase = 'recovery'),
  DROP CONSTRAINT plan_sessions_intensity_check,
  ADD CONSTRAINT plan_sessions_intensity_check
    CHECK (intensity = 'light' OR intensity = 'moderate' OR intensity = 'heavy');

ALTER TABLE activities
  DROP CONSTRAINT activities_sport_check,
  ADD CONSTRAINT activities_sport_check
    CHECK (sport = 'run' OR sport = 'strength' OR sport = 'cross' OR sport = 'other'),
  DROP CONSTRAINT activities_race_check,
  ADD CONSTRAINT activities_race_check CHECK (race = 0 OR race = 1);

ALTER TABLE strength_sets
  DROP CONSTRAINT strength_sets_side_check,
  ADD CONSTRAINT strength_sets_side_check
    CHECK (side = 'none' OR side = 'left' OR side = 'right' OR side = 'both');

ALTER TABLE pain_reports
  DROP CONSTRAINT pain_reports_region_check,
  ADD CONSTRAINT pain_reports_region_check
    CHECK (region = 'foot' OR region = 'ankle' OR region = 'achilles_calf' OR region = 'shin' OR region = 'knee' OR
           region = 'hip' OR region = 'hamstring' OR region = 'lower_back' OR region = 'other'),
  DROP CONSTRAINT pain_reports_side_check,
  ADD CONSTRAINT pain_reports_side_check
    CHECK (side = 'none' OR side = 'left' OR side = 'right' OR side = 'both'),
  DROP CONSTRAINT pain_reports_timing_check,
  ADD CONSTRAINT pain_reports_timing_check
    CHECK (timing = 'during' OR timing = 'after' OR timing = 'next_morning');

ALTER TABLE activity_recordings
  DROP CONSTRAINT activity_recordings_format_check,
  ADD CONSTRAINT activity_recordings_format_check CHECK (format = 'fit' OR format = 'gpx' OR format = 'tcx');
)sql";

// Version 4: the stored athlete, assessment and running-calendar documents carry their schema, as
// stored plans do: each contract file is wrapped in {"schema": ..., "<member>": <file>}
// (documents/stored_documents.cpp). Plain concatenation, which SQLite and PostgreSQL both accept.
constexpr const char* kStoredDocumentSchemas = R"sql(
UPDATE athletes SET profile = '{"schema":"stride.stored_athlete.v1","athlete":' || profile || '}';
UPDATE assessments SET document = '{"schema":"stride.stored_assessment.v1","assessment":' || document || '}';
UPDATE plans SET calendar = '{"schema":"stride.stored_running_calendar.v1","running_calendar":' || calendar || '}';
)sql";

// Version 5: accounts of `stride serve` and what they hold (docs/accounts.md). Moments are UTC
// seconds since 1970 as INTEGER (BIGINT in PostgreSQL). Tokens and codes are stored only as digests.
// `email_key` is the e-mail with ASCII letters lower-cased (core::email_key), unique, so e-mails
// are unique without regard to case in both databases without a collation of either. Athletes
// gain an owner and a creator, both NULL for the athletes the command line makes. Sessions and
// tokens are deleted, so their ids are AUTOINCREMENT: an id is never given to a second row.
constexpr const char* kAccountsSchema = R"sql(
CREATE TABLE accounts (
  id INTEGER PRIMARY KEY,
  email TEXT NOT NULL CHECK (length(email) > 0),
  email_key TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL CHECK (length(display_name) > 0),
  role TEXT NOT NULL CHECK (role = 'runner' OR role = 'coach'),
  password_hash TEXT NOT NULL CHECK (length(password_hash) > 0),
  created_at INTEGER NOT NULL
);

CREATE TABLE sessions (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id INTEGER NOT NULL,
  token_digest TEXT NOT NULL UNIQUE CHECK (length(token_digest) > 0),
  created_at INTEGER NOT NULL,
  last_seen_at INTEGER NOT NULL,
  FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX sessions_by_account ON sessions (account_id);

CREATE TABLE api_tokens (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  account_id INTEGER NOT NULL,
  name TEXT NOT NULL CHECK (length(name) > 0),
  token_digest TEXT NOT NULL UNIQUE CHECK (length(token_digest) > 0),
  created_at INTEGER NOT NULL,
  last_used_at INTEGER NULL,
  FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX api_tokens_by_account ON api_tokens (account_id);

CREATE TABLE invitations (
  id INTEGER PRIMARY KEY,
  coach_account_id INTEGER NOT NULL,
  code_digest TEXT NOT NULL UNIQUE CHECK (length(code_digest) > 0),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  accepted_at INTEGER NULL,
  accepted_by_account_id INTEGER NULL,
  athlete_id INTEGER NULL,
  CHECK (expires_at > created_at),
  FOREIGN KEY (coach_account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  FOREIGN KEY (accepted_by_account_id) REFERENCES accounts (id) ON DELETE SET NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE SET NULL
);

CREATE TABLE coach_grants (
  athlete_id INTEGER NOT NULL,
  coach_account_id INTEGER NOT NULL,
  granted_at INTEGER NOT NULL,
  PRIMARY KEY (athlete_id, coach_account_id),
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE,
  FOREIGN KEY (coach_account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX coach_grants_by_coach ON coach_grants (coach_account_id);

ALTER TABLE athletes ADD COLUMN owner_account_id INTEGER NULL REFERENCES accounts (id) ON DELETE SET NULL;
ALTER TABLE athletes ADD COLUMN created_by_account_id INTEGER NULL REFERENCES accounts (id) ON DELETE SET NULL;
CREATE INDEX athletes_by_owner ON athletes (owner_account_id);
CREATE INDEX athletes_by_creator ON athletes (created_by_account_id);
)sql";

// Version 6: what the web API keeps besides: each athlete's running calendar (the one a new plan is
// built on, as a stored document), and the client id an activity or pain report may carry (api.md
// §4), unique per athlete (both databases let NULLs repeat in a unique index).
constexpr const char* kApiEntriesSchema = R"sql(
CREATE TABLE running_calendars (
  athlete_id INTEGER PRIMARY KEY,
  document TEXT NOT NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
ALTER TABLE activities ADD COLUMN client_id TEXT NULL;
CREATE UNIQUE INDEX activities_by_client_id ON activities (athlete_id, client_id);
ALTER TABLE pain_reports ADD COLUMN client_id TEXT NULL;
CREATE UNIQUE INDEX pain_reports_by_client_id ON pain_reports (athlete_id, client_id);
)sql";

// Version 7: each athlete's revision (core::AthleteRepository::athlete_revision), which every write
// of the athlete's data replaces with a random 64-bit number; 0 until the first such write.
constexpr const char* kAthleteRevisionsSchema = R"sql(
ALTER TABLE athletes ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
)sql";

// Version 8: each athlete's calendar feed (api.md §4), at most one, known by the digest of its secret
// (never the secret), with the account that made it; deleted with the athlete or the account.
constexpr const char* kCalendarFeedsSchema = R"sql(
CREATE TABLE calendar_feeds (
  athlete_id INTEGER PRIMARY KEY,
  account_id INTEGER NOT NULL,
  secret_digest TEXT NOT NULL UNIQUE CHECK (length(secret_digest) > 0),
  created_at INTEGER NOT NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE,
  FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE
);
CREATE INDEX calendar_feeds_by_account ON calendar_feeds (account_id);
)sql";

// Version 9: the changes people made to an athlete's plans (core::PlanChangeRecord), each a stored
// document with its author (kept by name when the account is deleted) and, once a re-plan could
// not make it again, why not; deleted with the athlete.
constexpr const char* kPlanChangesSchema = R"sql(
CREATE TABLE plan_changes (
  id INTEGER PRIMARY KEY,
  athlete_id INTEGER NOT NULL,
  author_account_id INTEGER NULL,
  author_name TEXT NOT NULL,
  made_at INTEGER NOT NULL,
  document TEXT NOT NULL,
  conflict TEXT NULL,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE,
  FOREIGN KEY (author_account_id) REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX plan_changes_by_athlete ON plan_changes (athlete_id, id);
CREATE INDEX plan_changes_by_author ON plan_changes (author_account_id);
)sql";

// Version 10: each athlete's hand-over code (api.md §4, docs/accounts.md), at most one, known by the
// digest of its code (never the code), with the coach account that made it and, once spent, when and
// by which runner account; deleted with the athlete or the coach's account.
constexpr const char* kHandoversSchema = R"sql(
CREATE TABLE handovers (
  athlete_id INTEGER PRIMARY KEY,
  coach_account_id INTEGER NOT NULL,
  code_digest TEXT NOT NULL UNIQUE CHECK (length(code_digest) > 0),
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  accepted_at INTEGER NULL,
  accepted_by_account_id INTEGER NULL,
  CHECK (expires_at > created_at),
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE,
  FOREIGN KEY (coach_account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  FOREIGN KEY (accepted_by_account_id) REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX handovers_by_coach ON handovers (coach_account_id);
)sql";

// Version 11: notes between a runner and their coach (docs/notes.md), each about one athlete and
// optionally one planned session (the plan day's date and the session's place in it, from 0), and
// each account's read mark per athlete (the newest note id it has read). A note goes with its
// athlete; when its author's account is deleted the note stays, with the author's display name of
// the moment it was written and no author id. Read marks go with their account or athlete. Note
// ids are AUTOINCREMENT, so an id is never given twice and a read mark never covers a later note.
// notes_by_athlete holds the author too, so unread counts are read from the index alone.
constexpr const char* kNotesSchema = R"sql(
CREATE TABLE notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  athlete_id INTEGER NOT NULL,
  author_account_id INTEGER NULL,
  author_name TEXT NOT NULL CHECK (length(author_name) > 0),
  written_at INTEGER NOT NULL,
  session_date TEXT NULL,
  session_index INTEGER NULL CHECK (session_index IS NULL OR session_index >= 0),
  text TEXT NOT NULL CHECK (length(text) > 0),
  CHECK ((session_date IS NULL) = (session_index IS NULL)),
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE,
  FOREIGN KEY (author_account_id) REFERENCES accounts (id) ON DELETE SET NULL
);
CREATE INDEX notes_by_athlete ON notes (athlete_id, id, author_account_id);
CREATE INDEX notes_by_author ON notes (author_account_id);

CREATE TABLE note_read_marks (
  account_id INTEGER NOT NULL,
  athlete_id INTEGER NOT NULL,
  through_note_id INTEGER NOT NULL,
  PRIMARY KEY (account_id, athlete_id),
  FOREIGN KEY (account_id) REFERENCES accounts (id) ON DELETE CASCADE,
  FOREIGN KEY (athlete_id) REFERENCES athletes (id) ON DELETE CASCADE
);
CREATE INDEX note_read_marks_by_athlete ON note_read_marks (athlete_id);
)sql";

// Version 12: failed sign-ins by the digest of their key (an e-mail or a client address), so that
// every server process on the database counts the same failures (docs/accounts.md). Rows older than
// the limiter's window are deleted as new ones come.
constexpr const char* kSignInFailuresSchema = R"sql(
CREATE TABLE sign_in_failures (
  id INTEGER PRIMARY KEY,
  key_digest TEXT NOT NULL CHECK (length(key_digest) > 0),
  failed_at INTEGER NOT NULL
);
CREATE INDEX sign_in_failures_by_key ON sign_in_failures (key_digest, failed_at);
CREATE INDEX sign_in_failures_by_moment ON sign_in_failures (failed_at);
)sql";

constexpr std::array<Migration, 12> kMigrations{{
    {1, "athletes, assessments, plans with their days and sessions, activities, strength sets, pain reports",
     kInitialSchema},
    {2, "activities imported from recordings: optional session rpe, activity_recordings", kRecordingsSchema, true,
     kRecordingsSchemaPostgresql},
    {3, "enumeration checks as comparisons, which SQLite checks without a temporary index per row",
     kComparisonChecksSchema, true, kComparisonChecksSchemaPostgresql},
    {4, "stored athlete, assessment and running-calendar documents name their schema", kStoredDocumentSchemas},
    {5, "accounts, sessions, personal tokens, invitations, coach grants; athletes' owner and creator",
     kAccountsSchema},
    {6, "running calendars of athletes; client ids of activities and pain reports", kApiEntriesSchema},
    {7, "athletes' revisions, which every write of an athlete's data changes", kAthleteRevisionsSchema},
    {8, "calendar feeds of athletes, stored as digests of their secrets", kCalendarFeedsSchema},
    {9, "changes people made to athletes' plans, with their authors", kPlanChangesSchema},
    {10, "hand-over codes of athletes, stored as digests of their codes", kHandoversSchema},
    {11, "notes between runners and coaches, and each account's read mark per athlete", kNotesSchema},
    {12, "failed sign-ins by the digest of their key, shared by every server process", kSignInFailuresSchema},
}};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latest_schema_version() { return kMigrations.back().version; }

std::string translate_to_postgresql(std::string_view sqlite_sql) {
  struct Rule {
    std::regex pattern;
    const char* replacement;
  };
  static const std::array<Rule, 5> rules{{
      {std::regex(R"(\bid INTEGER PRIMARY KEY( AUTOINCREMENT)?\b)"),
       "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"},
      {std::regex(R"( ?\bAUTOINCREMENT\b)"), ""},
      {std::regex(R"(\bINTEGER\b)"), "BIGINT"},
      {std::regex(R"(\bREAL\b)"), "DOUBLE PRECISION"},
      {std::regex(R"(\bDEFAULT CURRENT_TIMESTAMP\b)"),
       "DEFAULT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS')"},
  }};
  std::string sql(sqlite_sql);
  for (const auto& rule : rules) sql = std::regex_replace(sql, rule.pattern, rule.replacement);
  return sql;
}

std::string postgresql_sql(const Migration& migration) {
  if (migration.postgresql != nullptr) return migration.postgresql;
  return translate_to_postgresql(migration.sql);
}

}  // namespace stride::storage::detail
