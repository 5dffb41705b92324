// Word tokenizer for news English, following UD English-EWT's conventions.
//
// The text is cut at whitespace into chunks; each chunk is decoded into code points and peeled
// in three passes: openers (quotes, brackets, currency signs, bullets) off the front, closers
// (punctuation, quotes, a final period unless the word is an abbreviation, initial or dotted
// acronym) off the back, then the middle is cut at internal punctuation (hyphens between words
// except after prefixes such as "co-", slashes and commas outside numbers, dashes, ellipses).
// Every word piece finally loses its clitic ("n't", "'s", "'ll" ...), as UD splits them. URLs
// and e-mail addresses are kept whole. Each byte is visited a bounded number of times.
#include <algorithm>
#include <string>

#include "nlp/char_class.h"
#include "nlp/tokenizer.h"
#include "nlp/tokenizer_tables.h"

namespace dyad::nlp {
namespace {

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

bool LooksLikeUrlOrEmail(std::string_view s) {
  if (StartsWithNoCase(s, "http://") || StartsWithNoCase(s, "https://") ||
      StartsWithNoCase(s, "ftp://") || StartsWithNoCase(s, "www.") ||
      s.find("://") != std::string_view::npos)
    return true;
  size_t at = s.find('@');
  return at != std::string_view::npos && at > 0 && s.find('.', at) != std::string_view::npos &&
         std::isalnum(static_cast<unsigned char>(s[at - 1]));
}

class ChunkTokenizer {
 public:
  ChunkTokenizer(std::string_view text, std::vector<RawToken>& out) : text_(text), out_(out) {}

  void Tokenize(uint32_t begin, uint32_t end, uint16_t newlines, bool space_before) {
    chars_.clear();
    for (uint32_t at = begin; at < end;) {
      chars_.push_back(DecodeAt(text_, at));
      at = chars_.back().end;
    }
    newlines_ = newlines;
    space_before_ = space_before;
    size_t left = 0, right = chars_.size();
    PeelFront(left, right);
    trailing_.clear();
    bool url = LooksLikeUrlOrEmail(Text(left, right));
    PeelBack(left, right, url);
    if (left < right) {
      if (url) {
        Emit(left, right);
      } else {
        SplitMiddle(left, right);
      }
    }
    for (auto it = trailing_.rbegin(); it != trailing_.rend(); ++it) Emit(it->first, it->second);
    if (!out_.empty()) out_.back().space_after = end < text_.size();
  }

 private:
  std::string_view Text(size_t from, size_t to) const {
    if (from >= to) return {};
    return text_.substr(chars_[from].begin, chars_[to - 1].end - chars_[from].begin);
  }
  UChar32 Cp(size_t i) const { return chars_[i].cp; }

  void Emit(size_t from, size_t to) {
    RawToken t;
    t.begin = chars_[from].begin;
    t.end = chars_[to - 1].end;
    t.newlines_before = newlines_;
    t.space_before = space_before_;
    out_.push_back(t);
    newlines_ = 0;
    space_before_ = false;
  }

  size_t RunOf(size_t i, size_t right, bool (*pred)(UChar32)) const {
    size_t j = i;
    while (j < right && pred(Cp(j))) ++j;
    return j - i;
  }
  static bool IsDot(UChar32 c) { return c == '.'; }

  // The rest of the chunk is a clitic on its own ("'s" after a split by the writer).
  bool IsBareClitic(size_t left, size_t right) const {
    std::string lower = Normalized(left, right);
    for (std::string_view c : kCliticSuffixes)
      if (lower == c) return true;
    return false;
  }

  // Lower-case ASCII with curly apostrophes made straight, one char per code point.
  std::string Normalized(size_t from, size_t to) const {
    std::string s;
    for (size_t i = from; i < to; ++i) {
      UChar32 c = Cp(i);
      if (IsApostrophe(c)) c = '\'';
      s.push_back(c < 128 ? static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c) : '?');
    }
    return s;
  }

  void PeelFront(size_t& left, size_t right) {
    while (left < right) {
      UChar32 c = Cp(left);
      if (IsApostrophe(c)) {
        if (IsBareClitic(left, right)) return;
        if (left + 1 < right && IsDigit(Cp(left + 1))) return;  // '90s
        Emit(left, left + 1), ++left;
      } else if (IsOpener(c) || IsCurrency(c) || IsBullet(c) || IsDash(c) || IsEllipsis(c)) {
        Emit(left, left + 1), ++left;
      } else if (IsHyphen(c)) {
        size_t run = RunOf(left, right, IsHyphen);
        if (run == 1 && left + 1 < right && IsDigit(Cp(left + 1))) return;  // -5
        Emit(left, left + run), left += run;
      } else if (c == '.' && RunOf(left, right, IsDot) >= 2) {
        size_t run = RunOf(left, right, IsDot);
        Emit(left, left + run), left += run;
      } else {
        return;
      }
    }
  }

  bool KeepsFinalPeriod(size_t left, size_t dot) const {
    if (left >= dot) return false;
    std::string_view word = Text(left, dot);
    if (ClassifyAbbreviation(word) != AbbreviationKind::kNone) return true;
    if (dot - left == 1 && IsLetter(Cp(left))) return true;  // an initial: "M."
    // A dotted acronym: "U.S", "p.m", "Ph.D".
    bool has_dot = false;
    size_t letters = 0;
    for (size_t i = left; i < dot; ++i) {
      if (Cp(i) == '.') {
        has_dot = true;
        letters = 0;
      } else if (IsLetter(Cp(i)) && ++letters <= 3) {
        continue;
      } else {
        return false;
      }
    }
    return has_dot;
  }

