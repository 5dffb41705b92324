// Readers of the ConfliBERT CAMEO data: the five-class file (sentence<TAB>label, labels 0-4:
// make a statement, verbal cooperation, material cooperation, verbal conflict, material
// conflict) and the span file (one "token TAG" per line, BIO tags over S source, T target and
// R reciprocal actors, a blank line between sentences). The span file is tokenized; its text is
// rebuilt with Detokenize so the pipeline sees ordinary prose and the gold spans become byte
// spans of that text.
#include <string>

#include "base/strings.h"
#include "eval/gold.h"

namespace dyad::eval {

Result<GoldFile> ParseConflibertClasses(std::string_view tsv, const std::string& path) {
  GoldFile file;
  file.path = path;
  file.format = GoldFormat::kConflibertClass;
  file.has_classes = true;
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) continue;
    size_t tab = line.rfind('\t');
    std::string where = path + ":" + std::to_string(line_no);
    if (tab == std::string_view::npos) return Status::Invalid(where + ": expected sentence<TAB>label");
    std::string_view label = Trim(line.substr(tab + 1));
    if (label.size() != 1 || label[0] < '0' || label[0] > '4') {
      return Status::Invalid(where + ": expected a class label 0-4, got '" + std::string(label) + "'");
    }
    GoldItem item;
    item.id = "line " + std::to_string(line_no);
    item.text = std::string(Trim(line.substr(0, tab)));
    item.penta_class = label[0] - '0';
    file.items.push_back(std::move(item));
  }
  if (file.items.empty()) return Status::Invalid(path + ": no sentence<TAB>label lines found");
  return file;
}

namespace {

// Closes the sentence collected so far into an item.
void FlushSentence(std::vector<std::string>& tokens, std::vector<std::string>& tags, size_t first_line,
                   GoldFile& file) {
  if (tokens.empty()) return;
  GoldItem item;
  item.id = "line " + std::to_string(first_line);
  std::vector<Span> spans;
  item.text = Detokenize(tokens, &spans);
  for (size_t i = 0; i < tags.size(); ++i) {
    const std::string& tag = tags[i];
    if (tag.size() < 3 || (tag[0] != 'B' && tag[0] != 'I')) continue;
    char role = tag[2];
    bool continues = tag[0] == 'I' && !item.spans.empty() && item.spans.back().role == role && i > 0 &&
                     tags[i - 1].size() >= 3 && tags[i - 1][2] == role;
    if (continues) {
      item.spans.back().span.end = spans[i].end;
    } else {
      item.spans.push_back({role, spans[i]});
    }
  }
  file.items.push_back(std::move(item));
  tokens.clear();
  tags.clear();
}

}  // namespace

Result<GoldFile> ParseConflibertSpans(std::string_view conll, const std::string& path) {
  GoldFile file;
  file.path = path;
  file.format = GoldFormat::kConflibertSpans;
  file.has_spans = true;
  std::vector<std::string> tokens, tags;
  size_t line_no = 0, first_line = 1;
  for (std::string_view line : Split(conll, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (Trim(line).empty()) {
      FlushSentence(tokens, tags, first_line, file);
      continue;
    }
    size_t space = line.find_last_of(" \t");
    std::string where = path + ":" + std::to_string(line_no);
    if (space == std::string_view::npos || space == 0) return Status::Invalid(where + ": expected 'token TAG'");
    std::string tag(Trim(line.substr(space + 1)));
    if (tag != "O" && !(tag.size() == 3 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' &&
                        (tag[2] == 'S' || tag[2] == 'T' || tag[2] == 'R'))) {
      return Status::Invalid(where + ": expected a tag O, B-S, I-S, B-T, I-T, B-R or I-R, got '" + tag + "'");
    }
    if (tokens.empty()) first_line = line_no;
    tokens.emplace_back(Trim(line.substr(0, space)));
    tags.push_back(std::move(tag));
  }
  FlushSentence(tokens, tags, first_line, file);
  if (file.items.empty()) return Status::Invalid(path + ": no tagged sentences found");
  return file;
}

Result<GoldFile> ReadConflibertClasses(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseConflibertClasses(*text, path);
}

Result<GoldFile> ReadConflibertSpans(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParseConflibertSpans(*text, path);
}

}  // namespace dyad::eval
