#include "coder/pipeline.h"

#include "coder/event_coder.h"
#include "coder/sentence_coder.h"
#include "kb/knowledge_base.h"
#include "nlp/model.h"
#include "nlp/nlp.h"

namespace dyad {

Pipeline::~Pipeline() = default;

Result<std::unique_ptr<const Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline);
  if (options.with_syntax) {
    auto model = nlp::LoadModel(options.nlp_model_path.empty() ? nlp::DefaultModelPath() : options.nlp_model_path);
    if (!model.ok()) return model.status();
    p->model_ = std::move(model.value());
  }
  auto kb = options.kb_path.empty() ? kb::KnowledgeBase::LoadDefault() : kb::KnowledgeBase::Load(options.kb_path);
  if (!kb.ok()) return kb.status();
  p->kb_ = std::move(kb.value());
  auto rules = coder::LoadCoderRules(coder::DefaultCoderRulesPath());
  if (!rules.ok()) return rules.status();
  // Actors before the parse: a sentence with no actor and nothing that could name one gives no
  // event, so it is not parsed (at most a sixth of news sentences, short ones; same events).
  auto filter_rules = std::make_shared<const coder::CoderRules>(rules.value());
  nlp::ParseFilter filter = [filter_rules](const Document& doc) {
    return coder::SentencesThatMayHoldEvents(doc, *filter_rules);
  };
  if (p->model_) {
    p->stages_.push_back(nlp::MakeTokenizer());
    p->stages_.push_back(nlp::MakeTagger(*p->model_));
  }
  p->stages_.push_back(kb::MakeActorStage(*p->kb_));
  if (p->model_) {
    // A word the dictionaries read as part of an actor's name is a noun, whatever the tagger
    // said ("Boko Haram jihadists[VBZ]"): the parser then finds the clause's real verb. Gold
    // parses keep their gold tags.
    p->stages_.push_back(nlp::MakeNounRepair(*p->model_, [](const Document& doc) {
      std::vector<std::pair<uint32_t, uint32_t>> spans;
      for (const ActorMention& a : doc.actors)
        if (a.sentence < doc.sentences.size() && !doc.sentences[a.sentence].parsed) {
          const uint32_t base = doc.sentences[a.sentence].first_token;
          spans.emplace_back(base + a.first_token, base + a.last_token);
        }
      return spans;
    }));
  }
  if (p->model_) p->stages_.push_back(nlp::MakeParser(*p->model_, std::move(filter)));
  coder::CoderOptions coder_options;
  coder_options.keep_negated = options.keep_negated;
  p->stages_.push_back(coder::MakeEventCoder(*p->kb_, std::move(rules.value()), coder_options));
  return std::unique_ptr<const Pipeline>(std::move(p));
}

Status Pipeline::Process(Document& doc, std::string_view first_stage) const {
  bool started = first_stage.empty();
  for (const auto& stage : stages_) {
    started = started || stage->Name() == first_stage;
    if (!started) continue;
    Status s = stage->Process(doc);
    if (!s.ok()) return Status(s.code(), std::string(stage->Name()) + ": " + s.message());
  }
  if (!started) return Status::Invalid("no pipeline stage named '" + std::string(first_stage) + "'");
  return Status::Ok();
}

}  // namespace dyad
