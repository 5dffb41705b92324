#include "kb/phrase_trie.h"

#include "kb/phrase_text.h"

namespace dyad::kb {

PhraseTrie::PhraseTrie() { values_.emplace_back(); }

bool PhraseTrie::Add(const std::vector<std::string>& keys, uint32_t value) {
  uint32_t node = 0;
  bool any = false;
  for (const std::string& key : keys) {
    if (key.empty()) continue;
    auto [it, fresh] = vocab_.emplace(key, static_cast<uint32_t>(vocab_.size() + 1));
    uint64_t edge = (static_cast<uint64_t>(node) << 32) | it->second;
    auto e = edges_.find(edge);
    if (e == edges_.end()) {
      uint32_t child = static_cast<uint32_t>(values_.size());
      values_.emplace_back();
      edges_.emplace(edge, child);
      node = child;
    } else {
      node = e->second;
    }
    any = true;
  }
  if (!any) return false;
  auto& vals = values_[node];
  for (uint32_t v : vals)
    if (v == value) return true;
  vals.push_back(value);
  return true;
}

TokenKey PhraseTrie::KeyOf(std::string_view token) const {
  TokenKey k;
  std::string key = NormalizeToken(token);
  if (key.empty()) {
    k.transparent = true;
    return k;
  }
  if (auto it = vocab_.find(key); it != vocab_.end()) k.id = it->second;
  if (IsAllCaps(token)) {
    if (auto it = vocab_.find(kCaseMark + key); it != vocab_.end()) k.caps_id = it->second;
  }
  return k;
}

std::vector<TokenKey> PhraseTrie::Keys(const Document& doc, const Sentence& s) const {
  std::vector<TokenKey> out;
  out.reserve(s.token_count);
  for (uint32_t i = 0; i < s.token_count; ++i) out.push_back(KeyOf(doc.TokenText(s, i)));
  return out;
}

std::vector<TokenKey> PhraseTrie::Keys(const std::vector<std::string>& tokens) const {
  std::vector<TokenKey> out;
  for (const std::string& t : tokens) out.push_back(KeyOf(t));
  return out;
}

uint32_t PhraseTrie::Child(uint32_t node, uint32_t token) const {
  if (token == 0) return 0;
  auto it = edges_.find((static_cast<uint64_t>(node) << 32) | token);
  return it == edges_.end() ? 0 : it->second;
}

std::vector<PhraseTrie::Match> PhraseTrie::AllAt(const std::vector<TokenKey>& keys,
                                                 uint32_t i) const {
  std::vector<Match> out;
  if (i >= keys.size() || keys[i].transparent) return out;
  // Most tokens start no phrase: answer those without building the stack.
  if (Child(0, keys[i].id) == 0 && Child(0, keys[i].caps_id) == 0) return out;
  // Depth-first over (node, next token); a token in capitals may follow two edges.
  struct State { uint32_t node, pos; };
  std::vector<State> stack{{0, i}};
  while (!stack.empty()) {
    State st = stack.back();
    stack.pop_back();
    uint32_t pos = st.pos;
    if (pos >= keys.size()) continue;
    if (keys[pos].transparent && pos > i) {
      stack.push_back({st.node, pos + 1});
      continue;
    }
    for (uint32_t id : {keys[pos].id, keys[pos].caps_id}) {
      uint32_t child = Child(st.node, id);
      if (child == 0) continue;
      if (!values_[child].empty()) out.push_back({i, pos + 1, values_[child]});
      stack.push_back({child, pos + 1});
    }
  }
  return out;
}

PhraseTrie::Match PhraseTrie::LongestAt(const std::vector<TokenKey>& keys, uint32_t i) const {
  Match best{i, i, {}};
  for (const Match& m : AllAt(keys, i))
    if (m.end > best.end) best = m;
  return best;
}

}  // namespace dyad::kb
