#include "nlp/tagger.h"

#include <algorithm>
#include <atomic>
#include <cstring>
#include <initializer_list>

#include "dyad/date.h"

namespace dyad::nlp {
namespace {

constexpr uint32_t kNoWord = 0x5bd1e995u;  // attribute hash for positions off the sentence
constexpr uint32_t kUnknownAmbiguity = 0x2545f491u;

// The feature templates, in two parts: the word part (templates 0-9, 19 and 27) depends only
// on the word itself (its attributes, its ambiguity class amb0 and whether it opens the
// sentence), so Tag can cache its scores per word; the context part (the other 23) reads the
// neighbours and the previous tags. `at` reads the context of word i (word, ambiguity class,
// 3-byte suffix and shape of the word at an offset, kNoWord off the sentence).
constexpr size_t kWordFeatures = 12, kContextFeatures = 23;
constexpr size_t kNumTaggerFeatures = kWordFeatures + kContextFeatures;

// Templates 0-9, 19, 27 in that order.
inline void FillWordFeatures(const WordAttributes& w, uint32_t amb0, bool first, uint32_t* out) {
  out[0] = FeatureKey(0, 0);
  out[1] = FeatureKey(1, w.lower);
  for (uint32_t k = 0; k < 4; ++k) out[2 + k] = FeatureKey(2 + k, w.suffix[k]);
  for (uint32_t k = 0; k < 3; ++k) out[6 + k] = FeatureKey(6 + k, w.prefix[k]);
  out[9] = FeatureKey(9, w.shape);
  out[10] = FeatureKey(19, amb0);
  out[11] = FeatureKey(27, w.shape, first ? 1u : 0u);
}

// Templates 10-18, 20-26, 28-34 in that order.
template <class Context>
inline void FillContextFeatures(const Context& at, const WordAttributes& w, int prev, int prev2,
                                uint32_t* out) {
  const auto p1 = static_cast<uint32_t>(prev + 2), p2 = static_cast<uint32_t>(prev2 + 2);
  const uint32_t word_m1 = at.word(-1), word_p1 = at.word(1), amb_0 = at.amb(0), amb_p1 = at.amb(1);
  out[0] = FeatureKey(10, p1);
  out[1] = FeatureKey(11, p1, p2);
  out[2] = FeatureKey(12, p1, w.lower);
  out[3] = FeatureKey(13, word_m1);
  out[4] = FeatureKey(14, at.suf3(-1));
  out[5] = FeatureKey(15, at.word(-2));
  out[6] = FeatureKey(16, word_p1);
  out[7] = FeatureKey(17, at.suf3(1));
  out[8] = FeatureKey(18, at.word(2));
  out[9] = FeatureKey(20, amb_p1);
  out[10] = FeatureKey(21, at.amb(2));
  out[11] = FeatureKey(22, word_m1, w.lower);
  out[12] = FeatureKey(23, w.lower, word_p1);
  out[13] = FeatureKey(24, p1, amb_p1);
  out[14] = FeatureKey(25, amb_0, amb_p1);
  out[15] = FeatureKey(26, at.amb(-1), amb_0);
  out[16] = FeatureKey(28, p1, w.suffix[2]);
  out[17] = FeatureKey(29, at.shape(1));
  out[18] = FeatureKey(30, word_m1, word_p1);
  out[19] = FeatureKey(31, p1, word_p1);
  out[20] = FeatureKey(32, w.lower, amb_p1);
  out[21] = FeatureKey(33, w.suffix[1], amb_p1);
  out[22] = FeatureKey(34, at.shape(-1), w.shape);
}

// Context with bounds checks, for the trainer's calls on single positions.
struct CheckedContext {
  const std::vector<WordAttributes>& attrs;
  const std::vector<uint32_t>& amb_of;
  long i, n;
  bool off(long d) const { return i + d < 0 || i + d >= n; }
  uint32_t word(long d) const { return off(d) ? kNoWord : attrs[i + d].lower; }
  uint32_t amb(long d) const { return off(d) ? kNoWord : amb_of[i + d]; }
  uint32_t suf3(long d) const { return off(d) ? kNoWord : attrs[i + d].suffix[2]; }
  uint32_t shape(long d) const { return off(d) ? kNoWord : attrs[i + d].shape; }
};

// Context over per-sentence columns padded with kPad kNoWord entries at both ends, so that
// reading the neighbours needs no bounds checks; the pointers are at word i.
constexpr size_t kPad = 2;
struct PaddedContext {
  const uint32_t *lower, *amb_of, *suffix3, *shapes;
  uint32_t word(long d) const { return lower[d]; }
  uint32_t amb(long d) const { return amb_of[d]; }
  uint32_t suf3(long d) const { return suffix3[d]; }
  uint32_t shape(long d) const { return shapes[d]; }
};

// The scores of the word part of recently tagged words, per thread (the tagger is const and
// shared across threads): direct-mapped on the word's attributes and first-word flag, which
// are the whole input of the word part, so a hit is exact. Scores are integer sums, so adding
// the two parts separately gives the same totals. Bound to one tagger at a time (its
// instance id); 4096 * (37 + 4 * tags) bytes per thread (1.8 MB for EWT).
constexpr uint32_t kCacheBits = 12;
struct WordScoreCache {
  uint64_t owner = 0;
  int classes = 0;
  std::vector<WordAttributes> words;
  std::vector<uint8_t> state;  // 0: empty, 1: cached, not first word, 2: cached, first word
  std::vector<int32_t> rows;
  static uint32_t Slot(const WordAttributes& w, bool first) {
    return ((w.lower + w.shape * 31u + (first ? 1u : 0u)) * 0x9e3779b1u) >> (32 - kCacheBits);
  }
};

// Per-thread buffers for Tag.
struct TagScratch {
  std::vector<uint32_t> lower, amb, suffix3, shape;  // padded columns
  std::vector<int> sure;
  WordScoreCache cache;
};

TagScratch& ThreadTagScratch() {
  thread_local TagScratch scratch;
  return scratch;
}

}  // namespace

uint64_t Tagger::InstanceId::Next() {
  static std::atomic<uint64_t> next{1};
  return next.fetch_add(1, std::memory_order_relaxed);
}

void TaggerFeatures(const std::vector<WordAttributes>& attrs, const std::vector<uint32_t>& amb,
                    size_t i, int prev, int prev2, std::vector<uint32_t>& out) {
  uint32_t word[kWordFeatures], context[kContextFeatures];
  FillWordFeatures(attrs[i], amb[i], i == 0, word);
  const CheckedContext at{attrs, amb, static_cast<long>(i), static_cast<long>(attrs.size())};
  FillContextFeatures(at, attrs[i], prev, prev2, context);
  // The trainer's order (templates 0-34), which its float sums depend on.
  out.clear();
  out.insert(out.end(), word, word + 10);
  out.insert(out.end(), context, context + 9);
  out.push_back(word[10]);
  out.insert(out.end(), context + 9, context + 16);
  out.push_back(word[11]);
  out.insert(out.end(), context + 16, context + kContextFeatures);
}

void Tagger::Tag(const std::vector<WordAttributes>& attrs, std::vector<int>& tags) const {
  const size_t n = attrs.size();
  tags.resize(n);
  if (n == 0) return;
  TagScratch& s = ThreadTagScratch();
  const size_t padded = n + 2 * kPad;
  s.lower.assign(padded, kNoWord);
  s.amb.assign(padded, kNoWord);
  s.suffix3.assign(padded, kNoWord);
  s.shape.assign(padded, kNoWord);
  s.sure.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const WordAttributes& a = attrs[i];
    const LexiconEntry* e = Lookup(a.lower);
    if (preposition_.sure_tag >= 0 &&
        std::find(news_prepositions_.begin(), news_prepositions_.end(), a.lower) != news_prepositions_.end())
      e = &preposition_;
    s.lower[kPad + i] = a.lower;
    s.amb[kPad + i] = e ? e->ambiguity : kUnknownAmbiguity;
    s.suffix3[kPad + i] = a.suffix[2];
    s.shape[kPad + i] = a.shape;
    s.sure[i] = e ? e->sure_tag : -1;
  }
  const int classes = num_tags();
  WordScoreCache& cache = s.cache;
  if (cache.owner != id_.value || cache.classes != classes) {
    cache.owner = id_.value;
    cache.classes = classes;
    cache.words.resize(size_t{1} << kCacheBits);
    cache.state.assign(size_t{1} << kCacheBits, 0);
    cache.rows.resize((size_t{1} << kCacheBits) * classes);
  }
  uint32_t features[kNumTaggerFeatures];
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    int tag = s.sure[i];
    if (tag < 0) {
      const WordAttributes& w = attrs[i];
      const bool first = i == 0;
      const uint32_t slot = WordScoreCache::Slot(w, first);
      int32_t* row = &cache.rows[size_t{slot} * classes];
      const uint8_t state = first ? 2 : 1;
      if (cache.state[slot] != state || std::memcmp(&cache.words[slot], &w, sizeof w) != 0) {
        FillWordFeatures(w, s.amb[kPad + i], first, features);
        std::fill(row, row + classes, 0);
        weights_.Score(features, kWordFeatures, row);
        cache.words[slot] = w;
        cache.state[slot] = state;
      }
      const PaddedContext at{&s.lower[kPad + i], &s.amb[kPad + i], &s.suffix3[kPad + i], &s.shape[kPad + i]};
      FillContextFeatures(at, w, prev, prev2, features);
      int32_t scores[kMaxTags];
      std::memcpy(scores, row, classes * sizeof(int32_t));
      weights_.Score(features, kContextFeatures, scores);
      // The first of the highest scores, as std::max_element.
      tag = 0;
      int32_t best = scores[0];
      for (int c = 1; c < classes; ++c)
        if (scores[c] > best) best = scores[c], tag = c;
    }
    tags[i] = tag;
    prev2 = prev;
    prev = tag;
  }
}

