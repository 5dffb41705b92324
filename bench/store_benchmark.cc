// Event store benchmarks: `dyad series` and `dyad query` over a generated store of 10 million
// events (built once, then cached beside this executable as store_bench_10m.db), and the rate
// at which coded articles are added. Country codes are synthetic ("C00", "C01", ...) drawn with
// Zipf-like weights so a few dyads are busy, as in news; C00:C01 is the busiest pair.
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <random>

#include "store/event_query.h"
#include "store/event_store.h"

namespace dyad::store {
namespace {

constexpr int64_t kEvents = 10'000'000;
constexpr int kCountries = 200;
constexpr int kDays = 3650;  // ten years from 2015-01-01

std::string ExeDir() {
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  return ec ? "." : exe.parent_path().string();
}

std::string Country(int i) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "C%02d", i);
  return buf;
}

// Fills the events table directly (no articles or mentions: series and query read events only),
// with the indexes dropped during the load and rebuilt after, which is much faster.
Status Generate(const std::string& path) {
  std::filesystem::remove(path);
  auto opened = EventStore::Open(path, EventStore::Mode::kReadWrite);
  if (!opened.ok()) return opened.status();
  Database& db = (*opened)->db();
  std::vector<std::string> index_sql;
  {
    auto st = db.Prepare("SELECT sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'events' AND sql IS NOT NULL");
    if (!st.ok()) return st.status();
    while (st->Step().value()) index_sql.emplace_back(st->Text(0));
  }
  // Load as a version-1 store (no roll-ups); opening it read-write afterwards runs the
  // version-2 migration, which builds the roll-ups from the events in one pass.
  DYAD_RETURN_IF_ERROR(db.Exec("DROP TABLE dyad_days; DROP TABLE country_days; PRAGMA user_version = 1;"));
  DYAD_RETURN_IF_ERROR(db.Exec("DROP INDEX events_dyad; DROP INDEX events_target; DROP INDEX events_source_code; "
                               "DROP INDEX events_target_code; DROP INDEX events_day; PRAGMA synchronous = OFF; "
                               "PRAGMA journal_mode = OFF;"));
  std::vector<double> weights(kCountries);
  for (int i = 0; i < kCountries; ++i) weights[i] = 1.0 / (i + 1);
  std::mt19937_64 rng(42);
  std::discrete_distribution<int> country(weights.begin(), weights.end());
  std::uniform_int_distribution<int> day(0, kDays - 1), quad(1, 4), cameo(1, 20);
  const char* roles[] = {"", "GOV", "MIL", "OPP", "BUS"};
  const long epoch0 = Date{2015, 1, 1}.DaysSinceEpoch();
  auto ins = db.Prepare(
      "INSERT INTO events VALUES(?1, ?2, ?3, 'day', ?4, ?5, ?6, '', ?7, ?8, ?9, '', 1, ?10, ?11, ?12, ?13, '', "
      "'', '', '', NULL, NULL, 0, ?14, 1, 1, ?2, ?2, '')");
  if (!ins.ok()) return ins.status();
  DYAD_RETURN_IF_ERROR(db.Exec("BEGIN"));
  for (int64_t i = 0; i < kEvents; ++i) {
    std::string s = Country(country(rng)), t = Country(country(rng));
    std::string sr = roles[rng() % 5], tr = roles[rng() % 5];
    Date d = Date::FromDaysSinceEpoch(epoch0 + day(rng));
    int q = quad(rng), c = cameo(rng);
    char code[8];
    std::snprintf(code, sizeof code, "%02d%d", c, static_cast<int>(rng() % 10));
    ins->Reset();
    ins->Bind(1, i + 1).Bind(2, d.Yyyymmdd()).Bind(3, static_cast<int64_t>(d.DaysSinceEpoch()));
    ins->Bind(4, s + sr).Bind(5, s).Bind(6, sr).Bind(7, t + tr).Bind(8, t).Bind(9, tr);
    ins->Bind(10, std::string(code)).Bind(11, std::string(code, 2)).Bind(12, q);
    ins->Bind(13, q <= 2 ? c / 3.0 : -c / 2.0).Bind(14, static_cast<int64_t>(1 + rng() % 5));
    DYAD_RETURN_IF_ERROR(ins->Run());
  }
  DYAD_RETURN_IF_ERROR(db.Exec("COMMIT"));
  for (const auto& sql : index_sql) DYAD_RETURN_IF_ERROR(db.Exec(sql));
  return db.Exec("ANALYZE; PRAGMA journal_mode = WAL;");
}

