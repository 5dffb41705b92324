#include "kb/dictionary_reader.h"

#include <algorithm>

#include "base/strings.h"
#include "dyad/date.h"
#include "kb/phrase_text.h"

namespace dyad::kb {
namespace {

void Error(SourceReport& r, const std::string& rel, int line, std::string msg) {
  r.errors.push_back({rel, line, std::move(msg)});
}

bool IsLowerWord(std::string_view w) {
  if (w.empty()) return false;
  for (char c : w)
    if ((c >= 'A' && c <= 'Z') || c == ' ' || c == '|' || c == ';') return false;
  return true;
}

}  // namespace

std::string SourceError::Text() const {
  return file + ":" + std::to_string(line) + ": " + message;
}

std::vector<std::string> SplitFields(std::string_view line) {
  std::vector<std::string> out;
  for (std::string_view f : Split(line, '|')) out.emplace_back(Trim(f));
  return out;
}

std::vector<std::string> SplitItems(std::string_view field) {
  std::vector<std::string> out;
  for (std::string_view f : Split(field, ';')) {
    f = Trim(f);
    if (!f.empty()) out.emplace_back(f);
  }
  return out;
}

std::vector<std::string> ExpandVariants(std::string_view item) {
  size_t open = item.rfind('(');
  if (open == std::string_view::npos || item.back() != ')' || open == 0 || item[open - 1] == ' ')
    return {std::string(item)};
  std::string stem(item.substr(0, open));
  std::string_view suffixes = item.substr(open + 1, item.size() - open - 2);
  std::vector<std::string> out{stem};
  for (std::string_view s : Split(suffixes, '/')) out.push_back(stem + std::string(Trim(s)));
  return out;
}

bool ParseBound(std::string_view text, bool is_end, int32_t& day) {
  text = Trim(text);
  if (text.empty()) {
    day = is_end ? kOpenTo : kOpenFrom;
    return true;
  }
  auto d = ParseIsoDate(text);
  if (!d || d->Iso() != text) return false;
  if (!is_end) {
    Date first = *d;
    if (first.month == 0) first.month = 1;
    if (first.day == 0) first.day = 1;
    first.precision = DatePrecision::kDay;
    day = static_cast<int32_t>(first.DaysSinceEpoch());
    return true;
  }
  Date last = *d;
  if (last.month == 0) last.month = 12;
  if (last.day == 0) last.day = DaysInMonth(last.year, last.month);
  last.precision = DatePrecision::kDay;
  day = static_cast<int32_t>(last.DaysSinceEpoch());
  return true;
}

std::string BoundText(int32_t day, bool is_end) {
  if (day == kOpenFrom || day == kOpenTo) return "";
  return Date::FromDaysSinceEpoch(day).Iso();
}

bool IsActorCode(std::string_view code) {
  if (code.size() < 3 || code.size() % 3 != 0) return false;
  for (char c : code)
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) return false;
  return true;
}

bool IsEventCodeSyntax(std::string_view code) {
  if (code.size() < 2 || code.size() > 4) return false;
  return std::all_of(code.begin(), code.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Name | variants | codes [| tags]; a code item is "CODE" (outside any span) or
// "CODE FROM..TO [title]".
void ReadActorFile(std::string_view text, const std::string& rel, ActorKind default_kind,
                   KbData& data, SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    auto f = SplitFields(line);
    if (f.size() < 3 || f.size() > 4 || f[0].empty()) {
      Error(report, rel, n, "expected 'name | variants | codes [| tags]'");
      return;
    }
    ActorEntry e;
    e.name = f[0];
    e.kind = default_kind;
    e.file = rel;
    e.line = n;
    e.phrases.push_back(e.name);
    for (const std::string& v : SplitItems(f[1]))
      for (std::string& x : ExpandVariants(v)) e.phrases.push_back(std::move(x));
    auto items = SplitItems(f[2]);
    if (items.empty()) {
      Error(report, rel, n, "expected at least one actor code in the third field");
      return;
    }
    for (const std::string& item : items) {
      size_t sp = item.find(' ');
      std::string code = item.substr(0, sp);
      if (!IsActorCode(code)) {
        Error(report, rel, n, "expected an actor code such as USAGOV, got '" + code + "'");
        return;
      }
      if (sp == std::string::npos) {
        if (!e.base_code.empty()) {
          Error(report, rel, n, "two codes without dates: '" + e.base_code + "' and '" + code +
                                    "'; give the second a date range FROM..TO");
          return;
        }
        e.base_code = code;
        continue;
      }
      std::string_view rest = Trim(std::string_view(item).substr(sp + 1));
      size_t dsp = rest.find(' ');
      std::string_view range = rest.substr(0, dsp);
      size_t dots = range.find("..");
      RoleSpan role;
      role.code = code;
      if (dots == std::string_view::npos || !ParseBound(range.substr(0, dots), false, role.from) ||
          !ParseBound(range.substr(dots + 2), true, role.to)) {
        Error(report, rel, n, "expected a date range such as 2009-01-20..2017-01-20 after " + code +
                                  ", got '" + std::string(range) + "'");
        return;
      }
      if (role.from > role.to) {
        Error(report, rel, n, "date range " + std::string(range) + " ends before it starts");
        return;
      }
      if (dsp != std::string_view::npos) role.title = std::string(Trim(rest.substr(dsp + 1)));
      e.roles.push_back(std::move(role));
    }
    if (f.size() == 4) {
      for (const std::string& tag : SplitItems(f[3])) {
        if (tag == "news") e.kind = kNews;
        else if (tag == "metonym") e.kind = kMetonym;
        else if (tag == "person") e.kind = kPerson;
        else if (tag == "group") e.kind = kGroup;
        else {
          Error(report, rel, n, "unknown tag '" + tag + "'; expected news, metonym, person or group");
          return;
        }
      }
    }
    std::sort(e.roles.begin(), e.roles.end(),
              [](const RoleSpan& a, const RoleSpan& b) { return a.from < b.from; });
    data.actors.push_back(std::move(e));
  });
}

