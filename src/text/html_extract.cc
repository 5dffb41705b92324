// Walks gumbo's DOM iteratively (an explicit stack, so deeply nested pages cannot overflow
// ours) and gathers the text of block elements into paragraphs. Whole subtrees that are page
// furniture are skipped by tag (script, nav, footer, ...) or by class/id words (related, share,
// newsletter, ...); single paragraphs that are furniture ("Read also: ...", link-only list items)
// are dropped after they are gathered.
#include "text/html_extract.h"

#include <gumbo.h>

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "base/strings.h"

namespace dyad::text {
namespace {

bool SkippedTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_NAV:
    case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_ASIDE: case GUMBO_TAG_FORM:
    case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_TITLE: case GUMBO_TAG_MENU:
    case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED: case GUMBO_TAG_CANVAS:
      return true;
    default:
      return false;
  }
}

bool BlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4:
    case GUMBO_TAG_H5: case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_DIV: case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_BR:
    case GUMBO_TAG_TR: case GUMBO_TAG_TD: case GUMBO_TAG_TH: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_TABLE: case GUMBO_TAG_MAIN: case GUMBO_TAG_PRE: case GUMBO_TAG_DD: case GUMBO_TAG_DT:
      return true;
    default:
      return false;
  }
}

// Class or id words that mark furniture containers.
bool FurnitureAttributes(const GumboElement& e) {
  static const std::array<const char*, 16> kWords = {
      "related", "share", "sharing", "newsletter", "advert", "promo", "comment", "breadcrumb",
      "subscribe", "cookie", "social", "sidebar", "read-also", "readmore", "recommend", "most-read"};
  for (const char* attr : {"class", "id"}) {
    const GumboAttribute* a = gumbo_get_attribute(&e.attributes, attr);
    if (!a) continue;
    std::string v = AsciiLower(a->value);
    for (const char* w : kWords)
      if (v.find(w) != std::string::npos) return true;
  }
  return false;
}

bool FurnitureParagraph(std::string_view p, bool all_link) {
  static const std::array<const char*, 12> kLeads = {
      "read also", "read more", "also read", "see also", "related:", "related articles",
      "related stories", "click here", "sign up", "advertisement", "subscribe", "follow us"};
  std::string low = AsciiLower(p.substr(0, 40));
  for (const char* lead : kLeads)
    if (StartsWith(low, lead)) return true;
  return all_link && p.size() < 200;  // a paragraph that is one link: a related-story teaser
}

struct Walker {
  std::vector<std::string> paragraphs;
  std::string current;
  size_t link_chars = 0;
  size_t text_chars = 0;

  void AddText(std::string_view s, bool in_link) {
    for (char c : s) {
      bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
      if (space) {
        if (!current.empty() && current.back() != ' ') current += ' ';
      } else {
        current += c;
        ++text_chars;
        if (in_link) ++link_chars;
      }
    }
  }
  void Flush() {
    std::string_view p = Trim(current);
    if (!p.empty() && !FurnitureParagraph(p, link_chars == text_chars))
      paragraphs.emplace_back(p);
    current.clear();
    link_chars = text_chars = 0;
  }
};

std::string TextOf(const GumboNode* node) {
  std::string out;
  if (node->type != GUMBO_NODE_ELEMENT) return out;
  const GumboVector& kids = node->v.element.children;
  for (unsigned i = 0; i < kids.length; ++i) {
    auto* k = static_cast<const GumboNode*>(kids.data[i]);
    if (k->type == GUMBO_NODE_TEXT) out += k->v.text.text;
  }
  return std::string(Trim(out));
}

}  // namespace

HtmlText ExtractHtmlText(std::string_view html) {
  HtmlText out;
  GumboOutput* doc = gumbo_parse_with_options(&kGumboDefaultOptions, html.data(), html.size());
  Walker w;
  struct Frame {
    const GumboNode* node;
    unsigned next_child;
    bool in_link;
  };
  std::vector<Frame> stack{{doc->root, 0, false}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    const GumboNode* n = f.node;
    if (f.next_child == 0 && n->type == GUMBO_NODE_ELEMENT) {
      const GumboElement& e = n->v.element;
      if (e.tag == GUMBO_TAG_TITLE && out.title.empty()) out.title = TextOf(n);
      if (e.tag == GUMBO_TAG_META && out.published.empty()) {
        const GumboAttribute* prop = gumbo_get_attribute(&e.attributes, "property");
        if (!prop) prop = gumbo_get_attribute(&e.attributes, "name");
        const GumboAttribute* content = gumbo_get_attribute(&e.attributes, "content");
        if (prop && content &&
            (std::string_view(prop->value) == "article:published_time" ||
             std::string_view(prop->value) == "date" || std::string_view(prop->value) == "pubdate"))
          out.published = content->value;
      }
      if (e.tag == GUMBO_TAG_TIME && out.published.empty()) {
        if (const GumboAttribute* dt = gumbo_get_attribute(&e.attributes, "datetime")) out.published = dt->value;
      }
      bool body_furniture = e.tag != GUMBO_TAG_HTML && e.tag != GUMBO_TAG_BODY && FurnitureAttributes(e);
      if (SkippedTag(e.tag) || body_furniture) {
        stack.pop_back();
        continue;
      }
      if (BlockTag(e.tag)) w.Flush();
    }
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE) {
      w.AddText(n->v.text.text, f.in_link);
      stack.pop_back();
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT && n->type != GUMBO_NODE_DOCUMENT) {
      stack.pop_back();
      continue;
    }
    const GumboVector& kids =
        n->type == GUMBO_NODE_ELEMENT ? n->v.element.children : n->v.document.children;
    if (f.next_child < kids.length) {
      bool link = f.in_link || (n->type == GUMBO_NODE_ELEMENT && n->v.element.tag == GUMBO_TAG_A);
      auto* child = static_cast<const GumboNode*>(kids.data[f.next_child++]);
      stack.push_back({child, 0, link});
      continue;
    }
    if (n->type == GUMBO_NODE_ELEMENT && BlockTag(n->v.element.tag)) w.Flush();
    stack.pop_back();
  }
  w.Flush();
  gumbo_destroy_output(&kGumboDefaultOptions, doc);
  // A page's <h1> usually repeats its title; keep it once, as the title.
  if (!w.paragraphs.empty() && !out.title.empty() && out.title.find(w.paragraphs.front()) != std::string::npos)
    out.title = w.paragraphs.front(), w.paragraphs.erase(w.paragraphs.begin());
  for (size_t i = 0; i < w.paragraphs.size(); ++i) {
    if (i) out.text += "\n\n";
    out.text += w.paragraphs[i];
  }
  return out;
}

}  // namespace dyad::text
