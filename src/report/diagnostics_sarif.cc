// SARIF 2.1.0 form of `check`, for code scanning (GitHub, Azure DevOps, IDE
// viewers). A relative path stays a relative URI reference (code scanning
// resolves it against the repository root); an absolute one is a file:// URI.
#include <fmt/format.h>

#include <filesystem>
#include <map>
#include <vector>

#include "base/json_out.h"
#include "base/rules.h"
#include "report/diagnostics_writers.h"

namespace appmix::report {
namespace {

constexpr std::string_view kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

std::string_view level(base::Severity severity) {
  switch (severity) {
    case base::Severity::error:
      return "error";
    case base::Severity::warning:
      return "warning";
    case base::Severity::note:
      return "note";
  }
  return "error";
}

// RFC 3986 relative reference: unreserved characters and '/' pass, every
// other byte (UTF-8 included) is percent-encoded. ':' is encoded too so that
// a first segment such as "c:" is never read as a scheme.
std::string percent_encode(std::string_view path) {
  std::string out;
  for (char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    const bool unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                            (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_' ||
                            c == '~' || c == '/';
    if (unreserved) {
      out.push_back(c);
    } else {
      out += fmt::format("%{:02X}", byte);
    }
  }
  return out;
}

// Files are named the way the text output names them: a path given relative
// stays a relative reference (resolved against the repository root by code
// scanning); an absolute path becomes a file:// URI rather than a relative
// one climbing out of the working directory with ../../.
std::string artifact_uri(const std::string& file) {
  const std::filesystem::path path(file);
  if (path.is_absolute())
    return "file://" + percent_encode(path.generic_string());
  return percent_encode(path.generic_string());
}

class SarifWriter {
 public:
  // The same file read twice (a PATH given twice) is one artifact.
  explicit SarifWriter(const CheckReport& report) : report_(report) {
    for (const InputDigest& input : report.provenance.inputs) {
      if (artifact_index_.emplace(input.path, artifacts_.size()).second) {
        artifacts_.push_back(&input);
      }
    }
  }

  std::string write() {
    json_.begin_object();
    json_.key("$schema").value(kSchemaUri);
    json_.key("version").value("2.1.0");
    json_.key("runs").begin_array().begin_object();
    write_tool();
    write_artifacts();
    json_.key("columnKind").value("unicodeCodePoints");
    json_.key("results").begin_array();
    for (const base::Diagnostic& diagnostic : report_.diagnostics)
      write_result(diagnostic);
    json_.end_array();
    json_.end_object().end_array();
    json_.end_object();
    return json_.str();
  }

 private:
  void write_tool() {
    json_.key("tool").begin_object().key("driver").begin_object();
    json_.key("name").value("appmix");
    json_.key("version").value(report_.provenance.version);
    json_.key("rules").begin_array();
    for (const base::Rule& rule : base::all_rules()) {
      json_.begin_object();
      json_.key("id").value(rule.id);
      json_.key("shortDescription").begin_object().key("text").value(rule.summary).end_object();
      json_.key("help").begin_object().key("text").value(rule.help).end_object();
      json_.key("defaultConfiguration").begin_object();
      json_.key("level").value(level(rule.default_severity));
      json_.end_object();
      json_.end_object();
    }
    json_.end_array();
    json_.end_object().end_object();
  }

  void write_artifacts() {
    json_.key("artifacts").begin_array();
    for (const InputDigest* input : artifacts_) {
      json_.begin_object();
      json_.key("location").begin_object().key("uri").value(artifact_uri(input->path)).end_object();
      json_.key("hashes").begin_object().key("sha-256").value(input->sha256).end_object();
      json_.end_object();
    }
    json_.end_array();
  }

  void write_physical_location(const base::Location& location) {
    json_.key("physicalLocation").begin_object();
    json_.key("artifactLocation").begin_object();
    json_.key("uri").value(artifact_uri(location.file));
    if (auto found = artifact_index_.find(location.file); found != artifact_index_.end()) {
      json_.key("index").value(found->second);
    }
    json_.end_object();
    if (location.line > 0) {
      json_.key("region").begin_object();
      json_.key("startLine").value(location.line);
      if (location.column > 0)
        json_.key("startColumn").value(location.column);
      json_.end_object();
    }
    json_.end_object();
  }

  void write_result(const base::Diagnostic& diagnostic) {
    json_.begin_object();
    json_.key("ruleId").value(diagnostic.rule);
    const auto rules = base::all_rules();
    const base::Rule* rule = base::find_rule(diagnostic.rule);
    if (rule != nullptr)
      json_.key("ruleIndex").value(static_cast<std::size_t>(rule - rules.data()));
    json_.key("level").value(level(diagnostic.severity));
    // The rule's own help is in the rules array; a finding-specific hint
    // (for example the valid spelling of an id) would be lost there.
    std::string text = diagnostic.message;
    if (!diagnostic.help.empty() && (rule == nullptr || rule->help != diagnostic.help)) {
      text += "\nhelp: " + diagnostic.help;
    }
    json_.key("message").begin_object().key("text").value(text).end_object();
    if (!diagnostic.location.file.empty()) {
      json_.key("locations").begin_array().begin_object();
      write_physical_location(diagnostic.location);
      json_.end_object().end_array();
    }
    if (!diagnostic.notes.empty()) {
      json_.key("relatedLocations").begin_array();
      int id = 1;
      for (const base::Note& note : diagnostic.notes) {
        json_.begin_object();
        json_.key("id").value(id++);
        if (!note.location.file.empty())
          write_physical_location(note.location);
        json_.key("message").begin_object().key("text").value(note.message).end_object();
        json_.end_object();
      }
      json_.end_array();
    }
    json_.end_object();
  }

  const CheckReport& report_;
  std::map<std::string, std::size_t> artifact_index_;  // path -> index in artifacts_
  std::vector<const InputDigest*> artifacts_;
  base::JsonWriter json_;
};

}  // namespace

std::string write_diagnostics_sarif(const CheckReport& report) {
  return SarifWriter(report).write();
}

}  // namespace appmix::report
