// The date and place of an event.

#include <algorithm>
#include <cstdio>
#include <string>

#include "base/strings.h"
#include "coder/sentence_coding.h"

namespace dyad::coder::detail {

void Coder::DatesOnce() {
  std::vector<std::string> words;
  words.reserve(s_.token_count);
  for (uint32_t i = 0; i < s_.token_count; ++i) words.emplace_back(t_.text(static_cast<int>(i)));
  past_ = FindDates(words, doc_.published, Tense::kPast);
  future_ = FindDates(words, doc_.published, Tense::kFuture);
}

Date Coder::EventDate(int v, bool future) const {
  const auto& found = future ? future_ : past_;
  std::vector<int> own =
      s_.parsed ? t_.Subtree(v, {"nsubj", "csubj", "ccomp", "parataxis", "conj", "advcl", "xcomp", "acl", "punct"})
                : std::vector<int>{};
  const DateMention* pick = nullptr;
  for (const auto& d : found)
    if (std::find(own.begin(), own.end(), static_cast<int>(d.first)) != own.end()) {
      pick = &d;
      break;
    }
  // Else the sentence's only date, unless a relative clause of some noun holds it ("The junta,
  // which seized power in July, expelled the ambassador": July is the seizure's).
  if (!pick && found.size() == 1 && !(s_.parsed && InOtherRelativeClause(static_cast<int>(found[0].first), v)))
    pick = &found[0];
  if (!pick) return doc_.published;
  // "The rebels agreed on Tuesday to release ...": a day on a past verb (the intent's) points
  // back, though the act it governs is planned.
  if (future && s_.parsed) {
    int h = t_.head(static_cast<int>(pick->first));
    while (h >= 0 && t_.tok(h).upos != "VERB" && t_.tok(h).upos != "AUX") h = t_.head(h);
    if (h >= 0 && t_.tok(h).xpos == "VBD")
      for (const auto& d : past_)
        if (d.first == pick->first)
          return d.date.DaysSinceEpoch() > doc_.published.DaysSinceEpoch() ? doc_.published : d.date;
  }
  // A happened event cannot lie after the article; a planned one keeps the date it gives.
  if (!future && pick->date.DaysSinceEpoch() > doc_.published.DaysSinceEpoch()) return doc_.published;
  return pick->date;
}

std::optional<Location> Coder::Gazetteer(std::string_view name, const std::string& hint) const {
  auto p = kb_.FindPlace(name, hint);
  if (!p) return std::nullopt;
  Location l;
  l.name = p->name;
  l.country = p->country;
  l.lat = p->lat;
  l.lon = p->lon;
  l.precision = p->precision;
  return l;
}

std::optional<Location> Coder::CountryLocation(int k) const {
  int m = mention_at_[k];
  if (m < 0 || doc_.actors[m].code != doc_.actors[m].country || doc_.actors[m].name.empty()) return std::nullopt;
  auto l = Gazetteer(doc_.actors[m].name, "");
  if (!l || l->country != doc_.actors[m].country) return std::nullopt;
  return l;
}

std::optional<Location> Coder::PlaceOfNoun(int h, const std::string& hint) const {
  auto located = [&](Span span) { return Gazetteer(doc_.View(span), hint); };
  int lo = -1, hi = -1;
  for (int c : t_.children(h))
    if (t_.rel(c) == "compound" && t_.tok(c).upos == "PROPN" && t_.Capitalized(c)) {
      lo = lo < 0 ? c : std::min(lo, c);
      hi = std::max(hi, c);
    }
  if (lo >= 0) {
    // "in Nigeria's Niger state": a name on a place noun that a country owns is a place of
    // that country, whatever other country the name is.
    int owner = t_.Child(h, "nmod:poss");
    auto owned = owner >= 0 ? CountryLocation(owner) : std::nullopt;
    if (auto l = CountryLocation(lo)) return owned && owned->country != l->country ? owned : l;
    // "the Chadian capital": a country's adjective is no town of that name elsewhere (Chadian,
    // China).
    int m = mention_at_[lo];
    bool country_word = m >= 0 && doc_.actors[m].code == doc_.actors[m].country;
    auto l = located(Span{t_.tok(lo).span.begin, t_.tok(hi).span.end});
    if (l && (!country_word || l->country == doc_.actors[m].country))
      return owned && owned->country != l->country ? owned : l;
  }
  int poss = t_.Child(h, "nmod:poss");
  // "the province of Amman", "the capital of Bangui": the place the "of" phrase names.
  if (poss < 0)
    for (int c : t_.children(h))
      if (t_.rel(c) == "nmod" && t_.tok(c).upos == "PROPN" && t_.Capitalized(c) && c > h) {
        int of = t_.Child(c, "case");
        if (of >= 0 && t_.lemma(of) == "of") poss = c;
      }
  if (poss >= 0 && t_.tok(poss).upos == "PROPN") {
    if (auto l = CountryLocation(poss)) return l;
    auto [plo, phi] = PlaceName(poss);
    return located(Span{t_.tok(plo).span.begin, t_.tok(phi).span.end});
  }
  return std::nullopt;
}

std::optional<Location> Coder::Place(int v, const std::string& hint, bool clause_only) const {
  if (!s_.parsed) return std::nullopt;
  std::vector<int> scope = t_.Subtree(v, {"nsubj", "csubj", "ccomp", "parataxis", "conj", "advcl", "punct"});
  for (int pass = 0; pass < (clause_only ? 1 : 2); ++pass) {
    for (int k = 0; k < static_cast<int>(s_.token_count); ++k) {
      if (pass == 0 && std::find(scope.begin(), scope.end(), k) == scope.end()) continue;
      if (t_.rel(k) != "case" || !rules_.Has(rules_.locatives, t_.lemma(k))) continue;
      int h = t_.head(k);
      // "in Nigeria's northwestern Kaduna state", "in the Kharkiv region": a place noun names
      // the place of its proper-noun compound, else of its possessor.
      if (h >= 0 && h != k && t_.tok(h).upos == "NOUN" && rules_.Has(rules_.place_nouns, t_.lemma(h)))
        if (auto l = PlaceOfNoun(h, hint)) return l;
      if (h < 0 || h == k || t_.tok(h).upos != "PROPN" || !t_.Capitalized(h))
        continue;  // "at the summit" is no place name
      if (auto l = CountryLocation(h)) return l;  // "in the U.S.": the country, not the town "Us"
      int lo = h, hi = h;
      for (int c : t_.children(h))
        if (t_.rel(c) == "compound" || t_.rel(c) == "flat" || (t_.rel(c) == "det" && t_.lemma(c) == "the")) {
          lo = std::min(lo, c);
          hi = std::max(hi, c);
        }
      for (int start : {lo, h})
        if (auto l = Gazetteer(doc_.View(Span{t_.tok(start).span.begin, t_.tok(hi).span.end}), hint)) return l;
    }
  }
  return std::nullopt;
}

}  // namespace dyad::coder::detail
