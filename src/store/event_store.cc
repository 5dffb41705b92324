// Adding an article: skip it when its key is stored (that is what makes ingest idempotent);
// else insert the article, then for each event find or create its events row by the event key
// (the row id is a hash of the key, probed forward on the rare collision), insert the mention
// and its full-text entry, and finally bump each touched event's counts once: NumMentions by
// the mentions added, NumArticles by one, NumSources by one when no earlier article of the same
// source mentions it. Counts depend only on which articles are stored, not on their order.
#include "store/event_store.h"

#include <algorithm>
#include <filesystem>
#include <utility>

#include "base/hash.h"
#include "output/event_writer.h"
#include "store/schema.h"

namespace dyad::store {

struct EventStore::Statements {
  Statement find_article, article_at, insert_article, find_event, insert_event, insert_mention,
      insert_fts, other_source, update_event, roll_dyad, roll_source, roll_target;
};

namespace {

constexpr int64_t kIdMask = 0x7fffffffffffffffll;

int64_t PositiveId(std::string_view key) { return static_cast<int64_t>(Fnv1a64(key) >> 1); }

// Code-point offsets of a span within its sentence, or NULLs when the span is empty or outside.
void BindOffsets(Statement& st, int col, std::string_view sentence, uint32_t base, Span s) {
  if (s.empty() || s.begin < base || s.end - base > sentence.size()) {
    st.BindNull(col).BindNull(col + 1);
    return;
  }
  st.Bind(col, static_cast<int64_t>(output::CharOffset(sentence, s.begin - base)));
  st.Bind(col + 1, static_cast<int64_t>(output::CharOffset(sentence, s.end - base)));
}

std::string ActorName(const Document& doc, const ActorMention& a) {
  return a.name.empty() ? std::string(doc.View(a.span)) : a.name;
}

}  // namespace

std::string ArticleKey(const Document& doc) {
  return doc.id.empty() ? "sha:" + Hex64(Fnv1a64(doc.text)) : doc.id;
}

std::string EventKey(const Event& e) {
  std::string key = e.date.Iso();
  key += '|' + e.source.code + '|' + (e.has_target ? e.target.code : "") + '|' + e.cameo + '|';
  if (e.has_location) key += e.location.name + '|' + e.location.country;
  return key;
}

std::string SourceOf(const Document& doc) {
  if (!doc.outlet.empty()) return doc.outlet;
  std::string_view url = doc.url;
  size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (url.rfind("www.", 0) == 0) url.remove_prefix(4);
  return std::string(url);
}

EventStore::~EventStore() {
  if (in_batch_) db_->Exec("ROLLBACK");
  st_.reset();  // statements before the connection
}

Result<std::unique_ptr<EventStore>> EventStore::Open(const std::string& path, Mode mode) {
  const bool writable = mode == Mode::kReadWrite;
  std::error_code ec;
  if (!writable && !std::filesystem::exists(path, ec))
    return Status::NotFound(path + ": no event store here (create one with dyad ingest, or pass --db)");
  auto db = Database::Open(path, writable, !writable);
  if (!db.ok()) return db.status();
  DYAD_RETURN_IF_ERROR(PrepareSchema(**db, writable));
  std::unique_ptr<EventStore> store(new EventStore);
  store->db_ = std::move(db.value());
  Database& d = *store->db_;
  if (writable) {
    // WAL: readers never block the writer; NORMAL sync: a killed process loses nothing committed.
    DYAD_RETURN_IF_ERROR(d.Exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"));
  }
  // Memory-mapped reads: a filtered query that visits rows all over a large events table
  // costs a page-cache copy per row without it (about 2x slower at 10 million events).
  DYAD_RETURN_IF_ERROR(d.Exec("PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY; PRAGMA mmap_size = 2147418112;"));
  if (!writable) return store;

  // Statement has no default constructor: build the set from prepared statements.
  const char* sql[] = {
      "SELECT 1 FROM articles WHERE doc_key = ?",
      "SELECT doc_key FROM articles WHERE article_id = ?",
      "INSERT INTO articles VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
      "SELECT date, date_precision, source_code, target_code, cameo, location_name, location_country "
      "FROM events WHERE event_id = ?",
      "INSERT INTO events VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, "
      "?17, ?18, ?19, ?20, ?21, ?22, ?23, 0, 0, 0, 0, ?24, ?24, ?25)",
      "INSERT OR IGNORE INTO mentions VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, "
      "?15, ?16, ?17, ?18)",
      "INSERT INTO mentions_fts(rowid, text) VALUES(?, ?)",
      "SELECT 1 FROM mentions m JOIN articles a ON a.article_id = m.article_id "
      "WHERE m.event_id = ?1 AND a.source = ?2 AND m.article_id != ?3 LIMIT 1",
      "UPDATE events SET num_mentions = num_mentions + ?2, num_articles = num_articles + 1, "
      "num_sources = num_sources + ?3, first_seen = min(first_seen, ?4), last_seen = max(last_seen, ?4), "
      "is_root = max(is_root, ?5) WHERE event_id = ?1",
      // Roll-ups: ?2 = 1 when the event is new (one more event), ?3 = mentions added.
      "INSERT INTO dyad_days SELECT source_country, target_country, day, quad_class, ?2, ?3, "
      "?2 * CAST(round(goldstein * 10) AS INTEGER) FROM events WHERE event_id = ?1 "
      "ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions, "
      "goldstein_tenths = goldstein_tenths + excluded.goldstein_tenths",
      "INSERT INTO country_days SELECT source_country, day, quad_class, ?2, ?3, "
      "?2 * CAST(round(goldstein * 10) AS INTEGER) FROM events WHERE event_id = ?1 AND source_country != '' "
      "ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions, "
      "goldstein_tenths = goldstein_tenths + excluded.goldstein_tenths",
      "INSERT INTO country_days SELECT target_country, day, quad_class, ?2, ?3, "
      "?2 * CAST(round(goldstein * 10) AS INTEGER) FROM events WHERE event_id = ?1 AND target_country != '' "
      "AND target_country != source_country "
      "ON CONFLICT DO UPDATE SET events = events + excluded.events, mentions = mentions + excluded.mentions, "
      "goldstein_tenths = goldstein_tenths + excluded.goldstein_tenths",
  };
  std::vector<Statement> prepared;
  for (const char* s : sql) {
    auto st = d.Prepare(s);
    if (!st.ok()) return st.status();
    prepared.push_back(std::move(st.value()));
  }
  store->st_.reset(new Statements{std::move(prepared[0]), std::move(prepared[1]), std::move(prepared[2]),
                                  std::move(prepared[3]), std::move(prepared[4]), std::move(prepared[5]),
                                  std::move(prepared[6]), std::move(prepared[7]), std::move(prepared[8]),
                                  std::move(prepared[9]), std::move(prepared[10]), std::move(prepared[11])});
  return store;
}

Status EventStore::BeginBatch() {
  if (in_batch_) return Status::Internal(path() + ": a batch is already open");
  DYAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  in_batch_ = true;
  return Status::Ok();
}

Status EventStore::CommitBatch() {
  if (!in_batch_) return Status::Ok();
  in_batch_ = false;
  return db_->Exec("COMMIT");
}

Status EventStore::RollbackBatch() {
  if (!in_batch_) return Status::Ok();
  in_batch_ = false;
  return db_->Exec("ROLLBACK");
}

Result<bool> EventStore::HasArticle(std::string_view key) {
  if (!st_) {
    auto st = db_->Prepare("SELECT 1 FROM articles WHERE doc_key = ?");
    if (!st.ok()) return st.status();
    st->Bind(1, key);
    return st->Step();
  }
  Statement& st = st_->find_article;
  st.Reset();
  st.Bind(1, key);
  auto found = st.Step();
  st.Reset();
  return found;
}

Result<int64_t> EventStore::ResolveEventId(const Document& doc, const Event& e, bool* created) {
  Statement& find = st_->find_event;
  const Date date = e.date.valid() ? e.date : doc.published;
  const std::string precision(PrecisionName(date.precision));
  const std::string target_code = e.has_target ? e.target.code : "";
  const std::string loc_name = e.has_location ? e.location.name : "";
  const std::string loc_country = e.has_location ? e.location.country : "";
  Event keyed = e;
  keyed.date = date;
  int64_t id = PositiveId(EventKey(keyed));
  for (;;) {
    find.Reset();
    find.Bind(1, id);
    auto row = find.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    bool same = find.Int(0) == date.Yyyymmdd() && find.Text(1) == precision && find.Text(2) == e.source.code &&
                find.Text(3) == target_code && find.Text(4) == e.cameo && find.Text(5) == loc_name &&
                find.Text(6) == loc_country;
    find.Reset();
    if (same) {
      *created = false;
      return id;
    }
    id = (id + 1) & kIdMask;  // a hash collision: the next free id
  }
  find.Reset();
  Statement& ins = st_->insert_event;
  ins.Reset();
  ins.Bind(1, id).Bind(2, date.Yyyymmdd()).Bind(3, static_cast<int64_t>(date.DaysSinceEpoch())).Bind(4, precision);
  ins.Bind(5, e.source.code).Bind(6, e.source.country).Bind(7, e.source.role).Bind(8, ActorName(doc, e.source));
  if (e.has_target) {
    ins.Bind(9, e.target.code).Bind(10, e.target.country).Bind(11, e.target.role).Bind(12, ActorName(doc, e.target));
  } else {
    ins.Bind(9, "").Bind(10, "").Bind(11, "").Bind(12, "");
  }
  ins.Bind(13, e.has_target ? 1 : 0).Bind(14, e.cameo).Bind(15, e.root).Bind(16, e.quad_class);
  ins.Bind(17, e.goldstein).Bind(18, e.plover).Bind(19, loc_name).Bind(20, loc_country);
  ins.Bind(21, e.has_location ? e.location.precision : "");
  if (e.has_location) ins.Bind(22, e.location.lat).Bind(23, e.location.lon);
  else ins.BindNull(22).BindNull(23);
  ins.Bind(24, doc.published.Yyyymmdd()).Bind(25, doc.url.empty() ? doc.id : doc.url);
  DYAD_RETURN_IF_ERROR(ins.Run());
  *created = true;
  return id;
}

Result<AddResult> EventStore::AddArticle(const Document& doc) {
  if (!st_) return Status::Internal(path() + ": the store is open read-only");
  if (!in_batch_) return Status::Internal(path() + ": AddArticle outside a batch");
  AddResult result;
  const std::string key = ArticleKey(doc);
  auto exists = HasArticle(key);
  if (!exists.ok()) return exists.status();
  if (*exists) return result;

  int64_t article_id = PositiveId("article|" + key);
  for (Statement& at = st_->article_at;;) {
    at.Reset();
    at.Bind(1, article_id);
    auto row = at.Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    article_id = (article_id + 1) & kIdMask;
  }
  st_->article_at.Reset();
  const std::string source = SourceOf(doc);
  size_t kept_events = 0;
  for (const Event& e : doc.events) kept_events += e.negated ? 0 : 1;
  Statement& art = st_->insert_article;
  art.Reset();
  art.Bind(1, article_id).Bind(2, key).Bind(3, Hex64(Fnv1a64(doc.text))).Bind(4, doc.published.Yyyymmdd());
  art.Bind(5, doc.url).Bind(6, doc.outlet).Bind(7, source).Bind(8, doc.title);
  art.Bind(9, static_cast<int64_t>(output::CharOffset(doc.text, static_cast<uint32_t>(doc.text.size()))));
  art.Bind(10, static_cast<int64_t>(doc.sentences.size())).Bind(11, static_cast<int64_t>(kept_events));
  DYAD_RETURN_IF_ERROR(art.Run());
  result.added = true;

  // Touched events in first-mention order, with the mentions added and whether one is a lead.
  struct Touch {
    int64_t event_id;
    int mentions;
    bool root;
    bool created;
  };
  std::vector<Touch> touched;
  for (const Event& e : doc.events) {
    if (e.negated) continue;  // a negated event did not happen: it is no event row
    if (e.sentence >= doc.sentences.size())
      return Status::Invalid(doc.origin + ": event refers to sentence " + std::to_string(e.sentence) +
                             " of " + std::to_string(doc.sentences.size()));
    bool created = false;
    auto event_id = ResolveEventId(doc, e, &created);
    if (!event_id.ok()) return event_id.status();
    result.new_events += created ? 1 : 0;
    const Sentence& s = doc.sentences[e.sentence];
    const std::string_view text = doc.SentenceText(s);
    const int64_t mention_id = static_cast<int64_t>(std::stoull(output::EventId(doc, e), nullptr, 16));
    Statement& m = st_->insert_mention;
    m.Reset();
    m.Bind(1, mention_id).Bind(2, *event_id).Bind(3, article_id).Bind(4, static_cast<int64_t>(e.sentence));
    m.Bind(5, static_cast<int64_t>(output::CharOffset(doc.text, s.span.begin))).Bind(6, text);
    BindOffsets(m, 7, text, s.span.begin, e.verb);
    BindOffsets(m, 9, text, s.span.begin, e.source.span);
    BindOffsets(m, 11, text, s.span.begin, e.has_target ? e.target.span : Span{});
    m.Bind(13, doc.View(e.source.span)).Bind(14, e.has_target ? doc.View(e.target.span) : "");
    m.Bind(15, e.source.name).Bind(16, e.has_target ? e.target.name : "").Bind(17, e.pattern).Bind(18, 0);
    DYAD_RETURN_IF_ERROR(m.Run());
    if (db_->Changes() == 0) continue;  // the same mention twice in one article: counted once
    Statement& fts = st_->insert_fts;
    fts.Reset();
    fts.Bind(1, mention_id).Bind(2, text);
    DYAD_RETURN_IF_ERROR(fts.Run());
    ++result.mentions;
    auto it = std::find_if(touched.begin(), touched.end(), [&](const Touch& t) { return t.event_id == *event_id; });
    if (it == touched.end()) touched.push_back({*event_id, 1, e.sentence == 0, created});
    else ++it->mentions, it->root = it->root || e.sentence == 0;
  }
  for (const Touch& t : touched) {
    Statement& other = st_->other_source;
    other.Reset();
    other.Bind(1, t.event_id).Bind(2, source).Bind(3, article_id);
    auto seen = other.Step();
    other.Reset();
    if (!seen.ok()) return seen.status();
    Statement& up = st_->update_event;
    up.Reset();
    up.Bind(1, t.event_id).Bind(2, t.mentions).Bind(3, *seen ? 0 : 1).Bind(4, doc.published.Yyyymmdd());
    up.Bind(5, t.root ? 1 : 0);
    DYAD_RETURN_IF_ERROR(up.Run());
    for (Statement* roll : {&st_->roll_dyad, &st_->roll_source, &st_->roll_target}) {
      roll->Reset();
      roll->Bind(1, t.event_id).Bind(2, t.created ? 1 : 0).Bind(3, t.mentions);
      DYAD_RETURN_IF_ERROR(roll->Run());
    }
  }
  return result;
}

Result<std::vector<uint64_t>> EventStore::ArticleKeyHashes() {
  auto st = db_->Prepare("SELECT doc_key FROM articles");
  if (!st.ok()) return st.status();
  std::vector<uint64_t> hashes;
  for (;;) {
    auto row = st->Step();
    if (!row.ok()) return row.status();
    if (!*row) break;
    hashes.push_back(Fnv1a64(st->Text(0)));
  }
  std::sort(hashes.begin(), hashes.end());
  return hashes;
}

Result<StoreCounts> EventStore::Counts() {
  auto st = db_->Prepare(
      "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM mentions), (SELECT count(*) FROM events)");
  if (!st.ok()) return st.status();
  auto row = st->Step();
  if (!row.ok()) return row.status();
  return StoreCounts{st->Int(0), st->Int(1), st->Int(2)};
}

}  // namespace dyad::store
