// Helpers for the store tests: a fake coder that turns marked-up text into events (so the store
// is tested without the NLP model), and a dump of a store's whole content for comparisons.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <string>
#include <vector>

#include "dyad/document.h"
#include "dyad/status.h"
#include "store/event_store.h"

namespace dyad::store::testing {

// Codes doc without any model: sentences end at '.', and every word "SRC>TGT:CAMEO" (for
// example "USA>CHN:036") or "SRC>TGT:CAMEO@PLACE" makes an event in its sentence, dated by the
// publication date. Quad class and Goldstein come from the CAMEO root (a toy table).
inline Status FakeCode(Document& doc) {
  doc.sentences.clear();
  doc.events.clear();
  uint32_t begin = 0;
  for (uint32_t i = 0; i <= doc.text.size(); ++i) {
    if (i < doc.text.size() && doc.text[i] != '.') continue;
    if (i > begin) doc.sentences.push_back({{begin, i}, 0, 0, false});
    begin = i + 1;
  }
  for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
    const Span s = doc.sentences[si].span;
    uint32_t w = s.begin;
    while (w < s.end) {
      uint32_t e = w;
      while (e < s.end && doc.text[e] != ' ') ++e;
      std::string word = doc.text.substr(w, e - w);
      size_t gt = word.find('>'), colon = word.find(':');
      if (word == "FAIL>FAIL:000") return Status::Invalid(doc.origin + ": the fake coder was told to fail");
      if (gt == 3 && colon != std::string::npos && colon > gt) {
        Event ev;
        ev.sentence = si;
        ev.source.code = word.substr(0, 3);
        ev.source.country = ev.source.code;
        ev.source.span = {w, w + 3};
        std::string target = word.substr(gt + 1, colon - gt - 1);
        ev.has_target = !target.empty();
        ev.target.code = target;
        ev.target.country = target.substr(0, 3);
        if (target.size() >= 6) ev.target.role = target.substr(3, 3);
        ev.target.span = {static_cast<uint32_t>(w + gt + 1), static_cast<uint32_t>(w + colon)};
        std::string rest = word.substr(colon + 1);
        size_t at = rest.find('@');
        ev.cameo = rest.substr(0, at);
        ev.root = ev.cameo.substr(0, 2);
        int root = std::stoi(ev.root);
        ev.quad_class = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
        ev.goldstein = ev.quad_class <= 2 ? root / 2.0 : -root / 2.0;
        if (at != std::string::npos) {
          ev.has_location = true;
          ev.location = {rest.substr(at + 1), ev.target.country, 1.5, 2.5, "city"};
        }
        ev.date = doc.published;
        ev.verb = {w, e};
        ev.pattern = "fake:" + ev.cameo;
        doc.events.push_back(ev);
      }
      w = e + 1;
    }
  }
  return Status::Ok();
}

// A coded Document built from text, for tests that add articles directly.
inline Document CodedDoc(const std::string& id, const std::string& date, const std::string& outlet,
                         const std::string& text) {
  Document doc;
  doc.id = id;
  doc.published = *ParseIsoDate(date);
  doc.outlet = outlet;
  doc.url = "https://" + (outlet.empty() ? std::string("example.org") : outlet) + "/" + id;
  doc.text = text;
  doc.origin = "test:" + id;
  (void)FakeCode(doc);
  return doc;
}

// Every row of every table, in key order, as text: equal dumps mean equal stores.
inline std::string DumpStore(EventStore& store) {
  std::string out;
  for (const char* sql : {"SELECT * FROM articles ORDER BY article_id", "SELECT * FROM events ORDER BY event_id",
                          "SELECT * FROM mentions ORDER BY mention_id",
                          "SELECT * FROM dyad_days ORDER BY 1, 2, 3, 4", "SELECT * FROM country_days ORDER BY 1, 2, 3",
                          "SELECT rowid, text FROM mentions_fts WHERE mentions_fts MATCH 'the OR a OR USA' ORDER BY rowid"}) {
    auto st = store.db().Prepare(sql);
    if (!st.ok()) return "error: " + st.status().message();
    out += std::string(sql) + "\n";
    while (true) {
      auto row = st->Step();
      if (!row.ok()) return "error: " + row.status().message();
      if (!*row) break;
      for (int c = 0; c < st->ColumnCount(); ++c) {
        out += st->IsNull(c) ? std::string("NULL") : std::string(st->Text(c));
        out += '|';
      }
      out += '\n';
    }
  }
  return out;
}

// A fresh temporary directory for one test.
// Removes the test directories when the test program ends (forked children leave with _exit
// and so never remove them early).
struct TempDirs {
  std::vector<std::filesystem::path> dirs;
  ~TempDirs() {
    std::error_code ec;
    for (const auto& d : dirs) std::filesystem::remove_all(d, ec);
  }
};
inline TempDirs temp_dirs;

inline std::string TempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() / ("dyad_" + name + "_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  temp_dirs.dirs.push_back(dir);
  return dir.string();
}

}  // namespace dyad::store::testing
