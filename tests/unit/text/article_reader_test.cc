#include "text/article_reader.h"

#include <gtest/gtest.h>
#include <zlib.h>
#include <zstd.h>

#include "test_util.h"
#include "text/html_extract.h"

namespace dyad::text {
namespace {

using dyad::testing::TempDir;

struct ReadAll {
  std::vector<Document> docs;
  std::vector<Rejection> rejected;
};

ReadAll Read(std::vector<std::string> inputs, ReadOptions options = {}) {
  ReadAll r;
  ArticleReader reader(std::move(inputs), options, [&](const Rejection& x) { r.rejected.push_back(x); });
  Document d;
  while (reader.Next(&d)) r.docs.push_back(std::move(d));
  return r;
}

std::string Gzip(const std::string& s) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, s.size()) + 64, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(s.data()));
  z.avail_in = static_cast<uInt>(s.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

std::string Zstd(const std::string& s) {
  std::string out(ZSTD_compressBound(s.size()), '\0');
  out.resize(ZSTD_compress(out.data(), out.size(), s.data(), s.size(), 3));
  return out;
}

const char* kGood1 = R"({"id":"a1","date":"2023-10-28","title":"T","text":"Biden met Xi on Friday."})";
const char* kGood2 = R"({"id":"a2","date":"2023-10-29","text":"Putin visited Beijing."})";

TEST(ArticleReader, JsonlFieldsAndOrigin) {
  TempDir dir;
  auto p = dir.Write("a.jsonl", std::string(kGood1) + "\n" + kGood2 + "\n");
  auto r = Read({p});
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_TRUE(r.rejected.empty());
  EXPECT_EQ(r.docs[0].id, "a1");
  EXPECT_EQ(r.docs[0].title, "T");
  EXPECT_EQ(r.docs[0].published.Iso(), "2023-10-28");
  EXPECT_EQ(r.docs[1].origin, p + ":2");
}

TEST(ArticleReader, MalformedLinesAreRejectedAndGoodOnesKept) {
  TempDir dir;
  std::string bad_utf8 = R"({"id":"x","date":"2023-10-28","text":"caf)" + std::string("\xC3\x28") + "\"}";
  auto p = dir.Write("mixed.jsonl", std::string(kGood1) + "\n{not json\n" +
                                        R"({"id":"nt","date":"2023-10-28","title":"no text"})" + "\n" + bad_utf8 +
                                        "\n" + R"({"id":"nd","text":"no date"})" + "\n" + kGood2 + "\n");
  auto r = Read({p});
  ASSERT_EQ(r.docs.size(), 2u);
  ASSERT_EQ(r.rejected.size(), 4u);
  EXPECT_EQ(r.rejected[0].origin, p + ":2");
  EXPECT_NE(r.rejected[0].reason.find("not valid JSON"), std::string::npos) << r.rejected[0].reason;
  EXPECT_EQ(r.rejected[0].record, "{not json");
  EXPECT_NE(r.rejected[1].reason.find("missing \"text\""), std::string::npos);
  EXPECT_EQ(r.rejected[2].origin, p + ":4");
  EXPECT_NE(r.rejected[2].reason.find("UTF-8"), std::string::npos) << r.rejected[2].reason;
  EXPECT_NE(r.rejected[3].reason.find("missing \"date\""), std::string::npos);
}

TEST(ArticleReader, TxtDateFromNameOrOption) {
  TempDir dir;
  auto named = dir.Write("2023-10-28-story.txt", "Biden met Xi.");
  auto plain = dir.Write("story.txt", "Biden met Xi.");
  auto r = Read({named, plain});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].published.Iso(), "2023-10-28");
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_NE(r.rejected[0].reason.find("--date"), std::string::npos);
  ReadOptions o;
  o.date = ParseIsoDate("2024-01-02");
  r = Read({named, plain}, o);
  ASSERT_EQ(r.docs.size(), 2u);
  EXPECT_EQ(r.docs[1].published.Iso(), "2024-01-02");
}

TEST(ArticleReader, EmptyBinaryUnknownAndInvalidFiles) {
  TempDir dir;
  ReadOptions o;
  o.date = ParseIsoDate("2023-10-28");
  auto empty = dir.Write("empty.txt", "");
  auto binary = dir.Write("bin.txt", std::string("\x7f" "ELF\0\0\x01", 7));
  auto unknown = dir.Write("notes.docx", "whatever");
  auto invalid = dir.Write("latin1.txt", "Caf\xe9 talks");
  auto good = dir.Write("good.txt", "Biden met Xi.");
  auto r = Read({empty, binary, unknown, invalid, dir.path() + "/missing.txt", good}, o);
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.rejected.size(), 5u);
  EXPECT_NE(r.rejected[0].reason.find("empty"), std::string::npos);
  EXPECT_NE(r.rejected[1].reason.find("binary"), std::string::npos);
  EXPECT_NE(r.rejected[2].reason.find("unknown file type"), std::string::npos);
  EXPECT_NE(r.rejected[3].reason.find("invalid UTF-8 at byte 3"), std::string::npos);
  EXPECT_NE(r.rejected[4].reason.find("cannot open"), std::string::npos);
}

