// Schema versions as an ordered list of migrations: kMigrations[i] takes a store from version i
// to version i + 1, so a new version only ever appends a migration (docs/store.md lists them).
#include "store/schema.h"

#include <string>

namespace dyad::store {
namespace {

// Version 1: articles, mentions (with a full-text index over their sentences), events.
constexpr const char* kSchemaV1 = R"sql(
CREATE TABLE dyad_meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE articles(
  article_id   INTEGER PRIMARY KEY,
  doc_key      TEXT NOT NULL UNIQUE,
  content_hash TEXT NOT NULL,
  date         INTEGER NOT NULL,
  url          TEXT NOT NULL,
  outlet       TEXT NOT NULL,
  source       TEXT NOT NULL,
  title        TEXT NOT NULL,
  chars        INTEGER NOT NULL,
  sentences    INTEGER NOT NULL,
  events       INTEGER NOT NULL);
CREATE TABLE events(
  event_id           INTEGER PRIMARY KEY,
  date               INTEGER NOT NULL,
  day                INTEGER NOT NULL,
  date_precision     TEXT NOT NULL,
  source_code        TEXT NOT NULL,
  source_country     TEXT NOT NULL,
  source_role        TEXT NOT NULL,
  source_name        TEXT NOT NULL,
  target_code        TEXT NOT NULL,
  target_country     TEXT NOT NULL,
  target_role        TEXT NOT NULL,
  target_name        TEXT NOT NULL,
  has_target         INTEGER NOT NULL,
  cameo              TEXT NOT NULL,
  root               TEXT NOT NULL,
  quad_class         INTEGER NOT NULL,
  goldstein          REAL NOT NULL,
  plover             TEXT NOT NULL,
  location_name      TEXT NOT NULL,
  location_country   TEXT NOT NULL,
  location_precision TEXT NOT NULL,
  lat                REAL,
  lon                REAL,
  is_root            INTEGER NOT NULL,
  num_mentions       INTEGER NOT NULL,
  num_sources        INTEGER NOT NULL,
  num_articles       INTEGER NOT NULL,
  first_seen         INTEGER NOT NULL,
  last_seen          INTEGER NOT NULL,
  source_url         TEXT NOT NULL);
CREATE INDEX events_dyad ON events(source_country, target_country, day, quad_class, goldstein, num_mentions);
CREATE INDEX events_target ON events(target_country, day, quad_class, goldstein, num_mentions, source_country);
CREATE INDEX events_source_code ON events(source_code, day);
CREATE INDEX events_target_code ON events(target_code, day);
CREATE INDEX events_day ON events(day);
CREATE TABLE mentions(
  mention_id    INTEGER PRIMARY KEY,
  event_id      INTEGER NOT NULL,
  article_id    INTEGER NOT NULL,
  sentence      INTEGER NOT NULL,
  sentence_char INTEGER NOT NULL,
  text          TEXT NOT NULL,
  verb_begin    INTEGER, verb_end INTEGER,
  source_begin  INTEGER, source_end INTEGER,
  target_begin  INTEGER, target_end INTEGER,
  source_text   TEXT NOT NULL,
  target_text   TEXT NOT NULL,
  source_name   TEXT NOT NULL,
  target_name   TEXT NOT NULL,
  pattern       TEXT NOT NULL,
  negated       INTEGER NOT NULL);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE VIRTUAL TABLE mentions_fts USING fts5(text, content='mentions', content_rowid='mention_id');
)sql";

// Version 2: daily roll-ups per dyad and per country, so a series reads one row per day and
// QuadClass instead of every event. Goldstein sums are kept in tenths, as integers, so they
// do not depend on the order events were added in.
constexpr const char* kSchemaV2 = R"sql(
CREATE TABLE dyad_days(
  source_country   TEXT NOT NULL,
  target_country   TEXT NOT NULL,
  day              INTEGER NOT NULL,
  quad_class       INTEGER NOT NULL,
  events           INTEGER NOT NULL,
  mentions         INTEGER NOT NULL,
  goldstein_tenths INTEGER NOT NULL,
  PRIMARY KEY(source_country, target_country, day, quad_class)) WITHOUT ROWID;
CREATE TABLE country_days(
  country          TEXT NOT NULL,
  day              INTEGER NOT NULL,
  quad_class       INTEGER NOT NULL,
  events           INTEGER NOT NULL,
  mentions         INTEGER NOT NULL,
  goldstein_tenths INTEGER NOT NULL,
  PRIMARY KEY(country, day, quad_class)) WITHOUT ROWID;
INSERT INTO dyad_days
  SELECT source_country, target_country, day, quad_class, count(*), sum(num_mentions),
         sum(CAST(round(goldstein * 10) AS INTEGER))
  FROM events GROUP BY 1, 2, 3, 4;
INSERT INTO country_days
  SELECT country, day, quad_class, count(*), sum(m), sum(g) FROM (
    SELECT source_country AS country, day, quad_class, num_mentions AS m,
           CAST(round(goldstein * 10) AS INTEGER) AS g FROM events WHERE source_country != ''
    UNION ALL
    SELECT target_country, day, quad_class, num_mentions, CAST(round(goldstein * 10) AS INTEGER)
    FROM events WHERE target_country != '' AND target_country != source_country)
  GROUP BY 1, 2, 3;
)sql";

