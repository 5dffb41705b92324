// Scores coded events against a gold file: precision, recall and F1 at (source country,
// target country, root) and at exact codes, actor-code accuracy, a confusion table by root,
// PLOVER type and five-class accuracy of each sentence's main event, actor span F1, and the
// list of misses and false events. Works on plain CodedEvent records, so it can be tested with
// events built by hand and fed by any coder.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "dyad/document.h"
#include "eval/gold.h"

namespace dyad::eval {

// One event the coder found, flattened for scoring.
struct CodedEvent {
  std::string source, target;                  // full actor codes; target "" when none
  std::string source_country, target_country;  // ActorMention::country
  std::string cameo, root, plover;
  std::string date;                            // ISO at its precision
  Span source_span, target_span;               // bytes of the coded text; empty when unknown
  std::string sentence;                        // the sentence it came from, for reports
};

// What the coder found in one gold item, the main event first (see docs/evaluation.md).
struct CodedItem {
  std::vector<CodedEvent> events;
  std::vector<std::string> actor_keys;  // country keys of every actor mention found, for diagnosis
  std::string error;  // non-empty when the pipeline failed on this item
};

struct Prf {
  size_t tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? double(tp) / double(tp + fp) : 0; }
  double recall() const { return tp + fn ? double(tp) / double(tp + fn) : 0; }
  double f1() const { return tp ? 2.0 * tp / double(2 * tp + fp + fn) : 0; }
};

// A count over items or slots, reported as a fraction.
struct Accuracy {
  size_t correct = 0, total = 0;
  double value() const { return total ? double(correct) / double(total) : 0; }
};

struct Mistake {
  std::string item_id;
  std::string text;
  std::string kind;   // "miss", "false", "error"
  std::string event;  // "USAGOV CHN 042" (gold for a miss, coded for a false event)
};

struct FileScores {
  std::string file;
  GoldFormat format = GoldFormat::kPetrXml;
  size_t items = 0;
  bool has_events = false, has_plover = false, has_classes = false, has_spans = false;
  Prf root, exact;
  Accuracy actors;        // actor slots with the exact gold code, over root-level matches;
                          // for PLOVER, the main event's actor countries against the gold's
  Accuracy plover;        // main event's PLOVER type
  Accuracy plover_any;    // any event's PLOVER type
  Accuracy classes;       // main event's five-class label
  Prf spans;              // actor spans, overlap match
  Prf spans_exact;        // actor spans, identical bytes
  Accuracy no_event;      // items whose gold has no event: correct = no event coded
  size_t errors = 0;      // items the pipeline failed on
  // (gold root, coded root) -> count; "none" where one side has no event. For one label per
  // sentence: (gold PLOVER type or class, the main event's) -> count, over missed sentences
  // and right ones alike.
  std::map<std::pair<std::string, std::string>, size_t> confusion;
  // Why gold events were missed: "wrong root" (an event with the right actors and another
  // root), "actor not found" (a gold actor's country among no actor mention: dictionary or
  // parse), "no event" (the actors were found but nothing coded between them: patterns, rules).
  // For one label per sentence (PLOVER, classes): "wrong type", or "no event" with how many
  // actor mentions were found ("no actor found", "one actor found", "2+ actors found").
  std::map<std::string, size_t> miss_causes;
  std::vector<Mistake> mistakes;
};

// Scores coded[i] against gold.items[i]; the two must have the same length.
FileScores Score(const GoldFile& gold, const std::vector<CodedItem>& coded);

// Country-level key of a gold actor code: "" when it has no country ("---REB", "-", ""), the
// first six letters of a transnational code (IGO, NGO, IMG, MNC: "IGOUNO"), else the first
// three ("USAGOV" -> "USA"). A gold pattern too short to tell ("U*", "*") gives "*" (any).
std::string GoldCountryKey(std::string_view code);
// The same for a coded actor: its country field when set, the transnational prefix otherwise.
std::string CodedCountryKey(std::string_view code, std::string_view country);
// A full actor code without the "---" unknown-country filler; "-" and "---" become "".
std::string NormalizeActorCode(std::string_view code);
// ConfliBERT five classes from a CAMEO root: 01 -> 0, 02-05 -> 1, 06-08 -> 2, 09-13 -> 3,
// 14-20 -> 4; -1 for anything else.
int PentaClass(std::string_view root);

}  // namespace dyad::eval
