#include "nlp/tagger.h"

#include <algorithm>

namespace dyad::nlp {
namespace {

constexpr uint32_t kNoWord = 0x5bd1e995u;  // attribute hash for positions off the sentence
constexpr uint32_t kUnknownAmbiguity = 0x2545f491u;

}  // namespace

void TaggerFeatures(const std::vector<WordAttributes>& attrs, const std::vector<uint32_t>& amb,
                    size_t i, int prev, int prev2, std::vector<uint32_t>& out) {
  out.clear();
  const size_t n = attrs.size();
  const WordAttributes& w = attrs[i];
  auto word = [&](long k) { return k < 0 || k >= static_cast<long>(n) ? kNoWord : attrs[k].lower; };
  auto amb_at = [&](long k) { return k < 0 || k >= static_cast<long>(n) ? kNoWord : amb[k]; };
  auto suf3 = [&](long k) { return k < 0 || k >= static_cast<long>(n) ? kNoWord : attrs[k].suffix[2]; };
  const long at = static_cast<long>(i);
  const auto p1 = static_cast<uint32_t>(prev + 2), p2 = static_cast<uint32_t>(prev2 + 2);
  out.push_back(FeatureKey(0, 0));
  out.push_back(FeatureKey(1, w.lower));
  for (uint32_t k = 0; k < 4; ++k) out.push_back(FeatureKey(2 + k, w.suffix[k]));
  for (uint32_t k = 0; k < 3; ++k) out.push_back(FeatureKey(6 + k, w.prefix[k]));
  out.push_back(FeatureKey(9, w.shape));
  out.push_back(FeatureKey(10, p1));
  out.push_back(FeatureKey(11, p1, p2));
  out.push_back(FeatureKey(12, p1, w.lower));
  out.push_back(FeatureKey(13, word(at - 1)));
  out.push_back(FeatureKey(14, suf3(at - 1)));
  out.push_back(FeatureKey(15, word(at - 2)));
  out.push_back(FeatureKey(16, word(at + 1)));
  out.push_back(FeatureKey(17, suf3(at + 1)));
  out.push_back(FeatureKey(18, word(at + 2)));
  out.push_back(FeatureKey(19, amb_at(at)));
  out.push_back(FeatureKey(20, amb_at(at + 1)));
  out.push_back(FeatureKey(21, amb_at(at + 2)));
  out.push_back(FeatureKey(22, word(at - 1), w.lower));
  out.push_back(FeatureKey(23, w.lower, word(at + 1)));
  out.push_back(FeatureKey(24, p1, amb_at(at + 1)));
  out.push_back(FeatureKey(25, amb_at(at), amb_at(at + 1)));
  out.push_back(FeatureKey(26, amb_at(at - 1), amb_at(at)));
  out.push_back(FeatureKey(27, w.shape, i == 0 ? 1u : 0u));
  out.push_back(FeatureKey(28, p1, w.suffix[2]));
  out.push_back(FeatureKey(29, i + 1 < n ? attrs[i + 1].shape : kNoWord));
  out.push_back(FeatureKey(30, word(at - 1), word(at + 1)));
  out.push_back(FeatureKey(31, p1, word(at + 1)));
  out.push_back(FeatureKey(32, w.lower, amb_at(at + 1)));
  out.push_back(FeatureKey(33, w.suffix[1], amb_at(at + 1)));
  out.push_back(FeatureKey(34, i > 0 ? attrs[i - 1].shape : kNoWord, w.shape));
}

void Tagger::Tag(const std::vector<WordAttributes>& attrs, std::vector<int>& tags) const {
  const size_t n = attrs.size();
  tags.assign(n, -1);
  std::vector<uint32_t> amb(n);
  std::vector<int> sure(n, -1);
  for (size_t i = 0; i < n; ++i) {
    const LexiconEntry* e = Lookup(attrs[i].lower);
    amb[i] = e ? e->ambiguity : kUnknownAmbiguity;
    if (e) sure[i] = e->sure_tag;
  }
  std::vector<uint32_t> features;
  std::vector<int32_t> scores(num_tags());
  int prev = -1, prev2 = -1;
  for (size_t i = 0; i < n; ++i) {
    int tag = sure[i];
    if (tag < 0) {
      TaggerFeatures(attrs, amb, i, prev, prev2, features);
      std::fill(scores.begin(), scores.end(), 0);
      weights_.Score(features.data(), features.size(), scores.data());
      tag = static_cast<int>(std::max_element(scores.begin(), scores.end()) - scores.begin());
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

Status Tagger::Read(ByteReader& in) {
  size_t tags = in.Count(4096, "a tag count of at most 4096");
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
  return Status::Ok();
}

}  // namespace dyad::nlp
