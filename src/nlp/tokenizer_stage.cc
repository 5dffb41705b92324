#include <memory>

#include "nlp/nlp.h"
#include "nlp/tokenizer.h"

namespace dyad::nlp {
namespace {

class TokenizerStage final : public Stage {
 public:
  std::string_view Name() const override { return "split"; }

  Status Process(Document& doc) const override {
    if (doc.text.size() >= UINT32_MAX)
      return Status::Invalid(doc.origin + ": text over 4 GiB cannot be tokenized");
    std::vector<RawToken> raw = TokenizeWords(doc.text);
    std::vector<uint32_t> ends = SplitSentences(doc.text, raw);
    doc.tokens.clear();
    doc.sentences.clear();
    doc.tokens.resize(raw.size());
    for (size_t i = 0; i < raw.size(); ++i) {
      doc.tokens[i].span = {raw[i].begin, raw[i].end};
      doc.tokens[i].space_after = raw[i].space_after;
    }
    doc.sentences.reserve(ends.size());
    uint32_t first = 0;
    for (uint32_t end : ends) {
      Sentence s;
      s.first_token = first;
      s.token_count = end - first;
      s.span = {raw[first].begin, raw[end - 1].end};
      doc.sentences.push_back(s);
      first = end;
    }
    return Status::Ok();
  }
};

}  // namespace

std::unique_ptr<Stage> MakeTokenizer() { return std::make_unique<TokenizerStage>(); }

}  // namespace dyad::nlp