  void PeelBack(size_t left, size_t& right, bool url) {
    while (right > left) {
      UChar32 c = Cp(right - 1);
      if (c == '.') {
        size_t run = 0;
        while (run < right - left && Cp(right - 1 - run) == '.') ++run;
        if (run == 1 && !url && KeepsFinalPeriod(left, right - 1)) return;
        trailing_.push_back({right - run, right});
        right -= run;
      } else if (IsCloser(c) || IsEllipsis(c) || IsDash(c) || c == ',' || c == ';' ||
                 c == ':' || c == '!' || c == '?' || (!url && c == '%')) {
        // Keep "!?" and "?!!" together as one mark.
        size_t run = 1;
        if (c == '!' || c == '?')
          while (run < right - left && (Cp(right - 1 - run) == '!' || Cp(right - 1 - run) == '?'))
            ++run;
        trailing_.push_back({right - run, right});
        right -= run;
      } else if (IsHyphen(c) && !url && right - left > 1) {
        size_t run = 0;
        while (run < right - left && IsHyphen(Cp(right - 1 - run))) ++run;
        trailing_.push_back({right - run, right});
        right -= run;
      } else {
        return;
      }
    }
  }

  // True when the single character at i splits the word piece that ends before it.
  bool SplitsAt(size_t i, size_t piece, size_t right) const {
    UChar32 c = Cp(i);
    bool digit_before = i > piece && IsDigit(Cp(i - 1));
    bool digit_after = i + 1 < right && IsDigit(Cp(i + 1));
    if (IsHyphen(c)) {
      if (i == piece || i + 1 == right) return false;
      if (digit_before && digit_after) return false;
      std::string prefix = Normalized(piece, i);
      return !IsHyphenPrefix(prefix);
    }
    if (c == '/') return !(digit_before && digit_after) && !(i - piece == 1 && i + 2 >= right);
    if (c == ',' || c == ':') return !(digit_before && digit_after);
    return c == ';' || c == '!' || c == '?' || c == '(' || c == ')' || c == '[' || c == ']' ||
           c == '{' || c == '}' || c == '"' || c == 0x201C || c == 0x201D || c == 0x00AB ||
           c == 0x00BB || c == '%' || IsDash(c) || IsEllipsis(c) || IsCurrency(c) ||
           IsBullet(c);
  }

  void SplitMiddle(size_t left, size_t right) {
    size_t piece = left;
    size_t i = left;
    while (i < right) {
      size_t run = 1;
      bool split = false;
      if (IsHyphen(Cp(i)) && (run = RunOf(i, right, IsHyphen)) >= 2) {
        split = true;
      } else if (Cp(i) == '.' && (run = RunOf(i, right, IsDot)) >= 2) {
        split = true;
      } else {
        run = 1;
        split = SplitsAt(i, piece, right);
      }
      if (split) {
        EmitWord(piece, i);
        Emit(i, i + run);
        piece = i + run;
      }
      i += run;
    }
    EmitWord(piece, right);
  }

  // Emits one word, split from its clitic as UD does: "China's" -> "China" "'s".
  void EmitWord(size_t from, size_t to) {
    if (from >= to) return;
    std::string lower = Normalized(from, to);
    for (std::string_view clitic : kCliticSuffixes) {
      size_t n = clitic.size();
      if (lower.size() > n && lower.compare(lower.size() - n, n, clitic) == 0 &&
          IsLetter(Cp(to - n - 1))) {
        Emit(from, to - n);
        Emit(to - n, to);
        return;
      }
    }
    bool plain = std::all_of(lower.begin(), lower.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    if (plain && (IsLower(Cp(from)) || (to - from > 1 && IsLower(Cp(from + 1))))) {
      if (int split = UnmarkedContractionSplit(lower); split > 0) {
        Emit(from, from + split);
        Emit(from + split, to);
        return;
      }
    }
    // "5pm" -> "5" "pm".
    size_t digits = 0;
    while (from + digits < to && IsDigit(Cp(from + digits))) ++digits;
    if (digits > 0 && (lower.substr(digits) == "am" || lower.substr(digits) == "pm")) {
      Emit(from, from + digits);
      Emit(from + digits, to);
      return;
    }
    Emit(from, to);
  }

  std::string_view text_;
  std::vector<RawToken>& out_;
  std::vector<CodePoint> chars_;
  std::vector<std::pair<size_t, size_t>> trailing_;
  uint16_t newlines_ = 0;
  bool space_before_ = false;
};

}  // namespace

std::vector<RawToken> TokenizeWords(std::string_view text) {
  std::vector<RawToken> out;
  out.reserve(text.size() / 5 + 1);
  ChunkTokenizer chunker(text, out);
  uint32_t at = 0;
  const auto size = static_cast<uint32_t>(text.size());
  while (at < size) {
    uint16_t newlines = 0;
    bool space = at > 0;
    while (at < size) {
      CodePoint c = DecodeAt(text, at);
      if (!IsSpace(c.cp)) break;
      if (c.cp == '\n' && newlines < 1000) ++newlines;
      at = c.end;
    }
    if (at >= size) break;
    uint32_t begin = at;
    while (at < size) {
      CodePoint c = DecodeAt(text, at);
      if (IsSpace(c.cp)) break;
      at = c.end;
    }
    chunker.Tokenize(begin, at, newlines, space);
  }
  return out;
}

}  // namespace dyad::nlp