void Tagger::Write(ByteWriter& out) const {
  out.Var(upos_.size());
  for (size_t t = 0; t < upos_.size(); ++t) {
    out.Str(upos_[t]);
    out.Str(xpos_[t]);
  }
  out.Var(lexicon_keys_.size());
  uint32_t prev = 0;
  for (size_t i = 0; i < lexicon_keys_.size(); ++i) {
    out.Var(lexicon_keys_[i] - prev);
    prev = lexicon_keys_[i];
    out.Var(lexicon_[i].ambiguity);
    out.Var(static_cast<uint64_t>(lexicon_[i].sure_tag + 1));
  }
  weights_.Write(out);
}

int Tagger::Find(std::string_view upos, std::string_view xpos) const {
  for (int t = 0; t < num_tags(); ++t)
    if (upos_[t] == upos && xpos_[t] == xpos) return t;
  return -1;
}

void MarkPerfectAuxiliaries(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags) {
  for (size_t i = 0; i + 1 < words.size(); ++i) {
    std::string_view w = words[i];
    if (tagger.Upos(tags[i]) != "VERB" && tagger.Upos(tags[i]) != "AUX") continue;
    if (w != "has" && w != "have" && w != "had" && w != "Has" && w != "Have" && w != "Had") continue;
    size_t j = i + 1;
    while (j < words.size() && j <= i + 3 && tagger.Xpos(tags[j]) == "RB") ++j;
    if (j >= words.size()) continue;
    // A past tense right after "has" is a participle the tagger misread ("has refused"), also
    // when "has" was read as the auxiliary it is.
    int participle = tagger.Xpos(tags[j]) == "VBD" ? tagger.Find("VERB", "VBN") : tags[j];
    if (participle < 0 || tagger.Xpos(participle) != "VBN") continue;
    int aux = tagger.Find("AUX", tagger.Xpos(tags[i]));
    if (aux < 0) continue;
    tags[i] = aux;
    tags[j] = participle;
  }
}

