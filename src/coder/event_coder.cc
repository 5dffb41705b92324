#include "coder/event_coder.h"

#include "coder/coder_rules.h"
#include "coder/sentence_coder.h"

namespace dyad::coder {
namespace {

class EventCoderStage : public Stage {
 public:
  EventCoderStage(const kb::KnowledgeBase& kb, CoderRules rules, CoderOptions options)
      : rules_(std::move(rules)), options_(options), coder_(kb, rules_, options_) {}
  std::string_view Name() const override { return "events"; }
  Status Process(Document& doc) const override {
    doc.events.clear();
    ArticleContext context;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) coder_.Code(doc, s, context);
    return Status::Ok();
  }

 private:
  CoderRules rules_;
  CoderOptions options_;
  SentenceCoder coder_;
};

}  // namespace

std::unique_ptr<Stage> MakeEventCoder(const kb::KnowledgeBase& kb, CoderRules rules, const CoderOptions& options) {
  return std::make_unique<EventCoderStage>(kb, std::move(rules), options);
}

}  // namespace dyad::coder