EventStore* BigStore(benchmark::State& state) {
  static std::unique_ptr<EventStore> store = [&]() -> std::unique_ptr<EventStore> {
    std::string path = ExeDir() + "/store_bench_10m.db";
    std::string done = path + ".complete";
    if (!std::filesystem::exists(done)) {
      std::fprintf(stderr, "generating %lld events into %s (once; a few minutes)\n",
                   static_cast<long long>(kEvents), path.c_str());
      Status s = Generate(path);
      if (!s.ok()) {
        std::fprintf(stderr, "store_benchmark: %s\n", s.message().c_str());
        return nullptr;
      }
      std::FILE* f = std::fopen(done.c_str(), "w");
      if (f) std::fclose(f);
    }
    {
      auto migrate = EventStore::Open(path, EventStore::Mode::kReadWrite);
      if (!migrate.ok()) {
        std::fprintf(stderr, "store_benchmark: %s\n", migrate.status().message().c_str());
        return nullptr;
      }
    }
    auto st = EventStore::Open(path, EventStore::Mode::kReadOnly);
    return st.ok() ? std::move(st.value()) : nullptr;
  }();
  if (!store) state.SkipWithError("cannot build the 10M-event store");
  return store.get();
}

void RunSeries(benchmark::State& state, EventFilter f, Bucket bucket) {
  EventStore* store = BigStore(state);
  if (!store) return;
  int64_t events = 0;
  for (auto _ : state) {
    auto points = Series(*store, f, bucket);
    if (!points.ok()) {
      state.SkipWithError(points.status().message().c_str());
      return;
    }
    events = 0;
    for (const auto& p : *points) events += p.events;
    benchmark::DoNotOptimize(points);
  }
  state.counters["events_in_series"] = static_cast<double>(events);
}

void BM_SeriesDyadMonth(benchmark::State& state) {
  EventFilter f;
  f.dyad_source = Country(0), f.dyad_target = Country(1);
  RunSeries(state, f, Bucket::kMonth);
}
BENCHMARK(BM_SeriesDyadMonth)->Unit(benchmark::kMillisecond);

void BM_SeriesDyadEitherWeek(benchmark::State& state) {
  EventFilter f;
  f.dyad_source = Country(0), f.dyad_target = Country(1), f.either_direction = true;
  RunSeries(state, f, Bucket::kWeek);
}
BENCHMARK(BM_SeriesDyadEitherWeek)->Unit(benchmark::kMillisecond);

void BM_SeriesDyadEitherDayOneYear(benchmark::State& state) {
  EventFilter f;
  f.dyad_source = Country(0), f.dyad_target = Country(1), f.either_direction = true;
  f.from = Date{2020, 1, 1}, f.to = Date{2020, 12, 31};
  RunSeries(state, f, Bucket::kDay);
}
BENCHMARK(BM_SeriesDyadEitherDayOneYear)->Unit(benchmark::kMillisecond);

void BM_SeriesQuietDyadMonth(benchmark::State& state) {
  EventFilter f;
  f.dyad_source = Country(40), f.dyad_target = Country(90), f.either_direction = true;
  RunSeries(state, f, Bucket::kMonth);
}
BENCHMARK(BM_SeriesQuietDyadMonth)->Unit(benchmark::kMillisecond);

