#include "store/sqlite_db.h"

namespace dyad::store {

Result<std::unique_ptr<Database>> Database::Open(const std::string& path, bool create, bool read_only) {
  sqlite3* db = nullptr;
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  flags |= SQLITE_OPEN_NOMUTEX;  // one connection per thread
  int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
  if (rc != SQLITE_OK) {
    std::string msg = path + ": cannot open the store: " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
    sqlite3_close(db);
    return rc == SQLITE_CANTOPEN ? Status::NotFound(msg) : Status::Io(msg);
  }
  sqlite3_busy_timeout(db, 10000);  // another writer holding the lock: wait rather than fail
  sqlite3_extended_result_codes(db, 1);
  return std::unique_ptr<Database>(new Database(db, path));
}

Database::~Database() { sqlite3_close_v2(db_); }

Status Database::Error(std::string_view doing) const {
  std::string msg = path_ + ": " + std::string(doing) + ": " + sqlite3_errmsg(db_);
  int code = sqlite3_errcode(db_) & 0xff;
  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT) return Status::Invalid(msg);
  return Status::Io(msg);
}

Status Database::Exec(std::string_view sql) {
  std::string text(sql);
  char* err = nullptr;
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
    std::string what = err ? err : "error";
    sqlite3_free(err);
    Status s = Error("running '" + text.substr(0, 60) + "'");
    return Status(s.code(), path_ + ": " + what + " (while running '" + text.substr(0, 60) + "')");
  }
  return Status::Ok();
}

Result<Statement> Database::Prepare(std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK)
    return Error("preparing '" + std::string(sql.substr(0, 80)) + "'");
  return Statement(this, stmt);
}

Result<bool> Statement::Step() {
  int rc = sqlite3_step(stmt_.get());
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  return db_->Error(std::string("running '") + std::string(sqlite3_sql(stmt_.get())).substr(0, 80) + "'");
}

Status Statement::Run() {
  auto r = Step();
  if (!r.ok()) return r.status();
  sqlite3_reset(stmt_.get());
  return Status::Ok();
}

}  // namespace dyad::store
