// Phoenix/TABARI actors, agents, discards and issues into our format.
// Actors: an entry line "NAME_ [CODE]" (or a bare name whose roles follow on indented
// "[CODE 090120-170120]", "[CODE >090120]", "[CODE <090120]" lines), "+SYNONYM_" lines adding
// names. Several bracketed codes may share a line; six-digit dates pivot at 30 (YY <= 30 is
// 20YY). Agents: "NOUN {PLURALS} [~ROLE]" with "!MACRO!" word lists. Discards: one phrase a line,
// "+" marking a whole-story discard. Issues: "<ISSUE CATEGORY=...>" sections of "phrase [CODE]".
#include <cctype>
#include <map>
#include <set>

#include "base/strings.h"
#include "kb/petrarch_import.h"

namespace dyad::kb {
namespace {

void Reject(ImportResult& out, const std::string& name, int line, std::string why) {
  out.rejected.push_back({name, line, std::move(why)});
  ++out.counts[name].rejected;
}

// A PETRARCH line without its comment, trimmed; "" for XML-style comment lines.
std::string_view Content(std::string_view line) {
  if (StartsWith(Trim(line), "<!--")) return {};
  size_t hash = line.find('#');
  if (hash != std::string_view::npos) line = line.substr(0, hash);
  return Trim(line);
}

template <typename Fn>
void ForEachLine(std::string_view text, Fn fn) {
  int n = 0;
  for (std::string_view line : Split(text, '\n')) {
    ++n;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    fn(n, line);
  }
}

bool SafePhrase(std::string_view s) {
  return !s.empty() && s.find('|') == std::string_view::npos && s.find(';') == std::string_view::npos;
}

// YYMMDD or YYYYMMDD -> "YYYY-MM-DD"; false when malformed.
bool PhoenixDate(std::string_view d, std::string& iso) {
  for (char c : d)
    if (!std::isdigit(static_cast<unsigned char>(c))) return false;
  int y, m, day;
  if (d.size() == 6) {
    y = std::stoi(std::string(d.substr(0, 2)));
    y += y <= 30 ? 2000 : 1900;
    m = std::stoi(std::string(d.substr(2, 2)));
    day = std::stoi(std::string(d.substr(4, 2)));
  } else if (d.size() == 8) {
    y = std::stoi(std::string(d.substr(0, 4)));
    m = std::stoi(std::string(d.substr(4, 2)));
    day = std::stoi(std::string(d.substr(6, 2)));
  } else {
    return false;
  }
  if (m < 1 || m > 12 || day < 1 || day > 31) return false;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, day);
  iso = buf;
  return true;
}

}  // namespace

std::string PetrarchName(std::string_view raw) {
  std::string s(Trim(raw));
  while (!s.empty() && s.back() == '_') s.pop_back();
  for (char& c : s)
    if (c == '_') c = ' ';
  bool acronym = s.size() <= 4 && s.find(' ') == std::string::npos;
  if (acronym) return s;
  bool start = true;
  for (char& c : s) {
    if (std::isalpha(static_cast<unsigned char>(c))) {
      c = start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
                : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      start = false;
    } else {
      start = c == ' ' || c == '(' || c == '-' || c == '.';
    }
  }
  return s;
}

bool ParsePhoenixRole(std::string_view body, std::string& code, std::string& range,
                      std::string& why) {
  body = Trim(body);
  size_t sp = body.find_first_of(" \t");
  code = std::string(body.substr(0, sp));
  range.clear();
  if (code == "---") {
    why = "code [---] marks a name that is not an actor";
    return false;
  }
  if (!IsActorCode(code)) {
    why = "'" + code + "' is not an actor code";
    return false;
  }
  if (sp == std::string_view::npos) return true;
  std::string_view dates = Trim(body.substr(sp));
  std::string a, b;
  if (dates[0] == '>' && PhoenixDate(dates.substr(1), a)) {
    range = a + "..";
  } else if (dates[0] == '<' && PhoenixDate(dates.substr(1), b)) {
    range = ".." + b;
  } else if (size_t dash = dates.find('-');
             dash != std::string_view::npos && PhoenixDate(dates.substr(0, dash), a) &&
             PhoenixDate(dates.substr(dash + 1), b)) {
    if (a > b) {
      why = "date range " + std::string(dates) + " ends before it starts";
      return false;
    }
    range = a + ".." + b;
  } else {
    why = "expected dates YYMMDD-YYMMDD, >YYMMDD or <YYMMDD, got '" + std::string(dates) + "'";
    return false;
  }
  return true;
}

