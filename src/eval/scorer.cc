// The scorer. Per gold item, coded events are matched to gold events one to one, greedily in
// gold order (each gold and each coded event used at most once):
// - root level: same source country key, target country key and CAMEO root;
// - exact level: same full source and target codes (without PETRARCH's "---" filler), same
//   CAMEO code, and, where the gold gives one (golden tests), same date.
// Golden patterns ("USA*", "04*") match by prefix. Leftovers after the root-level matching are
// paired by actor countries to fill the off-diagonal cells of the confusion table; what is left
// then is a miss (gold) or a false event (coded). The main event of an item is its first coded
// event (the evaluator puts the event nearest the root of the parse first); it alone gives the
// item's PLOVER type, five-class label and actor spans.
#include "eval/scorer.h"

#include "eval/golden_file.h"

namespace dyad::eval {
namespace {

// Equal keys, or a gold pattern ("*", "1*") the coded key starts with.
bool KeyMatches(const std::string& gold_key, const std::string& coded_key) {
  return GoldenMatch(gold_key, coded_key);
}

// The root of a gold code, or the pattern itself when it is shorter than a root ("1*").
std::string GoldRoot(const std::string& cameo) {
  if (cameo.size() >= 2 && cameo[0] != '*' && cameo[1] != '*') return cameo.substr(0, 2);
  return cameo;
}

bool RootLevelMatch(const GoldEvent& g, const CodedEvent& c) {
  return KeyMatches(GoldCountryKey(g.source), CodedCountryKey(c.source, c.source_country)) &&
         KeyMatches(GoldCountryKey(g.target), CodedCountryKey(c.target, c.target_country)) &&
         KeyMatches(GoldRoot(g.cameo), c.root);
}

bool SameCountries(const GoldEvent& g, const CodedEvent& c) {
  return KeyMatches(GoldCountryKey(g.source), CodedCountryKey(c.source, c.source_country)) &&
         KeyMatches(GoldCountryKey(g.target), CodedCountryKey(c.target, c.target_country));
}

bool ActorMatches(const std::string& gold, const std::string& coded) {
  return GoldenMatch(NormalizeActorCode(gold), NormalizeActorCode(coded));
}

bool ExactMatch(const GoldEvent& g, const CodedEvent& c) {
  return ActorMatches(g.source, c.source) && ActorMatches(g.target, c.target) && GoldenMatch(g.cameo, c.cameo) &&
         (g.date.empty() || g.date == c.date);
}

std::string Describe(const GoldEvent& g) {
  std::string target = NormalizeActorCode(g.target);
  return g.source + " " + (target.empty() ? "-" : g.target) + " " + g.cameo + (g.date.empty() ? "" : " " + g.date);
}

std::string Describe(const CodedEvent& c) {
  return (c.source.empty() ? "-" : c.source) + " " + (c.target.empty() ? "-" : c.target) + " " + c.cameo + " " +
         c.date + (c.plover.empty() ? "" : " (" + c.plover + ")");
}

// Greedy one-to-one matching; returns the coded index for each gold (-1 when none).
template <typename Pred>
std::vector<int> MatchGreedy(const std::vector<GoldEvent>& gold, const std::vector<CodedEvent>& coded,
                             std::vector<bool>& gold_used, std::vector<bool>& coded_used, Pred matches) {
  std::vector<int> pairing(gold.size(), -1);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (gold_used[g]) continue;
    for (size_t c = 0; c < coded.size(); ++c) {
      if (coded_used[c] || !matches(gold[g], coded[c])) continue;
      gold_used[g] = coded_used[c] = true;
      pairing[g] = static_cast<int>(c);
      break;
    }
  }
  return pairing;
}

std::string MissCause(const GoldEvent& g, bool same_actors_other_root, const std::vector<std::string>& actor_keys) {
  if (same_actors_other_root) return "wrong root";
  for (const std::string& key : {GoldCountryKey(g.source), GoldCountryKey(g.target)}) {
    if (key.empty() || key == "*") continue;
    bool found = false;
    for (const std::string& a : actor_keys) found = found || a == key;
    if (!found) return "actor not found";
  }
  return "no event";
}

// Why a sentence's label was missed: a wrong type, or no event at all with how many actor
// mentions were found (none: dictionaries or parse; some: patterns and rules).
std::string SentenceMissCause(const CodedItem& c) {
  if (!c.events.empty()) return "wrong type";
  if (c.actor_keys.empty()) return "no event, no actor found";
  if (c.actor_keys.size() == 1) return "no event, one actor found";
  return "no event, 2+ actors found";
}

void ScoreEvents(const GoldItem& item, const CodedItem& coded, FileScores& s) {
  const auto& gold = item.events;
  const auto& events = coded.events;
  {  // exact level
    std::vector<bool> gu(gold.size()), cu(events.size());
    auto pairing = MatchGreedy(gold, events, gu, cu, ExactMatch);
    for (int p : pairing) p >= 0 ? ++s.exact.tp : ++s.exact.fn;
    for (bool used : cu) s.exact.fp += !used;
  }
  std::vector<bool> gu(gold.size()), cu(events.size());
  auto pairing = MatchGreedy(gold, events, gu, cu, RootLevelMatch);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (pairing[g] < 0) continue;
    ++s.root.tp;
    const CodedEvent& c = events[pairing[g]];
    s.actors.correct += ActorMatches(gold[g].source, c.source);
    s.actors.correct += ActorMatches(gold[g].target, c.target);
    s.actors.total += 2;
    ++s.confusion[{GoldRoot(gold[g].cameo), c.root}];
  }
  // Same actors, another root: a confusion between roots (still a miss and a false event).
  auto by_actors = MatchGreedy(gold, events, gu, cu, SameCountries);
  for (size_t g = 0; g < gold.size(); ++g) {
    if (by_actors[g] >= 0) ++s.confusion[{GoldRoot(gold[g].cameo), events[by_actors[g]].root}];
  }
  for (size_t g = 0; g < gold.size(); ++g) {
    if (pairing[g] >= 0) continue;
    ++s.root.fn;
    if (by_actors[g] < 0) ++s.confusion[{GoldRoot(gold[g].cameo), "none"}];
    std::string cause = MissCause(gold[g], by_actors[g] >= 0, coded.actor_keys);
    ++s.miss_causes[cause];
    s.mistakes.push_back({item.id, item.text, "miss", Describe(gold[g]) + " [" + cause + "]"});
  }
  std::vector<bool> paired_by_actors(events.size());
  for (int c : by_actors) {
    if (c >= 0) paired_by_actors[c] = true;
  }
  for (size_t c = 0; c < events.size(); ++c) {
    bool root_matched = false;
    for (int p : pairing) root_matched = root_matched || p == static_cast<int>(c);
    if (root_matched) continue;
    ++s.root.fp;
    if (!paired_by_actors[c]) ++s.confusion[{"none", events[c].root}];
    s.mistakes.push_back({item.id, events[c].sentence.empty() ? item.text : events[c].sentence, "false",
                          Describe(events[c])});
  }
  if (gold.empty()) {
    ++s.no_event.total;
    s.no_event.correct += events.empty();
  }
}

