#include "polnear_gold.h"

#include <fstream>
#include <iostream>

#include "google/protobuf/struct.pb.h"
#include "google/protobuf/util/json_util.h"

namespace claimgraph::train {
namespace {

std::vector<GoldSpanB> SpansOf(const google::protobuf::Value& v) {
  std::vector<GoldSpanB> out;
  if (!v.has_struct_value()) return out;
  const auto& f = v.struct_value().fields();
  auto frag = f.find("fragments");
  if (frag != f.end() && frag->second.has_list_value() &&
      frag->second.list_value().values_size() > 0) {
    for (const auto& piece : frag->second.list_value().values()) {
      const auto& pf = piece.struct_value().fields();
      out.push_back({static_cast<uint32_t>(pf.at("start").number_value()),
                     static_cast<uint32_t>(pf.at("end").number_value())});
    }
    return out;
  }
  if (f.count("start") && f.count("end"))
    out.push_back({static_cast<uint32_t>(f.at("start").number_value()),
                   static_cast<uint32_t>(f.at("end").number_value())});
  return out;
}

}  // namespace

bool ParseGoldLine(std::string_view line, ingest::Document* doc, std::vector<GoldAttr>* gold) {
  google::protobuf::Struct rec;
  google::protobuf::util::JsonParseOptions po;
  if (!google::protobuf::util::JsonStringToMessage(std::string(line), &rec, po).ok()) return false;
  const auto& f = rec.fields();
  if (!f.count("doc_id") || !f.count("text") || !f.count("attributions")) return false;
  doc->doc_id = f.at("doc_id").string_value();
  doc->text = f.at("text").string_value();
  if (f.count("date") && f.at("date").has_string_value()) doc->published = f.at("date").string_value();
  gold->clear();
  for (const auto& a : f.at("attributions").list_value().values()) {
    const auto& af = a.struct_value().fields();
    GoldAttr g;
    if (af.count("source")) g.source = SpansOf(af.at("source"));
    if (af.count("cue")) g.cue = SpansOf(af.at("cue"));
    if (af.count("content")) g.content = SpansOf(af.at("content"));
    gold->push_back(std::move(g));
  }
  return true;
}

int ExtractGoldFile(const std::string& path, const ingest::ExtractorOptions& options,
                    const std::function<void(const ingest::Document&,
                                             const std::vector<GoldAttr>&)>& before,
                    const std::function<void()>& after) {
  std::ifstream in(path);
  if (!in) {
    std::cerr << "cannot open " << path << "\n";
    return -1;
  }
  auto extractor = ingest::Extractor::Create(options);
  if (!extractor.ok()) {
    std::cerr << extractor.status() << "\n";
    return -1;
  }
  std::string line;
  int docs = 0;
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    ingest::Document doc;
    std::vector<GoldAttr> gold;
    if (!ParseGoldLine(line, &doc, &gold)) {
      std::cerr << path << ": bad line " << docs + 1 << "\n";
      return -1;
    }
    before(doc, gold);
    if (auto e = (*extractor)->Extract(doc); !e.ok()) std::cerr << e.status() << "\n";
    if (after) after();
    ++docs;
  }
  return docs;
}

}  // namespace claimgraph::train
