// What the dictionaries say, as plain structs: the compiler fills it from the text sources,
// the binary format stores it, and KnowledgeBase indexes it for matching.
#pragma once

#include <climits>
#include <cstdint>
#include <string>
#include <vector>

#include "kb/knowledge_base.h"

namespace dyad::kb {

// Dates inside the KB are days since 1970-01-01; open bounds are the extremes.
inline constexpr int32_t kOpenFrom = INT32_MIN;
inline constexpr int32_t kOpenTo = INT32_MAX;

struct RoleSpan {
  std::string code;         // full CAMEO actor code during the span ("USAGOV")
  int32_t from = kOpenFrom;  // first day, inclusive
  int32_t to = kOpenTo;      // last day, inclusive
  std::string title;        // "vice president" (for lookup output only)
};

enum ActorKind : uint8_t {
  kPerson = 0,   // a named person with date-bounded roles
  kGroup = 1,    // an organisation, IGO, NGO, armed group, company
  kCountry = 2,  // a country name ("China", "the United States")
  kAdjective = 3,  // a country adjective or demonym ("Chinese"): combines with agents
  kMetonym = 4,  // a seat of government standing for it ("Beijing", "the Kremlin")
  kNews = 5,     // a news agency or outlet: never an actor
};

struct ActorEntry {
  std::string name;                  // canonical name
  std::vector<std::string> phrases;  // every way of writing it, name included
  std::string base_code;             // code outside any role span (may be empty)
  std::vector<RoleSpan> roles;
  ActorKind kind = kGroup;
  std::string file;
  int line = 0;
};

struct AgentEntry {
  std::vector<std::string> phrases;  // "riot police", "troops"
  std::string code;                  // role code(s) without a country: "COP", "MIL"
  std::string file;
  int line = 0;
};

struct PhraseEntry {  // discards and issues
  std::string phrase;
  std::string code;   // issue code, or the discard category
  std::string file;
  int line = 0;
};

struct SelfTest {  // a sentence the KB must code as stated whenever it is loaded
  std::string sentence;
  std::string date;                 // ISO date
  std::vector<std::string> codes;   // actor codes expected, in order
  std::string file;
  int line = 0;
};

struct KbData {
  std::vector<ActorEntry> actors;  // persons, groups, countries, adjectives, metonyms, news
  std::vector<AgentEntry> agents;
  std::vector<VerbPattern> verbs;  // sorted by head, then most specific first
  std::vector<CameoCode> cameo;    // sorted by code
  std::vector<Place> places;       // sorted by place_keys
  std::vector<std::string> place_keys;  // NormalizePhrase of the name a place is found by
  std::vector<PhraseEntry> discards;
  std::vector<PhraseEntry> issues;
  std::vector<std::string> locative_words;  // "in", "at": a capital after them is a place
  std::vector<SelfTest> self_tests;
  std::string source_dir;   // where it was compiled from
  int64_t source_mtime = 0;  // newest source file, seconds since the epoch
};

}  // namespace dyad::kb
