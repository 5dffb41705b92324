// Reductions of actor and event codes to the levels the evaluator scores at. CAMEO actor codes
// are a country (ISO alpha-3 or a CAMEO region) followed by role codes, or a transnational type
// (IGO, NGO, IMG, MNC) followed by an organisation; PETRARCH writes "---" where the country is
// unknown. The country level of a transnational actor is its type and organisation, six letters
// ("IGOUNO", "IGOEUR"), since it has no country.
#include <string>

#include "base/strings.h"
#include "eval/scorer.h"

namespace dyad::eval {
namespace {

// CAMEO's transnational actor types: codes with no country of their own.
bool IsTransnational(std::string_view code) {
  for (std::string_view prefix : {"IGO", "NGO", "IMG", "MNC"}) {
    if (StartsWith(code, prefix)) return true;
  }
  return false;
}

// CAMEO's domestic role codes: a gold code that starts with one ("GOV", "MIL" in a golden
// test) names an agent of no known country, like PETRARCH's "---GOV".
bool IsRoleOnly(std::string_view code) {
  for (std::string_view role : {"GOV", "MIL", "REB", "OPP", "COP", "JUD", "LEG", "CVL", "BUS", "MED", "EDU",
                                "REL", "ELI", "HLH", "REF", "SPY", "LAB", "AGR", "CRM", "UAF", "INS", "SEP",
                                "PTY", "MOD", "RAD", "HRI", "ENV", "DEV", "IRC", "UNR"}) {
    if (StartsWith(code, role)) return true;
  }
  return false;
}

}  // namespace

std::string NormalizeActorCode(std::string_view code) {
  code = Trim(code);
  while (StartsWith(code, "---")) code.remove_prefix(3);
  if (code == "-") return "";
  return std::string(code);
}

std::string GoldCountryKey(std::string_view raw) {
  raw = Trim(raw);
  bool unknown_country = StartsWith(raw, "---");
  std::string code = NormalizeActorCode(raw);
  bool pattern = !code.empty() && code.back() == '*';
  if (pattern) code.pop_back();
  if (unknown_country || IsRoleOnly(code)) return "";
  if (IsTransnational(code)) {
    if (code.size() >= 6) return code.substr(0, 6);
    return pattern ? "*" : code;
  }
  if (code.size() >= 3) return code.substr(0, 3);
  return pattern ? "*" : code;
}

std::string CodedCountryKey(std::string_view code, std::string_view country) {
  std::string normalized = NormalizeActorCode(code);
  if (IsTransnational(normalized)) return normalized.substr(0, 6);
  return std::string(country);
}

// The Phoenix "PentaClass" convention the ConfliBERT labels follow (checked on the train file:
// appeals, root 02, are labelled 0 and reductions of relations, root 16, are labelled 3):
// 0 = 01-02, 1 = 03-05, 2 = 06-08, 3 = 09-13 and 16, 4 = 14-15 and 17-20.
int PentaClass(std::string_view root) {
  if (root.size() != 2 || root[0] < '0' || root[0] > '9' || root[1] < '0' || root[1] > '9') return -1;
  int r = (root[0] - '0') * 10 + (root[1] - '0');
  if (r == 1 || r == 2) return 0;
  if (r >= 3 && r <= 5) return 1;
  if (r >= 6 && r <= 8) return 2;
  if ((r >= 9 && r <= 13) || r == 16) return 3;
  if (r >= 14 && r <= 20) return 4;
  return -1;
}

}  // namespace dyad::eval
