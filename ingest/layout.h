// Article layout: which parts of a scraped page are the article body, and the
// dateline and wire the text names. Offsets always point into the original bytes.
#ifndef CLAIMGRAPH_INGEST_LAYOUT_H_
#define CLAIMGRAPH_INGEST_LAYOUT_H_

#include <string>
#include <string_view>
#include <vector>

#include "ingest/extraction.h"

namespace claimgraph::ingest {

struct Layout {
  // Paragraphs of the article body in text order (boilerplate, the leading
  // "date YYYY-MM-DD" header, headlines and captions before the body, the
  // dateline and wire credit lines, and blank lines excluded). Never overlapping.
  std::vector<Span> paragraphs;
  std::string dateline;  // "Oslo" from "Oslo - ..."; empty when none
  std::string wire;      // "AFP" from "Source: AFP", "(Reuters) -", "— AFP"

  // From the start of the first paragraph to the end of the last; empty when
  // there are no paragraphs.
  Span body() const {
    return paragraphs.empty() ? Span{}
                              : Span{paragraphs.front().start, paragraphs.back().end};
  }
};

// Splits `text` into lines and keeps the main block of prose. Generic rules, no
// site names: a line is boilerplate when it repeats elsewhere in the page (or
// repeats itself), is a time stamp line, a copyright footer, a form field
// ("Name *"), is mostly in another script than the page, or has few letters;
// it is prose when it ends like a sentence and has function words. The body is
// the block with the most prose between runs of boilerplate; its leading and
// trailing non-prose lines (headline, caption, dateline, footer) are set aside.
// When no line looks like prose, every non-boilerplate line is kept.
// Pure and thread-safe.
Layout AnalyzeLayout(std::string_view text);

// Hard-wrapped text (wire copy such as Reuters' 1980s stories, e-mail,
// plain-text feeds: lines broken at a fixed width inside paragraphs), with the
// line breaks that wrap a paragraph turned into spaces, so that each paragraph
// is one line again; every other byte is kept, so offsets into the copy are
// offsets into `text`. Empty when `text` is not hard-wrapped: its longest
// lines (the 90th percentile: the width) are over kMaxWrapWidth characters,
// or fewer than half (or fewer than two) of its breaks between non-blank
// lines come after a full line (within kWrapSlack characters of the width)
// inside a sentence. A break wraps when the line before it is full or its
// sentence plainly goes on (it ends on a word, figure, comma or closing
// bracket of wire markup and the next line opens in lower case; it ends on
// an article, a preposition or "and"; it opens a bracketed name the next
// line closes: "<SDC Sydney" / "Development Corp>, earlier reporting"; or
// the next line opens with a company's designator: "Medco Containment
// Services" / "Inc said"; or it is the short first line of a paragraph
// after the first, which ends on a word or comma: its dateline was cut, so
// its name goes on: "Sony Corp chairman Akio" / "Morita said"), and the
// line after it is not indented deeper
// (wire copy indents a paragraph's first line) nor a line of prose after a
// line in capitals (a headline). Pure and thread-safe.
inline constexpr int kMaxWrapWidth = 100;
inline constexpr int kWrapSlack = 20;
std::string UnwrapLines(std::string_view text);

// Reuters' wire markup, made readable in `*text` (a copy the stages read):
// a company name in angle brackets ("<Versatile Corp> said", which marks an
// unlisted company) loses its brackets, and a ticker in them ("Amoco Corp
// <AN> said", "<MONI.MI>": no space, no lower-case letter, at most 12
// characters) becomes spaces; both on one line, opening with a capital
// letter or a digit. Every other byte is kept, so offsets hold. Returns
// whether anything changed. Pure and thread-safe.
bool BlankWireMarkup(std::string* text);

// The text of the paragraphs joined by "\n\n": what near-duplicate detection and
// display compare. Pure and thread-safe.
std::string BodyText(std::string_view text, const Layout& layout);

}  // namespace claimgraph::ingest

#endif  // CLAIMGRAPH_INGEST_LAYOUT_H_
