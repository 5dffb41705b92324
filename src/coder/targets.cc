// The target of an event, and the phrases that never give one (places, attributions).

#include <algorithm>
#include <cstdio>
#include <string>

#include "base/strings.h"
#include "coder/actor_context.h"
#include "coder/sentence_coding.h"

namespace dyad::coder::detail {

bool Coder::SeatOfGovernment(const ActorMention& a) {
  return !StartsWith(a.entry, "context:") && FromCountryList(a) && !a.country.empty() && a.code == a.country + "GOV";
}

std::vector<int> Coder::Targets(const Candidate& c, bool passive, int subject, const std::vector<int>& sources) {
  std::vector<int> out;
  // "discussed a prisoner swap", "a deal on refugee returns": outside acts of force, a bare
  // word for criminals, civilians or refugees that only modifies a common noun describes that
  // thing; it is no party ("attacked a refugee camp" keeps its target, as does "police station").
  const bool force = c.pattern->cameo.compare(0, 2, "15") >= 0;
  auto describes_thing = [&](int m) {
    const ActorMention& a = doc_.actors[m];
    if (force || !s_.parsed || !Bare(a) || a.sentence != si_ || a.last_token != a.first_token + 1) return false;
    if (a.code != "CRM" && a.code != "CVL" && a.code != "REF") return false;
    const int k = static_cast<int>(a.first_token), h = t_.head(k);
    return t_.rel(k) == "compound" && h > k && mention_at_[h] < 0 && t_.tok(h).upos == "NOUN" && !t_.Capitalized(h);
  };
  auto keep = [&](std::vector<int>& v) {
    v.erase(std::remove_if(v.begin(), v.end(),
                           [&](int m) {
                             return std::find(sources.begin(), sources.end(), m) != sources.end() || describes_thing(m);
                           }),
            v.end());
  };
  if (passive) {
    ActorsAt(subject, out);
    keep(out);
    return out;
  }
  // "Saudi Arabia and Iran restored diplomatic relations under a deal brokered by China": a
  // pattern of two coordinated parties ("$ and + *") with both named acts on them alone: each
  // is the other's target.
  // (Coordinated for real: conjuncts, or "the two countries"; not a title and its name.)
  if (c.mutual_slot && sources.size() >= 2 && s_.parsed && subject >= 0 &&
      (!PhraseConjuncts(subject).empty() || std::any_of(sources.begin(), sources.end(), [&](int m) {
        return StartsWith(doc_.actors[m].entry, "context:pair:");
      })))
    return sources;
  if (!s_.parsed) {
    for (int k = c.verb + 1; k < static_cast<int>(s_.token_count); ++k)
      if (mention_at_[k] >= 0) return {mention_at_[k]};
    return out;
  }
  if (c.target_token >= 0) {
    ActorsAt(c.target_token, out);
    keep(out);
    return out;
  }
  std::vector<int> scope = t_.tok(c.verb).upos == "NOUN" ? VerbScope(c.verb) : ClauseScope(c.verb);
  if (c.target_case >= 0 && t_.head(c.target_case) >= 0) {  // "on Russia": the phrase the marker heads
    ActorsAt(t_.head(c.target_case), out);
    keep(out);
    // "arrived in Amman": a place where the pattern wants a target stands for its country.
    if (out.empty()) {
      int m = PlaceActor(t_.head(c.target_case));
      if (m >= 0 && std::find(sources.begin(), sources.end(), m) == sources.end()) out.push_back(m);
    }
    return out;
  }
  if (c.target_after >= 0) {  // the pattern says where: after its last word before "+"
    for (int k : scope) {
      if (k <= c.target_after || mention_at_[k] < 0 || InPlacePhrase(k, c.verb)) continue;
      ActorsAt(t_.head(k) >= 0 && mention_at_[t_.head(k)] == mention_at_[k] ? t_.head(k) : k, out);
      break;
    }
    keep(out);
    if (!out.empty()) return out;
  }
  for (std::string_view rel : {"obj", "iobj", "obl", "nmod", "xcomp"}) {
    for (int ch : t_.children(c.verb)) {
      if (t_.rel(ch) != rel) continue;
      if (rel == "obl" && t_.Child(ch, "case") >= 0 && rules_.Has(rules_.locatives, t_.lemma(t_.Child(ch, "case"))) &&
          mention_at_[ch] < 0)
        continue;  // "in Washington" is a place, not a target
      // "condemned the launch as a violation of U.N. resolutions": what the object is called;
      // "according to the Kremlin": who says so.
      // "agreed to restore relations after Turkish mediation": when, not with whom.
      if (rel == "obl" && t_.Child(ch, "case") >= 0 &&
          (t_.lemma(t_.Child(ch, "case")) == "as" || NoPartyMarker(t_.Child(ch, "case")) || WitnessPhrase(ch)))
        continue;
      ActorsAt(ch, out);
      if (rel == "obj" && s_.parsed)
        out.erase(std::remove_if(out.begin(), out.end(),
                                 [&](int m) {
                                   const ActorMention& a = doc_.actors[m];
                                   return a.sentence == si_ && a.last_token > 0 && SeatOfGovernment(a) &&
                                          UnderVenuePhrase(static_cast<int>(a.last_token) - 1, ch);
                                 }),
                  out.end());
      keep(out);
      if (!out.empty()) return out;
    }
  }
  // "demanded that Hamas renounce": an appeal or demand acts on its clause's subject.
  if ((c.has_target_slot || t_.tok(c.verb).upos == "NOUN") &&
      (c.pattern->cameo.substr(0, 2) == "02" || c.pattern->cameo.substr(0, 2) == "10")) {
    const bool noun = t_.tok(c.verb).upos == "NOUN";  // "reiterated its demand that Israel ease"
    for (int ch : t_.children(c.verb)) {
      if (t_.rel(ch) != "ccomp" && !(noun && t_.rel(ch) == "acl")) continue;
      int subj = t_.Child(ch, "nsubj");
      if (subj < 0 || PronounLike(t_.lemma(subj))) continue;
      ActorsAt(subj, out);
      keep(out);
      if (!out.empty()) return out;
    }
  }
  if (MisreadSubject(c.verb) >= 0) {  // "police detained dozens of protesters"
    // The first actor under the modified noun that is not the source ("Turkish police
    // detained[amod] dozens of protesters": police is a compound of dozens).
    for (int k : t_.Subtree(t_.head(c.verb), {"conj", "acl", "advcl", "punct", "parataxis"})) {
      int m = mention_at_[k];
      if (m < 0 || std::find(sources.begin(), sources.end(), m) != sources.end()) continue;
      ActorsAt(k, out);
      keep(out);
      if (!out.empty()) return out;
    }
  }
  // "imposed sanctions on Russia": the actor may hang under the object.
  for (int k : scope) {
    if (k == c.verb || mention_at_[k] < 0 || InPlacePhrase(k, c.verb)) continue;
    ActorsAt(k, out);
    keep(out);
    if (!out.empty()) return out;
  }
  // "attacked 15 positions in the Gaza Strip", "took the city of Mosul": force used on a place,
  // or on a thing in a place, is used on that place's country.
  std::string_view root = std::string_view(c.pattern->cameo).substr(0, 2);
  // Likewise the place in the target phrase of a weak match: "expressed sorrow for the
  // shootings in South Carolina" -> USA.
  if ((root >= "15" && root <= "20") || c.weak_only)
    for (int k : c.weak_only&& c.light >= 0 ? VerbScope(c.light) : scope) {
      int place = -1;
      if (t_.rel(k) == "case" && rules_.Has(rules_.locatives, t_.lemma(k))) place = t_.head(k);
      // "in Sagaing region", "in Kherson province": the name on the place noun (rules.txt
      // place-noun).
      if (place >= 0 && t_.tok(place).upos == "NOUN" && rules_.Has(rules_.place_nouns, t_.lemma(place)))
        for (int ch : t_.children(place))
          if (t_.rel(ch) == "compound" && t_.tok(ch).upos == "PROPN" && mention_at_[ch] < 0) place = ch;
      std::string_view r = t_.rel(k);
      if (t_.tok(k).upos == "PROPN" && (r == "obj" || r == "nmod" || r == "obl")) place = k;
      if (place >= 0 && TimePhrase(place)) place = -1;  // "in March" is no town March
      // "seized a tanker in the Gulf of Oman": waters named after a country are not its land.
      if (WaterOf(k)) place = -1;
      if (place < 0) continue;
      int m = PlaceActor(place);
      if (m >= 0 && std::find(sources.begin(), sources.end(), m) == sources.end()) return {m};
    }
  // "Qatar condemned the attack", "vowed to avenge the strike": reacting to an act of force
  // named earlier is reacting to its doer.
  if (root == "11" || root == "13" || root == "14")
    if (int m = EarlierAttacker(c.verb, sources); m >= 0) return {m};
  return out;
}

namespace {
bool OneOfLemma(std::string_view l, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), l) != list.end();
}
}  // namespace

