// Small JSON building blocks shared by the event writers and the store's export, so both write
// the event contract's fields the same way.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>

#include "base/strings.h"
#include "dyad/document.h"

namespace dyad::output {

// "key":"value" with the value escaped.
inline void JsonString(std::string& out, std::string_view key, std::string_view value) {
  out += '"';
  out += key;
  out += "\":\"";
  AppendJsonEscaped(out, value);
  out += '"';
}

// "key":number, shortest round-trippable-enough form (%g).
inline void JsonNumber(std::string& out, std::string_view key, double v) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%g", v);
  out += '"';
  out += key;
  out += "\":";
  out += buf;
}

// The contract's location object, or null.
inline void JsonLocation(std::string& out, bool has, const Location& l) {
  if (!has) {
    out += "null";
    return;
  }
  out += '{';
  JsonString(out, "name", l.name);
  out += ',';
  JsonString(out, "country", l.country);
  out += ',';
  JsonNumber(out, "lat", l.lat);
  out += ',';
  JsonNumber(out, "lon", l.lon);
  out += ',';
  JsonString(out, "precision", l.precision);
  out += '}';
}

}  // namespace dyad::output
