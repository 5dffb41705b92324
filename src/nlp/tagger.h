// Part-of-speech tagger: a greedy left-to-right averaged perceptron over joint UPOS+XPOS
// classes ("PROPN NNP"), with a lexicon learned from the treebank that gives each known word
// its ambiguity class (the set of tags it took) as a feature and fixes the tag of frequent
// unambiguous words outright (Honnibal's tag dictionary).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "nlp/byte_io.h"
#include "nlp/perceptron.h"
#include "nlp/word_shape.h"

namespace dyad::nlp {

class Tagger {
 public:
  static constexpr int kMaxTags = 4096;  // the most tag classes a model file may have
  int num_tags() const { return static_cast<int>(upos_.size()); }
  const std::string& Upos(int tag) const { return upos_[tag]; }
  const std::string& Xpos(int tag) const { return xpos_[tag]; }
  // Tags a sentence; attrs[i] are ComputeAttributes of word i. tags gets one id per word.
  // Thread-safe: keeps its buffers and a cache of per-word partial scores per thread.
  void Tag(const std::vector<WordAttributes>& attrs, std::vector<int>& tags) const;
  // The tag with this UPOS and XPOS, or -1.
  int Find(std::string_view upos, std::string_view xpos) const;
  // Whether the training words included this one (attributes' lower-case key).
  bool Known(uint32_t lower) const { return Lookup(lower) != nullptr; }
  void Write(ByteWriter& out) const;
  Status Read(ByteReader& in);

 private:
  friend class TaggerTrainer;
  struct LexiconEntry {
    uint32_t ambiguity = 0;  // hash of the word's tag set
    int sure_tag = -1;       // the only tag this frequent word ever takes, else -1
  };
  const LexiconEntry* Lookup(uint32_t lower) const {
    uint32_t row = lexicon_index_.Find(lower);
    return row == KeyIndex::kNone ? nullptr : &lexicon_[row];
  }

  // Names this tagger's model for Tag's per-thread score caches: each Tagger, copy and Read
  // gets a new one. (TaggerTrainer fills a new Tagger before it tags anything.)
  struct InstanceId {
    static uint64_t Next();
    uint64_t value = Next();
    InstanceId() = default;
    InstanceId(const InstanceId&) : value(Next()) {}
    InstanceId& operator=(const InstanceId&) {
      value = Next();
      return *this;
    }
  };

  // News prepositions the treebank lacks or saw once ("amid", "alongside", "amidst"): after Read
  // they are tagged as "throughout" is, a preposition everywhere (the EWT model read "fought
  // alongside" as MD + VB and "amid" as JJ). Training never sees them, so the file is unchanged.
  void SetNewsPrepositions();
  std::vector<uint32_t> news_prepositions_;  // their lower-case word keys
  LexiconEntry preposition_;

  InstanceId id_;
  std::vector<std::string> upos_, xpos_;
  KeyIndex lexicon_index_;
  std::vector<uint32_t> lexicon_keys_;
  std::vector<LexiconEntry> lexicon_;
  WeightTable weights_;
};

// Fills `out` with the feature keys for word i given the two previous predicted tags.
void TaggerFeatures(const std::vector<WordAttributes>& attrs, const std::vector<uint32_t>& amb,
                    size_t i, int prev, int prev2, std::vector<uint32_t>& out);

// "Yemen has rejected the request": a form of "have" tagged as a verb and followed, adverbs
// aside, by a past participle is the perfect's auxiliary. The EWT-trained tagger often reads it
// as the main verb after a proper-noun subject in news, and the parser then makes it the root.
// Applied after tagging at run time (not in training's jackknife), so the model is unchanged.
void MarkPerfectAuxiliaries(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags);

// "Irish guerrillas wounded two British soldiers", "Israel Friday reimposed blockades": a
// participle (or an -ed adjective) right after a noun (an adverb, "today" or a weekday aside) and
// right before the start of an object (a determiner, number, possessive or name; a bare noun only
// after a plural or a name with no article, since "government armed forces" is an adjective; "to",
// whatever its tag, after a verb that controls its infinitive, "agreed to") is the clause's past tense when no
// finite verb, "by" or word of time follows it in its clause ("the men arrested two days ago were
// freed", "captives held hostage by the group" keep it); so are "set" before "fire" and "shot"
// before "dead" or "down". The EWT tagger reads these as participles and the parser then hangs them on the
// noun as amod or acl.
// Applied after tagging at run time, like MarkPerfectAuxiliaries.
void MarkPastTenseAfterSubjects(const Tagger& tagger, const std::vector<std::string_view>& words,
                                std::vector<int>& tags);

// "China conducted large-scale military exercises[VBZ] around Taiwan", "peace talks[VBZ] in
// Doha": a plural event noun of news (drills, talks, strikes ...) after a common noun or adjective
// and before a preposition or punctuation is that noun (NNS), not a verb. Applied at run time
// before MarkPastTenseAfterSubjects, which then sees no finite verb in "conducted ... exercises".
void MarkPluralEventNouns(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags);

// "A top U.S. official[JJ] today praised", "a Chinese national[JJ] was arrested": a word that is
// both a role noun and an adjective (official, national, military, representative, militant ...),
// read as JJ after a determiner, adjective, name or possessive and right before a finite verb, a
// modal or "today"/"yesterday", is the noun heading its phrase (NN). Run before
// MarkPastTenseAfterSubjects, which then finds the subject ("official") before "praised".
void MarkRoleNouns(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags);
// "Biden and Xi last[JJ] met[VBN] in Bali": "last" between a subject (noun or pronoun) and a
// past form is an adverb, and a participle there with no auxiliary the clause's past tense.
void MarkLastAsAdverb(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags);
// "Japan will invest[RB] $550 billion", "pledged to invest[RB] $1 trillion": a word read as an
// adverb right after a modal or "to", with no verb after it, is the verb (VB); negations and
// common adverbs ("will not", "to still") and -ly words stay.
void MarkVerbAfterModal(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags);

// "Houthi rebels abducted[IN] four aid workers": a word the training data never had, read with a
// closed-class tag (preposition, determiner, pronoun, conjunction ...), is an open-class word: a
// lower-case -ed form a participle (VBN; MarkPastTenseAfterSubjects may then make it VBD), an
// -ing form a gerund (VBG). Other such words stay as tagged.
void MarkUnknownClosedClass(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags);

// The run-time repairs above in their order; the tagger's caller runs this after Tag().
void RepairTags(const Tagger& tagger, const std::vector<std::string_view>& words, std::vector<int>& tags);

}  // namespace dyad::nlp