// PLOVER GSR actors are countries or bare types ("USA", "IGO"): the main event's actor is right
// when its country key starts with one of the listed codes. A sentence without a coded event
// gets its slots wrong.
void ScorePloverActors(const GoldItem& item, const CodedEvent* main, FileScores& s) {
  auto slot = [&](const std::vector<std::string>& codes, const std::string& code, const std::string& country) {
    if (codes.empty()) return;
    ++s.actors.total;
    if (!main) return;
    std::string key = CodedCountryKey(code, country);
    bool right = false;
    for (const std::string& c : codes) right = right || (!c.empty() && !key.empty() && GoldenMatch(c + "*", key));
    s.actors.correct += right;
  };
  slot(item.plover_sources, main ? main->source : "", main ? main->source_country : "");
  slot(item.plover_targets, main ? main->target : "", main ? main->target_country : "");
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

void ScoreSpans(const GoldItem& item, const CodedItem& coded, FileScores& s) {
  struct Guess {
    char role;
    Span span;
  };
  std::vector<Guess> guesses;
  if (!coded.events.empty()) {
    const CodedEvent& main = coded.events.front();
    if (!main.source_span.empty()) guesses.push_back({'S', main.source_span});
    if (!main.target_span.empty()) guesses.push_back({'T', main.target_span});
  }
  for (bool exact : {false, true}) {
    Prf& prf = exact ? s.spans_exact : s.spans;
    std::vector<bool> used(item.spans.size());
    for (const Guess& guess : guesses) {
      bool found = false;
      for (size_t i = 0; i < item.spans.size() && !found; ++i) {
        const GoldSpan& g = item.spans[i];
        bool role_ok = g.role == guess.role || g.role == 'R';
        bool span_ok = exact ? g.span == guess.span : Overlaps(g.span, guess.span);
        if (!used[i] && role_ok && span_ok) used[i] = found = true;
      }
      found ? ++prf.tp : ++prf.fp;
    }
    for (bool u : used) prf.fn += !u;
  }
}

}  // namespace

