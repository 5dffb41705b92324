// dyad ingest / query / series / export: the event store from the command line.
#include <unistd.h>

#include <cstdio>
#include <memory>

#include <fmt/core.h>

#include "batch/batch_runner.h"
#include "coder/pipeline.h"
#include "commands.h"
#include "store/event_export.h"
#include "store/event_query.h"
#include "store/event_store.h"
#include "store/ingest.h"

namespace dyad::cli {
namespace {

struct StoreArgs {
  std::string db = "dyad.db", output = "-", format, by = "month";
  // ingest
  std::vector<std::string> inputs;
  std::string date, kb, model, input_format;
  size_t max_article_bytes = 16u << 20, batch_articles = 1000;
  int threads = 0;
  bool stats = false, quiet = false;
  // query, series, export
  std::string actor, dyad, country, role, place, text, from, to;
  std::vector<std::string> cameo;
  int quad = 0;
  bool either = false;
  int64_t limit = 100;
};

// Writes to a file or standard output; closes what it opened.
bool ParseDateArg(const std::string& text, const char* flag, std::optional<Date>* out) {
  if (text.empty()) return true;
  *out = ParseIsoDate(text);
  if (!*out) fmt::print(stderr, "dyad: {} expects a date YYYY-MM-DD (or YYYY-MM, YYYY), got '{}'\n", flag, text);
  return out->has_value();
}

Result<std::unique_ptr<store::EventStore>> OpenStore(const StoreArgs& a, bool writable) {
  return store::EventStore::Open(a.db, writable ? store::EventStore::Mode::kReadWrite
                                                : store::EventStore::Mode::kReadOnly);
}

std::string Megabytes(size_t bytes) { return fmt::format("{:.1f} MB", bytes / 1e6); }

int RunIngest(const StoreArgs& a) {
  store::IngestOptions o;
  o.inputs = a.inputs;
  o.read.max_article_bytes = a.max_article_bytes;
  o.read.format = a.input_format;
  if (!a.date.empty()) {
    o.read.date = ParseIsoDate(a.date);
    if (!o.read.date || o.read.date->precision != DatePrecision::kDay) {
      fmt::print(stderr, "dyad: --date expects YYYY-MM-DD, got '{}'\n", a.date);
      return kUsage;
    }
  }
  o.batch.threads = a.threads;
  o.batch_articles = a.batch_articles > 0 ? a.batch_articles : 1;
  auto st = OpenStore(a, true);
  if (!st.ok()) {
    fmt::print(stderr, "dyad: {}\n", st.status().message());
    return st.status().code() == StatusCode::kInvalidInput ? kUsage : kInternal;
  }
  auto pipeline = StartPipeline(a.kb, a.model);
  if (!pipeline) return kInternal;
  const bool progress = !a.quiet && isatty(fileno(stderr));
  if (progress) {
    o.on_progress = [](const store::IngestProgress& p) {
      double rate = p.seconds > 0 ? p.articles / p.seconds : 0;
      std::string eta = "?";
      if (p.bytes_total > 0 && p.bytes_done > 0 && p.bytes_done < p.bytes_total)
        eta = fmt::format("{:.0f}s", p.seconds * (p.bytes_total - p.bytes_done) / p.bytes_done);
      fmt::print(stderr, "\r\033[K{} articles ({:.0f}/s), {} events, {} of {}, ETA {}", p.articles, rate,
                 p.mentions, Megabytes(p.bytes_done), Megabytes(p.bytes_total), eta);
    };
  }
  size_t rejected = 0;
  o.on_reject = [&](const text::Rejection& r) {
    ++rejected;
    if (progress) fmt::print(stderr, "\r\033[K");
    fmt::print(stderr, "dyad: rejected {}\n", r.reason);
  };
  const Pipeline& pl = *pipeline;
  store::IngestSummary summary;
  Status s = store::Ingest(**st, [&pl](Document& doc) { return pl.Process(doc); }, o, &summary);
  const auto& p = summary.progress;
  if (progress) fmt::print(stderr, "\r\033[K");
  if (!a.quiet)
    fmt::print(stderr,
               "dyad: {} articles read, {} stored, {} already stored, {} rejected; {} mentions, {} new events; "
               "{:.1f}s ({:.0f} articles/s)\n",
               p.articles, p.added, p.skipped, p.rejected, p.mentions, p.new_events, p.seconds,
               p.seconds > 0 ? p.articles / p.seconds : 0.0);
  if (a.stats)
    fmt::print(stderr,
               "{{\"articles\":{},\"sentences\":{},\"events\":{},\"rejected\":{},\"seconds\":{:.3f},"
               "\"peak_rss_bytes\":{},\"stored\":{},\"skipped\":{}}}\n",
               summary.stats.articles, summary.stats.sentences, summary.stats.events, p.rejected,
               summary.stats.seconds, summary.stats.peak_rss_bytes, p.added, p.skipped);
  if (!s.ok()) {
    fmt::print(stderr, "dyad: {}\n", s.message());
    return kInternal;
  }
  return rejected > 0 ? kRejected : kOk;
}

bool BuildFilter(const StoreArgs& a, store::EventFilter* f) {
  f->actor = a.actor, f->country = a.country, f->role = a.role, f->cameo = a.cameo;
  f->quad_class = a.quad, f->place = a.place, f->text = a.text, f->either_direction = a.either;
  f->limit = a.limit;
  if (!a.dyad.empty()) {
    if (Status s = store::ParseDyad(a.dyad, f); !s.ok()) {
      fmt::print(stderr, "dyad: {}\n", s.message());
      return false;
    }
  }
  return ParseDateArg(a.from, "--from", &f->from) && ParseDateArg(a.to, "--to", &f->to);
}

std::string Clip(std::string_view s, size_t n) {
  std::string out;
  size_t chars = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && ++chars > n) return out + "...";
    out += s[i] == '\n' ? ' ' : s[i];
  }
  return out;
}

