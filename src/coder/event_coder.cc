#include "coder/event_coder.h"

#include <cstdlib>

#include "coder/actor_context.h"
#include "coder/coder_rules.h"
#include "coder/sentence_coder.h"

namespace dyad::coder {
namespace {

class EventCoderStage : public Stage {
 public:
  EventCoderStage(const kb::KnowledgeBase& kb, CoderRules rules, CoderOptions options)
      : kb_(kb), rules_(std::move(rules)), options_(options), coder_(kb, rules_, options_) {}
  std::string_view Name() const override { return "events"; }
  Status Process(Document& doc) const override {
    doc.events.clear();
    ResolveActorsInContext(kb_, rules_, actor_options_, doc);
    ArticleContext context;
    for (uint32_t s = 0; s < doc.sentences.size(); ++s) coder_.Code(doc, s, context);
    return Status::Ok();
  }

 private:
  const kb::KnowledgeBase& kb_;
  CoderRules rules_;
  ActorContextOptions actor_options_;  // actors in context (actor_context.h)
  CoderOptions options_;
  SentenceCoder coder_;
};

}  // namespace

std::unique_ptr<Stage> MakeEventCoder(const kb::KnowledgeBase& kb, CoderRules rules, const CoderOptions& options) {
  CoderOptions o = options;
  // DYAD_TRACE=1 explains the coder's decisions on stderr (docs/coding.md); use with -j 1.
  if (const char* t = std::getenv("DYAD_TRACE"); t && *t && *t != '0') o.trace = true;
  return std::make_unique<EventCoderStage>(kb, std::move(rules), o);
}

}  // namespace dyad::coder