constexpr const char* kMigrations[] = {kSchemaV1, kSchemaV2};

Result<int64_t> PragmaInt(Database& db, const char* pragma) {
  auto stmt = db.Prepare(std::string("PRAGMA ") + pragma);
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  return *row ? stmt->Int(0) : 0;
}

}  // namespace

int CurrentSchemaVersion() { return static_cast<int>(std::size(kMigrations)); }

Status PrepareSchema(Database& db, bool writable) {
  // Reading the header first: a file that is not SQLite fails here, before anything is written.
  auto app_id = PragmaInt(db, "application_id");
  if (!app_id.ok())
    return Status::Invalid(db.path() + ": not a dyad store (" + app_id.status().message() +
                           "); refusing to touch it");
  auto version = PragmaInt(db, "user_version");
  if (!version.ok()) return version.status();
  auto stmt = db.Prepare("SELECT count(*) FROM sqlite_schema");
  if (!stmt.ok()) return stmt.status();
  auto row = stmt->Step();
  if (!row.ok()) return row.status();
  const int64_t objects = stmt->Int(0);

  if (*app_id != kApplicationId) {
    if (*app_id != 0 || objects > 0 || *version != 0)
      return Status::Invalid(db.path() + ": a SQLite database of another program (application_id " +
                             std::to_string(*app_id) + ", " + std::to_string(objects) +
                             " schema objects), not a dyad store; refusing to overwrite it");
  }
  if (*version > CurrentSchemaVersion())
    return Status::Invalid(db.path() + ": dyad store schema version " + std::to_string(*version) +
                           " is newer than this dyad's (" + std::to_string(CurrentSchemaVersion()) +
                           "); use a newer dyad");
  if (*version == CurrentSchemaVersion()) return Status::Ok();
  if (!writable)
    return *app_id == 0 ? Status::NotFound(db.path() + ": an empty file, not yet a dyad store; run dyad ingest first")
                        : Status::Invalid(db.path() + ": dyad store schema version " + std::to_string(*version) +
                                          " needs migrating; open it with dyad ingest first");
  DYAD_RETURN_IF_ERROR(db.Exec("BEGIN IMMEDIATE"));
  for (int v = static_cast<int>(*version); v < CurrentSchemaVersion(); ++v) {
    Status s = db.Exec(kMigrations[v]);
    if (!s.ok()) {
      db.Exec("ROLLBACK");
      return Status(s.code(), "migrating the store to schema version " + std::to_string(v + 1) + ": " + s.message());
    }
  }
  std::string finish = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                       "; PRAGMA user_version = " + std::to_string(CurrentSchemaVersion()) +
                       "; INSERT OR REPLACE INTO dyad_meta VALUES('schema_version', '" +
                       std::to_string(CurrentSchemaVersion()) + "'); INSERT OR REPLACE INTO dyad_meta "
                       "VALUES('created_by', 'dyad " DYAD_VERSION "');";
  Status s = db.Exec(finish);
  if (!s.ok()) {
    db.Exec("ROLLBACK");
    return s;
  }
  return db.Exec("COMMIT");
}

}  // namespace dyad::store
