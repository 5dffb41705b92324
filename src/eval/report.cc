#include "eval/report.h"

#include <algorithm>
#include <set>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

namespace dyad::eval {
namespace {

nlohmann::json PrfJson(const Prf& p) {
  return {{"precision", p.precision()}, {"recall", p.recall()}, {"f1", p.f1()},
          {"tp", p.tp}, {"fp", p.fp}, {"fn", p.fn}};
}

nlohmann::json AccuracyJson(const Accuracy& a) {
  return a.total ? nlohmann::json(a.value()) : nlohmann::json(nullptr);
}

std::string PrfLine(const char* name, const Prf& p) {
  return fmt::format("  {:<28} P {:.3f}  R {:.3f}  F1 {:.3f}   (tp {}, fp {}, fn {})\n", name, p.precision(),
                     p.recall(), p.f1(), p.tp, p.fp, p.fn);
}

std::string AccuracyLine(const char* name, const Accuracy& a) {
  return fmt::format("  {:<28} {:.3f}   ({} of {})\n", name, a.value(), a.correct, a.total);
}

std::string ConfusionTable(const FileScores& s) {
  std::set<std::string> gold_roots, coded_roots;
  for (const auto& [key, n] : s.confusion) {
    gold_roots.insert(key.first);
    coded_roots.insert(key.second);
  }
  size_t width = 5;
  for (const auto& c : coded_roots) width = std::max(width, c.size());
  std::string out = fmt::format("  confusion by {} (rows gold, columns coded):\n  {:<10}",
                                s.has_plover ? "PLOVER type" : s.has_classes ? "class" : "root", "gold");
  for (const auto& c : coded_roots) out += fmt::format(" {:>{}}", c, width);
  out += "\n";
  for (const auto& g : gold_roots) {
    out += fmt::format("  {:<10}", g);
    for (const auto& c : coded_roots) {
      auto it = s.confusion.find({g, c});
      out += it == s.confusion.end() ? fmt::format(" {:>{}}", ".", width) : fmt::format(" {:>{}}", it->second, width);
    }
    out += "\n";
  }
  return out;
}

}  // namespace

std::string JsonReport(const FileScores& s) {
  nlohmann::json j;
  j["file"] = s.file;
  j["format"] = std::string(FormatName(s.format));
  j["sentences"] = s.items;
  j["root"] = s.has_events ? PrfJson(s.root) : nlohmann::json(nullptr);
  j["exact"] = s.has_events ? PrfJson(s.exact) : nlohmann::json(nullptr);
  j["actor_accuracy"] = AccuracyJson(s.actors);
  if (s.has_plover) {
    j["plover_accuracy"] = AccuracyJson(s.plover);
    j["plover_any_accuracy"] = AccuracyJson(s.plover_any);
  }
  if (s.has_classes) j["class_accuracy"] = AccuracyJson(s.classes);
  if (s.has_spans) {
    j["span"] = PrfJson(s.spans);
    j["span_f1"] = s.spans.f1();
    j["span_exact_f1"] = s.spans_exact.f1();
  }
  if (s.has_events) j["no_event_accuracy"] = AccuracyJson(s.no_event);
  j["miss_causes"] = s.miss_causes;
  if (!s.confusion.empty()) {
    nlohmann::json confusion = nlohmann::json::object();
    for (const auto& [key, n] : s.confusion) confusion[key.first][key.second] = n;
    j["confusion"] = confusion;  // gold root (type, class) -> coded one -> count
  }
  j["no_event_sentences"] = s.no_event.total;
  j["errors"] = s.errors;
  return j.dump();
}

std::string TextReport(const FileScores& s, int max_mistakes) {
  std::string out = fmt::format("{} ({}): {} sentences\n", s.file, FormatName(s.format), s.items);
  if (s.has_events) {
    out += PrfLine("root (src, tgt country, root)", s.root);
    out += PrfLine("exact (full codes)", s.exact);
    out += AccuracyLine("actor codes (root matches)", s.actors);
    out += AccuracyLine("no event where none", s.no_event);
  }
  if (s.has_plover) {
    out += AccuracyLine("PLOVER type (main event)", s.plover);
    out += AccuracyLine("PLOVER type (any event)", s.plover_any);
  }
  if (s.has_classes) out += AccuracyLine("five classes (main event)", s.classes);
  if (s.has_spans) {
    out += PrfLine("actor spans (overlap)", s.spans);
    out += PrfLine("actor spans (exact)", s.spans_exact);
  }
  if (!s.miss_causes.empty()) {
    out += "  misses by cause:";
    for (const auto& [cause, n] : s.miss_causes) out += fmt::format("  {} {}", cause, n);
    out += "\n";
  }
  if (s.errors) out += fmt::format("  pipeline errors: {}\n", s.errors);
  if (!s.confusion.empty()) out += ConfusionTable(s);
  size_t limit = max_mistakes < 0 ? s.mistakes.size() : std::min<size_t>(s.mistakes.size(), max_mistakes);
  if (limit) out += fmt::format("  mistakes ({} of {}):\n", limit, s.mistakes.size());
  for (size_t i = 0; i < limit; ++i) {
    const Mistake& m = s.mistakes[i];
    out += fmt::format("    {:<5} {}: {}\n          {}\n", m.kind, m.item_id, m.event, m.text);
  }
  return out;
}

}  // namespace dyad::eval
