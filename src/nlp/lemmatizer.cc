#include "nlp/lemmatizer.h"

#include <algorithm>
#include <tuple>

#include "nlp/feature_hash.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {

namespace {

std::string Cased(Lemmatizer::Casing casing, std::string_view form) {
  if (casing == Lemmatizer::kLower) return AsciiLowered(form);
  std::string out(form);
  if (casing == Lemmatizer::kCapitalize && !out.empty() && out[0] >= 'a' && out[0] <= 'z')
    out[0] = static_cast<char>(out[0] - 'a' + 'A');
  return out;
}

Lemmatizer::Script ScriptWith(Lemmatizer::Casing casing, std::string_view form, std::string_view lemma) {
  Lemmatizer::Script s;
  s.casing = casing;
  std::string source = Cased(casing, form);
  size_t common = 0;
  while (common < source.size() && common < lemma.size() && source[common] == lemma[common])
    ++common;
  s.strip = static_cast<uint32_t>(source.size() - common);
  s.append = std::string(lemma.substr(common));
  return s;
}

}  // namespace

// Lower-case lemmas lower-case the form; others capitalise it ("mexico" -> "Mexico", "i" ->
// "I") unless keeping its case needs a shorter edit ("iPhone").
Lemmatizer::Script Lemmatizer::ScriptFor(std::string_view form, std::string_view lemma) {
  if (AsciiLowered(lemma) == lemma) return ScriptWith(kLower, form, lemma);
  Script cap = ScriptWith(kCapitalize, form, lemma), keep = ScriptWith(kKeep, form, lemma);
  return keep.strip < cap.strip ? keep : cap;
}

std::string Lemmatizer::Apply(const Script& script, std::string_view form) {
  std::string out = Cased(script.casing, form);
  if (script.strip >= out.size()) return script.append.empty() ? out : script.append;
  out.resize(out.size() - script.strip);
  out += script.append;
  return out;
}

uint32_t Lemmatizer::RuleKey(std::string_view lower_suffix, int tag) {
  return FeatureKey(101, HashText(lower_suffix), static_cast<uint32_t>(lower_suffix.size()),
                    static_cast<uint32_t>(tag));
}

uint32_t Lemmatizer::ExceptionKey(std::string_view lower_form, int tag) {
  return FeatureKey(102, HashText(lower_form), static_cast<uint32_t>(tag));
}

uint32_t Lemmatizer::CasedExceptionKey(std::string_view form, int tag) {
  return FeatureKey(104, HashText(form), static_cast<uint32_t>(tag));
}

uint32_t Lemmatizer::LexiconKey(std::string_view lower_lemma, uint8_t word_class) {
  return FeatureKey(103, HashText(lower_lemma), word_class);
}

uint8_t Lemmatizer::ProperCasingClass(std::string_view lemma) {
  if (lemma.size() < 2) return 0;
  bool upper_rest = true, lower_rest = true;
  for (size_t i = 1; i < lemma.size(); ++i) {
    char c = lemma[i];
    upper_rest = upper_rest && c >= 'A' && c <= 'Z';
    lower_rest = lower_rest && c >= 'a' && c <= 'z';
  }
  if (lemma[0] < 'A' || lemma[0] > 'Z') return 0;
  return upper_rest ? kCapitalsLemma : lower_rest ? kTitleLemma : 0;
}

namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
bool IsConsonant(char c) { return c >= 'a' && c <= 'z' && !IsVowel(c); }

bool EndsWith(std::string_view s, std::string_view end) {
  return s.size() >= end.size() && s.substr(s.size() - end.size()) == end;
}

// stem ends in a doubled consonant ("bann", "stopp"): the stem with one of them.
void AddUndoubled(std::string_view stem, std::vector<std::string>& out) {
  size_t n = stem.size();
  if (n >= 3 && IsConsonant(stem[n - 1]) && stem[n - 2] == stem[n - 1])
    out.emplace_back(stem.substr(0, n - 1));
}

}  // namespace