namespace {

bool IsNounTag(std::string_view x) { return x == "NN" || x == "NNS" || x == "NNP" || x == "NNPS"; }
bool IsPluralTag(std::string_view x) { return x == "NNS" || x == "NNPS"; }
bool IsFiniteTag(std::string_view x) { return x == "VBD" || x == "VBZ" || x == "VBP" || x == "MD"; }

bool OneOf(std::string_view w, std::initializer_list<std::string_view> list) {
  for (std::string_view x : list)
    if (w == x) return true;
  return false;
}

// Words of time after which a participle is a reduced relative ("killed Monday", "held last
// year") and participles that name or class their noun ("a group called Hamas").
bool IsTimeWord(std::string_view lower) {
  return WeekdayNamed(lower) >= 0 || MonthFullNamed(lower) > 0 ||
         OneOf(lower, {"last", "next", "this", "earlier", "later", "ago", "today", "yesterday", "tonight"});
}
bool IsNamingParticiple(std::string_view lower) {
  return OneOf(lower, {"called", "named", "dubbed", "nicknamed", "titled", "entitled", "labeled", "labelled",
                       "termed", "deemed", "considered", "based", "known", "given", "shown"});
}

// Past forms that take their own subject's infinitive ("the two countries agreed to take"), so a
// following "to" still leaves them the clause's verb; verbs often passive with an infinitive
// ("asked", "ordered") are not among them.
bool IsControlPast(std::string_view lower) {
  return OneOf(lower, {"agreed", "refused", "decided", "vowed", "pledged", "promised", "threatened", "planned", "tried",
                       "attempted", "failed", "offered", "hoped", "wanted", "continued", "started", "declined",
                       "voted", "moved", "managed", "opted", "sought", "began"});
}

// A clause word that ends the scan for a later finite verb: punctuation, conjunctions,
// relative words, subordinators.
bool EndsClause(std::string_view x, std::string_view lower) {
  if (x == "," || x == ":" || x == "." || x == "-LRB-" || x == "-RRB-" || x == "``" || x == "''" || x == "CC" ||
      x == "WDT" || x == "WP" || x == "WRB" || x == "NFP")
    return true;
  return x == "IN" && OneOf(lower, {"that", "because", "while", "as", "after", "before", "when", "if", "since",
                                    "although", "though", "until", "whether"});
}

}  // namespace

