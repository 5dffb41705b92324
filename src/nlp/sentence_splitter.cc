// Sentence splitter over the word tokens.
//
// One left-to-right pass decides, after each token, whether a sentence ends there:
//  - a blank line always ends one; a single line break ends one before a bullet or list
//    number, and after a short line (a heading) unless the next line continues in lower case;
//  - ".", "!", "?" and ellipses end one unless the next word is lower case; closing quotes and
//    brackets glued to the mark stay in the sentence;
//  - an abbreviation's period ends one only when it may end a sentence ("Inc.", "U.S.") and a
//    capitalised function word follows ("The", "He"); titles, months and initials never do;
//  - a dateline ("WASHINGTON (AP) —", "LYON:") at the start of a line is a sentence of its own;
//  - a run of kMaxSentenceTokens tokens with no boundary is cut, so cost stays linear.
#include <string>

#include "nlp/char_class.h"
#include "nlp/tokenizer.h"
#include "nlp/tokenizer_tables.h"

namespace dyad::nlp {
namespace {

constexpr uint32_t kShortLineTokens = 12;
constexpr uint32_t kMaxDatelineTokens = 12;

class Splitter {
 public:
  Splitter(std::string_view text, const std::vector<RawToken>& tokens)
      : text_(text), tokens_(tokens) {}

  std::vector<uint32_t> Run() {
    std::vector<uint32_t> ends;
    const auto n = static_cast<uint32_t>(tokens_.size());
    uint32_t start = 0, line_start = 0;
    for (uint32_t i = 0; i < n; ++i) {
      bool end = i + 1 == n;
      if (!end) {
        const RawToken& next = tokens_[i + 1];
        if (next.newlines_before >= 2) {
          end = true;
        } else if (next.newlines_before == 1) {
          end = LineBreakEnds(i, line_start);
        }
        end = end || PunctuationEnds(i, start) || DatelineEnds(i, start, line_start) ||
              i + 1 - start >= kMaxSentenceTokens;
        if (next.newlines_before > 0) line_start = i + 1;
      }
      if (end) {
        ends.push_back(i + 1);
        start = i + 1;
      }
    }
    return ends;
  }

 private:
  std::string_view Text(uint32_t i) const {
    return text_.substr(tokens_[i].begin, tokens_[i].end - tokens_[i].begin);
  }
  UChar32 First(uint32_t i) const { return DecodeAt(text_, tokens_[i].begin).cp; }
  bool StartsLower(uint32_t i) const { return IsLower(First(i)); }
  bool IsSingle(uint32_t i, bool (*pred)(UChar32)) const {
    CodePoint c = DecodeAt(text_, tokens_[i].begin);
    return c.end == tokens_[i].end && pred(c.cp);
  }
  static bool IsDashLike(UChar32 c) { return IsDash(c) || IsHyphen(c); }
  static bool IsBulletMark(UChar32 c) { return IsBullet(c) || c == '*' || IsDashLike(c); }
  static bool IsCloseMark(UChar32 c) { return IsCloser(c); }
  bool IsDashToken(uint32_t i) const {
    std::string_view t = Text(i);
    return IsSingle(i, IsDashLike) || t == "--" || t == "---";
  }
  bool AllDigits(uint32_t i) const {
    for (char c : Text(i))
      if (c < '0' || c > '9') return false;
    return true;
  }

  bool LineBreakEnds(uint32_t i, uint32_t line_start) const {
    const uint32_t next = i + 1;
    if (IsSingle(next, IsBulletMark)) return true;
    if (AllDigits(next) && next + 1 < tokens_.size() &&
        (Text(next + 1) == "." || Text(next + 1) == ")"))
      return true;
    if (StartsLower(next) || Text(i) == "," || IsSingle(i, IsDashLike)) return false;
    return i + 1 - line_start <= kShortLineTokens;
  }

  bool PunctuationEnds(uint32_t i, uint32_t start) const {
    const uint32_t next = i + 1;
    // Closing quotes and brackets glued to the mark belong to this sentence.
    if (!tokens_[next].space_before && IsSingle(next, IsCloseMark)) return false;
    uint32_t k = i;
    while (k > start && !tokens_[k].space_before && IsSingle(k, IsCloseMark)) --k;
    std::string_view mark = Text(k);
    if (mark.empty()) return false;
    bool next_lower = StartsLower(next);
    if (mark == ".") return !next_lower;
    if (mark.find_first_not_of("!?") == std::string_view::npos) return !next_lower;
    if (mark == "\u2026" || mark.find_first_not_of('.') == std::string_view::npos)
      return IsUpper(First(next)) || IsSingle(next, IsOpener);
    if (mark.size() > 1 && mark.back() == '.' && k == i) {
      std::string_view word = mark.substr(0, mark.size() - 1);
      AbbreviationKind kind = ClassifyAbbreviation(word);
      if (kind == AbbreviationKind::kNeverFinal) return false;
      if (IsSingle(k, IsLetter)) return false;
      CodePoint first = DecodeAt(text_, tokens_[k].begin);
      if (first.end == tokens_[k].end - 1 && IsLetter(first.cp)) return false;  // initial
      return IsSentenceStarter(Text(next));
    }
    return false;
  }

  // A dateline: capitalised place words, maybe a date, maybe "(Agency)", then a dash, or a
  // colon (AFP: "LYON: Interpol said", "GAZA CITY, Palestinian Territories: Four children").
  bool DatelineEnds(uint32_t i, uint32_t start, uint32_t line_start) const {
    if (start != line_start || i == start || i - start > kMaxDatelineTokens || !(IsDashToken(i) || Text(i) == ":"))
      return false;
    bool in_parens = false, saw_caps_word = false, saw_comma = false;
    for (uint32_t k = start; k < i; ++k) {
      std::string_view t = Text(k);
      // "KYIV, Ukraine (AP) —": after the place in capitals, its country or state in title case.
      if (saw_comma && !in_parens && t != "(" && t != ")" && t != "," && IsUpper(First(k)) && t.size() > 1) {
        saw_caps_word = true;
        continue;
      }
      if (t == "(") {
        if (in_parens || !saw_caps_word) return false;
        in_parens = true;
      } else if (t == ")") {
        if (!in_parens || k + 1 != i) return false;
        in_parens = false;
      } else if (in_parens) {
        if (StartsLower(k)) return false;
      } else if (t == "," || AllDigits(k)) {
        if (!saw_caps_word) return false;
        saw_comma = saw_comma || t == ",";
      } else if (saw_caps_word && t.size() > 1 && t.back() == '.' && IsUpper(First(k))) {
        continue;  // "Nov."
      } else {
        bool caps = false;
        for (uint32_t at = tokens_[k].begin; at < tokens_[k].end;) {
          CodePoint c = DecodeAt(text_, at);
          if (IsLower(c.cp)) return false;
          caps = caps || IsUpper(c.cp);
          at = c.end;
        }
        if (!caps || (k == start && t.size() < 2)) return false;
        saw_caps_word = true;
      }
    }
    return saw_caps_word && !in_parens;
  }

  std::string_view text_;
  const std::vector<RawToken>& tokens_;
};

}  // namespace

std::vector<uint32_t> SplitSentences(std::string_view text, const std::vector<RawToken>& tokens) {
  return Splitter(text, tokens).Run();
}

}  // namespace dyad::nlp