// CODE | noun; noun(s)
void ReadAgentFile(std::string_view text, const std::string& rel, KbData& data,
                   SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    auto f = SplitFields(line);
    if (f.size() != 2 || !IsActorCode(f[0])) {
      Error(report, rel, n, "expected 'ROLE | noun; noun' with a role code such as MIL");
      return;
    }
    AgentEntry a;
    a.code = f[0];
    a.file = rel;
    a.line = n;
    for (const std::string& v : SplitItems(f[1]))
      for (std::string& x : ExpandVariants(v)) a.phrases.push_back(std::move(x));
    if (a.phrases.empty()) {
      Error(report, rel, n, "expected at least one noun after '|'");
      return;
    }
    data.agents.push_back(std::move(a));
  });
}

const std::vector<std::string>* Synsets::Find(std::string_view name) const {
  for (const auto& [n, words] : sets)
    if (n == name) return &words;
  return nullptr;
}

void ReadSynonymFile(std::string_view text, const std::string& rel, Synsets& synsets,
                     SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    auto f = SplitFields(line);
    if (f.size() != 2 || f[0].size() < 2 || f[0][0] != '&') {
      Error(report, rel, n, "expected '&name | word; word'");
      return;
    }
    auto words = SplitItems(f[1]);
    for (const std::string& w : words)
      if (!IsLowerWord(w)) {
        Error(report, rel, n, "synonym '" + w + "' must be a lower-case lemma");
        return;
      }
    if (synsets.Find(f[0])) {
      Error(report, rel, n, "synonym set " + f[0] + " is defined twice");
      return;
    }
    synsets.sets.emplace_back(f[0], std::move(words));
  });
}