// English spelling of regular inflections: -ed/-ing/-er/-est may have dropped a final e
// (blame -> blamed) or doubled a final consonant (ban -> banned); y turns into i before
// -ed/-es/-er/-est (carry -> carried); -es follows sibilants (pass -> passes).
std::vector<std::string> Lemmatizer::RegularCandidates(std::string_view w, Inflection inflection) {
  std::vector<std::string> out;
  auto stem = [&](size_t cut) { return w.substr(0, w.size() - cut); };
  // An ending that needs a stem of at least two bytes.
  auto ends = [&](std::string_view end, size_t min_stem = 2) {
    return w.size() >= end.size() + min_stem && EndsWith(w, end);
  };
  switch (inflection) {
    case kPast:
      if (ends("ied")) out.push_back(std::string(stem(3)) + "y");
      if (ends("ed")) {
        out.emplace_back(stem(2));
        out.emplace_back(stem(1));
        AddUndoubled(stem(2), out);
      }
      break;
    case kGerund:
      if (ends("ying", 1)) out.push_back(std::string(stem(4)) + "ie");
      if (ends("ing")) {
        out.emplace_back(stem(3));
        out.push_back(std::string(stem(3)) + "e");
        AddUndoubled(stem(3), out);
        if (ends("cking")) out.emplace_back(stem(4));  // mimicking -> mimic
      }
      break;
    case kThirdPerson:
    case kPlural:
      if (ends("ies")) out.push_back(std::string(stem(3)) + "y");
      if (inflection == kPlural && ends("ves")) {
        out.push_back(std::string(stem(3)) + "f");
        out.push_back(std::string(stem(3)) + "fe");
      }
      if (ends("es")) out.emplace_back(stem(2));
      if (ends("s") && !EndsWith(w, "ss")) out.emplace_back(stem(1));
      break;
    case kComparative:
      if (ends("ier")) out.push_back(std::string(stem(3)) + "y");
      if (ends("er")) {
        out.emplace_back(stem(2));
        out.emplace_back(stem(1));
        AddUndoubled(stem(2), out);
      }
      break;
    case kSuperlative:
      if (ends("iest")) out.push_back(std::string(stem(4)) + "y");
      if (ends("est")) {
        out.emplace_back(stem(3));
        out.emplace_back(stem(2));
        AddUndoubled(stem(3), out);
      }
      break;
    default:
      break;
  }
  return out;
}

uint32_t Lemmatizer::KnownCount(std::string_view lower_lemma, uint8_t word_class) const {
  uint32_t row = lexicon_index_.Find(LexiconKey(lower_lemma, word_class));
  return row == KeyIndex::kNone ? 0 : lexicon_counts_[row];
}

std::string Lemmatizer::RuleLemma(std::string_view form, std::string_view lv, int tag) const {
  for (size_t k = std::min(kMaxSuffix, lv.size());; --k) {
    uint32_t r = rule_index_.Find(RuleKey(lv.substr(lv.size() - k), tag));
    // A noun's lemma longer than its form with nothing stripped is an abbreviation's ("Nov" ->
    // "November"), which only the exception table knows: as a suffix rule it made "Lavrov"
    // "Lavrovember" and "Intercept" "Interceptember" ("ca" -> "can" is a modal's rule).
    if (r != KeyIndex::kNone && scripts_[r].strip == 0 && !scripts_[r].append.empty() && tag >= 0 &&
        static_cast<size_t>(tag) < tag_info_.size() && tag_info_[tag].word_class == 1)
      r = KeyIndex::kNone;
    if (r != KeyIndex::kNone) return Apply(scripts_[r], form);
    if (k == 0) break;
  }
  return std::string(lv);
}

namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// "3,500,000" or "1,250.50": digits grouped by commas, which the lemma drops (EWT: 3500000).
bool IsGroupedNumber(std::string_view w) {
  size_t i = 0, digits = 0;
  while (i < w.size() && IsDigit(w[i])) ++i, ++digits;
  if (digits == 0 || digits > 3 || i == w.size() || w[i] != ',') return false;
  while (i < w.size() && w[i] == ',') {
    if (i + 3 >= w.size() || !IsDigit(w[i + 1]) || !IsDigit(w[i + 2]) || !IsDigit(w[i + 3]))
      return false;
    i += 4;
  }
  if (i == w.size()) return true;
  if (w[i] != '.' || i + 1 == w.size()) return false;
  for (++i; i < w.size(); ++i)
    if (!IsDigit(w[i])) return false;
  return true;
}

// The stem an -ed/-ing form leaves, or "" for other inflections and short forms.
std::string RegularStem(std::string_view lower, Lemmatizer::Inflection inflection) {
  size_t cut = inflection == Lemmatizer::kPast ? 2 : inflection == Lemmatizer::kGerund ? 3 : 0;
  if (cut == 0 || lower.size() < cut + 3) return "";
  return std::string(lower.substr(0, lower.size() - cut));
}

