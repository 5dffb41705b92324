// The actor stage: for every sentence, the knowledge base's actor mentions at the document's
// publication date are appended to doc.actors.
#include "kb/knowledge_base.h"

namespace dyad::kb {
namespace {

class ActorStage : public Stage {
 public:
  explicit ActorStage(const KnowledgeBase& kb) : kb_(kb) {}
  std::string_view Name() const override { return "actors"; }
  Status Process(Document& doc) const override {
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
      const Sentence& sent = doc.sentences[s];
      if (sent.first_token + sent.token_count > doc.tokens.size())
        return Status::Invalid(doc.origin + ": sentence " + std::to_string(s) +
                               " refers to tokens past the end of the document");
      for (ActorMention& m : kb_.FindActors(doc, s, doc.published)) doc.actors.push_back(std::move(m));
    }
    return Status::Ok();
  }

 private:
  const KnowledgeBase& kb_;
};

}  // namespace

std::unique_ptr<Stage> MakeActorStage(const KnowledgeBase& kb) {
  return std::make_unique<ActorStage>(kb);
}

}  // namespace dyad::kb
