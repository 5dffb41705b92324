// The evaluator's two outputs: one JSON object per gold file (the fields the issue names, plus
// counts), and a text report with the confusion table and the list of mistakes.
#pragma once

#include <string>

#include "eval/scorer.h"

namespace dyad::eval {

// One line of JSON: file, sentences, root and exact {precision, recall, f1} (null when the gold
// has no CAMEO events), actor_accuracy, plover_accuracy and class_accuracy where the gold has
// them, span_f1, no_event_accuracy; fractions between 0 and 1.
std::string JsonReport(const FileScores& scores);

// A human-readable report; max_mistakes < 0 lists every miss and false event.
std::string TextReport(const FileScores& scores, int max_mistakes);

}  // namespace dyad::eval
