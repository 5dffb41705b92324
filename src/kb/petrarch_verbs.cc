// PETRARCH/TABARI verb dictionaries into our format. The file has synonym sets ("&NAME" then
// "+WORD" lines) and verb blocks: "--- NAME [code] ---", the block's verbs ("WORD {FORMS}
// [code]", multiword "+LOOK_FOR"), and patterns "- * (TO BORDER) [154] # comment" over the
// block's verbs. Each pattern becomes one line "CODE | verbs | pattern" in our format:
// parentheses and braces dropped, "_" joins split into words, &SETS renamed per file so two
// imported files cannot clash. Known pitfalls: paired codes "[042:043]" (first kept, noted),
// reverse-only "[:043]" and null "[---]" codes (rejected), "^" wildcards (dropped, noted),
// single-space separators, duplicate patterns (rejected as duplicates).
#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include "base/strings.h"
#include "kb/petrarch_import.h"

namespace dyad::kb {
namespace {

struct Block {
  std::string name;
  int line = 0;
  std::string code;                  // the block's default code, "" for [---]
  std::vector<std::string> verbs;    // single-word lemmas
  std::vector<std::pair<std::string, std::string>> multi;  // head, particle words
  struct Pattern { int line; std::string text, code; };
  std::vector<Pattern> patterns;
  std::vector<std::pair<std::string, std::string>> verb_codes;  // verb, own code
};

std::string Lower(std::string_view s) { return AsciiLower(s); }

std::string FileTag(const std::string& name) {
  std::string tag;
  for (char c : name.substr(0, name.rfind('.')))
    if (std::isalnum(static_cast<unsigned char>(c))) tag += static_cast<char>(std::tolower(c));
  return tag;
}

// "[042:043]" -> first code; false with why when unusable.
bool EventCode(std::string_view body, const CodeSet& codes, std::string& code, std::string& why,
               bool& paired) {
  body = Trim(body);
  paired = false;
  if (body == "---") {
    why = "null code [---] (do not code) has no equivalent in our format";
    return false;
  }
  size_t colon = body.find(':');
  if (colon == 0) {
    why = "reverse-only code [" + std::string(body) + "] has no equivalent";
    return false;
  }
  if (colon != std::string_view::npos) paired = true;
  std::string first(body.substr(0, colon));
  if (!IsEventCodeSyntax(first)) {
    why = "malformed event code [" + std::string(body) + "]";
    return false;
  }
  if (!codes.empty() && !codes.count(first)) {
    why = "event code " + first + " is not in the CAMEO table";
    return false;
  }
  code = first;  // only a usable code is handed back
  return true;
}

}  // namespace

void ImportPetrarchVerbs(std::string_view text, const std::string& name, const CodeSet& codes,
                         ImportResult& out) {
  const std::string tag = FileTag(name);
  auto& counts = out.counts[name];
  auto reject = [&](int line, std::string why) {
    out.rejected.push_back({name, line, std::move(why)});
    ++counts.rejected;
  };
  std::vector<std::pair<std::string, std::vector<std::string>>> synsets;
  std::vector<Block> blocks;
  enum { kNone, kSynset, kBlock } mode = kNone;
  int n = 0;
  for (std::string_view raw : Split(text, '\n')) {
    ++n;
    std::string_view line = raw;
    if (StartsWith(Trim(line), "<!--")) continue;
    if (size_t hash = line.find('#'); hash != std::string_view::npos) line = line.substr(0, hash);
    line = Trim(line);
    if (line.empty()) continue;
    if (StartsWith(line, "---")) {
      mode = kBlock;
      Block b;
      b.line = n;
      size_t open = line.find('['), close = line.find(']');
      b.name = std::string(Trim(line.substr(3, open == std::string_view::npos ? line.npos : open - 3)));
      // A block's default code is an entry of its own; "[---]" (no default) is not.
      if (open != std::string_view::npos && close != std::string_view::npos) {
        std::string body(Trim(line.substr(open + 1, close - open - 1))), why;
        bool paired;
        if (body != "---") {
          ++counts.read;
          if (!EventCode(body, codes, b.code, why, paired)) reject(n, "block default: " + why);
          else ++counts.written;
        }
      }
      blocks.push_back(std::move(b));
      continue;
    }
    if (line[0] == '&') {
      mode = kSynset;
      synsets.emplace_back("&" + tag + "." + Lower(line.substr(1)), std::vector<std::string>{});
      while (!synsets.back().first.empty() && synsets.back().first.back() == '_')
        synsets.back().first.pop_back();
      continue;
    }
    if (mode == kSynset && line[0] == '+') {
      ++counts.read;
      std::string word = Lower(Trim(line.substr(1)));
      while (!word.empty() && word.back() == '_') word.pop_back();
      if (word.find_first_of("_ ") != std::string::npos) {
        reject(n, "multiword synonym '" + word + "': our synonym sets hold single lemmas");
        continue;
      }
      synsets.back().second.push_back(word);
      ++counts.written;
      continue;
    }
    if (mode != kBlock) {
      ++counts.read;
      reject(n, "line outside any synonym set or verb block");
      continue;
    }
    Block& b = blocks.back();
    if (line[0] == '-') {
      ++counts.read;
      size_t open = line.rfind('['), close = line.rfind(']');
      if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
        reject(n, "expected '- pattern [code]'");
        continue;
      }
      if (line.substr(0, open).find('[') != std::string_view::npos)
        out.notes.push_back({name, n, "several codes on one line; the last kept"});
      b.patterns.push_back({n, std::string(Trim(line.substr(1, open - 1))),
                            std::string(line.substr(open + 1, close - open - 1))});
      continue;
    }
    // A verb of the block: "WORD {FORMS} [code]" or "+MULTI_WORD {FORMS} [code]".
    ++counts.read;
    bool multi = line[0] == '+';
    std::string_view word = line.substr(multi ? 1 : 0);
    word = word.substr(0, word.find_first_of(" \t{["));
    std::string lemma = Lower(word);
    while (!lemma.empty() && lemma.back() == '_') lemma.pop_back();
    if (lemma.empty()) {
      reject(n, "expected a verb");
      continue;
    }
    size_t open = line.find('['), close = line.find(']');
    std::string own;
    if (open != std::string_view::npos && close != std::string_view::npos) {
      std::string why;
      bool paired;
      std::string body(line.substr(open + 1, close - open - 1));
      if (Trim(body) != "---" && !EventCode(body, codes, own, why, paired)) {
        reject(n, "verb code: " + why);
        continue;
      }
    }
    size_t us = lemma.find('_');
    std::string head = lemma.substr(0, us);
    std::string particle = us == std::string::npos ? "" : lemma.substr(us + 1);
    for (char& c : particle)
      if (c == '_') c = ' ';
    if (us == std::string::npos) b.verbs.push_back(head);
    else b.multi.emplace_back(head, particle);
    if (!own.empty()) b.verb_codes.emplace_back(us == std::string::npos ? head : head + " " + particle, own);
    ++counts.written;
  }