TEST(ArticleReader, CompressedAndTruncated) {
  TempDir dir;
  std::string jsonl = std::string(kGood1) + "\n" + kGood2 + "\n";
  auto gz = dir.Write("a.jsonl.gz", Gzip(jsonl));
  auto zst = dir.Write("b.jsonl.zst", Zstd(jsonl));
  auto r = Read({gz, zst});
  EXPECT_EQ(r.docs.size(), 4u);
  EXPECT_TRUE(r.rejected.empty());

  std::string big;
  for (int i = 0; i < 2000; ++i) big += std::string(kGood1) + "\n";
  std::string z = Gzip(big);
  auto cut = dir.Write("cut.jsonl.gz", z.substr(0, z.size() / 2));
  r = Read({cut});
  EXPECT_GT(r.docs.size(), 0u);  // what came before the cut is kept
  EXPECT_LT(r.docs.size(), 2000u);
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_NE(r.rejected[0].reason.find("truncated gzip"), std::string::npos) << r.rejected[0].reason;

  std::string zs = Zstd(big);
  auto zcut = dir.Write("cut.jsonl.zst", zs.substr(0, zs.size() / 2));
  r = Read({zcut});
  ASSERT_EQ(r.rejected.size(), 1u);
  EXPECT_NE(r.rejected[0].reason.find("zstd"), std::string::npos) << r.rejected[0].reason;
}

TEST(ArticleReader, DirectoriesRecursivelyInNameOrder) {
  TempDir dir;
  ReadOptions o;
  o.date = ParseIsoDate("2023-10-28");
  dir.Write("b/2.txt", "Second.");
  dir.Write("a/1.txt", "First.");
  dir.Write("a/skip.pdf", "not an article");
  dir.Write("c/3.jsonl", std::string(kGood1) + "\n");
  auto r = Read({dir.path()}, o);
  ASSERT_EQ(r.docs.size(), 3u);
  EXPECT_EQ(r.docs[0].text, "First.");
  EXPECT_EQ(r.docs[1].text, "Second.");
  EXPECT_EQ(r.docs[2].id, "a1");
  EXPECT_TRUE(r.rejected.empty());  // files of unknown type inside a directory are passed over
}

TEST(ArticleReader, OversizedArticleIsRejectedWithoutReadingItAll) {
  TempDir dir;
  ReadOptions o;
  o.date = ParseIsoDate("2023-10-28");
  o.max_article_bytes = 1000;
  auto big = dir.Write("big.txt", std::string(5000, 'a'));
  auto line = dir.Write("big.jsonl", std::string(R"({"date":"2023-10-28","text":")") + std::string(5000, 'a') +
                                         "\"}\n" + kGood2 + "\n");
  auto r = Read({big, line}, o);
  ASSERT_EQ(r.docs.size(), 1u);
  ASSERT_EQ(r.rejected.size(), 2u);
  EXPECT_NE(r.rejected[0].reason.find("limit"), std::string::npos);
  EXPECT_EQ(r.rejected[1].origin, line + ":1");
  EXPECT_EQ(r.docs[0].origin, line + ":2");
}

TEST(ArticleReader, HtmlMainTextWithoutFurniture) {
  TempDir dir;
  auto p = dir.Write("page.html", R"(<html><head><title>Leaders meet</title>
<meta property="article:published_time" content="2023-10-28T10:00:00Z">
<script>var x = "Biden attacked";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<h1>Leaders meet</h1>
<p>Chinese Foreign Minister Wang Yi met Antony Blinken on Friday.</p>
<div class="related-stories"><h3>Related</h3><ul><li><a href="/x">Putin visits Iran</a></li></ul></div>
<p>Read also: <a href="/y">Russia sanctions Japan</a></p>
<p>The talks lasted two hours.</p>
<ul><li><a href="/z">Iran attacks Israel</a></li></ul>
<footer>Copyright</footer></body></html>)");
  auto r = Read({p});
  ASSERT_EQ(r.docs.size(), 1u);
  EXPECT_EQ(r.docs[0].title, "Leaders meet");
  EXPECT_EQ(r.docs[0].published.Iso(), "2023-10-28");
  EXPECT_EQ(r.docs[0].text,
            "Chinese Foreign Minister Wang Yi met Antony Blinken on Friday.\n\nThe talks lasted two hours.");
}

TEST(ArticleReader, StrictStopRequest) {
  TempDir dir;
  auto p = dir.Write("a.jsonl", std::string("{bad\n") + kGood1 + "\n");
  ArticleReader* self = nullptr;
  ArticleReader reader({p}, {}, [&](const Rejection&) { self->RequestStop(); });
  self = &reader;
  Document d;
  EXPECT_FALSE(reader.Next(&d));
}

}  // namespace
}  // namespace dyad::text