// CODE | [n:] head, head | pattern; pattern   with $ source, + target, * head, &set synonyms
void ReadVerbFile(std::string_view text, const std::string& rel, const Synsets& synsets,
                  KbData& data, SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    auto f = SplitFields(line);
    if (f.size() != 3 || !IsEventCodeSyntax(f[0])) {
      Error(report, rel, n, "expected 'CODE | head, head | pattern; pattern' with a CAMEO code");
      return;
    }
    std::string_view heads_field = f[1];
    bool nominal = false;
    if (StartsWith(heads_field, "n:")) {
      nominal = true;
      heads_field = Trim(heads_field.substr(2));
    }
    std::vector<std::string> heads;
    for (std::string_view h : Split(heads_field, ',')) {
      h = Trim(h);
      if (h.empty()) continue;
      if (!IsLowerWord(h)) {
        Error(report, rel, n, "head '" + std::string(h) + "' must be one lower-case lemma");
        return;
      }
      heads.emplace_back(h);
    }
    if (heads.empty()) {
      Error(report, rel, n, "expected at least one head lemma in the second field");
      return;
    }
    for (const std::string& pattern : SplitItems(f[2])) {
      // Expand synonym sets into alternatives: each element is a list of words.
      std::vector<std::vector<PatternElement>> variants{{}};
      int heads_seen = 0, sources = 0, targets = 0;
      for (std::string_view tok : Split(pattern, ' ')) {
        if (tok.empty()) continue;
        std::vector<PatternElement> options;
        if (tok == "*") {
          ++heads_seen;
          options.push_back({PatternElement::kVerb, ""});
        } else if (tok == "$") {
          ++sources;
          options.push_back({PatternElement::kSource, ""});
        } else if (tok == "+") {
          ++targets;
          options.push_back({PatternElement::kTarget, ""});
        } else if (tok[0] == '&') {
          const auto* words = synsets.Find(tok);
          if (!words) {
            Error(report, rel, n, "unknown synonym set " + std::string(tok));
            return;
          }
          for (const std::string& w : *words) options.push_back({PatternElement::kWord, w});
        } else if (IsLowerWord(tok)) {
          options.push_back({PatternElement::kWord, std::string(tok)});
        } else {
          Error(report, rel, n, "pattern word '" + std::string(tok) + "' must be a lower-case lemma");
          return;
        }
        std::vector<std::vector<PatternElement>> next;
        for (const auto& v : variants)
          for (const auto& o : options) {
            next.push_back(v);
            next.back().push_back(o);
          }
        variants = std::move(next);
      }
      if (heads_seen != 1 || sources > 1 || targets > 1) {
        Error(report, rel, n, "pattern '" + pattern +
                                  "' must have exactly one * and at most one $ and one +");
        return;
      }
      for (const std::string& head : heads)
        for (const auto& v : variants) {
          VerbPattern p;
          p.head = head;
          p.nominal = nominal;
          p.cameo = f[0];
          p.elements = v;
          for (auto& e : p.elements)
            if (e.kind == PatternElement::kVerb) e.lemma = head;
          p.entry = rel + ":" + std::to_string(n);
          data.verbs.push_back(std::move(p));
        }
    }
  });
}

void ReadPhraseFile(std::string_view text, const std::string& rel, std::vector<PhraseEntry>& out,
                    SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    auto f = SplitFields(line);
    if (f.size() != 2 || f[0].empty() || f[0].find(' ') != std::string::npos) {
      Error(report, rel, n, "expected 'CATEGORY | phrase; phrase'");
      return;
    }
    auto items = SplitItems(f[1]);
    if (items.empty()) {
      Error(report, rel, n, "expected at least one phrase after '|'");
      return;
    }
    for (const std::string& p : items)
      for (std::string& v : ExpandVariants(p)) out.push_back({std::move(v), f[0], rel, n});
  });
}

// DATE | sentence | CODE CODE ...
void ReadSelfTestFile(std::string_view text, const std::string& rel, KbData& data,
                      SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    auto f = SplitFields(line);
    if (f.size() != 3 || !ParseIsoDate(f[0])) {
      Error(report, rel, n, "expected 'YYYY-MM-DD | sentence | CODE CODE'");
      return;
    }
    SelfTest t{f[1], f[0], {}, rel, n};
    for (std::string_view c : Split(f[2], ' '))
      if (!c.empty()) t.codes.emplace_back(c);
    data.self_tests.push_back(std::move(t));
  });
}

void ReadWordList(std::string_view text, const std::string& rel, std::vector<std::string>& out,
                  SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    if (!IsLowerWord(line)) {
      Error(report, rel, n, "expected one lower-case word");
      return;
    }
    out.emplace_back(line);
  });
}

void ReadCameoTable(std::string_view text, const std::string& rel, KbData& data,
                    SourceReport& report) {
  ++report.files;
  ForEachEntryLine(text, [&](int n, std::string_view line) {
    ++report.lines;
    auto f = Split(line, '\t');
    if (f.size() < 4 || !IsEventCodeSyntax(f[0])) {
      Error(report, rel, n, "expected 'code<TAB>name<TAB>goldstein<TAB>quad_class[<TAB>plover]'");
      return;
    }
    CameoCode c;
    c.code = std::string(f[0]);
    c.root = c.code.substr(0, 2);
    c.label = std::string(f[1]);
    try {
      c.goldstein = std::stod(std::string(f[2]));
      c.quad_class = std::stoi(std::string(f[3]));
    } catch (...) {
      Error(report, rel, n, "expected numbers for Goldstein value and QuadClass");
      return;
    }
    if (f.size() > 4) c.plover = std::string(Trim(f[4]));
    data.cameo.push_back(std::move(c));
  });
}

}  // namespace dyad::kb
