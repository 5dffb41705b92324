#include "nlp/lexicon_repair.h"

#include <algorithm>
#include <string>

namespace dyad::nlp {

void MarkPresentAfterPluralSubject(const Tagger& tagger, const Lemmatizer& lemmatizer,
                                   const std::vector<std::string_view>& words, std::vector<int>& tags) {
  const int vbp = tagger.Find("VERB", "VBP");
  if (vbp < 0) return;
  for (size_t i = 1; i < words.size(); ++i) {
    std::string_view x = tagger.Xpos(tags[i]);
    if (x.starts_with("VB") || x == "MD") return;  // the first clause has its verb
    std::string_view prev = tagger.Xpos(tags[i - 1]);
    if ((x != "NN" && x != "JJ") || (prev != "NNS" && prev != "NNPS")) continue;
    if (i + 1 < words.size()) {
      std::string_view next = tagger.Xpos(tags[i + 1]);
      if (next == "VBD" || next == "VBZ" || next == "VBP" || next == "MD") continue;  // "rights group said"
    }
    std::string_view w = words[i];
    if (w.size() < 3 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= 'a' && c <= 'z'; })) continue;
    const std::string lower(w);
    const uint32_t verb = lemmatizer.LemmaCount(lower, 0), noun = lemmatizer.LemmaCount(lower, 1);
    if (verb == 0 || noun >= verb || lemmatizer.LemmaCount(lower, 2) > 0) continue;
    tags[i] = vbp;
    return;
  }
}

}  // namespace dyad::nlp
