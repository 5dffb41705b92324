// Lemmatizer learned from the treebank: an exception table for the words the suffix rules get
// wrong (irregular verbs: met -> meet, sought -> seek), then suffix rules per tag
// ("-ies" on NNS -> "-y"): the longest seen suffix (up to 5 bytes) picks its most frequent
// edit script (lower-case, keep case or capitalise; strip k bytes; append a string).
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

  std::string Lemma(std::string_view form, int tag) const;
  // The script that turns form into lemma.
  static Script ScriptFor(std::string_view form, std::string_view lemma);
  static std::string Apply(const Script& script, std::string_view form);
  // Key of a (suffix, tag) rule and of a (lower-cased form, tag) exception.
  static uint32_t RuleKey(std::string_view lower_suffix, int tag);
  static uint32_t ExceptionKey(std::string_view lower_form, int tag);

  void Write(ByteWriter& out) const;
  Status Read(ByteReader& in);

 private:
  friend class LemmatizerTrainer;
  std::vector<Script> scripts_;
  KeyIndex rule_index_;  // rule key -> script id
  std::vector<uint32_t> rule_keys_;
  std::vector<uint32_t> rule_scripts_;
  KeyIndex exception_index_;  // exception key -> lemma id
  std::vector<uint32_t> exception_keys_;
  std::vector<std::string> exception_lemmas_;
};

}  // namespace dyad::nlp
