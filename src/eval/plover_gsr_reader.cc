// Reader of the PLOVER gold standard (PLOVER_GSR_CAMEO.txt): a JSON array of records with
// "id", "date", "text" and "event" (the PLOVER type). Records without text (the DOCUMENT
// header) are skipped. The file predates PLOVER's 2021 names, which our events carry (from
// CAMEO2PLOVER-2021), so the old type names are renamed as that table does: DEMAND -> REQUEST,
// FIGHT -> ASSAULT, and DISAPPROVE and INVESTIGATE -> ACCUSE (roots 11 and 09 map to ACCUSE).
#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "eval/gold.h"

namespace dyad::eval {
namespace {

std::string CurrentPloverName(std::string name) {
  // Schema renames between PLOVER 0.5 (the GSR) and PLOVER 0.8 (2021): names of event types.
  static const std::pair<const char*, const char*> kRenames[] = {
      {"DEMAND", "REQUEST"}, {"FIGHT", "ASSAULT"}, {"DISAPPROVE", "ACCUSE"}, {"INVESTIGATE", "ACCUSE"}};
  for (const auto& [old_name, new_name] : kRenames) {
    if (name == old_name) return new_name;
  }
  return name;
}

// The codes of a "source" or "target" field: a list of {"code": ...} objects (or of strings).
std::vector<std::string> ActorCodes(const nlohmann::json& record, const char* field) {
  std::vector<std::string> codes;
  auto it = record.find(field);
  if (it == record.end() || !it->is_array()) return codes;
  for (const auto& actor : *it) {
    if (actor.is_object() && actor.contains("code") && actor["code"].is_string()) {
      codes.push_back(actor["code"].get<std::string>());
    } else if (actor.is_string()) {
      codes.push_back(actor.get<std::string>());
    }
  }
  return codes;
}

}  // namespace

Result<GoldFile> ParsePloverGsr(std::string_view text, const std::string& path) {
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_array()) {
    return Status::Invalid(path + ": expected a JSON array of PLOVER records");
  }
  GoldFile file;
  file.path = path;
  file.format = GoldFormat::kPloverGsr;
  file.has_plover = true;
  size_t index = 0;
  for (const auto& record : doc) {
    ++index;
    if (!record.is_object()) {
      return Status::Invalid(path + ": record " + std::to_string(index) + " is not a JSON object");
    }
    auto text_it = record.find("text");
    auto event_it = record.find("event");
    if (text_it == record.end() || !text_it->is_string()) continue;  // documentation records
    if (event_it == record.end() || !event_it->is_string()) {
      return Status::Invalid(path + ": record " + std::to_string(index) + " has text but no \"event\" string");
    }
    GoldItem item;
    auto id_it = record.find("id");
    item.id = id_it != record.end() && id_it->is_string() ? id_it->get<std::string>()
                                                          : "record " + std::to_string(index);
    item.text = std::string(Trim(text_it->get<std::string>()));
    item.plover = CurrentPloverName(event_it->get<std::string>());
    item.plover_sources = ActorCodes(record, "source");
    item.plover_targets = ActorCodes(record, "target");
    auto date_it = record.find("date");
    if (date_it != record.end() && date_it->is_string()) {
      if (auto d = ParseIsoDate(date_it->get<std::string>())) item.date = *d;
    }
    file.items.push_back(std::move(item));
  }
  if (file.items.empty()) return Status::Invalid(path + ": no PLOVER record with \"text\" found");
  return file;
}

Result<GoldFile> ReadPloverGsr(const std::string& path) {
  auto text = ReadWholeFile(path);
  if (!text.ok()) return text.status();
  return ParsePloverGsr(*text, path);
}

}  // namespace dyad::eval