int RunQuery(const StoreArgs& a) {
  store::EventFilter f;
  if (!BuildFilter(a, &f)) return kUsage;
  auto st = OpenStore(a, false);
  if (!st.ok()) {
    fmt::print(stderr, "dyad: {}\n", st.status().message());
    return kUsage;
  }
  OutputFile out;
  if (!out.Open(a.output)) {
    fmt::print(stderr, "dyad: {}: cannot write the output file\n", a.output);
    return kUsage;
  }
  const std::string format = a.format.empty() ? "table" : a.format;
  std::string buf = format == "csv" ? store::EventCsvHeader()
                    : format == "table"
                        ? fmt::format("{:<10} {:<12} {:<12} {:<5} {:>2} {:>5} {:>4} {:<16} {}\n", "date", "source",
                                      "target", "cameo", "qc", "gold", "ment", "place", "text")
                        : "";
  Status failed;
  Status s = store::QueryEvents(**st, f, [&](const store::EventRow& e) {
    if (format == "jsonl") store::AppendEventJson(e, buf);
    else if (format == "csv") store::AppendEventCsv(e, buf);
    else
      buf += fmt::format("{:<10} {:<12} {:<12} {:<5} {:>2} {:>5.1f} {:>4} {:<16} {}\n", e.date.Iso(), e.source_code,
                         e.target_code, e.cameo, e.quad_class, e.goldstein, e.num_mentions,
                         Clip(e.location.name, 16), Clip(e.example, 80));
    if (buf.size() < (1 << 16)) return true;
    failed = out.Write(buf);
    buf.clear();
    return failed.ok();
  });
  if (s.ok()) s = failed;
  if (s.ok()) s = out.Write(buf);
  if (!s.ok()) {
    fmt::print(stderr, "dyad: {}\n", s.message());
    return kInternal;
  }
  return kOk;
}

