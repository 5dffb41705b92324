// The Document: one article flowing through every stage (udpipe's `sentence`, spaCy's `Doc`).
// It owns the article's text; sentences, tokens, actor mentions and events refer to it by
// byte offsets and indices. Stages annotate it in place and never copy the text.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dyad/date.h"

namespace dyad {

// A half-open byte range [begin, end) into Document::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

struct Token {
  Span span;              // the token's characters in the text
  std::string lemma;      // lower-case lemma ("met" -> "meet"); set by the lemmatizer
  std::string upos;       // Universal POS tag (NOUN, VERB, PROPN, ...); set by the tagger
  std::string xpos;       // Penn Treebank tag (NN, VBD, NNP, ...); set by the tagger
  int head = -1;          // index of the head token within the sentence; -1 for the root
  std::string deprel;     // UD relation to the head (nsubj, obj, obl, ...); set by the parser
  bool space_after = true;
};

struct Sentence {
  Span span;                   // the sentence's characters
  uint32_t first_token = 0;    // index into Document::tokens
  uint32_t token_count = 0;
  bool parsed = false;         // heads and relations are set
};

// A stretch of a sentence that names an actor, resolved against the knowledge base.
struct ActorMention {
  uint32_t sentence = 0;
  uint32_t first_token = 0;  // sentence-relative token index
  uint32_t last_token = 0;   // exclusive
  Span span;                 // the words that named the actor
  std::string code;          // full CAMEO actor code, e.g. "USAGOV"
  std::string country;       // ISO 3166-1 alpha-3 or CAMEO region, may be empty
  std::string role;          // first role code after the country, may be empty
  std::string name;          // canonical dictionary name of a named entity, else empty
  std::string entry;         // id of the dictionary entry that matched ("actors.txt:12")
};

struct Location {
  std::string name;
  std::string country;  // ISO 3166-1 alpha-3
  double lat = 0;
  double lon = 0;
  std::string precision;  // country, region, city, site
};

struct Event {
  uint32_t sentence = 0;
  ActorMention source;
  ActorMention target;
  bool has_target = true;
  std::string cameo;      // "036"
  std::string root;       // "03"
  int quad_class = 0;     // 1 verbal coop, 2 material coop, 3 verbal conflict, 4 material conflict
  double goldstein = 0;   // Goldstein scale value of the code
  std::string plover;     // PLOVER event type where one maps, else empty
  Date date;
  bool negated = false;
  bool has_location = false;
  Location location;
  Span verb;              // evidence: the verb phrase
  std::string pattern;    // id of the dictionary entry or rule that fired
};

struct Document {
  std::string id;
  std::string text;       // the article body, UTF-8, the only copy of its characters
  std::string title;
  std::string url;
  std::string outlet;
  Date published;         // publication date
  std::string origin;     // where it came from, for messages: "a.jsonl:12", "dir/x.txt"

  std::vector<Sentence> sentences;
  std::vector<Token> tokens;
  std::vector<ActorMention> actors;
  std::vector<Event> events;

  std::string_view View(Span s) const { return std::string_view(text).substr(s.begin, s.size()); }
  std::string_view SentenceText(const Sentence& s) const { return View(s.span); }
  const Token& TokenAt(const Sentence& s, uint32_t i) const { return tokens[s.first_token + i]; }
  std::string_view TokenText(const Sentence& s, uint32_t i) const {
    return View(TokenAt(s, i).span);
  }
};

}  // namespace dyad