int Coder::EarlierAttacker(int verb, const std::vector<int>& sources) {
  int noun = t_.Child(verb, "obj");
  if (noun < 0 || t_.tok(noun).upos != "NOUN") return -1;
  auto ps = kb_.VerbPatterns(t_.lemma(noun));
  if (!std::any_of(ps.begin(), ps.end(), [](const kb::VerbPattern& p) {
        return p.nominal && p.cameo.size() >= 2 && p.cameo.compare(0, 2, "18") >= 0 && p.cameo.compare(0, 2, "20") <= 0;
      }))
    return -1;
  int det = t_.Child(noun, "det"), poss = t_.Child(noun, "nmod:poss");
  bool definite = (det >= 0 && OneOfLemma(t_.lemma(det), {"the", "this", "that", "these", "those"})) ||
                  (poss >= 0 && TimePhrase(poss));
  if (!definite) return -1;
  for (int k : t_.Subtree(noun))
    if (mention_at_[k] >= 0 && std::find(sources.begin(), sources.end(), mention_at_[k]) == sources.end()) return -1;
  for (auto e = doc_.events.rbegin(); e != doc_.events.rend(); ++e) {
    if (e->sentence >= si_) continue;
    if (si_ - e->sentence > 2) break;
    if (e->root < "18" || e->root > "20" || e->source.country.empty() || kb::IsRegionCode(e->source.country)) continue;
    if (std::any_of(sources.begin(), sources.end(), [&](int m) { return doc_.actors[m].code == e->source.code; }))
      return -1;  // "Israel defended the strike": its own act
    ActorMention a = e->source;
    a.sentence = si_;
    a.first_token = static_cast<uint32_t>(noun);
    a.last_token = static_cast<uint32_t>(noun + 1);
    a.span = t_.tok(noun).span;
    a.entry = "context:attacker:" + e->source.entry;
    doc_.actors.push_back(std::move(a));
    return static_cast<int>(doc_.actors.size() - 1);
  }
  return -1;
}