bool EndsInDoubledConsonant(std::string_view lower, Lemmatizer::Inflection inflection) {
  std::string stem = RegularStem(lower, inflection);
  size_t n = stem.size();
  return n >= 3 && IsConsonant(stem[n - 1]) && stem[n - 2] == stem[n - 1];
}

// For an -ed/-ing form whose candidates the lexicon does not know: a doubled final consonant
// other than l, s, f, z was doubled by the ending (grabbed -> grab; smelled -> smell); a stem
// ending consonant-vowel-consonant lost its final e (wiped -> wipe); else the bare stem.
std::string GuessFromSpelling(std::string_view lower, Lemmatizer::Inflection inflection,
                              const std::string& rule) {
  std::string stem = RegularStem(lower, inflection);
  if (stem.empty()) return rule;
  size_t n = stem.size();
  char last = stem[n - 1];
  if (IsConsonant(last) && stem[n - 2] == last) {
    if (last == 'l' || last == 's' || last == 'f' || last == 'z') return stem;
    return stem.substr(0, n - 1);
  }
  if (IsConsonant(last) && last != 'w' && last != 'x' && last != 'y' && IsVowel(stem[n - 2]) &&
      IsConsonant(stem[n - 3]))
    return stem + "e";
  return stem;
}

}  // namespace

std::string Lemmatizer::Lemma(std::string_view form, int tag) const {
  if (HasModifierApostrophe(form)) return Lemma(WithAsciiApostrophes(form), tag);  // "ʼs" as "'s"
  if (uint32_t e = exception_index_.Find(CasedExceptionKey(form, tag)); e != KeyIndex::kNone)
    return exception_lemmas_[e];
  std::string lower = AsciiLowered(form);
  if (uint32_t e = exception_index_.Find(ExceptionKey(lower, tag)); e != KeyIndex::kNone)
    return exception_lemmas_[e];
  TagInfo info = tag >= 0 && static_cast<size_t>(tag) < tag_info_.size() ? tag_info_[tag] : TagInfo{};
  if (info.inflection == kIdentity) return std::string(form);
  if (info.inflection == kNumber && IsGroupedNumber(form)) {
    std::string out;
    for (char c : form)
      if (c != ',') out.push_back(c);
    return out;
  }
  std::string rule = RuleLemma(form, lower, tag);
  // EWT writes an all-capitals name as the name ("KENNEDY" -> "Kennedy") and an acronym as
  // itself ("NASA"): the spelling the treebank gave the lemma more often wins.
  if (ProperCasingClass(rule) == kCapitalsLemma) {
    std::string rule_lower = AsciiLowered(rule);
    if (KnownCount(rule_lower, kTitleLemma) > KnownCount(rule_lower, kCapitalsLemma))
      return rule.substr(0, 1) + rule_lower.substr(1);
  }
  if (info.inflection == kNone || info.inflection == kNumber) return rule;
  std::vector<std::string> candidates = RegularCandidates(lower, info.inflection);
  if (candidates.empty()) return rule;
  std::string rule_lower = AsciiLowered(rule);
  // The known candidate of the tag's own word class, else of any open class; the rule's
  // answer wins among the known.
  const std::string* best = nullptr;
  for (int tier = 0; tier < 2 && !best; ++tier) {
    uint64_t best_count = 0;
    for (const std::string& c : candidates) {
      uint64_t count = tier == 0 ? KnownCount(c, info.word_class)
                                 : uint64_t{KnownCount(c, 0)} + KnownCount(c, 1) + KnownCount(c, 2);
      if (count == 0) continue;
      if (c == rule_lower) return rule;
      if (count > best_count) best = &c, best_count = count;
    }
  }
  if (!best) {
    // A doubled consonant is the spelling's call (grabbed -> grab, not the rule's grabb);
    // otherwise the suffix rule's candidate, which has seen more endings than the guess.
    if (!EndsInDoubledConsonant(lower, info.inflection) &&
        std::find(candidates.begin(), candidates.end(), rule_lower) != candidates.end())
      return rule;
    return GuessFromSpelling(lower, info.inflection, rule);
  }
  // The rule's casing: keep the form's capitals over the common prefix, or lower case.
  std::string out = *best;
  if (rule != rule_lower)
    for (size_t i = 0; i < out.size() && i < form.size(); ++i)
      if (form[i] >= 'A' && form[i] <= 'Z' && form[i] - 'A' + 'a' == out[i]) out[i] = form[i];
  return out;
}