FileScores Score(const GoldFile& gold, const std::vector<CodedItem>& coded) {
  FileScores s;
  s.file = gold.path;
  s.format = gold.format;
  s.items = gold.items.size();
  s.has_events = gold.has_events;
  s.has_plover = gold.has_plover;
  s.has_classes = gold.has_classes;
  s.has_spans = gold.has_spans;
  static const CodedItem kNothing;
  for (size_t i = 0; i < gold.items.size(); ++i) {
    const GoldItem& item = gold.items[i];
    const CodedItem& c = i < coded.size() ? coded[i] : kNothing;
    if (!c.error.empty()) {
      ++s.errors;
      s.mistakes.push_back({item.id, item.text, "error", c.error});
    }
    if (gold.has_events) ScoreEvents(item, c, s);
    const CodedEvent* main = c.events.empty() ? nullptr : &c.events.front();
    bool labelled = (gold.has_plover && !item.plover.empty()) || (gold.has_classes && item.penta_class >= 0);
    if (labelled) {
      bool right = gold.has_plover ? main && main->plover == item.plover
                                   : main && PentaClass(main->root) == item.penta_class;
      if (!right) ++s.miss_causes[SentenceMissCause(c)];
      // The confusion table of the sentence labels: gold type or class against the main event's.
      std::string gold_label = gold.has_plover ? item.plover : std::to_string(item.penta_class);
      std::string coded_label = !main ? "none"
                                : gold.has_plover ? (main->plover.empty() ? "-" : main->plover)
                                                  : std::to_string(PentaClass(main->root));
      ++s.confusion[{gold_label, coded_label}];
    }
    if (gold.has_plover && !item.plover.empty()) {
      ++s.plover.total;
      ++s.plover_any.total;
      s.plover.correct += main && main->plover == item.plover;
      bool any = false;
      for (const CodedEvent& e : c.events) any = any || e.plover == item.plover;
      s.plover_any.correct += any;
      if (!main || main->plover != item.plover) {
        s.mistakes.push_back({item.id, item.text, "miss",
                              "PLOVER " + item.plover + ", coded " + (main ? Describe(*main) : "nothing")});
      }
    }
    if (gold.has_plover) ScorePloverActors(item, main, s);
    if (gold.has_classes && item.penta_class >= 0) {
      ++s.classes.total;
      bool ok = main && PentaClass(main->root) == item.penta_class;
      s.classes.correct += ok;
      if (!ok) {
        s.mistakes.push_back({item.id, item.text, "miss",
                              "class " + std::to_string(item.penta_class) + ", coded " +
                                  (main ? "class " + std::to_string(PentaClass(main->root)) + ": " + Describe(*main)
                                        : "nothing")});
      }
    }
    if (gold.has_spans) ScoreSpans(item, c, s);
  }
  return s;
}

}  // namespace dyad::eval
