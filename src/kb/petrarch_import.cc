// Walks a PETRARCH dictionary folder and hands each file to its importer by name.
#include <algorithm>
#include <filesystem>

#include "base/strings.h"
#include "kb/kb_compiler.h"
#include "kb/petrarch_import.h"

namespace dyad::kb {

std::string PetrarchFileKind(std::string_view file_name) {
  std::string n = AsciiLower(file_name);
  if (!EndsWith(n, ".txt")) return "";
  if (n.find("verb") != std::string::npos || StartsWith(n, "cameo.")) return "verbs";
  if (n.find("actors") != std::string::npos) return "actors";
  if (n.find("agents") != std::string::npos) return "agents";
  if (n.find("discards") != std::string::npos) return "discards";
  if (n.find("issue") != std::string::npos) return "issues";
  if (n.find("preposition") != std::string::npos) return "prepositions";
  return "";
}

Result<ImportResult> ImportPetrarchDir(const std::string& dir, const CodeSet& codes) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": not a directory");
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(dir, ec))
    if (e.is_regular_file()) names.push_back(e.path().filename().string());
  std::sort(names.begin(), names.end());
  ImportResult out;
  for (const std::string& name : names) {
    std::string kind = PetrarchFileKind(name);
    if (kind.empty()) continue;
    auto text = ReadWholeFile(dir + "/" + name);
    if (!text.ok()) return text.status();
    if (kind == "verbs") ImportPetrarchVerbs(text.value(), name, codes, out);
    else if (kind == "actors") ImportPhoenixActors(text.value(), name, out);
    else if (kind == "agents") ImportPhoenixAgents(text.value(), name, out);
    else if (kind == "discards") ImportPhoenixDiscards(text.value(), name, out);
    else if (kind == "issues") ImportPhoenixIssues(text.value(), name, out);
    else if (kind == "prepositions") {
      // The coder's own preposition handling replaces this list; count its words as read and
      // report each, so nothing is silently dropped.
      int n = 0;
      for (std::string_view line : Split(text.value(), '\n')) {
        ++n;
        std::string_view w = Trim(line.substr(0, line.find('#')));
        if (w.empty()) continue;
        ++out.counts[name].read;
        ++out.counts[name].rejected;
        out.rejected.push_back({name, n, "preposition lists have no equivalent; dyad's parser finds prepositions"});
      }
    }
  }
  return out;
}

}  // namespace dyad::kb
