#include "nlp/lemmatizer.h"

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

std::string Lemmatizer::Lemma(std::string_view form, int tag) const {
  std::string lower = AsciiLowered(form);
  if (uint32_t e = exception_index_.Find(ExceptionKey(lower, tag)); e != KeyIndex::kNone)
    return exception_lemmas_[e];
  std::string_view lv = lower;
  for (size_t k = std::min(kMaxSuffix, lv.size());; --k) {
    uint32_t r = rule_index_.Find(RuleKey(lv.substr(lv.size() - k), tag));
    if (r != KeyIndex::kNone) return Apply(scripts_[r], form);
    if (k == 0) break;
  }
  return lower;
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
  if (!in.ok()) return in.status();
  rule_index_.Reserve(rules);
  for (size_t i = 0; i < rules; ++i) rule_index_.Insert(rule_keys_[i], rule_scripts_[i]);
  exception_index_.Reserve(exceptions);
  for (size_t i = 0; i < exceptions; ++i) exception_index_.Insert(exception_keys_[i], static_cast<uint32_t>(i));
  return Status::Ok();
}

}  // namespace dyad::nlp
