// FindActors in two passes. (1) Segments: scanning left to right, the actor trie gives the
// longest phrase starting at each token (leftmost-longest); the phrase's entries are ranked
// (a person whose role covers the date first, then groups, metonyms, countries, adjectives,
// agents). (2) Composition: adjacent segments (only transparent tokens such as "'s" between)
// merge into one mention: country words and agents give COUNTRY+ROLE ("Chinese troops" ->
// CHNMIL), and a title before a name ("US Secretary of State Antony Blinken") yields the
// named entity's own code over the whole span. Dates resolve person roles: the role covering
// the day with the latest start, else the entry's code outside roles, else the nearest role.
#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <unordered_set>

#include "base/strings.h"
#include "dyad/date.h"
#include "kb/knowledge_base.h"
#include "kb/phrase_index.h"
#include "kb/phrase_text.h"

namespace dyad::kb {
namespace {

int32_t DayOf(const Date& date) {
  if (!date.valid()) return kOpenTo;
  Date d = date;
  if (d.month == 0) d.month = 1;
  if (d.day == 0) d.day = 1;
  d.precision = DatePrecision::kDay;
  return static_cast<int32_t>(d.DaysSinceEpoch());
}

struct Segment {
  uint32_t begin, end;
  bool agent;
  uint32_t index;
};

int KindRank(ActorKind k) {
  switch (k) {
    case kPerson: return 6;
    case kGroup: return 5;
    case kNews: return 4;
    case kMetonym: return 3;
    case kCountry: return 2;
    case kAdjective: return 1;
  }
  return 0;
}

}  // namespace

// The role span nearest `day` (0 days away when it covers it) among those `keep` accepts, or
// nullptr.
template <typename Keep>
const RoleSpan* NearestRole(const ActorEntry& e, int32_t day, Keep keep) {
  const RoleSpan* best = nullptr;
  long best_gap = LONG_MAX;
  for (const RoleSpan& r : e.roles) {
    if (!keep(r)) continue;
    long gap = day < r.from ? static_cast<long>(r.from) - day : day > r.to ? static_cast<long>(day) - r.to : 0;
    if (gap < best_gap) best_gap = gap, best = &r;
  }
  return best;
}

// The role in force on `day`, or nullptr with `code` set to the code outside roles.
const RoleSpan* ResolveRole(const ActorEntry& e, int32_t day, std::string& code) {
  const RoleSpan* best = nullptr;
  for (const RoleSpan& r : e.roles)
    if (r.from <= day && day <= r.to && (!best || r.from >= best->from)) best = &r;
  if (best) {
    code = best->code;
    return best;
  }
  if (!e.base_code.empty() || e.roles.empty()) {
    code = e.base_code;
    return nullptr;
  }
  best = NearestRole(e, day, [](const RoleSpan&) { return true; });
  code = best->code;
  return best;
}

namespace {

// Picks the best entry among the values of one trie match.
Segment BestValue(const KbData& data, const PhraseTrie::Match& m, int32_t day) {
  Segment best{m.begin, m.end, false, 0};
  int best_score = -1;
  for (uint32_t v : m.values) {
    if (v & kSurnameBit) continue;
    int score;
    if (v & kAgentBit) {
      score = 0;
    } else {
      const ActorEntry& e = data.actors[v];
      score = KindRank(e.kind) * 2;
      if (e.kind == kPerson)
        for (const RoleSpan& r : e.roles)
          if (r.from <= day && day <= r.to) score += 1;
    }
    if (score > best_score) {
      best_score = score;
      best = {m.begin, m.end, (v & kAgentBit) != 0, v & ~kAgentBit};
    }
  }
  return best;
}

bool OnlySurnames(const PhraseTrie::Match& m) {
  return std::all_of(m.values.begin(), m.values.end(), [](uint32_t v) { return (v & kSurnameBit) != 0; });
}

}  // namespace

// The person a capitalised surname names, or -1: after a title ("President Bush") the one whose
// role covers the day (or the only one of that name); anywhere, one the article named in full.
int KnowledgeBase::SurnamePerson(const Document& doc, uint32_t sentence, const PhraseTrie::Match& m, int32_t day,
                                 bool after_title, const std::vector<ActorMention>& so_far) const {
  const Sentence& s = doc.sentences[sentence];
  std::string_view word = doc.TokenText(s, m.begin);
  if (word.empty() || !std::isupper(static_cast<unsigned char>(word[0]))) return -1;
  // "President Ahmed Ben Bella": a name that goes on past the surname is someone else's (a
  // day or month after it, "President Bush Tuesday", is no part of a name).
  if (m.end < s.token_count) {
    std::string_view next = doc.TokenText(s, m.end);
    const std::string lower = AsciiLower(next);
    if (!next.empty() && std::isupper(static_cast<unsigned char>(next[0])) && next.size() > 1 &&
        WeekdayNamed(lower) < 0 && MonthNamed(lower) == 0 &&
        std::any_of(next.begin(), next.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
      return -1;
  }
  auto named_before = [&](const std::string& name) {
    auto same = [&](const ActorMention& a) { return a.name == name; };
    return std::any_of(so_far.begin(), so_far.end(), same) ||
           std::any_of(doc.actors.begin(), doc.actors.end(),
                       [&](const ActorMention& a) { return a.sentence < sentence && same(a); });
  };
  // Entries with one name are one person (a person may be listed in two files).
  int covering = -1, mentioned = -1, any = -1;
  bool several_covering = false, several = false;
  for (uint32_t v : m.values) {
    const int i = static_cast<int>(v & ~kSurnameBit);
    const ActorEntry& e = data_->actors[i];
    if (named_before(e.name)) mentioned = i;
    several = several || (any >= 0 && data_->actors[any].name != e.name);
    any = i;
    for (const RoleSpan& r : e.roles)
      if (r.from <= day && day <= r.to) {
        several_covering = several_covering || (covering >= 0 && data_->actors[covering].name != e.name);
        covering = i;
        break;
      }
  }
  if (mentioned >= 0) return mentioned;
  if (!after_title) return -1;
  if (covering >= 0) return several_covering ? -1 : covering;
  return several ? -1 : any;
}

bool IsRegionCode(std::string_view code) {
  static constexpr std::string_view kRegions[] = {"AFR", "ASA", "BLK", "CRB", "CAU", "CFR", "CAS", "CEU", "EIN",
                                                  "EAF", "EEU", "EUR", "LAM", "MEA", "MDT", "NAF", "NMR", "PGS",
                                                  "SCN", "SAM", "SAS", "SEA", "SAF", "WAF", "WST"};
  for (std::string_view r : kRegions)
    if (code == r) return true;
  return false;
}

std::vector<ActorMention> KnowledgeBase::FindActors(const Document& doc, uint32_t sentence,
                                                    const Date& date) const {
  std::vector<ActorMention> out;
  if (sentence >= doc.sentences.size()) return out;
  const Sentence& s = doc.sentences[sentence];
  const KbData& data = *data_;
  const int32_t day = DayOf(date);
  std::vector<TokenKey> keys = index_->actors.Keys(doc, s);

  std::vector<Segment> segments;
  for (uint32_t i = 0; i < keys.size();) {
    PhraseTrie::Match m = index_->actors.LongestAt(keys, i);
    if (m.end == m.begin) {
      ++i;
      continue;
    }
    if (OnlySurnames(m)) {
      bool after_title = !segments.empty() && segments.back().agent;
      for (uint32_t t = after_title ? segments.back().end : i; t < i; ++t) after_title = after_title && keys[t].transparent;
      int person = SurnamePerson(doc, sentence, m, day, after_title, out);
      if (person < 0) {
        ++i;
        continue;
      }
      segments.push_back({m.begin, m.end, false, static_cast<uint32_t>(person)});
      i = m.end;
      continue;
    }
    Segment best = BestValue(data, m, day);
    // "the West Bank", "the West African state", "Asia-Pacific": a region's name before a
    // capitalised word or a hyphen is the start of a longer name; the match is retried one word on.
    if (!best.agent && IsRegionCode(data.actors[best.index].base_code) && m.end < s.token_count) {
      std::string_view next = doc.TokenText(s, m.end);
      if (!next.empty() && (std::isupper(static_cast<unsigned char>(next[0])) || next == "-")) {
        ++i;
        continue;
      }
    }
    segments.push_back(best);
    i = m.end;
  }

  auto is_locative_before = [&](uint32_t token) {
    if (token == 0) return false;
    return index_->locatives.count(NormalizeToken(doc.TokenText(s, token - 1))) > 0;
  };
  // "Western countries", "Latin American nations": a region's adjective before a word for a
  // group of states names the region.
  auto BeforeStatesNoun = [&](uint32_t token) {
    if (token >= s.token_count) return false;
    static const std::unordered_set<std::string> kStates = {
        "countries", "nations", "states", "powers", "allies", "governments", "capitals", "democracies", "neighbours",
        "neighbors", "partners"};
    return kStates.count(NormalizeToken(doc.TokenText(s, token))) > 0;
  };
  auto adjacent = [&](uint32_t end, uint32_t begin) {
    for (uint32_t t = end; t < begin; ++t)
      if (!keys[t].transparent) return false;
    return true;
  };

  for (size_t k = 0; k < segments.size();) {
    // Gather a run of adjacent segments: [country word] [agents...] [named entity].
    size_t j = k;
    std::string country, roles;
    const ActorEntry* named = nullptr;
    const AgentEntry* first_agent = nullptr;
    const AgentEntry* person_agent = nullptr;  // "the Biden administration"
    std::string named_code;
    while (j < segments.size() && (j == k || adjacent(segments[j - 1].end, segments[j].begin))) {
      const Segment& g = segments[j];
      if (g.agent) {
        const AgentEntry& a = data.agents[g.index];
        if (named) break;
        if (roles.find(a.code) == std::string::npos && roles.size() < 6) roles += a.code;
        if (!first_agent) first_agent = &a;
        ++j;
        continue;
      }
      const ActorEntry& e = data.actors[g.index];
      if (e.kind == kNews) break;
      bool country_word = e.kind == kCountry || e.kind == kAdjective ||
                          (e.kind == kMetonym && !is_locative_before(g.begin));
      // "the Balkan state": one country of the region, not the region's government.
      bool one_of_region = e.kind == kAdjective && IsRegionCode(e.base_code) && j + 1 < segments.size() &&
                           NormalizeToken(doc.TokenText(s, segments[j + 1].begin)) == "state";
      if (country_word && !named && country.empty() && roles.empty() && j + 1 < segments.size() && !one_of_region &&
          adjacent(g.end, segments[j + 1].begin) &&
          (segments[j + 1].agent || data.actors[segments[j + 1].index].kind == kPerson ||
           data.actors[segments[j + 1].index].kind == kGroup)) {
        country = e.base_code.substr(0, 3);
        ++j;
        continue;
      }
      // "Asian markets", "western Ukraine", "the Western Wall": a region's adjective names an
      // actor only as the country of an agent ("European leaders", "Western diplomats").
      if (e.kind == kAdjective && IsRegionCode(e.base_code) && !BeforeStatesNoun(g.end)) break;
      if (j > k) {
        // A named entity closes the run; another country word starts a new one.
        if (named || country_word) break;
      }
      named = &e;
      ResolveRole(e, day, named_code);
      // "US Secretary of State Rex Tillerson": a title naming one of the person's dated roles
      // picks that role (the nearest such span) where the day gives another or none (a sentence
      // with no date, a role the dictionary dates a little differently).
      if (e.kind == kPerson && roles.size() >= 3 && (named_code.size() < 6 || named_code.compare(3, 3, roles, 0, 3) != 0))
        if (const RoleSpan* titled = NearestRole(
                e, day, [&](const RoleSpan& r) { return r.code.size() >= 6 && r.code.compare(3, 3, roles, 0, 3) == 0; }))
          named_code = titled->code;
      ++j;
      // "Hamas militants": agents right after a group belong to it.
      while (e.kind == kGroup && j < segments.size() && segments[j].agent &&
             adjacent(segments[j - 1].end, segments[j].begin))
        ++j;
      // "the Biden administration", "the Netanyahu government": a person's name before an agent
      // names that agent of the person's country (whatever the person's role that day).
      if (e.kind == kPerson && j < segments.size() && segments[j].agent && adjacent(segments[j - 1].end, segments[j].begin) &&
          (j + 1 == segments.size() || !adjacent(segments[j].end, segments[j + 1].begin)) && named_code.size() >= 3 &&
          index_->countries.count(named_code.substr(0, 3)))
        person_agent = &data.agents[segments[j++].index];
      break;
    }
    if (j == k) {  // a news outlet on its own
      ++k;
      continue;
    }
    const Segment& first = segments[k];
    const Segment& last = segments[j - 1];
    ActorMention m;
    m.sentence = sentence;
    m.first_token = first.begin;
    m.last_token = last.end;
    m.span = {doc.TokenAt(s, first.begin).span.begin, doc.TokenAt(s, last.end - 1).span.end};
    if (named) {
      if (named->kind == kMetonym && j == k + 1 && is_locative_before(first.begin)) {
        k = j;  // "in Beijing": a place, not the government
        continue;
      }
      // "operations in Africa", "across Asia": a region after a preposition of place is where,
      // not who ("aid to Africa" keeps its target).
      uint32_t before = first.begin;  // "in the Middle East": the article aside
      if (before > 1 && NormalizeToken(doc.TokenText(s, before - 1)) == "the") --before;
      if (named->kind == kCountry && IsRegionCode(named->base_code) && j == k + 1 && is_locative_before(before) &&
          NormalizeToken(doc.TokenText(s, before - 1)) != "to") {
        k = j;
        continue;
      }
      m.code = named_code;
      // "Jordanian King Abdullah": a person of another country than the adjective before the
      // name is a namesake; the adjective's country, with the person's role.
      if (!country.empty() && named->kind == kPerson && named_code.size() >= 3 &&
          named_code.compare(0, 3, country) != 0 && index_->countries.count(named_code.substr(0, 3)))
        m.code = country + named_code.substr(3);
      m.name = named->name;
      m.entry = named->file + ":" + std::to_string(named->line);
      if (person_agent) {  // the administration, not the person: no name for "he" to take
        m.code = m.code.substr(0, 3) + person_agent->code;
        m.name.clear();
        m.entry = person_agent->file + ":" + std::to_string(person_agent->line);
      }
      if (m.code.empty()) {
        k = j;
        continue;
      }
    } else if (first_agent) {
      m.code = country + roles;
      m.entry = first_agent->file + ":" + std::to_string(first_agent->line);
    } else {
      k = j;
      continue;
    }
    std::string head = m.code.substr(0, 3);
    if (index_->countries.count(head)) {
      m.country = head;
      m.role = m.code.size() >= 6 ? m.code.substr(3, 3) : "";
    } else {
      m.role = head;
    }
    out.push_back(std::move(m));
    k = j;
  }
  return out;
}

std::vector<ActorMention> KnowledgeBase::FindNewsOutlets(const Document& doc,
                                                         uint32_t sentence) const {
  std::vector<ActorMention> out;
  if (sentence >= doc.sentences.size()) return out;
  const Sentence& s = doc.sentences[sentence];
  std::vector<TokenKey> keys = index_->actors.Keys(doc, s);
  for (uint32_t i = 0; i < keys.size();) {
    PhraseTrie::Match m = index_->actors.LongestAt(keys, i);
    if (m.end == m.begin) {
      ++i;
      continue;
    }
    for (uint32_t v : m.values) {
      if ((v & (kAgentBit | kSurnameBit)) || data_->actors[v].kind != kNews) continue;
      const ActorEntry& e = data_->actors[v];
      ActorMention a;
      a.sentence = sentence;
      a.first_token = m.begin;
      a.last_token = m.end;
      a.span = {doc.TokenAt(s, m.begin).span.begin, doc.TokenAt(s, m.end - 1).span.end};
      a.code = e.base_code;
      a.name = e.name;
      a.entry = e.file + ":" + std::to_string(e.line);
      out.push_back(std::move(a));
      break;
    }
    i = m.end;
  }
  return out;
}

}  // namespace dyad::kb
