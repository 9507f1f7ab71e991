// dump_extract: every field of every extraction (entities, roles, simhash,
// body, dateline, wire included) plus NameKey of every body line, one record
// per line. `claimgraph extract` prints the extraction record (what the store
// keeps); this also prints the layout's NameKey of every body line, for changes
// meant to leave extraction identical down to the name keys:
//
//   dump_extract [FILE...] > before.txt   ...change...   diff before.txt after.txt
#include <iostream>

#include "ingest/entities/entities.h"
#include "ingest/extraction.h"
#include "ingest/layout.h"
#include "ingest/near_duplicate.h"

namespace claimgraph::ingest {
namespace {

std::string SpanText(const std::optional<Span>& s) {
  if (!s) return "-";
  return std::to_string(s->start) + "-" + std::to_string(s->end);
}

int Main(int argc, char** argv) {
  auto extractor = Extractor::Create();
  if (!extractor.ok()) return 1;
  for (int a = 1; a < argc; ++a) {
    std::string path = argv[a];
    auto status = ReadDocuments(path, InputFormat::kAuto, [&](auto doc) {
      if (!doc.ok()) {
        std::cout << "bad document: " << doc.status().message() << "\n";
        return;
      }
      auto e = (*extractor)->Extract(*doc);
      if (!e.ok()) {
        std::cout << doc->doc_id << " error " << e.status().message() << "\n";
        return;
      }
      std::cout << "doc " << e->doc_id << " published=" << e->published << " body="
                << SpanText(e->body) << " dateline=" << e->dateline << " wire=" << e->wire
                << " hash=" << e->content_hash << " simhash=" << e->simhash << "\n";
      Layout layout = AnalyzeLayout(doc->text);
      Fingerprint f = FingerprintOf(doc->text, layout.paragraphs);
      std::cout << " fingerprint " << f.simhash << " " << f.shingles << " paragraphs";
      for (const Span& p : layout.paragraphs) std::cout << " " << SpanText(p);
      std::cout << "\n";
      for (const Attribution& t : e->attributions) {
        std::cout << " attr source=" << SpanText(t.source) << " speaker=" << t.speaker
                  << " type=" << int(t.source_type) << " role=" << t.role
                  << " cue=" << SpanText(t.cue) << " lemma=" << t.cue_lemma
                  << " content=" << SpanText(t.content) << " kind=" << int(t.kind)
                  << " via=" << SpanText(t.via) << " conf=" << t.confidence
                  << " time=" << SpanText(t.time) << " said_on=" << t.said_on << " entities=";
        for (uint32_t i : t.entities) std::cout << i << ",";
        std::cout << "\n";
      }
      for (const Entity& en : e->entities) {
        std::cout << " entity " << en.name << " | " << en.type << " |";
        for (const Span& s : en.mentions) std::cout << " " << SpanText(s);
        std::cout << "\n";
      }
      std::string_view text = doc->text;
      for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::cout << " key " << NameKey(text.substr(pos, end - pos)) << "\n";
        pos = end + 1;
      }
    });
    if (!status.ok()) {
      std::cerr << status.message() << "\n";
      return 1;
    }
  }
  return 0;
}

}  // namespace
}  // namespace claimgraph::ingest

int main(int argc, char** argv) { return claimgraph::ingest::Main(argc, argv); }
