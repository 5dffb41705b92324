// Lemmatizer training: count edit scripts per (proper suffix, tag) for every suffix length,
// keep the most frequent script of each, record each tag's inflection and the lexicon of
// known lemmas (the treebank's and the irregular verbs' bases), then store as exceptions the
// (form, tag) pairs whose most frequent gold lemma the steps before would get wrong, and the
// irregular past forms the treebank does not show.
#include <array>
#include <fstream>
#include <map>
#include <sstream>

#include "nlp/training.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {
namespace {

// A tag keeps forms as they are written when its lemmas are the forms this often, among all
// its words and among those with a capital letter (ADD; not IN, whose "In" becomes "in").
constexpr double kIdentityShare = 0.98;
constexpr double kIdentityCapitalShare = 0.9;
constexpr int kIdentityMinCapitals = 10;
// A form as written gets its own exception when its lemma was seen this often.
constexpr int kCasedExceptionMinCount = 2;

Lemmatizer::TagInfo InfoFor(const std::string& xpos) {
  Lemmatizer::TagInfo t;
  if (xpos == "VBD" || xpos == "VBN") t.inflection = Lemmatizer::kPast;
  if (xpos == "VBG") t.inflection = Lemmatizer::kGerund;
  if (xpos == "VBZ") t.inflection = Lemmatizer::kThirdPerson;
  if (xpos == "NNS" || xpos == "NNPS") t.inflection = Lemmatizer::kPlural;
  if (xpos == "JJR" || xpos == "RBR") t.inflection = Lemmatizer::kComparative;
  if (xpos == "JJS" || xpos == "RBS") t.inflection = Lemmatizer::kSuperlative;
  if (xpos == "CD") t.inflection = Lemmatizer::kNumber;
  if (xpos.starts_with("VB")) t.word_class = 0;
  if (xpos.starts_with("NN")) t.word_class = 1;
  if (xpos.starts_with("JJ") || xpos.starts_with("RB")) t.word_class = 2;
  return t;
}

std::vector<std::string> SplitAlternatives(const std::string& field) {
  std::vector<std::string> out;
  std::stringstream in(field);
  for (std::string part; std::getline(in, part, '/');)
    if (!part.empty()) out.push_back(part);
  return out;
}

}  // namespace

Result<std::vector<IrregularVerb>> ReadIrregularVerbs(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open the irregular verb list");
  std::vector<IrregularVerb> out;
  int line_no = 0;
  for (std::string line; std::getline(in, line);) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> fields;
    std::stringstream fs(line);
    for (std::string f; std::getline(fs, f, '\t');) fields.push_back(f);
    if (fields.size() != 3 || fields[0].empty() || fields[1].empty() || fields[2].empty())
      return Status::Invalid(path + ":" + std::to_string(line_no) +
                             ": expected base<TAB>past<TAB>participle");
    out.push_back({fields[0], SplitAlternatives(fields[1]), SplitAlternatives(fields[2])});
  }
  return out;
}