void ImportPhoenixActors(std::string_view text, const std::string& name, ImportResult& out) {
  struct Entry {
    std::string name;
    int line = 0;
    std::vector<std::string> variants;
    std::string base;
    std::vector<std::string> roles;  // "CODE FROM..TO"
    bool bad = false;
  };
  std::string body;
  std::set<std::string> seen;
  Entry cur;
  auto& counts = out.counts[name];
  auto flush = [&] {
    if (cur.line == 0) return;
    if (cur.bad) {
      // already reported
    } else if (cur.base.empty() && cur.roles.empty()) {
      Reject(out, name, cur.line, "entry '" + cur.name + "' has no actor code");
    } else if (!seen.insert(AsciiLower(cur.name)).second) {
      Reject(out, name, cur.line, "duplicate entry '" + cur.name + "'");
    } else {
      std::string codes = cur.base;
      for (const auto& r : cur.roles) codes += (codes.empty() ? "" : "; ") + r;
      std::string variants;
      for (const auto& v : cur.variants) variants += (variants.empty() ? "" : "; ") + v;
      body += cur.name + " | " + variants + " | " + codes +
              (cur.roles.empty() ? "" : " | person") + "  # " + name + ":" +
              std::to_string(cur.line) + "\n";
      ++counts.written;
    }
    cur = Entry();
  };
  // Reads every "[...]" of s into cur; false (and reports) on a bad one.
  auto read_codes = [&](std::string_view s, int n) {
    size_t pos = 0;
    while ((pos = s.find('[', pos)) != std::string_view::npos) {
      size_t close = s.find(']', pos);
      if (close == std::string_view::npos) {
        Reject(out, name, n, "unclosed '[' in '" + std::string(s) + "'");
        return false;
      }
      std::string code, range, why;
      if (!ParsePhoenixRole(s.substr(pos + 1, close - pos - 1), code, range, why)) {
        if (StartsWith(why, "code [---]") && (cur.roles.size() + !cur.base.empty()) > 0) {
          out.notes.push_back({name, n, "ignored [---] after other codes"});
        } else {
          Reject(out, name, n, why);
          return false;
        }
      } else if (range.empty()) {
        if (cur.base.empty()) cur.base = code;
        else out.notes.push_back({name, n, "second undated code " + code + " ignored"});
      } else {
        cur.roles.push_back(code + " " + range);
      }
      pos = close + 1;
    }
    return true;
  };
  ForEachLine(text, [&](int n, std::string_view raw) {
    std::string_view line = Content(raw);
    if (line.empty()) return;
    bool indented = raw[0] == ' ' || raw[0] == '\t';
    if (line[0] == '[' || (indented && line[0] != '+')) {
      if (cur.bad) return;  // the entry is already reported
      if (cur.line == 0) {
        ++counts.read;
        Reject(out, name, n, "role line outside an entry");
        return;
      }
      if (!read_codes(line, n)) cur.bad = true;
      return;
    }
    if (line[0] == '+') {
      if (cur.line == 0) {
        ++counts.read;
        Reject(out, name, n, "synonym line before any entry");
        return;
      }
      std::string_view v = line.substr(1);
      size_t bracket = v.find('[');
      std::string phrase = PetrarchName(v.substr(0, bracket));
      if (!SafePhrase(phrase)) {
        out.notes.push_back({name, n, "synonym with '|' or ';' dropped"});
        return;
      }
      cur.variants.push_back(phrase);
      if (bracket != std::string_view::npos && !cur.bad && !read_codes(v.substr(bracket), n))
        cur.bad = true;
      return;
    }
    flush();
    ++counts.read;
    size_t bracket = line.find('[');
    cur.line = n;
    cur.name = PetrarchName(line.substr(0, bracket));
    if (!SafePhrase(cur.name)) {
      Reject(out, name, n, "name contains '|' or ';' or is empty");
      cur.bad = true;
      return;
    }
    if (bracket != std::string_view::npos && !read_codes(line.substr(bracket), n)) cur.bad = true;
  });
  flush();
  std::string stem = name.substr(0, name.rfind('.'));
  out.files.push_back({"kb/actors/" + stem + ".txt",
                       "# Imported from " + name + " by `dyad kb import-petrarch`.\n" + body});
}

