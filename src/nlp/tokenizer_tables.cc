#include "nlp/tokenizer_tables.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dyad::nlp {
namespace {

// Sorted lower-case lists searched by binary search.
constexpr std::array kNeverFinal = std::to_array<std::string_view>({
    "adm", "al", "approx", "apr", "atty", "aug", "ave", "blvd", "brig", "capt", "cf", "cmdr",
    "col", "cpl", "cpt", "dec", "dept", "det", "dr", "e.g", "eg", "esp", "feb", "fig", "fr", "ft",
    "gen", "gov", "hon", "i.e", "ie", "insp", "jan", "jul", "jun", "lt", "maj", "messrs", "mr",
    "mrs", "ms", "mt", "no", "nos", "nov", "oct", "pres", "prof", "pvt", "rep", "reps", "rev",
    "sen", "sens", "sep", "sept", "sgt", "st", "ste", "supt", "v", "vs"});

constexpr std::array kMaybeFinal = std::to_array<std::string_view>({
    "a.m", "bros", "co", "corp", "esq", "etc", "inc", "jr", "llc", "ltd", "mon", "p.m", "ph.d",
    "plc", "sat", "sr", "sun", "thu", "thur", "thurs", "tue", "tues", "wed"});

constexpr std::array kStarters = std::to_array<std::string_view>({
    "a", "after", "all", "also", "an", "and", "as", "at", "because", "before", "both", "but",
    "by", "during", "each", "for", "from", "he", "her", "here", "his", "how", "however", "i",
    "if", "in", "it", "its", "meanwhile", "most", "my", "no", "not", "on", "one", "our", "she",
    "since", "so", "some", "that", "the", "their", "there", "these", "they", "this", "those",
    "though", "to", "under", "we", "what", "when", "where", "which", "while", "who", "why",
    "with", "yet", "you"});

constexpr std::array kHyphenPrefixes = std::to_array<std::string_view>({
    "anti", "co", "counter", "cross", "e", "ex", "intra", "micro", "mid", "multi", "neo", "non",
    "over", "post", "pre", "pro", "psycho", "re", "semi", "socio", "sub", "un"});

struct Contraction {
  std::string_view word;
  int split;
};
constexpr std::array kUnmarked = std::to_array<Contraction>({
    {"aint", 2}, {"arent", 3}, {"cannot", 3}, {"cant", 2}, {"couldnt", 5}, {"didnt", 3},
    {"doesnt", 4}, {"dont", 2}, {"gonna", 3}, {"gotta", 3}, {"hadnt", 3}, {"hasnt", 3},
    {"havent", 4}, {"im", 1}, {"isnt", 2}, {"ive", 1}, {"shouldnt", 6}, {"wanna", 3},
    {"wasnt", 3}, {"werent", 4}, {"wont", 2}, {"wouldnt", 5}});

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

template <size_t N>
bool Contains(const std::array<std::string_view, N>& list, std::string_view key) {
  return std::binary_search(list.begin(), list.end(), key);
}

}  // namespace

AbbreviationKind ClassifyAbbreviation(std::string_view word) {
  if (word.empty() || word.size() > 8) return AbbreviationKind::kNone;
  std::string lower = Lower(word);
  if (Contains(kNeverFinal, lower)) return AbbreviationKind::kNeverFinal;
  if (Contains(kMaybeFinal, lower)) return AbbreviationKind::kMaybeFinal;
  return AbbreviationKind::kNone;
}

bool IsSentenceStarter(std::string_view word) {
  if (word.empty() || word.size() > 10 || !std::isupper(static_cast<unsigned char>(word[0])))
    return false;
  return Contains(kStarters, Lower(word));
}

bool IsHyphenPrefix(std::string_view prefix) { return Contains(kHyphenPrefixes, prefix); }

int UnmarkedContractionSplit(std::string_view lower_word) {
  auto it = std::lower_bound(kUnmarked.begin(), kUnmarked.end(), lower_word,
                             [](const Contraction& c, std::string_view w) { return c.word < w; });
  return it != kUnmarked.end() && it->word == lower_word ? it->split : 0;
}

}  // namespace dyad::nlp
