// Reads the plain-text dictionaries of data/kb (formats in docs/dictionaries.md) into KbData.
// Every malformed line becomes a SourceError naming file, line and what was expected; reading
// goes on so that one run lists every problem.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/status.h"
#include "kb/kb_data.h"

namespace dyad::kb {

struct SourceError {
  std::string file;  // relative to the data dir: "persons/usa.txt"
  int line = 0;
  std::string message;
  std::string Text() const;  // "persons/usa.txt:12: expected ..."
};

struct SourceReport {
  std::vector<SourceError> errors;    // lines that were skipped
  std::vector<SourceError> warnings;  // lint findings that do not stop a build
  int files = 0;
  int lines = 0;
};

// One line split into fields on '|', trimmed; a field's items split on ';', trimmed, empty dropped.
std::vector<std::string> SplitFields(std::string_view line);
std::vector<std::string> SplitItems(std::string_view field);
// "soldier(s)" -> soldier, soldiers: optional suffixes in parentheses on the last word.
std::vector<std::string> ExpandVariants(std::string_view item);

// A date bound "2021-01-20", "2021-01", "2021" or "" (open): first day for `from`, last for `to`.
bool ParseBound(std::string_view text, bool is_end, int32_t& day);
std::string BoundText(int32_t day, bool is_end);

// The readers; `rel` is the file name reported in errors.
void ReadActorFile(std::string_view text, const std::string& rel, ActorKind default_kind,
                   KbData& data, SourceReport& report);
void ReadAgentFile(std::string_view text, const std::string& rel, KbData& data,
                   SourceReport& report);
// Synonym sets "&name | word; word" used by verb patterns.
struct Synsets {
  std::vector<std::pair<std::string, std::vector<std::string>>> sets;
  const std::vector<std::string>* Find(std::string_view name) const;
};
void ReadSynonymFile(std::string_view text, const std::string& rel, Synsets& synsets,
                     SourceReport& report);
void ReadVerbFile(std::string_view text, const std::string& rel, const Synsets& synsets,
                  KbData& data, SourceReport& report);
// Discards ("category | phrase; ...") and issues ("CODE | phrase; ...").
void ReadPhraseFile(std::string_view text, const std::string& rel,
                    std::vector<PhraseEntry>& out, SourceReport& report);
void ReadSelfTestFile(std::string_view text, const std::string& rel, KbData& data,
                      SourceReport& report);
void ReadWordList(std::string_view text, const std::string& rel, std::vector<std::string>& out,
                  SourceReport& report);
// The CAMEO table data/cameo/cameo_codes.tsv.
void ReadCameoTable(std::string_view text, const std::string& rel, KbData& data,
                    SourceReport& report);

// Calls fn(line_number, content) for each line that is not blank or a comment; content has any
// trailing "# comment" removed.
template <typename Fn>
void ForEachEntryLine(std::string_view text, Fn fn);

// A CAMEO actor code: 3-letter groups of capital letters or digits ("USAGOV", "IGOUNO").
bool IsActorCode(std::string_view code);
// A CAMEO event code: 2-4 digits.
bool IsEventCodeSyntax(std::string_view code);

}  // namespace dyad::kb

#include "kb/dictionary_reader_inl.h"