void MarkPastTenseAfterSubjects(const Tagger& tagger, const std::vector<std::string_view>& words,
                                std::vector<int>& tags) {
  const int past = tagger.Find("VERB", "VBD");
  if (past < 0) return;
  const size_t n = words.size();
  for (size_t i = 1; i + 1 < n; ++i) {
    std::string_view x = tagger.Xpos(tags[i]);
    // "settlers set fire to", "troops shot dead a teenager": a past form the tagger read as a noun.
    bool noun_past = x == "NN" && (((words[i] == "set" || words[i] == "Set") &&
                                   OneOf(AsciiLowered(words[i + 1]), {"fire", "ablaze", "alight"})) ||
                                  (words[i] == "shot" && OneOf(AsciiLowered(words[i + 1]), {"dead", "down"})));
    if (x != "VBN" && x != "JJ" && !noun_past) continue;
    const std::string lower = AsciiLowered(words[i]);
    // An -ed adjective only, and not one inside a name ("the Solomon Islands Armed Forces").
    if (x == "JJ" && (lower.size() < 5 || lower.compare(lower.size() - 2, 2, "ed") != 0 || lower != words[i])) continue;
    if (IsNamingParticiple(lower)) continue;
    size_t p = i - 1;  // the subject's last word, an adverb or "today" aside
    for (int skip = 0; skip < 2 && p > 0; ++skip) {  // "Israel Friday reimposed": AP's day
      std::string_view px = tagger.Xpos(tags[p]);
      const std::string pl = AsciiLowered(words[p]);
      if (px != "RB" && !OneOf(pl, {"today", "yesterday", "tonight"}) && !(IsTimeWord(pl) && px == "NNP")) break;
      --p;
      if (px == "NNP" && p > 0 && AsciiLowered(words[p]) == "on") --p;  // "Adhikari on Tuesday declined"
    }
    std::string_view subject = tagger.Xpos(tags[p]);
    if (!IsNounTag(subject)) continue;
    // A bare noun object only after a plural or a name without an article ("Israel reimposed
    // blockades", not "the Saudi led coalition" or "government armed forces").
    bool bare_object = IsPluralTag(subject) || (subject == "NNP" && (p == 0 || tagger.Xpos(tags[p - 1]) != "DT"));
    // "The European Union agreed on Wednesday to impose": a day between the verb and its "to".
    size_t j = i + 1;
    if (j + 2 < n && IsControlPast(lower) && AsciiLowered(words[j]) == "on" && IsTimeWord(AsciiLowered(words[j + 1])) &&
        tagger.Xpos(tags[j + 2]) == "TO")
      j += 2;
    std::string_view next = tagger.Xpos(tags[j]);
    bool object = noun_past || OneOf(next, {"DT", "CD", "PRP$", "PDT", "NNP", "NNPS"}) ||
                  (bare_object && OneOf(next, {"NN", "NNS", "JJ", "JJR", "JJS"})) ||
                  ((next == "TO" || AsciiLowered(words[j]) == "to") && IsControlPast(lower)) ||
                  // "The EU eased[JJ] sanctions": a plural noun that is a verb's object in news.
                  (next == "NNS" && OneOf(AsciiLowered(words[j]), {"sanctions", "restrictions", "tariffs", "troops",
                                                                   "ties", "relations", "talks", "strikes",
                                                                   "measures", "curbs", "controls"}));
    if (!object || OneOf(AsciiLowered(words[j]), {"hostage", "captive", "prisoner"})) continue;
    bool reduced = false;  // a time word or a finite verb later in the clause
    for (size_t k = j; k < n && !reduced; ++k) {
      std::string_view kx = tagger.Xpos(tags[k]);
      const std::string kl = AsciiLowered(words[k]);
      if ((k <= i + 4 && IsTimeWord(kl)) || kl == "by") reduced = true;  // "held hostage by the group"
      if (EndsClause(kx, kl)) break;
      if (IsFiniteTag(kx)) reduced = true;
    }
    if (!reduced) tags[i] = past;
  }
}