std::pair<int, int> Coder::PlaceName(int h) const {
  int lo = h, hi = h;
  for (int c : t_.children(h))
    if (t_.rel(c) == "compound" || t_.rel(c) == "flat") lo = std::min(lo, c), hi = std::max(hi, c);
  return {lo, hi};
}

int Coder::PlaceActor(int h) {
  if (!s_.parsed || t_.tok(h).upos != "PROPN" || !t_.Capitalized(h)) return -1;
  auto [lo, hi] = PlaceName(h);
  Span span{t_.tok(lo).span.begin, t_.tok(hi).span.end};
  auto place = kb_.FindPlace(doc_.View(span), "");
  if (!place || place->country.empty()) return -1;
  ActorMention a;
  a.sentence = si_;
  a.first_token = static_cast<uint32_t>(lo);
  a.last_token = static_cast<uint32_t>(hi + 1);
  a.span = span;
  a.code = a.country = place->country;
  a.entry = "place:" + place->name;
  doc_.actors.push_back(std::move(a));
  return static_cast<int>(doc_.actors.size() - 1);
}

bool Coder::BareVerbPatternUsesNoun(const std::vector<Candidate>& cands, int verb, int noun) {
  for (const auto& c : cands)
    if (c.verb == verb) return std::find(c.words.begin(), c.words.end(), noun) != c.words.end();
  return false;
}

