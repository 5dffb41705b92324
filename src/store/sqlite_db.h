// A thin RAII layer over SQLite's C API: a connection and prepared statements whose errors come
// back as Status values naming the database file and the statement that failed.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "dyad/status.h"

namespace dyad::store {

class Statement;

class Database {
 public:
  // Opens (or, with create, makes) the file at path.
  static Result<std::unique_ptr<Database>> Open(const std::string& path, bool create, bool read_only);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs one or more statements that return no rows.
  Status Exec(std::string_view sql);
  Result<Statement> Prepare(std::string_view sql);
  // A Status for the last error of this connection, prefixed with what was being done.
  Status Error(std::string_view doing) const;
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }
  int64_t Changes() const { return sqlite3_changes64(db_); }

 private:
  Database(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  sqlite3* db_;
  std::string path_;
};

// A prepared statement. Bind with 1-based indices, Step until it returns false, Reset to reuse.
class Statement {
 public:
  Statement(Database* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt, sqlite3_finalize) {}

  Statement& Bind(int i, int64_t v) { sqlite3_bind_int64(stmt_.get(), i, v); return *this; }
  Statement& Bind(int i, int v) { sqlite3_bind_int64(stmt_.get(), i, v); return *this; }
  Statement& Bind(int i, double v) { sqlite3_bind_double(stmt_.get(), i, v); return *this; }
  Statement& Bind(int i, std::string_view v) {
    sqlite3_bind_text(stmt_.get(), i, v.data(), static_cast<int>(v.size()), SQLITE_TRANSIENT);
    return *this;
  }
  Statement& Bind(int i, const char* v) { return Bind(i, std::string_view(v)); }
  Statement& Bind(int i, const std::string& v) { return Bind(i, std::string_view(v)); }
  Statement& BindNull(int i) { sqlite3_bind_null(stmt_.get(), i); return *this; }

  // True when a row is ready, false when the statement is done; an error is a Status.
  Result<bool> Step();
  // Runs a statement that returns no rows to completion.
  Status Run();
  void Reset() {
    sqlite3_reset(stmt_.get());
    sqlite3_clear_bindings(stmt_.get());
  }

  int64_t Int(int col) const { return sqlite3_column_int64(stmt_.get(), col); }
  double Real(int col) const { return sqlite3_column_double(stmt_.get(), col); }
  std::string_view Text(int col) const {
    const unsigned char* p = sqlite3_column_text(stmt_.get(), col);
    return p ? std::string_view(reinterpret_cast<const char*>(p), sqlite3_column_bytes(stmt_.get(), col))
             : std::string_view();
  }
  bool IsNull(int col) const { return sqlite3_column_type(stmt_.get(), col) == SQLITE_NULL; }
  int ColumnCount() const { return sqlite3_column_count(stmt_.get()); }
  const char* ColumnName(int col) const { return sqlite3_column_name(stmt_.get(), col); }

 private:
  Database* db_;
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> stmt_;
};

}  // namespace dyad::store
