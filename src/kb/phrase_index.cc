#include "kb/phrase_index.h"

#include "kb/phrase_text.h"

namespace dyad::kb {

std::vector<std::string> PhraseIndex::Keys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (const std::string& tok : PhraseTokens(phrase)) keys.push_back(DictionaryKey(tok));
  return keys;
}

PhraseIndex::PhraseIndex(const KbData& data) {
  for (uint32_t i = 0; i < data.actors.size(); ++i) {
    const ActorEntry& e = data.actors[i];
    if (e.kind == kCountry) countries.insert(e.base_code);
    for (const std::string& p : e.phrases) actors.Add(Keys(p), i);
  }
  for (uint32_t i = 0; i < data.agents.size(); ++i)
    for (const std::string& p : data.agents[i].phrases) actors.Add(Keys(p), kAgentBit | i);
  for (uint32_t i = 0; i < data.discards.size(); ++i) discards.Add(Keys(data.discards[i].phrase), i);
  for (uint32_t i = 0; i < data.issues.size(); ++i) issues.Add(Keys(data.issues[i].phrase), i);
  for (uint32_t i = 0; i < data.verbs.size();) {
    uint32_t j = i;
    while (j < data.verbs.size() && data.verbs[j].head == data.verbs[i].head) ++j;
    verbs.emplace(data.verbs[i].head, std::make_pair(i, j));
    i = j;
  }
  for (uint32_t i = 0; i < data.cameo.size(); ++i) cameo.emplace(data.cameo[i].code, i);
  for (const std::string& w : data.locative_words) locatives.insert(w);
}

}  // namespace dyad::kb