  // Synonym file.
  std::set<std::string> defined;
  std::string syn = "# Synonym sets imported from " + name + " by `dyad kb import-petrarch`.\n";
  for (const auto& [set, words] : synsets) {
    if (words.empty() || !defined.insert(set).second) continue;
    syn += set + " | ";
    for (size_t i = 0; i < words.size(); ++i) syn += (i ? "; " : "") + words[i];
    syn += "\n";
  }
  // Patterns.
  std::string body = "# Verb patterns imported from " + name + " by `dyad kb import-petrarch`.\n";
  std::set<std::string> seen;
  auto emit = [&](const std::string& code, const std::string& heads, const std::string& pattern,
                  int line) {
    std::string key = heads + "|" + pattern;
    if (!seen.insert(key).second) return false;
    body += code + " | " + heads + " | " + pattern + "  # " + name + ":" + std::to_string(line) + "\n";
    return true;
  };
  for (const Block& b : blocks) {
    std::string heads;
    for (const auto& v : b.verbs)
      if (heads.find(", " + v + ",") == std::string::npos) heads += (heads.empty() ? "" : ", ") + v;
    if (!b.code.empty() && !heads.empty()) emit(b.code, heads, "*", b.line);
    for (const auto& [verb, code] : b.verb_codes) {
      size_t sp = verb.find(' ');
      emit(code, verb.substr(0, sp), sp == std::string::npos ? "*" : "* " + verb.substr(sp + 1), b.line);
    }
    for (const Block::Pattern& p : b.patterns) {
      std::string code, why;
      bool paired;
      if (!EventCode(p.code, codes, code, why, paired)) {
        reject(p.line, why);
        continue;
      }
      if (paired) out.notes.push_back({name, p.line, "paired code [" + p.code + "]: first kept"});
      std::string pattern;
      bool bad = false, wildcard = false;
      int stars = 0;
      std::string cleaned;
      for (char c : p.text) cleaned += (c == '(' || c == ')' || c == '{' || c == '}' || c == '_') ? ' ' : c;
      for (std::string_view tok : Split(cleaned, ' ')) {
        tok = Trim(tok);
        if (tok.empty()) continue;
        if (tok == "^") {
          wildcard = true;
          continue;
        }
        std::string t = Lower(tok);
        if (t == "*") ++stars;
        if (t[0] == '&') {
          t = "&" + tag + "." + t.substr(1);
          if (!defined.count(t)) {
            bad = true;
            why = "synonym set " + std::string(tok) + " is not defined (or has only multiword members)";
            break;
          }
        } else if (t != "*" && t != "$" && t != "+" &&
                   t.find_first_of("/%.|;") != std::string::npos) {
          bad = true;
          why = "pattern token '" + std::string(tok) + "' has no equivalent";
          break;
        }
        pattern += (pattern.empty() ? "" : " ") + t;
      }
      if (!bad && stars != 1) {
        bad = true;
        why = "pattern must contain the verb (*) exactly once";
      }
      if (!bad && std::count(pattern.begin(), pattern.end(), '$') > 1) {
        bad = true;
        why = "pattern has two sources ($)";
      }
      if (!bad && std::count(pattern.begin(), pattern.end(), '+') > 1) {
        bad = true;
        why = "pattern has two targets (+)";
      }
      if (bad) {
        reject(p.line, why);
        continue;
      }
      if (heads.empty() && b.multi.empty()) {
        reject(p.line, "pattern in a block without verbs");
        continue;
      }
      if (wildcard) out.notes.push_back({name, p.line, "'^' wildcard dropped"});
      bool any = false;
      if (!heads.empty()) any |= emit(code, heads, pattern, p.line);
      for (const auto& [head, particle] : b.multi) {
        std::string with = pattern;
        with.replace(with.find('*'), 1, "* " + particle);
        any |= emit(code, head, with, p.line);
      }
      if (any) ++counts.written;
      else reject(p.line, "duplicate pattern");
    }
  }
  std::string stem = name.substr(0, name.rfind('.'));
  out.files.push_back({"kb/synonyms/" + stem + ".txt", syn});
  out.files.push_back({"kb/verbs/" + stem + ".txt", body});
}

}  // namespace dyad::kb