// The same busiest-dyad series answered from the events table (what a series with a CAMEO or
// role filter costs, and what the roll-ups save).
void BM_SeriesDyadEitherWeekFromEvents(benchmark::State& state) {
  EventStore* store = BigStore(state);
  if (!store) return;
  EventFilter f;
  f.dyad_source = Country(0), f.dyad_target = Country(1), f.either_direction = true;
  for (auto _ : state) {
    auto points = SeriesFromEvents(*store, f, Bucket::kWeek);
    benchmark::DoNotOptimize(points);
  }
}
BENCHMARK(BM_SeriesDyadEitherWeekFromEvents)->Unit(benchmark::kMillisecond);

void BM_SeriesDyadProtestsFromEvents(benchmark::State& state) {
  EventFilter f;
  f.dyad_source = Country(0), f.dyad_target = Country(1), f.either_direction = true, f.cameo = {"14"};
  RunSeries(state, f, Bucket::kMonth);
}
BENCHMARK(BM_SeriesDyadProtestsFromEvents)->Unit(benchmark::kMillisecond);

void BM_SeriesBusiestCountryMonth(benchmark::State& state) {
  EventFilter f;
  f.country = Country(0);
  RunSeries(state, f, Bucket::kMonth);
}
BENCHMARK(BM_SeriesBusiestCountryMonth)->Unit(benchmark::kMillisecond);

void BM_QueryDyadFirst100(benchmark::State& state) {
  EventStore* store = BigStore(state);
  if (!store) return;
  EventFilter f;
  f.dyad_source = Country(0), f.dyad_target = Country(1), f.limit = 100;
  f.from = Date{2022, 3, 1};
  for (auto _ : state) {
    int n = 0;
    Status s = QueryEvents(*store, f, [&](const EventRow&) { return ++n, true; });
    benchmark::DoNotOptimize(n);
    if (!s.ok()) state.SkipWithError(s.message().c_str());
  }
}
BENCHMARK(BM_QueryDyadFirst100)->Unit(benchmark::kMillisecond);

// Adding coded articles (3 events each, half of them repeats) in batches of 1000.
void BM_AddArticles(benchmark::State& state) {
  std::string path = ExeDir() + "/store_bench_add.db";
  std::filesystem::remove(path);
  std::filesystem::remove(path + "-wal");
  auto opened = EventStore::Open(path, EventStore::Mode::kReadWrite);
  if (!opened.ok()) {
    state.SkipWithError(opened.status().message().c_str());
    return;
  }
  EventStore& store = **opened;
  int64_t n = 0;
  std::mt19937 rng(7);
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Document> docs(1000);
    for (auto& d : docs) {
      d.id = "bench-" + std::to_string(n++);
      d.published = Date{2023, 1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28)};
      d.outlet = "outlet" + std::to_string(rng() % 50);
      d.text = "The minister met the delegation. Troops moved to the border. Talks resumed today.";
      d.sentences = {{{0, 32}}, {{33, 62}}, {{63, static_cast<uint32_t>(d.text.size())}}};
      for (uint32_t s = 0; s < 3; ++s) {
        Event e;
        e.sentence = s;
        e.source.code = Country(rng() % 20), e.source.country = e.source.code, e.source.span = d.sentences[s].span;
        e.target.code = Country(rng() % 20), e.target.country = e.target.code;
        e.cameo = "0" + std::to_string(1 + rng() % 9) + "0";
        e.root = e.cameo.substr(0, 2), e.quad_class = 1, e.date = d.published;
        d.events.push_back(e);
      }
    }
    state.ResumeTiming();
    if (!store.BeginBatch().ok()) return state.SkipWithError("begin failed");
    for (const auto& d : docs)
      if (!store.AddArticle(d).ok()) return state.SkipWithError("add failed");
    if (!store.CommitBatch().ok()) return state.SkipWithError("commit failed");
  }
  state.SetItemsProcessed(state.iterations() * 1000);
  state.counters["articles/s"] = benchmark::Counter(static_cast<double>(state.iterations() * 1000),
                                                    benchmark::Counter::kIsRate);
}
BENCHMARK(BM_AddArticles)->Unit(benchmark::kMillisecond)->Iterations(20);

}  // namespace
}  // namespace dyad::store

BENCHMARK_MAIN();