void MarkPluralEventNouns(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags) {
  const int plural = tagger.Find("NOUN", "NNS");
  if (plural < 0) return;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (tagger.Xpos(tags[i]) != "VBZ") continue;
    std::string_view prev = tagger.Xpos(tags[i - 1]), next = tagger.Xpos(tags[i + 1]);
    // "Ukraine dismissed reports[VBZ] that ...": two finite verbs in a row are a verb and its
    // plural object.
    if (prev == "VBD" && OneOf(AsciiLowered(words[i]), {"reports", "claims", "allegations", "accusations", "rumours",
                                                         "rumors", "suggestions", "charges", "calls", "demands"})) {
      tags[i] = plural;
      continue;
    }
    if (next != "IN" && next != "TO" && next != "," && next != ".") continue;
    const std::string lower = AsciiLowered(words[i]);
    // "shot down Russian drones[VBZ] over": weapons after a name or a number too.
    if ((prev == "NNP" || prev == "CD" || prev == "NN" || prev == "JJ") &&
        OneOf(lower, {"drones", "missiles", "rockets", "shells", "bombs", "warplanes"})) {
      tags[i] = plural;
      continue;
    }
    if (prev != "NN" && prev != "JJ") continue;
    if (OneOf(lower, {"exercises", "drills", "maneuvers", "manoeuvres", "talks", "strikes", "attacks", "protests",
                      "clashes", "sanctions", "operations", "patrols", "raids"}))
      tags[i] = plural;
  }
}

void MarkRoleNouns(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags) {
  const int noun = tagger.Find("NOUN", "NN");
  if (noun < 0) return;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (tagger.Xpos(tags[i]) != "JJ") continue;
    if (!OneOf(words[i], {"official", "national", "military", "representative", "militant", "rebel", "separatist",
                          "extremist", "loyalist", "moderate", "radical", "Islamist", "jihadist", "envoy"}))
      continue;
    std::string_view prev = tagger.Xpos(tags[i - 1]), next = tagger.Xpos(tags[i + 1]);
    if (!OneOf(prev, {"DT", "JJ", "JJS", "NNP", "NNPS", "PRP$", "POS"})) continue;
    if (IsFiniteTag(next) || OneOf(words[i + 1], {"today", "yesterday"})) tags[i] = noun;
  }
}

void MarkLastAsAdverb(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags) {
  const int adverb = tagger.Find("ADV", "RB"), past = tagger.Find("VERB", "VBD");
  if (adverb < 0 || past < 0) return;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    if (AsciiLowered(words[i]) != "last" || tagger.Xpos(tags[i]) != "JJ") continue;
    std::string_view prev = tagger.Xpos(tags[i - 1]), next = tagger.Xpos(tags[i + 1]);
    if ((!IsNounTag(prev) && prev != "PRP") || (next != "VBN" && next != "VBD")) continue;
    tags[i] = adverb;
    if (next == "VBN") tags[i + 1] = past;
  }
}

