#include "report/provenance.h"

#include "base/sha256.h"

namespace appmix::report {

void add_inputs(Provenance& provenance, const std::vector<inventory::SourceFile>& sources) {
  for (const inventory::SourceFile& source : sources) {
    provenance.inputs.push_back({source.path, base::sha256_hex(source.bytes)});
  }
}

void write_provenance(base::JsonWriter& json, const Provenance& provenance) {
  json.key("appmix").begin_object();
  json.key("version").value(provenance.version);
  json.key("inputs").begin_array();
  for (const InputDigest& input : provenance.inputs) {
    json.begin_object();
    json.key("path").value(input.path);
    json.key("sha256").value(input.sha256);
    json.end_object();
  }
  json.end_array();
  json.end_object();
}

}  // namespace appmix::report
