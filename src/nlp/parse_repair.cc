#include "nlp/parse_repair.h"

#include <string_view>
#include <vector>

namespace dyad::nlp {

int RepairReportedObjects(std::span<Token> tokens) {
  const int n = static_cast<int>(tokens.size());
  auto rel_is = [&](int i, std::string_view r) { return tokens[i].deprel == r; };
  auto has_child = [&](int h, std::initializer_list<std::string_view> rels) {
    for (int c = 0; c < n; ++c)
      if (tokens[c].head == h)
        for (std::string_view r : rels)
          if (tokens[c].deprel == r) return true;
    return false;
  };
  int moved = 0;
  for (int x = 0; x < n; ++x) {
    if (!rel_is(x, "ccomp") || (tokens[x].upos != "NOUN" && tokens[x].upos != "PROPN")) continue;
    const int h = tokens[x].head;
    if (h <= x || has_child(x, {"nsubj", "nsubj:pass", "csubj", "cop", "expl"})) continue;
    // The reported verb: the closest ccomp sibling before x, a verb with no object.
    int v = -1;
    for (int c = x - 1; c >= 0 && v < 0; --c)
      if (tokens[c].head == h && rel_is(c, "ccomp")) v = c;
    if (v < 0 || tokens[v].upos != "VERB" || has_child(v, {"obj", "ccomp", "xcomp"})) continue;
    // Nothing between the verb and the noun's phrase may hang outside them (a comma or "and"
    // between two reported clauses keeps them apart).
    bool adjacent = true;
    for (int k = v + 1; k < x && adjacent; ++k) {
      int up = k;
      for (int steps = 0; up >= 0 && up != x && up != v && steps < n; ++steps) up = tokens[up].head;
      adjacent = up == x || up == v;
    }
    if (!adjacent) continue;
    tokens[x].head = v;
    tokens[x].deprel = "obj";
    ++moved;
  }
  return moved;
}

int RepairReportedSubjects(std::span<Token> tokens) {
  const int n = static_cast<int>(tokens.size());
  auto subject = [&](int c) { return tokens[c].deprel == "nsubj" || tokens[c].deprel == "nsubj:pass"; };
  // One pass: per head, its first and last subject, how many, and its first verb complement.
  std::vector<int> first(n, -1), last(n, -1), count(n, 0), complement(n, -1);
  std::vector<char> own(n, 0);  // has a subject or expletive of its own
  for (int c = 0; c < n; ++c) {
    const int h = tokens[c].head;
    if (h < 0 || h >= n) continue;
    if (subject(c)) {
      if (first[h] < 0) first[h] = c;
      last[h] = c;
      ++count[h];
    }
    if (subject(c) || tokens[c].deprel == "expl") own[h] = 1;
    if (complement[h] < 0 && tokens[c].deprel == "ccomp" && tokens[c].upos == "VERB") complement[h] = c;
  }
  int moved = 0;
  for (int h = 0; h < n; ++h) {
    const int s = first[h], v = complement[h];
    if (count[h] < 2 || v < 0 || s > v || last[h] < v || own[v]) continue;  // the report's own subject comes after
    // The subject's phrase must end right before the verb (auxiliaries and adverbs aside).
    int end = s;
    for (int k = s + 1; k < v; ++k) {
      int up = k;
      for (int steps = 0; up >= 0 && up != s && steps < n; ++steps) up = tokens[up].head;
      if (up == s) end = k;
    }
    bool adjacent = true;
    for (int k = end + 1; k < v; ++k)
      if (tokens[k].head != v) adjacent = false;
    if (!adjacent) continue;
    tokens[s].head = v;
    ++moved;
  }
  return moved;
}

}  // namespace dyad::nlp
