// Checks across entries that no single line shows: CAMEO codes missing from the table, a
// person's roles overlapping, the same phrase naming two entries of one kind, and verb patterns
// that can never fire because an identical earlier pattern takes them.
#include <map>
#include <set>

#include "kb/kb_compiler.h"
#include "kb/phrase_text.h"

namespace dyad::kb {
namespace {

std::string PatternText(const VerbPattern& p) {
  std::string s = p.nominal ? "n:" : "";
  for (const PatternElement& e : p.elements) {
    s += ' ';
    switch (e.kind) {
      case PatternElement::kSource: s += '$'; break;
      case PatternElement::kTarget: s += '+'; break;
      case PatternElement::kVerb: s += '*'; break;
      case PatternElement::kWord: s += e.lemma; break;
    }
  }
  return s;
}

std::pair<std::string, int> SplitEntry(const std::string& entry) {
  size_t colon = entry.rfind(':');
  return {entry.substr(0, colon), std::atoi(entry.c_str() + colon + 1)};
}

}  // namespace

void LintData(const KbData& data, SourceReport& report) {
  std::set<std::string> codes;
  for (const CameoCode& c : data.cameo) codes.insert(c.code);
  std::map<std::pair<std::string, std::string>, const VerbPattern*> seen;
  for (const VerbPattern& p : data.verbs) {
    auto [file, line] = SplitEntry(p.entry);
    if (!codes.count(p.cameo)) {
      report.errors.push_back({file, line, "unknown CAMEO event code " + p.cameo});
      continue;
    }
    auto [it, fresh] = seen.emplace(std::make_pair(p.head, PatternText(p)), &p);
    if (fresh) continue;
    if (it->second->cameo != p.cameo)
      report.errors.push_back({file, line, "pattern '" + PatternText(p) + "' of '" + p.head +
                                               "' can never match: " + it->second->entry +
                                               " has the same pattern with code " +
                                               it->second->cameo});
    else if (it->second->entry != p.entry)
      report.warnings.push_back({file, line, "duplicate of " + it->second->entry});
  }
  std::map<std::pair<int, std::string>, const ActorEntry*> names;
  for (const ActorEntry& e : data.actors) {
    for (size_t i = 0; i < e.roles.size(); ++i)
      for (size_t j = i + 1; j < e.roles.size(); ++j) {
        const RoleSpan& a = e.roles[i];
        const RoleSpan& b = e.roles[j];
        // Sorted by start: b starts inside a by more than the hand-over day.
        if (b.from < a.to && a.code != b.code)
          report.errors.push_back({e.file, e.line, e.name + ": roles " + a.code + " and " + b.code +
                                                       " overlap (" + BoundText(b.from, false) +
                                                       " is before " + BoundText(a.to, true) + ")"});
      }
    if (e.kind == kPerson && e.roles.empty())
      report.warnings.push_back({e.file, e.line, e.name + ": a person without a dated role"});
    if (e.kind != kPerson && e.kind != kGroup) continue;
    for (const std::string& p : e.phrases) {
      auto [it, fresh] = names.emplace(std::make_pair(static_cast<int>(e.kind), NormalizePhrase(p)), &e);
      if (!fresh && it->second != &e && it->second->name != e.name)
        report.warnings.push_back({e.file, e.line, "'" + p + "' also names " + it->second->name +
                                                       " (" + it->second->file + ":" +
                                                       std::to_string(it->second->line) + ")"});
    }
  }
}

}  // namespace dyad::kb
