// The tagger and parser as pipeline stages over a Document. Both keep their scratch vectors
// thread-local, so one stage object (and one model) serves any number of threads.
#include <string>
#include <unordered_map>
#include <utility>

#include "nlp/lexicon_repair.h"
#include "nlp/model.h"
#include "nlp/nlp.h"
#include "nlp/parse_repair.h"

namespace dyad::nlp {
namespace {

struct Scratch {
  std::vector<WordAttributes> attrs;
  std::vector<std::string_view> words;
  std::vector<int> tags;
  std::vector<std::string> lemmas;
  std::vector<uint32_t> keys;
  std::vector<int> parse_tags, heads, labels;
};

Scratch& ThreadScratch() {
  thread_local Scratch scratch;
  return scratch;
}

class TaggerStage final : public Stage {
 public:
  explicit TaggerStage(const Model& model) : model_(model) {}
  std::string_view Name() const override { return "tag"; }

  Status Process(Document& doc) const override {
    Scratch& s = ThreadScratch();
    const Tagger& tagger = model_.tagger();
    for (const Sentence& sentence : doc.sentences) {
      if (sentence.first_token + sentence.token_count > doc.tokens.size())
        return Status::Invalid(doc.origin + ": sentence refers to tokens past the end");
      s.attrs.resize(sentence.token_count);
      s.words.resize(sentence.token_count);
      for (uint32_t i = 0; i < sentence.token_count; ++i) {
        s.words[i] = doc.TokenText(sentence, i);
        ComputeAttributes(s.words[i], s.attrs[i]);
      }
      tagger.Tag(s.attrs, s.tags);
      RepairTags(tagger, s.words, s.tags);
      MarkPresentAfterPluralSubject(tagger, model_.lemmatizer(), s.words, s.tags);
      s.lemmas.resize(sentence.token_count);
      for (uint32_t i = 0; i < sentence.token_count; ++i) s.lemmas[i] = model_.lemmatizer().Lemma(s.words[i], s.tags[i]);
      Lemmatizer::RepairInContext(s.words, s.lemmas);
      for (uint32_t i = 0; i < sentence.token_count; ++i) {
        Token& t = doc.tokens[sentence.first_token + i];
        t.upos = tagger.Upos(s.tags[i]);
        t.xpos = tagger.Xpos(s.tags[i]);
        t.lemma = std::move(s.lemmas[i]);
      }
    }
    return Status::Ok();
  }

 private:
  const Model& model_;
};

class ParserStage final : public Stage {
 public:
  ParserStage(const Model& model, ParseFilter filter) : model_(model), filter_(std::move(filter)) {
    const Tagger& tagger = model.tagger();
    for (int t = tagger.num_tags() - 1; t >= 0; --t) {
      tag_ids_[tagger.Upos(t) + "\t" + tagger.Xpos(t)] = t;
      xpos_ids_[tagger.Xpos(t)] = t;  // the most frequent class wins (lowest id, set last)
    }
  }
  std::string_view Name() const override { return "parse"; }

  Status Process(Document& doc) const override {
    Scratch& s = ThreadScratch();
    std::string key;
    const std::vector<char> wanted = filter_ ? filter_(doc) : std::vector<char>(doc.sentences.size(), 1);
    for (uint32_t si = 0; si < doc.sentences.size(); ++si) {
      Sentence& sentence = doc.sentences[si];
      if (sentence.first_token + sentence.token_count > doc.tokens.size())
        return Status::Invalid(doc.origin + ": sentence refers to tokens past the end");
      if (sentence.parsed || !wanted[si]) continue;
      const uint32_t n = sentence.token_count;
      s.keys.assign(n + 1, 0);
      s.parse_tags.assign(n + 1, -1);
      WordAttributes a;
      for (uint32_t i = 0; i < n; ++i) {
        const Token& t = doc.TokenAt(sentence, i);
        ComputeAttributes(doc.View(t.span), a);
        s.keys[i + 1] = a.lower;
        key.assign(t.upos).append("\t").append(t.xpos);
        int id = -1;
        if (auto it = tag_ids_.find(key); it != tag_ids_.end()) {
          id = it->second;
        } else if (auto x = xpos_ids_.find(t.xpos); x != xpos_ids_.end()) {
          id = x->second;
        }
        if (id < 0)
          return Status::Invalid(doc.origin + ": token " + std::to_string(i + 1) + " of a sentence has tag '" +
                                 t.upos + "/" + t.xpos + "' the parser does not know (run the tagger first)");
        s.parse_tags[i + 1] = id;
      }
      if (n > 0) model_.parser().Parse(s.keys, s.parse_tags, s.heads, s.labels);
      for (uint32_t i = 0; i < n; ++i) {
        Token& t = doc.tokens[sentence.first_token + i];
        t.head = s.heads[i + 1] - 1;
        t.deprel = model_.parser().Label(s.labels[i + 1]);
      }
      std::span<Token> tree(doc.tokens.data() + sentence.first_token, n);
      RepairReportedObjects(tree);
      RepairReportedSubjects(tree);
      sentence.parsed = true;
    }
    return Status::Ok();
  }

 private:
  const Model& model_;
  ParseFilter filter_;
  std::unordered_map<std::string, int> tag_ids_, xpos_ids_;
};

}  // namespace

namespace {

class NounRepairStage final : public Stage {
 public:
  NounRepairStage(const Model& model, NounSpans spans) : model_(model), spans_(std::move(spans)) {
    const Tagger& tagger = model.tagger();
    nn_ = tagger.Find("NOUN", "NN"), nns_ = tagger.Find("NOUN", "NNS");
    nnp_ = tagger.Find("PROPN", "NNP"), nnps_ = tagger.Find("PROPN", "NNPS");
  }
  std::string_view Name() const override { return "noun-repair"; }

  Status Process(Document& doc) const override {
    if (nn_ < 0 || nns_ < 0 || nnp_ < 0 || nnps_ < 0) return Status::Ok();
    for (auto [first, last] : spans_(doc)) {
      for (uint32_t k = first; k < last && k < doc.tokens.size(); ++k) {
        Token& t = doc.tokens[k];
        if (t.upos != "VERB") continue;
        std::string_view w = doc.View(t.span);
        const bool capital = !w.empty() && w[0] >= 'A' && w[0] <= 'Z';
        const bool plural = w.size() > 2 && (w.back() == 's' || w.back() == 'S');
        const int tag = capital ? (plural ? nnps_ : nnp_) : (plural ? nns_ : nn_);
        t.upos = model_.tagger().Upos(tag);
        t.xpos = model_.tagger().Xpos(tag);
        t.lemma = model_.lemmatizer().Lemma(w, tag);
      }
    }
    return Status::Ok();
  }

 private:
  const Model& model_;
  NounSpans spans_;
  int nn_ = -1, nns_ = -1, nnp_ = -1, nnps_ = -1;
};

}  // namespace

std::unique_ptr<Stage> MakeTagger(const Model& model) { return std::make_unique<TaggerStage>(model); }
std::unique_ptr<Stage> MakeNounRepair(const Model& model, NounSpans spans) {
  return std::make_unique<NounRepairStage>(model, std::move(spans));
}

std::unique_ptr<Stage> MakeParser(const Model& model, ParseFilter filter) {
  return std::make_unique<ParserStage>(model, std::move(filter));
}

}  // namespace dyad::nlp
