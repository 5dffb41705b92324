// Main-text extraction from news HTML pages (gumbo parses; we walk the tree).
#pragma once

#include <string>
#include <string_view>

namespace dyad::text {

struct HtmlText {
  std::string title;
  std::string text;       // paragraphs separated by blank lines
  std::string published;  // article:published_time or <time datetime>, raw
};

// Keeps headings, paragraphs, list items and quotes of the page's body; drops scripts, styles,
// navigation, headers, footers, asides, forms, figures' captions and "Read also:"/"Related"
// link blocks.
HtmlText ExtractHtmlText(std::string_view html);

}  // namespace dyad::text