void MarkVerbAfterModal(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags) {
  const int base = tagger.Find("VERB", "VB");
  if (base < 0) return;
  for (size_t i = 1; i + 1 < words.size(); ++i) {
    std::string_view prev = tagger.Xpos(tags[i - 1]);
    if ((prev != "MD" && prev != "TO") || tagger.Xpos(tags[i]) != "RB" ||
        tagger.Xpos(tags[i + 1]).starts_with("VB"))
      continue;
    const std::string lower = AsciiLowered(words[i]);
    if (lower.size() < 3 || lower.ends_with("ly") || lower.find('\'') != std::string::npos ||
        OneOf(lower, {"not", "never", "also", "still", "just", "now", "very", "anyway", "ever", "even", "only",
                      "soon", "already", "then", "again", "always", "too", "really", "further", "first", "second",
                      "rather", "instead", "perhaps", "maybe", "certainly", "probably", "surely", "therefore",
                      "thus", "hence", "once", "twice", "yet", "well", "back", "away", "out", "up", "down",
                      "here", "there", "together", "alone", "else", "all", "both", "either", "neither", "nt", "anywhere",
                      "somewhere", "everywhere", "nowhere", "much", "more", "most", "less", "least", "pretty",
                      "quite", "late", "later", "early", "long", "far", "hard", "fast", "enough", "home", "abroad",
                      "ahead", "otherwise", "anyway", "somehow", "indeed", "however"}))
      continue;
    tags[i] = base;
  }
}

void MarkUnknownClosedClass(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags) {
  const int participle = tagger.Find("VERB", "VBN"), gerund = tagger.Find("VERB", "VBG");
  if (participle < 0 || gerund < 0) return;
  WordAttributes a;
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view x = tagger.Xpos(tags[i]);
    if (!OneOf(x, {"IN", "DT", "CC", "TO", "PRP", "PRP$", "WDT", "WP", "EX", "MD", "RP", "PDT"})) continue;
    std::string_view w = words[i];
    const bool ed = w.ends_with("ed"), ing = w.ends_with("ing");
    if ((!ed && !ing) || w.size() < 5 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
      continue;
    ComputeAttributes(w, a);
    if (tagger.Known(a.lower)) continue;
    tags[i] = ed ? participle : gerund;
  }
}

void RepairTags(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags) {
  MarkUnknownClosedClass(tagger, words, tags);
  MarkPerfectAuxiliaries(tagger, words, tags);
  MarkVerbAfterModal(tagger, words, tags);
  MarkLastAsAdverb(tagger, words, tags);
  MarkPluralEventNouns(tagger, words, tags);
  MarkRoleNouns(tagger, words, tags);
  MarkPastTenseAfterSubjects(tagger, words, tags);
}

Status Tagger::Read(ByteReader& in) {
  id_ = InstanceId();  // a new model: Tag's per-thread caches of the old one no longer apply
  size_t tags = in.Count(kMaxTags, "a tag count of at most 4096");
  if (in.ok() && tags == 0) in.Fail("at least one tag");
  upos_.resize(tags);
  xpos_.resize(tags);
  for (size_t t = 0; t < tags; ++t) {
    upos_[t] = in.Str();
    xpos_[t] = in.Str();
  }
  size_t words = in.Count(1u << 24, "a lexicon of at most 2^24 words");
  lexicon_keys_.resize(words);
  lexicon_.resize(words);
  uint32_t key = 0;
  for (size_t i = 0; i < words && in.ok(); ++i) {
    key += static_cast<uint32_t>(in.Var());
    lexicon_keys_[i] = key;
    lexicon_[i].ambiguity = static_cast<uint32_t>(in.Var());
    lexicon_[i].sure_tag = static_cast<int>(in.Count(tags, "a tag id")) - 1;
  }
  if (!in.ok()) return in.status();
  lexicon_index_.Reserve(words);
  for (size_t i = 0; i < words; ++i) lexicon_index_.Insert(lexicon_keys_[i], static_cast<uint32_t>(i));
  DYAD_RETURN_IF_ERROR(weights_.Read(in));
  if (weights_.num_classes() != static_cast<int>(tags))
    return Status::Invalid("tagger weights have " + std::to_string(weights_.num_classes()) +
                           " classes, expected " + std::to_string(tags));
  SetNewsPrepositions();
  return Status::Ok();
}

void Tagger::SetNewsPrepositions() {
  auto key = [](std::string_view w) {
    WordAttributes a;
    ComputeAttributes(w, a);
    return a.lower;
  };
  news_prepositions_ = {key("amid"), key("amidst"), key("alongside")};
  const LexiconEntry* like = Lookup(key("throughout"));
  preposition_ = {like ? like->ambiguity : 0, Find("ADP", "IN")};
  if (!like) preposition_.sure_tag = -1;
}

}  // namespace dyad::nlp
