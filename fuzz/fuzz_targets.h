// Entry points for fuzzing every parser of outside input. Each takes arbitrary bytes and must
// neither crash, hang nor leak; libFuzzer drivers (fuzz/*_fuzzer.cc, clang with -DDYAD_FUZZ=ON)
// and the deterministic mutation test (tests/unit/fuzz) both call them.
#pragma once

#include <cstddef>
#include <cstdint>

namespace dyad::fuzz {

void JsonArticle(const uint8_t* data, size_t size);   // one JSONL line -> Document
void HtmlArticle(const uint8_t* data, size_t size);   // an HTML page -> main text
void JsonlStream(const uint8_t* data, size_t size);   // a whole .jsonl file, line by line
void GzipStream(const uint8_t* data, size_t size);    // a .jsonl.gz file
void GoldenFile(const uint8_t* data, size_t size);    // a tests/golden .test file

}  // namespace dyad::fuzz
