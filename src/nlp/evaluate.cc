#include "nlp/evaluate.h"

#include <chrono>
#include <unordered_map>

#include "nlp/nlp.h"

namespace dyad::nlp {
namespace {

double Percent(size_t part, size_t whole) {
  return whole == 0 ? 0.0 : 100.0 * static_cast<double>(part) / static_cast<double>(whole);
}
double F1(size_t correct, size_t predicted, size_t gold) {
  return predicted + gold == 0 ? 0.0 : 200.0 * static_cast<double>(correct) /
                                           static_cast<double>(predicted + gold);
}
uint64_t SpanKey(uint32_t b, uint32_t e) { return (static_cast<uint64_t>(b) << 32) | e; }

struct GoldDocument {
  Document doc;
  std::vector<const ConlluSentence*> sentences;
  std::vector<std::vector<Span>> word_spans;  // per sentence, per word
};

// Rebuilds the text: words joined by their SpaceAfter, sentences by a space, paragraphs by a
// blank line; records each gold word's span. Multiword tokens are written in surface form.
std::vector<GoldDocument> RebuildDocuments(const std::vector<ConlluSentence>& gold) {
  std::vector<GoldDocument> docs;
  for (const ConlluSentence& s : gold) {
    if (docs.empty() || s.new_document) docs.emplace_back();
    GoldDocument& d = docs.back();
    std::string& text = d.doc.text;
    if (!text.empty()) text += s.new_paragraph ? "\n\n" : " ";
    std::vector<Span> spans(s.words.size());
    std::vector<int> mw_of(s.words.size(), -1);
    for (size_t m = 0; m < s.multiwords.size(); ++m)
      for (int i = s.multiwords[m].first; i <= s.multiwords[m].last; ++i) mw_of[i] = static_cast<int>(m);
    for (size_t i = 0; i < s.words.size();) {
      if (mw_of[i] >= 0) {
        const ConlluMultiword& mw = s.multiwords[mw_of[i]];
        auto begin = static_cast<uint32_t>(text.size());
        text += mw.form;
        std::string joined;
        for (int k = mw.first; k <= mw.last; ++k) joined += s.words[k].form;
        uint32_t at = begin;
        for (int k = mw.first; k <= mw.last; ++k) {
          if (joined == mw.form) {
            spans[k] = {at, at + static_cast<uint32_t>(s.words[k].form.size())};
            at = spans[k].end;
          } else {
            spans[k] = k == mw.first ? Span{begin, static_cast<uint32_t>(text.size())} : Span{0, 0};
          }
        }
        if (s.words[mw.last].space_after && &s != &gold.back()) text += " ";
        i = static_cast<size_t>(mw.last) + 1;
        continue;
      }
      auto begin = static_cast<uint32_t>(text.size());
      text += s.words[i].form;
      spans[i] = {begin, static_cast<uint32_t>(text.size())};
      if (s.words[i].space_after && i + 1 < s.words.size()) text += " ";
      ++i;
    }
    while (!text.empty() && text.back() == ' ') text.pop_back();
    d.sentences.push_back(&s);
    d.word_spans.push_back(std::move(spans));
  }
  return docs;
}

void WritePrediction(const Model& model, const ConlluSentence& s, const Analysis& a, std::string& out) {
  for (size_t i = 0; i < s.words.size(); ++i) {
    const ConlluWord& w = s.words[i];
    out += std::to_string(i + 1) + '\t' + w.form + '\t' + a.lemmas[i] + '\t' + model.tagger().Upos(a.tags[i]) +
           '\t' + model.tagger().Xpos(a.tags[i]) + "\t_\t" + std::to_string(a.heads[i] + 1) + '\t' +
           model.parser().Label(a.labels[i]) + "\t_\t" + (w.space_after ? "_" : "SpaceAfter=No") + '\n';
  }
  out += '\n';
}

}  // namespace

std::string UniversalRelation(const std::string& deprel) {
  return deprel.substr(0, deprel.find(':'));
}

EvalReport Evaluate(const Model& model, const std::vector<ConlluSentence>& gold, std::string* predictions) {
  EvalReport r;
  r.sentences = gold.size();
  // Gold tokenization.
  auto start = std::chrono::steady_clock::now();
  size_t upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;
  Analysis a;
  std::vector<std::string_view> words;
  for (const ConlluSentence& s : gold) {
    words.clear();
    for (const ConlluWord& w : s.words) words.push_back(w.form);
    model.Analyze(words, true, a);
    if (predictions) WritePrediction(model, s, a, *predictions);
    for (size_t i = 0; i < s.words.size(); ++i) {
      const ConlluWord& w = s.words[i];
      ++r.words;
      upos += model.tagger().Upos(a.tags[i]) == w.upos;
      xpos += model.tagger().Xpos(a.tags[i]) == w.xpos;
      lemma += a.lemmas[i] == w.lemma;
      bool head_ok = a.heads[i] + 1 == w.head;
      const std::string& label = model.parser().Label(a.labels[i]);
      bool label_ok = UniversalRelation(label) == UniversalRelation(w.deprel);
      uas += head_ok;
      las += head_ok && label_ok;
      las_full += head_ok && label == w.deprel;
      RelationScore& rel = r.by_relation[UniversalRelation(w.deprel)];
      ++rel.gold;
      rel.correct += head_ok && label_ok;
    }
  }
  r.seconds_gold = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.upos = Percent(upos, r.words);
  r.xpos = Percent(xpos, r.words);
  r.lemma = Percent(lemma, r.words);
  r.uas = Percent(uas, r.words);
  r.las = Percent(las, r.words);
  r.las_full_label = Percent(las_full, r.words);

  // Raw text.
  start = std::chrono::steady_clock::now();
  auto tokenizer = MakeTokenizer();
  auto tagger = MakeTagger(model);
  auto parser = MakeParser(model);
  size_t gold_sents = 0, pred_sents = 0, sent_ok = 0, gold_words = 0, pred_words = 0, word_ok = 0;
  size_t r_upos = 0, r_xpos = 0, r_lemma = 0, r_uas = 0, r_las = 0;
  for (GoldDocument& d : RebuildDocuments(gold)) {
    Document& doc = d.doc;
    if (!tokenizer->Process(doc).ok() || !tagger->Process(doc).ok() || !parser->Process(doc).ok())
      continue;
    std::unordered_map<uint64_t, int> gold_sentence_spans;
    std::unordered_map<uint64_t, std::pair<int, int>> gold_word_at;  // span -> sentence, word
    for (size_t s = 0; s < d.sentences.size(); ++s) {
      const auto& spans = d.word_spans[s];
      gold_sentence_spans[SpanKey(spans.front().begin, spans.back().end)] = static_cast<int>(s);
      for (size_t w = 0; w < spans.size(); ++w)
        if (!spans[w].empty())
          gold_word_at[SpanKey(spans[w].begin, spans[w].end)] = {static_cast<int>(s), static_cast<int>(w)};
      gold_words += spans.size();
    }
    gold_sents += d.sentences.size();
    pred_sents += doc.sentences.size();
    pred_words += doc.tokens.size();
    for (const Sentence& ps : doc.sentences) {
      sent_ok += gold_sentence_spans.count(SpanKey(ps.span.begin, ps.span.end));
      // The gold word each predicted word of this sentence matches, or none.
      std::vector<std::pair<int, int>> match(ps.token_count, {-1, -1});
      for (uint32_t i = 0; i < ps.token_count; ++i) {
        const Token& t = doc.TokenAt(ps, i);
        auto it = gold_word_at.find(SpanKey(t.span.begin, t.span.end));
        if (it != gold_word_at.end()) match[i] = it->second;
      }
      for (uint32_t i = 0; i < ps.token_count; ++i) {
        if (match[i].first < 0) continue;
        const Token& t = doc.TokenAt(ps, i);
        const ConlluWord& g = d.sentences[match[i].first]->words[match[i].second];
        ++word_ok;
        r_upos += t.upos == g.upos;
        r_xpos += t.xpos == g.xpos;
        r_lemma += t.lemma == g.lemma;
        bool head_ok;
        if (t.head < 0) {
          head_ok = g.head == 0;
        } else {
          auto h = match[t.head];
          head_ok = h.first == match[i].first && h.second + 1 == g.head;
        }
        r_uas += head_ok;
        r_las += head_ok && UniversalRelation(t.deprel) == UniversalRelation(g.deprel);
      }
    }
  }
  r.seconds_raw = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  r.sentence_f1 = F1(sent_ok, pred_sents, gold_sents);
  r.token_f1 = F1(word_ok, pred_words, gold_words);
  r.raw_upos = F1(r_upos, pred_words, gold_words);
  r.raw_xpos = F1(r_xpos, pred_words, gold_words);
  r.raw_lemma = F1(r_lemma, pred_words, gold_words);
  r.raw_uas = F1(r_uas, pred_words, gold_words);
  r.raw_las = F1(r_las, pred_words, gold_words);
  return r;
}

}  // namespace dyad::nlp
