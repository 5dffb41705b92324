// Where dyad finds its data (dictionaries, models) at run time.
#pragma once

#include <string>

namespace dyad {

// $DYAD_DATA if set, else the data/ folder beside the executable's parent (build/../data),
// else the source tree's data/ folder recorded at build time.
std::string DataDir();

// The data file `relative` under DataDir().
std::string DataPath(const std::string& relative);

}  // namespace dyad