int RunSeries(const StoreArgs& a) {
  store::EventFilter f;
  if (!BuildFilter(a, &f)) return kUsage;
  auto bucket = store::ParseBucket(a.by);
  if (!bucket.ok()) {
    fmt::print(stderr, "dyad: {}\n", bucket.status().message());
    return kUsage;
  }
  auto st = OpenStore(a, false);
  if (!st.ok()) {
    fmt::print(stderr, "dyad: {}\n", st.status().message());
    return kUsage;
  }
  auto points = store::Series(**st, f, *bucket);
  if (!points.ok()) {
    fmt::print(stderr, "dyad: {}\n", points.status().message());
    return points.status().code() == StatusCode::kInvalidInput ? kUsage : kInternal;
  }
  OutputFile out;
  if (!out.Open(a.output)) {
    fmt::print(stderr, "dyad: {}: cannot write the output file\n", a.output);
    return kUsage;
  }
  const std::string format = a.format.empty() ? "table" : a.format;
  std::string buf;
  if (format == "csv") buf = "start,quad_class,events,mentions,goldstein_sum,goldstein_mean\n";
  if (format == "table")
    buf = fmt::format("{:<10} {:>4} {:>8} {:>9} {:>12} {:>8}\n", "start", "quad", "events", "mentions", "goldstein",
                      "mean");
  for (const auto& p : *points) {
    if (format == "csv")
      buf += fmt::format("{},{},{},{},{:.1f},{:.3f}\n", p.start.Iso(), p.quad_class, p.events, p.mentions,
                         p.goldstein_sum, p.goldstein_mean());
    else if (format == "jsonl")
      buf += fmt::format("{{\"start\":\"{}\",\"quad_class\":{},\"events\":{},\"mentions\":{},\"goldstein_sum\":{:.1f},"
                         "\"goldstein_mean\":{:.3f}}}\n",
                         p.start.Iso(), p.quad_class, p.events, p.mentions, p.goldstein_sum, p.goldstein_mean());
    else
      buf += fmt::format("{:<10} {:>4} {:>8} {:>9} {:>12.1f} {:>8.2f}\n", p.start.Iso(), p.quad_class, p.events,
                         p.mentions, p.goldstein_sum, p.goldstein_mean());
  }
  if (Status s = out.Write(buf); !s.ok()) {
    fmt::print(stderr, "dyad: {}\n", s.message());
    return kInternal;
  }
  return kOk;
}

int RunExport(const StoreArgs& a) {
  store::ExportOptions o;
  o.format = a.format.empty() ? "jsonl" : a.format;
  if (!ParseDateArg(a.from, "--from", &o.from) || !ParseDateArg(a.to, "--to", &o.to)) return kUsage;
  auto st = OpenStore(a, false);
  if (!st.ok()) {
    fmt::print(stderr, "dyad: {}\n", st.status().message());
    return kUsage;
  }
  OutputFile out;
  if (!out.Open(a.output)) {
    fmt::print(stderr, "dyad: {}: cannot write the output file\n", a.output);
    return kUsage;
  }
  Status s = store::Export(**st, o, [&out](std::string_view chunk) { return out.Write(chunk); });
  if (!s.ok()) {
    fmt::print(stderr, "dyad: {}\n", s.message());
    return s.code() == StatusCode::kInvalidInput ? kUsage : kInternal;
  }
  return kOk;
}

void AddFilterOptions(CLI::App* cmd, StoreArgs* a) {
  cmd->add_option("--actor", a->actor, "either actor: a country (USA) or an actor-code prefix (USAGOV)");
  cmd->add_option("--dyad", a->dyad, "source:target, each a country or actor-code prefix (USA:CHN)");
  cmd->add_flag("--either", a->either, "match the dyad in both directions");
  cmd->add_option("--country", a->country, "either actor's country (ISO 3166-1 alpha-3)");
  cmd->add_option("--cameo", a->cameo, "CAMEO code or root, a prefix (03, 036); repeatable");
  cmd->add_option("--quad", a->quad, "QuadClass 1-4")->check(CLI::Range(1, 4));
  cmd->add_option("--from", a->from, "first date (YYYY-MM-DD, YYYY-MM or YYYY), inclusive");
  cmd->add_option("--to", a->to, "last date, inclusive");
}

}  // namespace

