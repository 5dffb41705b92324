#include "base/paths.h"

#include <cstdlib>
#include <filesystem>

namespace dyad {

std::string DataDir() {
  if (const char* env = std::getenv("DYAD_DATA"); env && *env) return env;
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    auto candidate = exe.parent_path().parent_path() / "data";
    if (std::filesystem::exists(candidate / "kb", ec)) return candidate.string();
    candidate = exe.parent_path().parent_path() / "share" / "dyad";
    if (std::filesystem::exists(candidate / "kb", ec)) return candidate.string();
  }
  return DYAD_DATA_DIR;
}

std::string DataPath(const std::string& relative) { return DataDir() + "/" + relative; }

}  // namespace dyad
