#include "kb/phrase_text.h"

#include <unicode/unistr.h>

namespace dyad::kb {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// Outer punctuation peeled off a chunk, ASCII and the UTF-8 curly quotes.
size_t LeadingPunct(std::string_view s) {
  static const std::string_view kAscii = "\"'([{";
  if (s.empty()) return 0;
  if (kAscii.find(s[0]) != std::string_view::npos) return 1;
  if (s.size() >= 3 && s.substr(0, 2) == "\xE2\x80" &&
      (s[2] == '\x9C' || s[2] == '\x98'))  // “ ‘
    return 3;
  return 0;
}

size_t TrailingPunct(std::string_view s) {
  static const std::string_view kAscii = "\"'),;:!?]}";
  if (s.empty()) return 0;
  if (kAscii.find(s.back()) != std::string_view::npos) return 1;
  if (s.size() >= 3 && s.substr(s.size() - 3, 2) == "\xE2\x80" &&
      (s.back() == '\x9D' || s.back() == '\x99'))  // ” ’
    return 3;
  return 0;
}

// Length of a possessive suffix "'s" / "’s" at the end of s, 0 if none.
size_t PossessiveSuffix(std::string_view s) {
  if (s.size() > 2 && (s.substr(s.size() - 2) == "'s" || s.substr(s.size() - 2) == "'S"))
    return 2;
  if (s.size() > 4 && (s.substr(s.size() - 4) == "\xE2\x80\x99s")) return 4;
  return 0;
}

void CutChunk(std::string_view text, uint32_t begin, uint32_t end, std::vector<Span>& out) {
  std::vector<Span> tail;
  while (begin < end) {
    size_t n = LeadingPunct(text.substr(begin, end - begin));
    if (n == 0 || end - begin == n) break;
    if (text.substr(begin, end - begin) == "'s") break;
    out.push_back({begin, static_cast<uint32_t>(begin + n)});
    begin += n;
  }
  while (end > begin) {
    std::string_view chunk = text.substr(begin, end - begin);
    size_t n = TrailingPunct(chunk);
    if (n == 0 && chunk.back() == '.' && chunk.size() > 1 &&
        chunk.substr(0, chunk.size() - 1).find('.') == std::string_view::npos)
      n = 1;  // a final period, unless the word is an abbreviation such as "U.S."
    if (n == 0) n = PossessiveSuffix(chunk);
    if (n == 0 || n == chunk.size()) break;
    tail.push_back({static_cast<uint32_t>(end - n), end});
    end -= n;
  }
  // Hyphens split words as in UD English ("al-Shabaab" -> al - Shabaab); the hyphen is
  // transparent when matching.
  uint32_t word = begin;
  for (uint32_t i = begin; i < end; ++i) {
    if (text[i] != '-' || i == begin || i + 1 == end) continue;
    if (i > word) out.push_back({word, i});
    out.push_back({i, i + 1});
    word = i + 1;
  }
  if (word < end) out.push_back({word, end});
  out.insert(out.end(), tail.rbegin(), tail.rend());
}

}  // namespace

std::vector<Span> TokenizeText(std::string_view text) {
  std::vector<Span> out;
  uint32_t i = 0, n = static_cast<uint32_t>(text.size());
  while (i < n) {
    while (i < n && IsSpace(text[i])) ++i;
    uint32_t start = i;
    while (i < n && !IsSpace(text[i])) ++i;
    if (i > start) CutChunk(text, start, i, out);
  }
  return out;
}

std::vector<std::string> PhraseTokens(std::string_view phrase) {
  std::vector<std::string> out;
  for (const Span& s : TokenizeText(phrase)) out.emplace_back(phrase.substr(s.begin, s.size()));
  return out;
}

std::string NormalizeToken(std::string_view token) {
  // Written into a buffer sized once (the output is never longer than the token): this runs
  // for every token of every sentence, once per phrase trie.
  std::string out(token.size(), '\0');
  size_t n = 0;
  bool ascii = true;
  for (size_t i = 0; i < token.size(); ++i) {
    unsigned char c = token[i];
    if (c == 0xE2 && i + 2 < token.size() && static_cast<unsigned char>(token[i + 1]) == 0x80) {
      unsigned char d = token[i + 2];
      if (d == 0x98 || d == 0x99) { out[n++] = '\''; i += 2; continue; }
      if (d == 0x9C || d == 0x9D) { out[n++] = '"'; i += 2; continue; }
      if (d == 0x93 || d == 0x94) { out[n++] = '-'; i += 2; continue; }
    }
    if (c == '.') continue;
    if (c >= 0x80) ascii = false;
    out[n++] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : static_cast<char>(c);
  }
  out.resize(n);
  if (out == "'s" || out == "'" || out == "-") return "";
  if (out.size() > 2 && out.compare(out.size() - 2, 2, "'s") == 0) out.resize(out.size() - 2);
  if (!ascii) {
    std::string folded;
    icu::UnicodeString::fromUTF8(out).foldCase().toUTF8String(folded);
    return folded;
  }
  return out;
}

bool IsAllCaps(std::string_view token) {
  int letters = 0;
  for (char c : token) {
    if (c >= 'A' && c <= 'Z') ++letters;
    else if (c != '.') return false;
  }
  return letters > 0;
}

std::string DictionaryKey(std::string_view token) {
  std::string key = NormalizeToken(token);
  if (IsAllCaps(token) && key.size() >= 2 && key.size() <= 3) return kCaseMark + key;
  return key;
}

Document MakeSentenceDocument(std::string text) {
  Document doc;
  doc.text = std::move(text);
  for (const Span& s : TokenizeText(doc.text)) {
    Token t;
    t.span = s;
    doc.tokens.push_back(std::move(t));
  }
  Sentence sent;
  sent.span = {0, static_cast<uint32_t>(doc.text.size())};
  sent.token_count = static_cast<uint32_t>(doc.tokens.size());
  doc.sentences.push_back(sent);
  return doc;
}

std::string NormalizePhrase(std::string_view phrase) {
  std::string out;
  for (const std::string& tok : PhraseTokens(phrase)) {
    std::string key = NormalizeToken(tok);
    if (key.empty()) continue;
    if (!out.empty()) out += ' ';
    out += key;
  }
  return out;
}

}  // namespace dyad::kb
