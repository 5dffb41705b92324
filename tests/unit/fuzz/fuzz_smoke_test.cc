// Deterministic mutation fuzzing of every outside-input parser: seeds are mutated by a fixed
// pseudo-random sequence (byte flips, insertions, deletions, splices, truncations) and fed to
// the same entry points as the libFuzzer drivers. Under the sanitizer build any crash, leak or
// UB report fails the test; coverage-guided runs use fuzz/*_fuzzer.cc with clang.
#include <gtest/gtest.h>

#include <zlib.h>

#include <random>
#include <string>
#include <vector>

#include "fuzz_targets.h"

namespace dyad::fuzz {
namespace {

std::string Mutate(std::string s, std::mt19937& rng, const std::vector<std::string>& seeds) {
  int edits = 1 + static_cast<int>(rng() % 8);
  for (int e = 0; e < edits; ++e) {
    size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 6) {
      case 0: if (!s.empty()) s[pos % s.size()] = static_cast<char>(rng()); break;
      case 1: s.insert(pos, 1, static_cast<char>(rng())); break;
      case 2: if (!s.empty()) s.erase(pos % s.size(), 1 + rng() % 8); break;
      case 3: { const auto& o = seeds[rng() % seeds.size()]; s.insert(pos, o.substr(rng() % (o.size() + 1))); break; }
      case 4: s.resize(pos); break;
      case 5: s.insert(pos, std::string(1 + rng() % 64, "{}[]\",:<>\\\n\xff\xc3"[rng() % 13])); break;
    }
  }
  return s;
}

void Feed(void (*target)(const uint8_t*, size_t), const std::vector<std::string>& seeds, int rounds) {
  std::mt19937 rng(20231028);
  for (const auto& s : seeds) target(reinterpret_cast<const uint8_t*>(s.data()), s.size());
  for (int i = 0; i < rounds; ++i) {
    std::string m = Mutate(seeds[i % seeds.size()], rng, seeds);
    target(reinterpret_cast<const uint8_t*>(m.data()), m.size());
  }
}

const std::vector<std::string> kJson = {
    R"({"id":"a1","date":"2023-10-28","title":"T","text":"Biden met Xi on Friday.","url":"http://x"})",
    R"({"id":7,"date":"2023-10","text":"caf\u00e9 \ud83d\ude00","outlet":null})", "[1,2,3]", "{}", ""};
const std::vector<std::string> kHtml = {
    "<html><head><title>T</title><meta property=\"article:published_time\" content=\"2023-10-28\"></head>"
    "<body><nav>x</nav><p>Wang Yi met Blinken.</p><div class=related><a>y</a></div><p>Read also: z</p></body></html>",
    "<p><p><p><div><div><ul><li><a>" , "<script>alert(1)</script><table><tr><td>a</td></tr></table>"};
const std::vector<std::string> kGolden = {
    "case: a\ndate: 2023-10-28\ntext: Biden met Xi.\nexpect: 2023-10-27 USAGOV CHNGOV 04*\n\n",
    "case: b\ndate: 2023-10-28\ntags: negation\ntext: No.\nexpect: none\n"};

TEST(Fuzz, JsonArticle) { Feed(JsonArticle, kJson, 20000); }
TEST(Fuzz, HtmlArticle) { Feed(HtmlArticle, kHtml, 5000); }
TEST(Fuzz, JsonlStream) {
  std::vector<std::string> seeds;
  for (const auto& j : kJson) seeds.push_back(j + "\n" + kJson[0] + "\r\n");
  Feed(JsonlStream, seeds, 1000);
}
TEST(Fuzz, GzipStream) {
  std::string plain = kJson[0] + "\n" + kJson[1] + "\n";
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string gz(deflateBound(&z, plain.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(plain.data());
  z.avail_in = static_cast<uInt>(plain.size());
  z.next_out = reinterpret_cast<Bytef*>(gz.data());
  z.avail_out = static_cast<uInt>(gz.size());
  deflate(&z, Z_FINISH);
  gz.resize(z.total_out);
  deflateEnd(&z);
  Feed(GzipStream, {gz, gz + gz, gz.substr(0, gz.size() / 2)}, 300);
}
TEST(Fuzz, GoldenFile) { Feed(GoldenFile, kGolden, 1000); }

}  // namespace
}  // namespace dyad::fuzz
