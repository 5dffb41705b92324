// Gold standards the evaluator scores against, read into one shape whatever the file format:
// a list of items (one news sentence each) with the events, PLOVER type, five-class label or
// actor spans a human coder gave it, and, where the file carries one, the gold parse.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"
#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad::eval {

// One coded event of the gold: full actor codes as the file writes them ("USAGOV", "---REB",
// "IGOUNO"; "", "-" or "---" when there is no target) and the CAMEO code ("042", "0352").
// Golden tests may end codes in '*' (prefix patterns) and give the event's date.
struct GoldEvent {
  std::string source;
  std::string target;
  std::string cameo;
  std::string date;  // ISO at its precision; empty when the gold gives none
};

// One row of a gold dependency parse (CoNLL-U columns), sentence-relative.
struct GoldToken {
  std::string form, lemma, upos, xpos, deprel;
  int head = -1;  // 0-based index of the head within the sentence; -1 for the root
  bool space_after = true;
};

// A source, target or joint actor span of the gold, in bytes of GoldItem::text.
struct GoldSpan {
  char role = 'S';  // 'S' source, 'T' target, 'R' reciprocal (either side)
  Span span;
};

struct GoldItem {
  std::string id;               // the file's id of the sentence, or "line N"
  std::string text;             // the raw text to code
  Date date;                    // publication date; invalid when the file gives none
  std::vector<GoldEvent> events;  // empty: the coder should find no event
  std::vector<GoldToken> parse;   // gold tokens and parse; empty when the file has none
  std::string plover;           // PLOVER event type (current names), when the file has one
  std::vector<std::string> plover_sources, plover_targets;  // PLOVER GSR actor codes ("USA", "IGO")
  int penta_class = -1;         // ConfliBERT five classes 0-4, -1 when absent
  std::vector<GoldSpan> spans;  // actor spans, when the file has them
  std::vector<std::string> tags;  // golden test tags ("negation", "agency", ...)
};

enum class GoldFormat { kPetrXml, kPloverGsr, kConflibertClass, kConflibertSpans, kGoldenTest };

struct GoldFile {
  std::string path;
  GoldFormat format = GoldFormat::kPetrXml;
  // What the file can score: CAMEO events, PLOVER types, five classes, actor spans.
  bool has_events = false, has_plover = false, has_classes = false, has_spans = false;
  std::vector<GoldItem> items;
};

std::string_view FormatName(GoldFormat f);

// Readers, one per format; each error names the file, line and what was expected.
Result<GoldFile> ReadPetrXml(const std::string& path);
Result<GoldFile> ReadPloverGsr(const std::string& path);
Result<GoldFile> ReadConflibertClasses(const std::string& path);  // sentence<TAB>label
Result<GoldFile> ReadConflibertSpans(const std::string& path);    // token<SP>BIO tag
Result<GoldFile> ReadGoldenTests(const std::string& path);        // tests/golden/*.test

// The same readers over text already in memory (for tests); path is only for messages.
Result<GoldFile> ParsePetrXml(std::string_view xml, const std::string& path);
Result<GoldFile> ParsePloverGsr(std::string_view json, const std::string& path);
Result<GoldFile> ParseConflibertClasses(std::string_view tsv, const std::string& path);
Result<GoldFile> ParseConflibertSpans(std::string_view conll, const std::string& path);

// Picks the reader by name and content: a folder -> its golden *.test files as one file,
// .xml -> PETR, .test -> golden, .tsv -> ConfliBERT classes, a file whose first non-blank
// character is '[' -> PLOVER GSR, other text whose lines are "token TAG" -> ConfliBERT spans.
Result<GoldFile> ReadGoldFile(const std::string& path);

// Joins tokens into text the way news is written: no space before closing punctuation and
// clitics ("'s", "n't"), none after opening brackets. Sets each token's span in *spans.
std::string Detokenize(const std::vector<std::string>& tokens, std::vector<Span>* spans);

// Reads a whole file; an error names it.
Result<std::string> ReadWholeFile(const std::string& path);

}  // namespace dyad::eval
