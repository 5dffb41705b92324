// The accuracy floors of tests/accuracy/floors.txt, one test each: codes the gold file with the
// real pipeline (as `dyad eval --json` does) and asserts METRIC >= FLOOR, so that a regression
// fails. Gold files under ../shared are skipped with a message when it is absent.
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "coder/pipeline.h"
#include "eval/evaluator.h"
#include "eval/gold.h"
#include "eval/report.h"
#include "eval/scorer.h"

namespace dyad::eval {
namespace {

struct Floor {
  std::string where, gold, metric;
  double floor = 0;
  bool gold_parse = false, held_out = false;
  std::string kb_env;
  size_t line = 0;
  std::string error;  // a malformed line: the test fails with this
};

// How gtest names a floor in messages (instead of its bytes).
void PrintTo(const Floor& f, std::ostream* os) {
  *os << "floors.txt:" << f.line << " " << f.gold << " " << f.metric << " >= " << f.floor;
}

// floors.txt by default; $DYAD_FLOORS names another file (bars.txt holds the bars).
std::string FloorsPath() {
  if (const char* env = std::getenv("DYAD_FLOORS"); env && *env) return env;
  return std::string(DYAD_SOURCE_DIR) + "/tests/accuracy/floors.txt";
}

std::vector<Floor> ReadFloors() {
  std::vector<Floor> floors;
  std::ifstream in(FloorsPath());
  if (!in) {
    floors.push_back({});
    floors.back().error = FloorsPath() + ": cannot open the floors file";
    return floors;
  }
  std::string text;
  size_t line_no = 0;
  while (std::getline(in, text)) {
    ++line_no;
    if (text.empty() || text[0] == '#') continue;
    std::istringstream fields(text);
    Floor f;
    f.line = line_no;
    std::string value, option;
    if (!(fields >> f.where >> f.gold >> f.metric >> value) || (f.where != "shared" && f.where != "source")) {
      f.error = FloorsPath() + ":" + std::to_string(line_no) + ": expected 'shared|source GOLD METRIC FLOOR [OPTION...]'";
    } else {
      try {
        f.floor = std::stod(value);
      } catch (...) {
        f.error = FloorsPath() + ":" + std::to_string(line_no) + ": expected a number, got '" + value + "'";
      }
    }
    while (fields >> option) {
      if (option == "gold-parse") f.gold_parse = true;
      else if (option == "held-out") f.held_out = true;
      else if (option.rfind("kb-from-env=", 0) == 0) f.kb_env = option.substr(12);
      else f.error = FloorsPath() + ":" + std::to_string(line_no) + ": unknown option '" + option + "'";
    }
    floors.push_back(std::move(f));
  }
  return floors;
}

// Pipelines by knowledge-base path, and reports by (gold, kb, gold parse): each gold file is
// coded once however many floors it has.
struct Cache {
  std::map<std::string, std::unique_ptr<const Pipeline>> pipelines;
  std::map<std::string, nlohmann::json> reports;
};
Cache& TheCache() {
  static Cache cache;
  return cache;
}

Result<nlohmann::json> Evaluate(const std::string& gold_path, const std::string& kb, bool gold_parse) {
  std::string key = gold_path + "|" + kb + "|" + (gold_parse ? "gold-parse" : "raw");
  auto& cache = TheCache();
  if (auto it = cache.reports.find(key); it != cache.reports.end()) return it->second;
  auto& pipeline = cache.pipelines[kb];
  if (!pipeline) {
    PipelineOptions options;
    options.kb_path = kb;
    auto created = Pipeline::Create(options);
    if (!created.ok()) return Status(created.status().code(), "cannot start the pipeline: " + created.status().message());
    pipeline = std::move(created.value());
  }
  auto gold = ReadGoldFile(gold_path);
  if (!gold.ok()) return gold.status();
  CodeOptions code;
  code.gold_parse = gold_parse;
  FileScores scores = Score(*gold, CodeGoldFile(*pipeline, *gold, code));
  std::cout << TextReport(scores, 0);
  nlohmann::json report = nlohmann::json::parse(JsonReport(scores));
  cache.reports[key] = report;
  return report;
}

class AccuracyFloor : public ::testing::TestWithParam<Floor> {};

TEST_P(AccuracyFloor, IsMet) {
  const Floor& f = GetParam();
  ASSERT_TRUE(f.error.empty()) << f.error;
  if (f.held_out && std::getenv("DYAD_EVAL_HELD_OUT") == nullptr) {
    GTEST_SKIP() << f.gold << " is held out: set DYAD_EVAL_HELD_OUT=1 to score it (once, for the report)";
  }
  std::string root = f.where == "shared" ? std::string(DYAD_SHARED_DIR) + "/reference" : std::string(DYAD_SOURCE_DIR);
  std::string path = root + "/" + f.gold;
  if (!std::filesystem::exists(path)) {
    if (f.where == "shared") GTEST_SKIP() << path << " is absent (../shared is not checked out)";
    FAIL() << path << " is absent";
  }
  std::string kb;
  if (!f.kb_env.empty()) {
    const char* value = std::getenv(f.kb_env.c_str());
    if (value == nullptr || *value == '\0') GTEST_SKIP() << "$" << f.kb_env << " is not set (a compiled knowledge base)";
    kb = value;
  }
  auto report = Evaluate(path, kb, f.gold_parse);
  ASSERT_TRUE(report.ok()) << report.status().message();
  const nlohmann::json* node = &*report;
  std::string part;
  std::istringstream metric(f.metric);
  while (std::getline(metric, part, '.')) {
    ASSERT_TRUE(node->is_object() && node->contains(part)) << "no field '" << f.metric << "' in " << report->dump();
    node = &(*node)[part];
  }
  ASSERT_TRUE(node->is_number()) << f.metric << " is not a number in " << report->dump();
  double value = node->get<double>();
  std::cout << "floor " << f.gold << " " << f.metric << " = " << value << " (floor " << f.floor << ")\n";
  EXPECT_GE(value, f.floor) << f.gold << ": " << f.metric << " = " << value << " is below the floor " << f.floor
                            << " (tests/accuracy/floors.txt:" << f.line << ")";
}

std::string FloorName(const ::testing::TestParamInfo<Floor>& info) {
  std::string name = "line";
  name += std::to_string(info.param.line);
  name += "_";
  name += info.param.metric;
  for (char& c : name) {
    if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
  }
  return name;
}

INSTANTIATE_TEST_SUITE_P(Floors, AccuracyFloor, ::testing::ValuesIn(ReadFloors()), FloorName);

}  // namespace
}  // namespace dyad::eval
