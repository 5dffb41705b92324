#include "nlp/conllu.h"

#include <charconv>
#include <fstream>

#include "base/strings.h"

namespace dyad::nlp {
namespace {

bool ParseInt(std::string_view s, int& out) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
  return ec == std::errc() && p == s.data() + s.size();
}

bool NoSpaceAfter(std::string_view misc) {
  for (std::string_view item : Split(misc, '|'))
    if (item == "SpaceAfter=No") return true;
  return false;
}

}  // namespace

Result<std::vector<ConlluSentence>> ReadConllu(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot open CoNLL-U file");
  std::vector<ConlluSentence> out;
  ConlluSentence cur;
  bool pending_doc = false, pending_par = false;
  std::string line;
  size_t line_no = 0;
  auto where = [&] { return path + ":" + std::to_string(line_no) + ": "; };
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) {
      if (!cur.words.empty()) {
        cur.new_document = pending_doc;
        cur.new_paragraph = pending_par || pending_doc;
        pending_doc = pending_par = false;
        out.push_back(std::move(cur));
      }
      cur = ConlluSentence();
      continue;
    }
    if (line[0] == '#') {
      if (StartsWith(line, "# newdoc")) pending_doc = true;
      if (StartsWith(line, "# newpar")) pending_par = true;
      if (StartsWith(line, "# text = ")) cur.text = line.substr(9);
      continue;
    }
    std::vector<std::string_view> cols = Split(line, '\t');
    if (cols.size() != 10) return Status::Invalid(where() + "expected 10 tab-separated columns");
    std::string_view id = cols[0];
    if (id.find('.') != std::string_view::npos) continue;  // empty node
    if (size_t dash = id.find('-'); dash != std::string_view::npos) {
      ConlluMultiword mw;
      int a, b;
      if (!ParseInt(id.substr(0, dash), a) || !ParseInt(id.substr(dash + 1), b) || b < a)
        return Status::Invalid(where() + "expected a range id such as 3-4");
      mw.first = a - 1;
      mw.last = b - 1;
      mw.form = std::string(cols[1]);
      mw.space_after = !NoSpaceAfter(cols[9]);
      cur.multiwords.push_back(mw);
      continue;
    }
    int n;
    if (!ParseInt(id, n) || n != static_cast<int>(cur.words.size()) + 1)
      return Status::Invalid(where() + "expected word id " + std::to_string(cur.words.size() + 1));
    ConlluWord w;
    w.form = std::string(cols[1]);
    w.lemma = std::string(cols[2]);
    w.upos = std::string(cols[3]);
    w.xpos = std::string(cols[4]);
    if (cols[6] != "_" && !ParseInt(cols[6], w.head))
      return Status::Invalid(where() + "expected a numeric head");
    w.deprel = std::string(cols[7]);
    w.space_after = !NoSpaceAfter(cols[9]);
    cur.words.push_back(std::move(w));
  }
  if (!cur.words.empty()) {
    cur.new_document = pending_doc;
    cur.new_paragraph = pending_par || pending_doc;
    out.push_back(std::move(cur));
  }
  // Words inside a multiword token take its SpaceAfter on the last word only.
  for (ConlluSentence& s : out)
    for (const ConlluMultiword& mw : s.multiwords) {
      if (mw.last >= static_cast<int>(s.words.size()))
        return Status::Invalid(path + ": multiword token beyond its sentence: " + mw.form);
      for (int i = mw.first; i < mw.last; ++i) s.words[i].space_after = false;
      s.words[mw.last].space_after = mw.space_after;
    }
  return out;
}

std::string ToConllu(const Document& doc) {
  std::string out;
  auto field = [&out](std::string_view s) { out.append(s.empty() ? "_" : s); };
  for (size_t si = 0; si < doc.sentences.size(); ++si) {
    const Sentence& s = doc.sentences[si];
    out += "# sent_id = " + std::to_string(si + 1) + "\n# text = ";
    for (char c : doc.SentenceText(s)) out.push_back(c == '\n' || c == '\r' ? ' ' : c);
    out += "\n";
    for (uint32_t i = 0; i < s.token_count; ++i) {
      const Token& t = doc.TokenAt(s, i);
      out += std::to_string(i + 1) + "\t";
      field(doc.View(t.span));
      out += "\t";
      field(t.lemma);
      out += "\t";
      field(t.upos);
      out += "\t";
      field(t.xpos);
      out += "\t_\t";
      out += s.parsed ? std::to_string(t.head + 1) : "_";
      out += "\t";
      field(s.parsed ? std::string_view(t.deprel) : std::string_view());
      out += "\t_\t";
      out += t.space_after || i + 1 == s.token_count ? "_" : "SpaceAfter=No";
      out += "\n";
    }
    out += "\n";
  }
  return out;
}

}  // namespace dyad::nlp
