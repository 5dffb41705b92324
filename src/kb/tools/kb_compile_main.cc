// Build-time compiler of the default knowledge base: kb_compile DATA_DIR OUT.dkb [GAZETTEER.tsv]
// It links only the kb library, so the KB builds even while other stages are being edited.
#include <cstdio>

#include "kb/binary_format.h"
#include "kb/kb_compiler.h"
#include "kb/knowledge_base.h"

int main(int argc, char** argv) {
  using namespace dyad::kb;
  if (argc < 3) {
    std::fprintf(stderr, "usage: kb_compile DATA_DIR OUT.dkb [GAZETTEER.tsv]\n");
    return 2;
  }
  CompileOptions options = DefaultCompileOptions(argv[1]);
  if (argc > 3) options.gazetteer_tsv = argv[3];
  SourceReport report;
  auto data = CompileSources(options, report);
  if (!data.ok()) {
    std::fprintf(stderr, "kb_compile: %s\n", data.status().message().c_str());
    return 1;
  }
  LintData(*data.value(), report);
  for (const SourceError& e : report.errors) std::fprintf(stderr, "%s\n", e.Text().c_str());
  if (!report.errors.empty()) {
    std::fprintf(stderr, "kb_compile: %zu errors; run `dyad kb lint`\n", report.errors.size());
    return 1;
  }
  auto kb = KnowledgeBase::FromData(std::make_unique<KbData>(*data.value()));
  if (!kb.ok()) {
    std::fprintf(stderr, "kb_compile: %s\n", kb.status().message().c_str());
    return 1;
  }
  dyad::Status st = WriteKbFile(*data.value(), argv[2]);
  if (!st.ok()) {
    std::fprintf(stderr, "kb_compile: %s\n", st.message().c_str());
    return 1;
  }
  return 0;
}
