#include "kb/phrase_index.h"

#include "kb/knowledge_base.h"
#include "kb/phrase_text.h"

#include <cctype>

namespace dyad::kb {

std::vector<std::string> PhraseIndex::Keys(std::string_view phrase) {
  std::vector<std::string> keys;
  for (const std::string& tok : PhraseTokens(phrase)) keys.push_back(DictionaryKey(tok));
  return keys;
}

PhraseIndex::PhraseIndex(const KbData& data) {
  for (uint32_t i = 0; i < data.actors.size(); ++i) {
    const ActorEntry& e = data.actors[i];
    // A region named only by its adjective (CRB: "Caribbean nations") is a country key too.
    if (e.kind == kCountry || (e.kind == kAdjective && IsRegionCode(e.base_code))) countries.insert(e.base_code);
    for (const std::string& p : e.phrases) actors.Add(Keys(p), i);
  }
  for (uint32_t i = 0; i < data.agents.size(); ++i)
    for (const std::string& p : data.agents[i].phrases) actors.Add(Keys(p), kAgentBit | i);
  AddSurnames(data);
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

// A person's surname (the last word of the name; the first for names written family name
// first) when no entry is written that one word: "Bush"
// names both Presidents Bush, so it never stands alone in the dictionary.
void PhraseIndex::AddSurnames(const KbData& data) {
  std::unordered_set<std::string> single;  // one-word phrases of any entry
  for (const ActorEntry& e : data.actors)
    for (const std::string& p : e.phrases)
      if (auto k = Keys(p); k.size() == 1) single.insert(k[0]);
  for (const AgentEntry& a : data.agents)
    for (const std::string& p : a.phrases)
      if (auto k = Keys(p); k.size() == 1) single.insert(k[0]);
  for (uint32_t i = 0; i < data.actors.size(); ++i) {
    const ActorEntry& e = data.actors[i];
    if (e.kind != kPerson) continue;
    std::vector<std::string> words = PhraseTokens(e.name);
    if (words.size() < 2) continue;
    const std::string& last = words.back();
    // "Mohammed VI", "George Bush Jr.": no surname; short words are too often something else.
    if (last.size() < 3 || !std::isupper(static_cast<unsigned char>(last[0])) || last.back() == '.' ||
        last.find_first_not_of("IVX") == std::string::npos)
      continue;
    std::string key = DictionaryKey(last);
    if (!key.empty() && !single.count(key)) actors.Add({key}, kSurnameBit | i);
    // Chinese and Korean names (and a few others) put the family name first: "Yoon Suk Yeol" is
    // President Yoon, "Lee Hsien Loong" Prime Minister Lee.
    static const std::unordered_set<std::string> kFamilyNameFirst = {"CHN", "TWN", "HKG", "MAC", "KOR",
                                                                     "PRK", "SGP", "KHM"};
    std::string country = e.base_code.substr(0, 3);
    if (country.empty() && !e.roles.empty()) country = e.roles.front().code.substr(0, 3);
    const std::string& first = words.front();
    if (kFamilyNameFirst.count(country) && first.size() >= 3 && std::isupper(static_cast<unsigned char>(first[0]))) {
      std::string family = DictionaryKey(first);
      if (!family.empty() && !single.count(family)) actors.Add({family}, kSurnameBit | i);
    }
  }
}

}  // namespace dyad::kb