void Lemmatizer::RepairInContext(const std::vector<std::string_view>& words, std::vector<std::string>& lemmas) {
  static constexpr std::string_view kBetween[] = {"not", "n't", "never", "already", "just", "also",
                                                  "always", "ever", "really", "probably", "long"};
  for (size_t i = 0; i + 1 < words.size() && i < lemmas.size(); ++i) {
    if (lemmas[i] != "be" || (words[i] != "'s" && words[i] != "\u2019s" && words[i] != "\u02bcs")) continue;
    size_t j = i + 1;
    if (j + 1 < words.size() && std::find(std::begin(kBetween), std::end(kBetween), AsciiLowered(words[j])) != std::end(kBetween))
      ++j;
    std::string next = AsciiLowered(words[j]);
    if (next == "been" || next == "got" || next == "gotten") lemmas[i] = "have";
  }
}

void Lemmatizer::Write(ByteWriter& out) const {
  out.Var(scripts_.size());
  for (const Script& s : scripts_) {
    out.U8(s.casing);
    out.Var(s.strip);
    out.Str(s.append);
  }
  out.Var(rule_keys_.size());
  for (size_t i = 0; i < rule_keys_.size(); ++i) {
    out.Var(rule_keys_[i]);
    out.Var(rule_scripts_[i]);
  }
  out.Var(exception_keys_.size());
  for (size_t i = 0; i < exception_keys_.size(); ++i) {
    out.Var(exception_keys_[i]);
    out.Str(exception_lemmas_[i]);
  }
  out.Var(tag_info_.size());
  for (const TagInfo& t : tag_info_) {
    out.U8(t.inflection);
    out.U8(t.word_class);
  }
  out.Var(lexicon_keys_.size());
  for (size_t i = 0; i < lexicon_keys_.size(); ++i) {
    out.Var(lexicon_keys_[i]);
    out.Var(lexicon_counts_[i]);
  }
}

Status Lemmatizer::Read(ByteReader& in) {
  size_t n = in.Count(1u << 20, "at most 2^20 lemma scripts");
  scripts_.resize(n);
  for (Script& s : scripts_) {
    uint8_t casing = in.U8();
    if (casing > kCapitalize) in.Fail("a casing of 0, 1 or 2");
    s.casing = static_cast<Casing>(casing);
    s.strip = static_cast<uint32_t>(in.Count(1024, "a strip length of at most 1024"));
    s.append = in.Str();
  }
  size_t rules = in.Count(1u << 24, "at most 2^24 lemma rules");
  rule_keys_.resize(rules);
  rule_scripts_.resize(rules);
  for (size_t i = 0; i < rules && in.ok(); ++i) {
    rule_keys_[i] = static_cast<uint32_t>(in.Var());
    rule_scripts_[i] = static_cast<uint32_t>(in.Count(n ? n - 1 : 0, "a script id"));
  }
  size_t exceptions = in.Count(1u << 24, "at most 2^24 lemma exceptions");
  exception_keys_.resize(exceptions);
  exception_lemmas_.resize(exceptions);
  for (size_t i = 0; i < exceptions && in.ok(); ++i) {
    exception_keys_[i] = static_cast<uint32_t>(in.Var());
    exception_lemmas_[i] = in.Str();
  }
  size_t tags = in.Count(4096, "at most 4096 lemma tags");
  tag_info_.resize(tags);
  for (size_t i = 0; i < tags && in.ok(); ++i) {
    uint8_t inflection = in.U8();
    if (inflection > kIdentity) in.Fail("an inflection of at most 8");
    tag_info_[i].inflection = static_cast<Inflection>(inflection);
    tag_info_[i].word_class = in.U8();
  }
  size_t known = in.Count(1u << 24, "at most 2^24 known lemmas");
  lexicon_keys_.resize(known);
  lexicon_counts_.resize(known);
  for (size_t i = 0; i < known && in.ok(); ++i) {
    lexicon_keys_[i] = static_cast<uint32_t>(in.Var());
    lexicon_counts_[i] = static_cast<uint32_t>(in.Var());
  }
  if (!in.ok()) return in.status();
  lexicon_index_.Reserve(known);
  for (size_t i = 0; i < known; ++i) lexicon_index_.Insert(lexicon_keys_[i], static_cast<uint32_t>(i));
  rule_index_.Reserve(rules);
  for (size_t i = 0; i < rules; ++i) rule_index_.Insert(rule_keys_[i], rule_scripts_[i]);
  exception_index_.Reserve(exceptions);
  for (size_t i = 0; i < exceptions; ++i) exception_index_.Insert(exception_keys_[i], static_cast<uint32_t>(i));
  return Status::Ok();
}

}  // namespace dyad::nlp
