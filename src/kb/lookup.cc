// KnowledgeBase::Lookup explains what a phrase resolves to: first the mention FindActors makes
// of it (with composition, e.g. "Chinese troops" -> CHNMIL), then every dictionary entry whose
// phrase is exactly the text, resolved at the date, then those entries' other roles.
#include "kb/knowledge_base.h"
#include "kb/dictionary_reader.h"
#include "kb/phrase_index.h"
#include "kb/phrase_text.h"

namespace dyad::kb {

const RoleSpan* ResolveRole(const ActorEntry& e, int32_t day, std::string& code);

namespace {

const char* KindName(ActorKind k) {
  switch (k) {
    case kPerson: return "person";
    case kGroup: return "actor";
    case kCountry: return "country";
    case kAdjective: return "country adjective";
    case kMetonym: return "metonym";
    case kNews: return "news";
  }
  return "actor";
}

int32_t DayOfDate(const Date& date) {
  int32_t day;
  if (!date.valid() || !ParseBound(date.Iso(), false, day)) return kOpenTo;
  return day;
}

}  // namespace

std::vector<LookupMatch> KnowledgeBase::Lookup(std::string_view phrase, const Date& date) const {
  std::vector<LookupMatch> out, later;
  Document doc = MakeSentenceDocument(std::string(phrase));
  const Sentence& s = doc.sentences[0];
  for (const ActorMention& m : FindActors(doc, 0, date)) {
    if (m.first_token != 0 || m.last_token + 0 < s.token_count) continue;
    LookupMatch r;
    r.code = m.code;
    r.name = m.name.empty() ? std::string(doc.View(m.span)) : m.name;
    r.kind = "mention";
    size_t colon = m.entry.rfind(':');
    r.file = m.entry.substr(0, colon);
    r.line = colon == std::string::npos ? 0 : std::atoi(m.entry.c_str() + colon + 1);
    out.push_back(std::move(r));
  }
  auto keys = index_->actors.Keys(doc, s);
  const int32_t day = DayOfDate(date);
  for (const PhraseTrie::Match& m : index_->actors.AllAt(keys, 0)) {
    bool whole = true;
    for (uint32_t t = m.end; t < keys.size(); ++t) whole &= keys[t].transparent;
    if (!whole) continue;
    for (uint32_t v : m.values) {
      LookupMatch r;
      if (v & kSurnameBit) continue;  // a surname alone needs its context (FindActors)
      if (v & kAgentBit) {
        const AgentEntry& a = data_->agents[v & ~kAgentBit];
        r = {a.code, a.phrases.front(), "agent", "", "", "", a.file, a.line};
        out.push_back(std::move(r));
        continue;
      }
      const ActorEntry& e = data_->actors[v];
      std::string code;
      const RoleSpan* role = ResolveRole(e, day, code);
      r = {code, e.name, KindName(e.kind), "", "", "", e.file, e.line};
      if (role) {
        r.from = BoundText(role->from, false);
        r.to = BoundText(role->to, true);
        r.title = role->title;
      }
      out.push_back(r);
      for (const RoleSpan& other : e.roles) {
        if (&other == role) continue;
        later.push_back({other.code, e.name, "other role", BoundText(other.from, false),
                         BoundText(other.to, true), other.title, e.file, e.line});
      }
    }
  }
  // The mention only adds something when composition changed the code ("Chinese troops").
  if (!out.empty() && out.front().kind == "mention")
    for (size_t i = 1; i < out.size(); ++i)
      if (out[i].code == out.front().code && out[i].name == out.front().name) {
        out.erase(out.begin());
        break;
      }
  out.insert(out.end(), later.begin(), later.end());
  return out;
}

}  // namespace dyad::kb
