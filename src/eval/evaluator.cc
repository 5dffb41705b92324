// Codes gold items with the pipeline, in parallel over items (Pipeline::Process is const and
// thread-safe), each worker taking the next item index from a shared counter.
#include "eval/evaluator.h"

#include "coder/coder_rules.h"
#include "coder/event_coder.h"
#include "kb/knowledge_base.h"

#include <algorithm>
#include <atomic>
#include <tuple>
#include <thread>

namespace dyad::eval {

Document MakeDocument(const GoldItem& item, bool gold_parse, const std::string& origin) {
  Document doc;
  doc.id = item.id;
  doc.origin = origin;
  doc.published = item.date;
  if (!gold_parse || item.parse.empty()) {
    doc.text = item.text;
    return doc;
  }
  for (const GoldToken& g : item.parse) {
    Token t;
    t.span.begin = static_cast<uint32_t>(doc.text.size());
    doc.text += g.form;
    t.span.end = static_cast<uint32_t>(doc.text.size());
    if (g.space_after) doc.text += ' ';
    t.lemma = g.lemma;
    t.upos = g.upos;
    t.xpos = g.xpos;
    t.head = g.head;
    t.deprel = g.deprel;
    t.space_after = g.space_after;
    doc.tokens.push_back(std::move(t));
  }
  while (!doc.text.empty() && doc.text.back() == ' ') doc.text.pop_back();
  Sentence s;
  s.span = {0, static_cast<uint32_t>(doc.text.size())};
  s.first_token = 0;
  s.token_count = static_cast<uint32_t>(doc.tokens.size());
  s.parsed = true;
  doc.sentences.push_back(s);
  return doc;
}

namespace {

// Hops from the event's verb to the root of its sentence's parse; large when unknown.
int VerbDepth(const Document& doc, const Event& e) {
  constexpr int kUnknown = 1 << 20;
  if (e.sentence >= doc.sentences.size()) return kUnknown;
  const Sentence& s = doc.sentences[e.sentence];
  if (!s.parsed) return kUnknown;
  for (uint32_t i = 0; i < s.token_count; ++i) {
    const Span& span = doc.TokenAt(s, i).span;
    if (span.begin > e.verb.begin || span.end <= e.verb.begin) continue;
    int depth = 0;
    int at = static_cast<int>(i);
    // Bounded walk: a malformed parse with a cycle cannot loop forever.
    while (at >= 0 && at < static_cast<int>(s.token_count) && depth <= static_cast<int>(s.token_count)) {
      at = doc.TokenAt(s, static_cast<uint32_t>(at)).head;
      ++depth;
    }
    return depth;
  }
  return kUnknown;
}

}  // namespace

CodedItem CollectEvents(const Document& doc) {
  struct Ranked {
    bool statement;
    int depth;
    uint32_t sentence, verb;
    size_t index;
  };
  std::vector<Ranked> order;
  for (size_t i = 0; i < doc.events.size(); ++i) {
    const Event& e = doc.events[i];
    order.push_back({e.root == "01", VerbDepth(doc, e), e.sentence, e.verb.begin, i});
  }
  std::stable_sort(order.begin(), order.end(), [](const Ranked& a, const Ranked& b) {
    return std::tie(a.statement, a.depth, a.sentence, a.verb) < std::tie(b.statement, b.depth, b.sentence, b.verb);
  });
  CodedItem item;
  for (const ActorMention& m : doc.actors) item.actor_keys.push_back(CodedCountryKey(m.code, m.country));
  for (const Ranked& r : order) {
    const Event& e = doc.events[r.index];
    CodedEvent c;
    c.source = e.source.code;
    c.source_country = e.source.country;
    c.source_span = e.source.span;
    if (e.has_target) {
      c.target = e.target.code;
      c.target_country = e.target.country;
      c.target_span = e.target.span;
    }
    c.cameo = e.cameo;
    c.root = e.root.empty() ? e.cameo.substr(0, std::min<size_t>(2, e.cameo.size())) : e.root;
    c.plover = e.plover;
    c.date = e.date.valid() ? e.date.Iso() : "";
    if (e.sentence < doc.sentences.size()) c.sentence = std::string(doc.SentenceText(doc.sentences[e.sentence]));
    item.events.push_back(std::move(c));
  }
  return item;
}

CodeFn PipelineCoder(const Pipeline& pipeline) {
  return [&pipeline](Document& doc, bool from_parse) { return pipeline.Process(doc, from_parse ? "actors" : ""); };
}

GoldParseCoder::~GoldParseCoder() = default;

Result<std::unique_ptr<const GoldParseCoder>> GoldParseCoder::Create(const std::string& kb_path) {
  std::unique_ptr<GoldParseCoder> c(new GoldParseCoder);
  PipelineOptions options;
  options.kb_path = kb_path;
  options.with_syntax = false;
  auto pipeline = Pipeline::Create(options);
  if (!pipeline.ok()) return pipeline.status();
  c->pipeline_ = std::move(pipeline.value());
  return std::unique_ptr<const GoldParseCoder>(std::move(c));
}

Status GoldParseCoder::Code(Document& doc, bool from_parse) const {
  if (!from_parse) return Status::Invalid(doc.origin + ": no gold parse, and coding raw text needs the NLP model");
  return pipeline_->Process(doc);
}

bool AllParsed(const GoldFile& gold) {
  for (const GoldItem& item : gold.items) {
    if (item.parse.empty()) return false;
  }
  return !gold.items.empty();
}

std::vector<CodedItem> CodeGoldFile(const Pipeline& pipeline, const GoldFile& gold, const CodeOptions& options) {
  return CodeGoldFile(PipelineCoder(pipeline), gold, options);
}

std::vector<CodedItem> CodeGoldFile(const CodeFn& code, const GoldFile& gold, const CodeOptions& options) {
  std::vector<CodedItem> coded(gold.items.size());
  std::atomic<size_t> next{0};
  auto work = [&] {
    for (size_t i = next++; i < gold.items.size(); i = next++) {
      const GoldItem& item = gold.items[i];
      bool use_parse = options.gold_parse && !item.parse.empty();
      Document doc = MakeDocument(item, options.gold_parse, gold.path + ":" + item.id);
      Status s = code(doc, use_parse);
      if (!s.ok()) {
        coded[i].error = s.message();
        continue;
      }
      coded[i] = CollectEvents(doc);
    }
  };
  int threads = options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, static_cast<int>(std::max<size_t>(1, gold.items.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
  return coded;
}

}  // namespace dyad::eval