Lemmatizer LemmatizerTrainer::Train(const std::vector<const ConlluSentence*>& train,
                                    const std::vector<std::vector<int>>& tags,
                                    const std::vector<std::string>& xpos_of_tag,
                                    const std::vector<IrregularVerb>& irregular) {
  Lemmatizer lem;
  for (const std::string& x : xpos_of_tag) lem.tag_info_.push_back(InfoFor(x));
  std::map<Lemmatizer::Script, uint32_t> script_ids;
  std::map<uint32_t, std::map<uint32_t, int>> rule_counts;  // rule key -> script -> count
  std::map<uint32_t, int> rule_tags;                        // rule key -> tag
  std::map<std::pair<std::string, int>, std::map<std::string, int>> form_counts;
  std::map<std::pair<std::string, int>, std::map<std::string, int>> cased_forms;
  std::map<std::pair<std::string, int>, std::map<std::string, int>> exact_counts;
  std::map<uint32_t, uint32_t> known;  // lexicon key -> count
  auto script_id = [&](const Lemmatizer::Script& script) {
    auto [it, added] = script_ids.emplace(script, static_cast<uint32_t>(lem.scripts_.size()));
    if (added) lem.scripts_.push_back(script);
    return it->second;
  };
  // Per tag, how its capitalised forms' lemmas are cased: the tie-break between twin votes.
  std::vector<std::array<int, 3>> casing_counts(xpos_of_tag.size(), {0, 0, 0});
  std::vector<int> words(xpos_of_tag.size()), same(xpos_of_tag.size());
  std::vector<int> capitals(xpos_of_tag.size()), capitals_same(xpos_of_tag.size());
  for (size_t s = 0; s < train.size(); ++s) {
    for (size_t i = 0; i < train[s]->words.size(); ++i) {
      const ConlluWord& w = train[s]->words[i];
      int tag = tags[s][i];
      if (tag < 0 || w.lemma == "_") continue;
      std::string lower = AsciiLowered(w.form);
      ++words[tag];
      same[tag] += w.lemma == w.form;
      if (lower != w.form) ++capitals[tag], capitals_same[tag] += w.lemma == w.form;
      Lemmatizer::Script script = Lemmatizer::ScriptFor(w.form, w.lemma);
      uint32_t id = script_id(script);
      // A form with no capitals says nothing about case: it votes for keeping the case as
      // much as for lower-casing, so "topic"/NNP does not make "Epic"/NNP "epic".
      uint32_t twin = id;
      if (lower == w.form && script.casing == Lemmatizer::kLower) {
        Lemmatizer::Script keep = script;
        keep.casing = Lemmatizer::kKeep;
        twin = script_id(keep);
      } else if (w.form.size() >= 2 && lower[0] != w.form[0] && lower.substr(1) == w.form.substr(1)) {
        ++casing_counts[tag][script.casing];  // "He", "Court", "Obama"; not "I" or "NASA"
      }
      std::string_view lv = lower;
      // Proper suffixes only, and only edits inside the suffix: "are" -> "be" says nothing
      // about "share".
      for (size_t k = script.strip; k < std::min(Lemmatizer::kMaxSuffix + 1, lv.size()); ++k) {
        uint32_t key = Lemmatizer::RuleKey(lv.substr(lv.size() - k), tag);
        rule_tags[key] = tag;
        auto& counts = rule_counts[key];
        ++counts[id];
        if (twin != id) ++counts[twin];
      }
      ++form_counts[{lower, tag}][w.lemma];
      ++cased_forms[{lower, tag}][w.form];
      ++exact_counts[{w.form, tag}][w.lemma];
      uint8_t word_class = lem.tag_info_[tag].word_class;
      // Proper nouns are no bases of inflection: "Tim" must not explain "timed".
      if (word_class < 3 && !xpos_of_tag[tag].starts_with("NNP"))
        ++known[Lemmatizer::LexiconKey(AsciiLowered(w.lemma), word_class)];
      // How a proper noun's lemma is written: "Kennedy" or "NASA" (for "KENNEDY", "NASA").
      if (xpos_of_tag[tag].starts_with("NNP"))
        if (uint8_t c = Lemmatizer::ProperCasingClass(w.lemma); c != 0)
          ++known[Lemmatizer::LexiconKey(AsciiLowered(w.lemma), c)];
    }
  }
  for (size_t t = 0; t < words.size(); ++t)
    if (same[t] >= kIdentityShare * words[t] && capitals[t] >= kIdentityMinCapitals &&
        capitals_same[t] >= kIdentityCapitalShare * capitals[t])
      lem.tag_info_[t].inflection = Lemmatizer::kIdentity;
  for (const IrregularVerb& v : irregular) ++known[Lemmatizer::LexiconKey(v.base, 0)];
  for (const auto& [key, count] : known) {
    lem.lexicon_keys_.push_back(key);
    lem.lexicon_counts_.push_back(count);
  }
  lem.lexicon_index_.Reserve(lem.lexicon_keys_.size());
  for (size_t i = 0; i < lem.lexicon_keys_.size(); ++i)
    lem.lexicon_index_.Insert(lem.lexicon_keys_[i], static_cast<uint32_t>(i));

  // Whether a tag usually lower-cases its capitalised forms (NN) or keeps them (NNP: kKeep
  // and kCapitalize do the same to a capitalised form).
  std::vector<bool> lowers(xpos_of_tag.size());
  for (size_t t = 0; t < casing_counts.size(); ++t)
    lowers[t] = casing_counts[t][Lemmatizer::kLower] >=
                casing_counts[t][Lemmatizer::kKeep] + casing_counts[t][Lemmatizer::kCapitalize];
  for (const auto& [key, counts] : rule_counts) {
    uint32_t best = 0;
    int best_count = -1;
    const bool lower = lowers[rule_tags.at(key)];
    auto usual = [&](uint32_t script) { return (lem.scripts_[script].casing == Lemmatizer::kLower) == lower; };
    for (const auto& [script, c] : counts)
      if (c > best_count || (c == best_count && usual(script) && !usual(best)))
        best = script, best_count = c;
    lem.rule_keys_.push_back(key);
    lem.rule_scripts_.push_back(best);
  }
  lem.rule_index_.Reserve(lem.rule_keys_.size());
  for (size_t i = 0; i < lem.rule_keys_.size(); ++i)
    lem.rule_index_.Insert(lem.rule_keys_[i], lem.rule_scripts_[i]);
  // Exceptions: where the steps before, applied to the form as it was most often written,
  // disagree with the form's most frequent lemma.
  auto most_frequent = [](const std::map<std::string, int>& counts) {
    std::string best;
    int best_count = -1;
    for (const auto& [value, c] : counts)
      if (c > best_count) best = value, best_count = c;
    return best;
  };
  std::vector<std::pair<uint32_t, std::string>> exceptions;
  for (const auto& [form_tag, lemmas] : form_counts) {
    std::string best = most_frequent(lemmas);
    const auto& [lower, tag] = form_tag;
    if (lem.Lemma(most_frequent(cased_forms[form_tag]), tag) == best) continue;
    exceptions.emplace_back(Lemmatizer::ExceptionKey(lower, tag), best);
  }
  // Irregular past tenses and participles the treebank does not show with that tag.
  for (int tag = 0; tag < static_cast<int>(xpos_of_tag.size()); ++tag) {
    bool past = xpos_of_tag[tag] == "VBD", participle = xpos_of_tag[tag] == "VBN";
    if (!past && !participle) continue;
    for (const IrregularVerb& v : irregular) {
      std::vector<std::string> forms = past ? v.past : v.participle;  // the tag's own first
      for (const std::string& f : past ? v.participle : v.past) forms.push_back(f);
      for (const std::string& form : forms) {
        if (form_counts.count({form, tag}) || lem.Lemma(form, tag) == v.base) continue;
        exceptions.emplace_back(Lemmatizer::ExceptionKey(form, tag), v.base);
      }
    }
  }
  // Appends to the table and rebuilds its index; of two entries with one key the first wins.
  auto add_exceptions = [&lem](std::vector<std::pair<uint32_t, std::string>>& list) {
    std::vector<uint32_t> keys = std::move(lem.exception_keys_);
    std::vector<std::string> lemmas = std::move(lem.exception_lemmas_);
    for (auto& [key, lemma] : list) keys.push_back(key), lemmas.push_back(std::move(lemma));
    lem.exception_keys_.clear();
    lem.exception_lemmas_.clear();
    lem.exception_index_.Reserve(keys.size());
    for (size_t i = 0; i < keys.size(); ++i) {
      auto row = static_cast<uint32_t>(lem.exception_keys_.size());
      if (lem.exception_index_.Insert(keys[i], row) != row) continue;
      lem.exception_keys_.push_back(keys[i]);
      lem.exception_lemmas_.push_back(std::move(lemmas[i]));
    }
  };
  add_exceptions(exceptions);
  // Then the forms as written whose own most frequent lemma the table above misses.
  std::vector<std::pair<uint32_t, std::string>> cased;
  for (const auto& [form_tag, lemmas] : exact_counts) {
    std::string best = most_frequent(lemmas);
    const auto& [form, tag] = form_tag;
    if (lemmas.at(best) < kCasedExceptionMinCount || lem.Lemma(form, tag) == best) continue;
    cased.emplace_back(Lemmatizer::CasedExceptionKey(form, tag), best);
  }
  add_exceptions(cased);
  return lem;
}

}  // namespace dyad::nlp
