// Importers for the de facto standard dictionaries of TABARI, PETRARCH and PETRARCH2 (verb
// patterns with synonym sets, Phoenix actors with date-bounded roles, agents, discards,
// issues). Each converts one file into our text format (docs/dictionaries.md); every entry is
// either written or reported with file:line and the reason it was not.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "kb/dictionary_reader.h"

namespace dyad::kb {

struct ImportedFile {
  std::string path;  // relative to the output data dir: "kb/actors/Phoenix.Countries.txt"
  std::string text;  // in our format
};

struct ImportCounts {
  long read = 0;      // entries (patterns, actors, agents, phrases) seen
  long written = 0;   // entries written in our format
  long rejected = 0;  // entries reported in rejected
};

struct ImportResult {
  std::vector<ImportedFile> files;
  std::vector<SourceError> rejected;  // file:line: why an entry was not written
  std::vector<SourceError> notes;     // written, but changed (paired codes, wildcards dropped)
  std::map<std::string, ImportCounts> counts;  // by source file name
};

// Which importer a file name calls for: "verbs", "actors", "agents", "discards", "issues",
// "prepositions", or "" for files that are not dictionaries.
std::string PetrarchFileKind(std::string_view file_name);

// Event codes known to the importer (entries with other codes are rejected); empty = accept any.
using CodeSet = std::set<std::string>;

void ImportPetrarchVerbs(std::string_view text, const std::string& name, const CodeSet& codes,
                         ImportResult& out);
void ImportPhoenixActors(std::string_view text, const std::string& name, ImportResult& out);
void ImportPhoenixAgents(std::string_view text, const std::string& name, ImportResult& out);
void ImportPhoenixDiscards(std::string_view text, const std::string& name, ImportResult& out);
void ImportPhoenixIssues(std::string_view text, const std::string& name, ImportResult& out);

// Imports every dictionary in dir (*.txt), in name order.
Result<ImportResult> ImportPetrarchDir(const std::string& dir, const CodeSet& codes);

// Converts a PETRARCH name ("JOE_BIDEN_") into ours ("Joe Biden"); acronyms keep capitals.
std::string PetrarchName(std::string_view raw);

// Parses a Phoenix role bracket body ("USAGOV 090120-170120", "USAGOV >090120", "USAELI").
bool ParsePhoenixRole(std::string_view body, std::string& code, std::string& range,
                      std::string& why);

}  // namespace dyad::kb