bool Coder::CountedPair(int n) const {
  if (!rules_.pairs.count(t_.lemma(n))) return false;
  for (int c : t_.children(n)) {
    std::string l = AsciiLower(t_.text(c));
    if (l == "two" || l == "both") return true;
  }
  return false;
}

bool Coder::ThingObject(const Candidate& c) const {
  if (!s_.parsed) return false;
  for (int ch : t_.children(c.verb)) {
    if (t_.rel(ch) != "obj" && t_.rel(ch) != "iobj") continue;
    if (mention_at_[ch] >= 0) continue;
    if (std::find(c.words.begin(), c.words.end(), ch) != c.words.end()) continue;
    if (CountedPair(ch)) continue;  // "the two countries" names actors, not a thing
    return true;
  }
  return false;
}

bool Coder::NoPartyMarker(int c) const {
  std::string_view l = t_.lemma(c);
  // "following the deaths of two Israelis": the parser's case marker keeps its verb lemma.
  return l == "accord" || l == "according" || (l == "to" && c > 0 && AsciiLower(t_.text(c - 1)) == "according") ||
         rules_.Has(rules_.temporals, l) || rules_.Has(rules_.temporals, AsciiLower(t_.text(c)));
}

bool Coder::WitnessPhrase(int k) const {
  std::string_view marker = t_.CaseLemma(k);
  if (marker.empty()) return false;
  const std::string key = std::string(marker) + " " + std::string(t_.lemma(k));
  return rules_.Has(rules_.witness_nouns, key) || rules_.Has(rules_.reason_phrases, key);
}

// "released hostages in exchange for prisoners", also where the parse made "for prisoners" a
// sibling of "in exchange".
bool Coder::PricePhrase(int k) const {
  int c = t_.Child(k, "case");
  if (c < 0) return false;
  if (rules_.Has(rules_.price_phrases, std::string(t_.lemma(c)) + " " + std::string(t_.lemma(k)))) return true;
  return t_.lemma(c) == "for" && c >= 2 &&
         rules_.Has(rules_.price_phrases, AsciiLower(t_.text(c - 2)) + " " + AsciiLower(t_.text(c - 1)));
}

bool Coder::UnderNoPartyPhrase(int k, int top) const {
  for (int steps = 0; k >= 0 && k != top && steps < 32; ++steps, k = t_.head(k)) {
    for (int c : t_.children(k))
      if (t_.rel(c) == "case" && NoPartyMarker(c)) return true;
    if (WitnessPhrase(k)) return true;
  }
  return false;
}

// "signed a peace agreement at the White House": an "at" phrase under the object naming a seat
// of government is where the act happened, not whom it was done to.
bool Coder::UnderVenuePhrase(int k, int top) const {
  for (int steps = 0; k >= 0 && k != top && steps < 32; ++steps, k = t_.head(k))
    if (int c = t_.Child(k, "case"); c >= 0 && t_.lemma(c) == "at") return true;
  return false;
}

bool Coder::InPlacePhrase(int k, int v) const {
  for (int steps = 0; k >= 0 && k != v && steps < 32; ++steps) {
    int c = t_.Child(k, "case");
    if (c >= 0 && (rules_.Has(rules_.locatives, t_.lemma(c)) || t_.lemma(c) == "as" || NoPartyMarker(c) || WitnessPhrase(k)))
      return true;
    k = t_.head(k);
  }
  return false;
}

bool Coder::InOtherRelativeClause(int k, int v) const {
  for (int u = k, steps = 0; u >= 0 && steps < 64; u = t_.head(u), ++steps)
    if (t_.rel(u) == "acl" && t_.tok(u).upos == "VERB") return !t_.InSubtree(v, u);
  return false;
}

}  // namespace dyad::coder::detail
