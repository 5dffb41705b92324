// Lemmatizer learned from the treebank. In order:
//  1. an exception table for (form, tag) pairs the steps below get wrong (irregular verbs:
//     met -> meet, sought -> seek, from the treebank and data/nlp/irregular_verbs.txt), by the
//     form as written first, then by the lower-cased form;
//  2. tags whose lemma is the form itself in the treebank (ADD: e-mail addresses, URLs) keep it;
//     numbers (CD) drop their thousands commas, as EWT does (3,500,000 -> 3500000);
//  3. for inflected tags (VBD, VBN, VBG, VBZ, NNS, NNPS, JJR, JJS, RBR, RBS), the regular
//     candidates of English spelling (blamed -> blam / blame, banned -> ban, carried -> carry,
//     making -> make) checked against a lexicon of known lemmas: the suffix rule's answer if
//     the lexicon knows it, else the most frequent known candidate; with none known, a
//     spelling guess for doubled consonants (grabbed -> grab) and where the rule proposes no
//     candidate (wiped -> wipe), else the rule;
//  4. suffix rules per tag ("-ies" on NNS -> "-y"): the longest seen proper suffix (up to
//     5 bytes, shorter than the word) picks its most frequent edit script (lower-case, keep
//     case or capitalise; strip k <= suffix bytes; append a string).
#pragma once

#include <string>
#include <string_view>
#include <tuple>
#include <vector>

#include "nlp/byte_io.h"
#include "nlp/perceptron.h"

namespace dyad::nlp {

class Lemmatizer {
 public:
  static constexpr size_t kMaxSuffix = 5;
  enum Casing : uint8_t { kLower = 0, kKeep = 1, kCapitalize = 2 };
  struct Script {
    Casing casing = kLower;
    uint32_t strip = 0;
    std::string append;
    friend bool operator<(const Script& a, const Script& b) {
      return std::tie(a.casing, a.strip, a.append) < std::tie(b.casing, b.strip, b.append);
    }
    friend bool operator==(const Script&, const Script&) = default;
  };
  // What a tag does to a word's ending, which decides the regular candidates of step 3.
  enum Inflection : uint8_t {
    kNone = 0,
    kPast = 1,         // VBD, VBN: -ed
    kGerund = 2,       // VBG: -ing
    kThirdPerson = 3,  // VBZ: -s
    kPlural = 4,       // NNS, NNPS: -s
    kComparative = 5,  // JJR, RBR: -er
    kSuperlative = 6,  // JJS, RBS: -est
    kNumber = 7,       // CD: "3,500,000" -> "3500000"
    kIdentity = 8,     // the lemma is the form as written (ADD: e-mail addresses, URLs)
  };
  // Per tag: its inflection and its word class for the lexicon (0 verb, 1 noun, 2 adjective or
  // adverb, 3 other).
  struct TagInfo {
    Inflection inflection = kNone;
    uint8_t word_class = 3;
  };

  std::string Lemma(std::string_view form, int tag) const;
  // Lemmas that depend on the next words, after Lemma: the clitic "'s" before "been" or
  // "got" (an adverb or negation aside) is "have", not "be" ("it's been", "he's got").
  static void RepairInContext(const std::vector<std::string_view>& words, std::vector<std::string>& lemmas);
  // The script that turns form into lemma.
  static Script ScriptFor(std::string_view form, std::string_view lemma);
  static std::string Apply(const Script& script, std::string_view form);
  // Key of a (suffix, tag) rule and of a (lower-cased form, tag) exception.
  static uint32_t RuleKey(std::string_view lower_suffix, int tag);
  static uint32_t ExceptionKey(std::string_view lower_form, int tag);
  // Key of a (form as written, tag) exception, looked up before the lower-cased one: "al"
  // (al-Qaeda) keeps its case where "Al" (Gore) is the pair's usual lemma.
  static uint32_t CasedExceptionKey(std::string_view form, int tag);
  // Key of a lower-cased lemma of a word class in the lexicon.
  static uint32_t LexiconKey(std::string_view lower_lemma, uint8_t word_class);
  // The lexicon also counts how proper nouns' lemmas are written, under two more classes:
  // kTitleLemma ("Kennedy") and kCapitalsLemma ("NASA"); 0 for other spellings.
  static constexpr uint8_t kTitleLemma = 4, kCapitalsLemma = 5;
  static uint8_t ProperCasingClass(std::string_view lemma);
  // The regular lemmas a lower-cased inflected form may come from, most likely spelling first.
  static std::vector<std::string> RegularCandidates(std::string_view lower, Inflection inflection);

  // How often the treebank had this lower-cased lemma in a word class (0 verb, 1 noun, 2
  // adjective or adverb, 3 other): 0 when never.
  uint32_t LemmaCount(std::string_view lower_lemma, uint8_t word_class) const {
    return KnownCount(lower_lemma, word_class);
  }

  void Write(ByteWriter& out) const;
  Status Read(ByteReader& in);

 private:
  friend class LemmatizerTrainer;
  std::string RuleLemma(std::string_view form, std::string_view lower, int tag) const;
  uint32_t KnownCount(std::string_view lower_lemma, uint8_t word_class) const;

  std::vector<Script> scripts_;
  KeyIndex rule_index_;  // rule key -> script id
  std::vector<uint32_t> rule_keys_;
  std::vector<uint32_t> rule_scripts_;
  KeyIndex exception_index_;  // exception key -> lemma id
  std::vector<uint32_t> exception_keys_;
  std::vector<std::string> exception_lemmas_;
  std::vector<TagInfo> tag_info_;  // by tag id
  KeyIndex lexicon_index_;         // lexicon key -> row
  std::vector<uint32_t> lexicon_keys_;
  std::vector<uint32_t> lexicon_counts_;  // how often the treebank had the lemma (>= 1)
};

}  // namespace dyad::nlp
