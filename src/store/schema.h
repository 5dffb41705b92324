// The event store's schema and its versions. A store is a SQLite file whose application_id is
// dyad's and whose user_version is the schema version; opening runs the migrations from the
// file's version up to this program's, and refuses files of other programs or newer versions.
#pragma once

#include "dyad/status.h"
#include "store/sqlite_db.h"

namespace dyad::store {

// "dyad" in ASCII, in PRAGMA application_id.
inline constexpr int kApplicationId = 0x64796164;
// The schema version this program writes (PRAGMA user_version).
int CurrentSchemaVersion();

// Checks that db is an empty database or a dyad store no newer than this program's schema, and
// migrates it to the current version (in one transaction) when writable is true. A file that
// is not SQLite, a database of another program or a newer store is an error; nothing is written.
Status PrepareSchema(Database& db, bool writable);

}  // namespace dyad::store
