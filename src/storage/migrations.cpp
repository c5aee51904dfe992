#include "migrations.hpp"

#include <array>

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

constexpr std::array<Migration, 1> kMigrations{{
    {1, "athletes, assessments, plans with their days and sessions, activities, strength sets, pain reports",
     kInitialSchema},
}};

}  // namespace

std::span<const Migration> migrations() { return kMigrations; }

int latest_schema_version() { return kMigrations.back().version; }

}  // namespace stride::storage::detail