void ImportPhoenixAgents(std::string_view text, const std::string& name, ImportResult& out) {
  std::map<std::string, std::vector<std::string>> macros;
  std::map<std::string, std::vector<std::string>> by_role;  // role -> phrases, in order
  std::vector<std::string> roles;
  std::set<std::string> seen;
  auto& counts = out.counts[name];
  ForEachLine(text, [&](int n, std::string_view raw) {
    std::string_view line = Content(raw);
    if (line.empty()) return;
    if (line[0] == '!' && line.find('=') != std::string_view::npos) {
      size_t eq = line.find('=');
      std::string key(Trim(line.substr(0, eq)));
      for (std::string_view w : Split(line.substr(eq + 1), ',')) macros[key].emplace_back(Trim(w));
      return;
    }
    ++counts.read;
    size_t open = line.find('['), close = line.find(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      Reject(out, name, n, "expected 'NOUN [~ROLE]'");
      return;
    }
    std::string role;
    for (char c : line.substr(open + 1, close - open - 1))
      if (c != '~') role += c;
    role = std::string(Trim(role));
    if (!IsActorCode(role)) {
      Reject(out, name, n, "'" + role + "' is not a role code");
      return;
    }
    std::string_view head = Trim(line.substr(0, open));
    std::vector<std::string> words;
    size_t brace = head.find('{');
    std::string_view stem = Trim(head.substr(0, brace));
    words.emplace_back(stem);
    if (brace != std::string_view::npos) {
      size_t end = head.find('}', brace);
      for (std::string_view w : Split(head.substr(brace + 1, end - brace - 1), ' '))
        if (!Trim(w).empty()) words.emplace_back(Trim(w));
    }
    std::vector<std::string> phrases;
    for (const std::string& w : words) {
      size_t bang = w.find('!');
      if (bang == std::string::npos) {
        phrases.push_back(w);
        continue;
      }
      size_t bang2 = w.find('!', bang + 1);
      std::string key = bang2 == std::string::npos ? "" : w.substr(bang, bang2 - bang + 1);
      if (!macros.count(key)) {
        Reject(out, name, n, "unknown macro '" + key + "'");
        return;
      }
      for (const std::string& m : macros[key])
        phrases.push_back(w.substr(0, bang) + m + w.substr(bang2 + 1));
    }
    int kept = 0;
    for (const std::string& p : phrases) {
      std::string ours = PetrarchName(p);
      if (!SafePhrase(ours) || !seen.insert(AsciiLower(ours) + "|" + role).second) continue;
      if (!by_role.count(role)) roles.push_back(role);
      by_role[role].push_back(AsciiLower(ours));
      ++kept;
    }
    if (kept == 0) Reject(out, name, n, "duplicate agent '" + std::string(stem) + "'");
    else ++counts.written;
  });
  std::string body = "# Imported from " + name + " by `dyad kb import-petrarch`.\n";
  for (const std::string& role : roles) {
    const auto& ps = by_role[role];
    for (size_t i = 0; i < ps.size(); i += 20) {  // short lines stay reviewable
      body += role + " | ";
      for (size_t j = i; j < ps.size() && j < i + 20; ++j) body += (j > i ? "; " : "") + ps[j];
      body += "\n";
    }
  }
  std::string stem = name.substr(0, name.rfind('.'));
  out.files.push_back({"kb/agents/" + stem + ".txt", body});
}

void ImportPhoenixDiscards(std::string_view text, const std::string& name, ImportResult& out) {
  std::string body = "# Imported from " + name + " by `dyad kb import-petrarch`.\n"
                     "# STORY: the phrase discards the whole story; SENTENCE: the sentence.\n";
  std::set<std::string> seen;
  auto& counts = out.counts[name];
  ForEachLine(text, [&](int n, std::string_view raw) {
    std::string_view line = Content(raw);
    if (line.empty()) return;
    ++counts.read;
    bool story = line[0] == '+';
    if (story) line = Trim(line.substr(1));
    std::string phrase(line);
    for (char& c : phrase)
      if (c == '_') c = ' ';
    phrase = std::string(Trim(phrase));
    if (!SafePhrase(phrase)) {
      Reject(out, name, n, "empty phrase or one containing '|' or ';'");
      return;
    }
    if (!seen.insert(AsciiLower(phrase)).second) {
      Reject(out, name, n, "duplicate discard phrase '" + phrase + "'");
      return;
    }
    body += std::string(story ? "STORY" : "SENTENCE") + " | " + phrase + "  # " + name + ":" +
            std::to_string(n) + "\n";
    ++counts.written;
  });
  out.files.push_back({"kb/discards/" + name.substr(0, name.rfind('.')) + ".txt", body});
}

void ImportPhoenixIssues(std::string_view text, const std::string& name, ImportResult& out) {
  std::string body = "# Imported from " + name + " by `dyad kb import-petrarch`.\n";
  std::set<std::string> seen;
  auto& counts = out.counts[name];
  ForEachLine(text, [&](int n, std::string_view raw) {
    std::string_view line = Content(raw);
    if (line.empty() || line[0] == '<') return;  // section tags
    ++counts.read;
    if (line[0] == '~') {
      Reject(out, name, n, "exclusion phrases (~) have no equivalent in our issue format");
      return;
    }
    size_t open = line.find('['), close = line.find(']');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open) {
      Reject(out, name, n, "expected 'phrase [ISSUE_CODE]'");
      return;
    }
    std::string code(Trim(line.substr(open + 1, close - open - 1)));
    if (line.find('[', close) != std::string_view::npos)
      out.notes.push_back({name, n, "several codes on one line; the first kept"});
    std::string phrase;
    for (std::string_view w : Split(Trim(line.substr(0, open)), ' ')) {
      if (StartsWith(w, "n:")) w = w.substr(2);
      if (w.empty()) continue;
      std::string word(w);
      for (char& c : word)
        if (c == '+') c = '-';
      phrase += (phrase.empty() ? "" : " ") + word;
    }
    if (!SafePhrase(phrase) || code.empty() || code.find(' ') != std::string::npos) {
      Reject(out, name, n, "empty phrase or code, or one containing '|' or ';'");
      return;
    }
    if (!seen.insert(AsciiLower(phrase) + "|" + code).second) {
      Reject(out, name, n, "duplicate issue phrase '" + phrase + "'");
      return;
    }
    body += code + " | " + phrase + "  # " + name + ":" + std::to_string(n) + "\n";
    ++counts.written;
  });
  out.files.push_back({"kb/issues/" + name.substr(0, name.rfind('.')) + ".txt", body});
}

}  // namespace dyad::kb
