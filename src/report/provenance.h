// Provenance of a result: which appmix made it from which input bytes
// (cli.md: "appmix": {"version", "inputs": [{"path", "sha256"}]}). Every JSON
// writer embeds it; it knows nothing about what the inputs contain.
#pragma once

#include <string>
#include <vector>

#include "base/json_out.h"
#include "inventory/source.h"

namespace appmix::report {

struct InputDigest {
  std::string path;    // as shown in diagnostics
  std::string sha256;  // lower-case hex of the file's bytes
};

struct Provenance {
  std::string version;  // of appmix
  std::vector<InputDigest> inputs;
};

// Appends a digest per source file, in the order given.
void add_inputs(Provenance& provenance, const std::vector<inventory::SourceFile>& sources);

// Writes the key "appmix" and its object into the open object of `json`.
void write_provenance(base::JsonWriter& json, const Provenance& provenance);

}  // namespace appmix::report
