// The compiled knowledge base on disk: an 8-byte magic, a format version, the payload size and
// an FNV-1a checksum, then KbData as length-prefixed little-endian fields. Readers reject a
// wrong magic, version, size or checksum with a message naming the file.
#pragma once

#include <memory>
#include <string>

#include "dyad/status.h"
#include "kb/kb_data.h"

namespace dyad::kb {

inline constexpr char kKbMagic[8] = {'D', 'Y', 'A', 'D', 'K', 'B', '\r', '\n'};
inline constexpr uint32_t kKbFormatVersion = 1;

std::string SerializeKb(const KbData& data);
Result<std::unique_ptr<KbData>> DeserializeKb(std::string_view bytes, const std::string& path);
Status WriteKbFile(const KbData& data, const std::string& path);
Result<std::unique_ptr<KbData>> ReadKbFile(const std::string& path);

}  // namespace dyad::kb
