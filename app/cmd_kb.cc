// dyad kb build|lint|stats|lookup|import-petrarch: compile, check and query the knowledge base.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "base/paths.h"
#include "commands.h"
#include "kb/binary_format.h"
#include "kb/kb_compiler.h"
#include "kb/kb_stats.h"
#include "kb/knowledge_base.h"
#include "kb/petrarch_import.h"

namespace dyad::cli {
namespace {

namespace fs = std::filesystem;
using namespace dyad::kb;

struct KbArgs {
  std::string data_dir;     // sources; DataDir() when empty
  std::string kb_path;      // a compiled KB; the default when empty
  std::string out;
  std::string gazetteer;
  std::string phrase, date;  // lookup
  std::string import_dir;
  std::string compile;
  bool allow_errors = false;
  bool json = false;
};

std::string DataDirOr(const std::string& d) { return d.empty() ? DataDir() : d; }

// Compiles and lints the sources; prints errors; returns nullptr when they stop the build.
std::unique_ptr<KbData> CompileAndLint(const std::string& data_dir, const std::string& gazetteer,
                                       bool allow_errors, SourceReport& report, Context& ctx) {
  CompileOptions options = DefaultCompileOptions(data_dir);
  if (!gazetteer.empty()) options.gazetteer_tsv = gazetteer;
  auto data = CompileSources(options, report);
  if (!data.ok()) {
    fmt::print(stderr, "dyad kb: {}\n", data.status().message());
    ctx.exit_code = kRejected;
    return nullptr;
  }
  LintData(*data.value(), report);
  for (const SourceError& e : report.errors) fmt::print(stderr, "{}\n", e.Text());
  if (!report.errors.empty() && !allow_errors) {
    fmt::print(stderr, "dyad kb: {} errors; nothing written (--allow-errors skips them)\n",
               report.errors.size());
    ctx.exit_code = kRejected;
    return nullptr;
  }
  return std::move(data).value();
}

void RunBuild(const KbArgs& a, Context& ctx) {
  SourceReport report;
  auto data = CompileAndLint(DataDirOr(a.data_dir), a.gazetteer, a.allow_errors, report, ctx);
  if (!data) return;
  std::string out = a.out.empty() ? DefaultCompiledPath() : a.out;
  auto kb = KnowledgeBase::FromData(std::make_unique<KbData>(*data));  // self-tests
  if (!kb.ok()) {
    fmt::print(stderr, "dyad kb build: {}\n", kb.status().message());
    ctx.exit_code = kRejected;
    return;
  }
  std::error_code ec;
  fs::create_directories(fs::path(out).parent_path(), ec);
  Status st = WriteKbFile(*data, out);
  if (!st.ok()) {
    fmt::print(stderr, "dyad kb build: {}\n", st.message());
    ctx.exit_code = kInternal;
    return;
  }
  KbStats s = ComputeStats(*data);
  fmt::print("wrote {} ({} files, {} lines, {} errors skipped): {} persons, {} actors, {} agents, "
             "{} verb patterns, {} places\n",
             out, report.files, report.lines, report.errors.size(), s.counts["persons"],
             s.counts["actors"], s.counts["agents"], s.counts["verb_patterns"], s.counts["places"]);
}

void RunLint(const KbArgs& a, Context& ctx) {
  SourceReport report;
  CompileOptions options = DefaultCompileOptions(DataDirOr(a.data_dir));
  if (!a.gazetteer.empty()) options.gazetteer_tsv = a.gazetteer;
  auto data = CompileSources(options, report);
  if (!data.ok()) {
    fmt::print(stderr, "dyad kb lint: {}\n", data.status().message());
    ctx.exit_code = kRejected;
    return;
  }
  LintData(*data.value(), report);
  if (report.errors.empty()) {
    auto kb = KnowledgeBase::FromData(std::move(data).value());
    if (!kb.ok()) report.errors.push_back({"kb/selftest.txt", 0, kb.status().message()});
  }
  for (const SourceError& e : report.errors) fmt::print("error: {}\n", e.Text());
  for (const SourceError& e : report.warnings) fmt::print("warning: {}\n", e.Text());
  fmt::print("{} files, {} lines: {} errors, {} warnings\n", report.files, report.lines,
             report.errors.size(), report.warnings.size());
  if (!report.errors.empty()) ctx.exit_code = kRejected;
}

Result<std::unique_ptr<const KnowledgeBase>> OpenKb(const KbArgs& a) {
  return a.kb_path.empty() ? KnowledgeBase::LoadDefault() : KnowledgeBase::Load(a.kb_path);
}

void RunStats(const KbArgs& a, Context& ctx) {
  auto kb = OpenKb(a);
  if (!kb.ok()) {
    fmt::print(stderr, "dyad kb stats: {}\n", kb.status().message());
    ctx.exit_code = kRejected;
    return;
  }
  KbStats s = ComputeStats(kb.value()->data());
  if (a.json) {
    nlohmann::json j;
    for (const auto& [k, v] : s.counts) j[k] = v;
    j["cameo_codes_missing"] = s.cameo_codes_missing;
    fmt::print("{}\n", j.dump(2));
    return;
  }
  for (const auto& [k, v] : s.counts) fmt::print("{:<22} {}\n", k, v);
  if (!s.cameo_codes_missing.empty()) {
    std::string missing;
    for (const auto& c : s.cameo_codes_missing) missing += " " + c;
    fmt::print("CAMEO codes with no pattern:{}\n", missing);
  }
}

void RunLookup(const KbArgs& a, Context& ctx) {
  Date date;
  if (!a.date.empty()) {
    auto d = ParseIsoDate(a.date);
    if (!d) {
      fmt::print(stderr, "dyad kb lookup: --date expects YYYY-MM-DD, got '{}'\n", a.date);
      ctx.exit_code = kUsage;
      return;
    }
    date = *d;
  }
  auto kb = OpenKb(a);
  if (!kb.ok()) {
    fmt::print(stderr, "dyad kb lookup: {}\n", kb.status().message());
    ctx.exit_code = kRejected;
    return;
  }
  auto matches = kb.value()->Lookup(a.phrase, date);
  auto place = kb.value()->FindPlace(a.phrase, "");
  if (a.json) {
    nlohmann::json j;
    j["text"] = a.phrase;
    j["date"] = date.valid() ? date.Iso() : "";
    j["matches"] = nlohmann::json::array();
    for (const LookupMatch& m : matches)
      j["matches"].push_back({{"code", m.code}, {"name", m.name}, {"kind", m.kind},
                              {"from", m.from}, {"to", m.to}, {"title", m.title},
                              {"file", m.file}, {"line", m.line}});
    if (place)
      j["place"] = {{"name", place->name}, {"country", place->country}, {"lat", place->lat},
                    {"lon", place->lon}, {"precision", place->precision},
                    {"population", place->population}};
    fmt::print("{}\n", j.dump(2));
  } else {
    if (matches.empty()) fmt::print("'{}': no dictionary entry\n", a.phrase);
    for (const LookupMatch& m : matches)
      fmt::print("{:<12} {:<28} {:<18} {}..{} {} ({}:{})\n", m.code, m.name, m.kind, m.from, m.to,
                 m.title, m.file, m.line);
    if (place)
      fmt::print("place: {} ({}) {:.4f},{:.4f} {} pop {}\n", place->name, place->country,
                 place->lat, place->lon, place->precision, place->population);
  }
  if (matches.empty() && !place) ctx.exit_code = kRejected;
}

void RunImport(const KbArgs& a, Context& ctx) {
  std::string ours = DataDir();
  CodeSet codes;
  {
    KbData table;
    SourceReport r;
    auto text = ReadWholeFile(ours + "/cameo/cameo_codes.tsv");
    if (text.ok()) ReadCameoTable(text.value(), "cameo/cameo_codes.tsv", table, r);
    for (const CameoCode& c : table.cameo) codes.insert(c.code);
  }
  auto result = ImportPetrarchDir(a.import_dir, codes);
  if (!result.ok()) {
    fmt::print(stderr, "dyad kb import-petrarch: {}\n", result.status().message());
    ctx.exit_code = kRejected;
    return;
  }
  for (const SourceError& e : result.value().rejected) fmt::print("rejected: {}\n", e.Text());
  for (const auto& [file, c] : result.value().counts)
    fmt::print("{}: {} read, {} written, {} rejected\n", file, c.read, c.written, c.rejected);
  std::string out = a.out;
  if (out.empty() && !a.compile.empty()) out = a.compile + ".sources";
  if (out.empty()) {
    fmt::print("(give --out DIR to write our format, --compile FILE.dkb to build it)\n");
    return;
  }
  std::error_code ec;
  for (const ImportedFile& f : result.value().files) {
    fs::path path = fs::path(out) / f.path;
    fs::create_directories(path.parent_path(), ec);
    std::ofstream o(path, std::ios::binary | std::ios::trunc);
    o << f.text;
    if (!o) {
      fmt::print(stderr, "dyad kb import-petrarch: {}: cannot write\n", path.string());
      ctx.exit_code = kInternal;
      return;
    }
  }
  // A complete data dir: our CAMEO table and empty lists for what PETRARCH has not.
  fs::create_directories(fs::path(out) / "cameo", ec);
  fs::copy_file(ours + "/cameo/cameo_codes.tsv", fs::path(out) / "cameo" / "cameo_codes.tsv",
                fs::copy_options::overwrite_existing, ec);
  for (const char* empty : {"kb/countries.txt", "kb/sites.txt"})
    if (!fs::exists(fs::path(out) / empty)) std::ofstream(fs::path(out) / empty) << "";
  fmt::print("wrote {} files under {}\n", result.value().files.size(), out);
  if (!a.compile.empty()) {
    KbArgs b = a;
    b.data_dir = out;
    b.out = a.compile;
    b.allow_errors = true;
    RunBuild(b, ctx);
  }
}

}  // namespace

void AddKbCommands(CLI::App& app, Context& ctx) {
  auto* kb = app.add_subcommand("kb", "build, check and query the knowledge base");
  kb->require_subcommand(1);
  auto args = std::make_shared<KbArgs>();

  auto* build = kb->add_subcommand("build", "compile data/kb and data/cameo into one binary");
  build->add_option("--data", args->data_dir, "data folder holding kb/ and cameo/");
  build->add_option("-o,--out", args->out, "output file (default: the build's kb/default.dkb)");
  build->add_option("--gazetteer", args->gazetteer, "gazetteer TSV from scripts/kb_gazetteer.js");
  build->add_flag("--allow-errors", args->allow_errors, "skip and count malformed lines");
  build->callback([args, &ctx] { RunBuild(*args, ctx); });

  auto* lint = kb->add_subcommand("lint", "list every problem in the dictionary sources");
  lint->add_option("--data", args->data_dir, "data folder holding kb/ and cameo/");
  lint->add_option("--gazetteer", args->gazetteer, "gazetteer TSV");
  lint->callback([args, &ctx] { RunLint(*args, ctx); });

  auto* stats = kb->add_subcommand("stats", "counts by kind and CAMEO codes covered");
  stats->add_option("--kb", args->kb_path, "a compiled knowledge base (default: LoadDefault)");
  stats->add_flag("--json", args->json, "JSON output");
  stats->callback([args, &ctx] { RunStats(*args, ctx); });

  auto* lookup = kb->add_subcommand("lookup", "what a phrase resolves to, and why");
  lookup->add_option("text", args->phrase, "the phrase, e.g. \"Wang Yi\"")->required();
  lookup->add_option("--date", args->date, "resolve roles at this date (YYYY-MM-DD)");
  lookup->add_option("--kb", args->kb_path, "a compiled knowledge base");
  lookup->add_flag("--json", args->json, "JSON output");
  lookup->callback([args, &ctx] { RunLookup(*args, ctx); });

  auto* imp = kb->add_subcommand("import-petrarch", "convert PETRARCH/TABARI dictionaries");
  imp->add_option("dir", args->import_dir, "folder of PETRARCH dictionaries")->required();
  imp->add_option("-o,--out", args->out, "write our format under this data folder");
  imp->add_option("--compile", args->compile, "also compile the imported data to this file");
  imp->callback([args, &ctx] { RunImport(*args, ctx); });
}

}  // namespace dyad::cli
