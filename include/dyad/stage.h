// A stage annotates a Document in place. Stages are immutable once built (load once, share
// across threads): Process is const and keeps any scratch space per call or per thread.
#pragma once

#include <string_view>

#include "dyad/document.h"
#include "dyad/status.h"

namespace dyad {

class Stage {
 public:
  virtual ~Stage() = default;
  // A short name for messages and timings: "split", "tag", "parse", "actors", "events".
  virtual std::string_view Name() const = 0;
  // Adds this stage's annotations to doc. An error names the document (doc.origin).
  virtual Status Process(Document& doc) const = 0;
};

}  // namespace dyad