void AddStoreCommands(CLI::App& app, Context& ctx) {
  auto a = std::make_shared<StoreArgs>();
  auto db = [a](CLI::App* cmd) { cmd->add_option("--db", a->db, "the store file (default dyad.db)"); };

  auto* ingest = app.add_subcommand("ingest", "code articles and add their events to the store");
  db(ingest);
  ingest->add_option("inputs", a->inputs, "files (.txt .jsonl .html, optionally .gz/.zst), directories, or - for JSONL on stdin")
      ->required();
  ingest->add_option("--date", a->date, "publication date YYYY-MM-DD for .txt/.html files without one in the name");
  ingest->add_option("--input-format", a->input_format, "read every input as this format")
      ->check(CLI::IsMember({"txt", "jsonl", "html"}));
  ingest->add_option("--max-article-bytes", a->max_article_bytes, "reject articles larger than this (default 16 MiB)");
  ingest->add_option("--kb", a->kb, "compiled knowledge base (default: the bundled one)");
  ingest->add_option("--model", a->model, "NLP model file (default: the bundled one)");
  ingest->add_option("-j,--threads", a->threads, "worker threads (default: all cores)");
  ingest->add_option("--batch-articles", a->batch_articles, "articles per transaction (default 1000)");
  ingest->add_flag("--stats", a->stats, "print one JSON line of counts, time and peak memory to stderr at the end");
  ingest->add_flag("-q,--quiet", a->quiet, "no progress line and no summary");
  ingest->callback([a, &ctx] { ctx.exit_code = RunIngest(*a); });

  auto* query = app.add_subcommand("query", "list stored events matching filters");
  db(query);
  AddFilterOptions(query, a.get());
  query->add_option("--role", a->role, "either actor's role code (GOV, MIL, ...)");
  query->add_option("--place", a->place, "location name or country code");
  query->add_option("--text", a->text, "full-text search in the evidence sentences (SQLite FTS5 syntax)");
  query->add_option("--limit", a->limit, "at most this many events (default 100; -1 for all)");
  query->add_option("--format", a->format, "table (default), jsonl or csv")->check(CLI::IsMember({"table", "jsonl", "csv"}));
  query->add_option("-o,--output", a->output, "output file (default: standard output)");
  query->callback([a, &ctx] { ctx.exit_code = RunQuery(*a); });

  auto* series = app.add_subcommand("series", "event counts and Goldstein sums per day, week or month, by QuadClass");
  db(series);
  AddFilterOptions(series, a.get());
  series->add_option("--by", a->by, "day, week or month (default month)");
  series->add_option("--format", a->format, "table (default), csv or jsonl")->check(CLI::IsMember({"table", "jsonl", "csv"}));
  series->add_option("-o,--output", a->output, "output file (default: standard output)");
  series->callback([a, &ctx] { ctx.exit_code = RunSeries(*a); });

  auto* exp = app.add_subcommand("export", "write stored events as GDELT 2.0 tables, JSONL or CSV");
  db(exp);
  exp->add_option("--format", a->format, "gdelt-events, gdelt-mentions, jsonl (default) or csv")
      ->check(CLI::IsMember({"gdelt-events", "gdelt-mentions", "jsonl", "csv"}));
  exp->add_option("--from", a->from, "first event date, inclusive");
  exp->add_option("--to", a->to, "last event date, inclusive");
  exp->add_option("-o,--output", a->output, "output file (default: standard output)");
  exp->callback([a, &ctx] { ctx.exit_code = RunExport(*a); });
}

}  // namespace dyad::cli
