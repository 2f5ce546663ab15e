// Words for a YAML syntax error. libyaml reports a terse problem ("did not
// find expected key") and often a context ("while parsing a block mapping")
// with the place where that context starts; this file turns the pair into a
// sentence that says what is wrong, where, and how to fix it, and picks the
// place to show. It knows libyaml's strings, not libyaml itself (yaml.h stays
// inside yaml_reader.cc). Escapes that name no Unicode character and text
// after the first document are not syntax errors here: yaml_reader.cc reports
// them as invalid-utf8 and multiple-documents.
#pragma once

#include <string>
#include <string_view>

namespace appmix::inventory {

struct YamlError {
  std::string_view problem;  // libyaml's problem
  std::string_view context;  // libyaml's context; empty when it gives none
  int context_line = 0;      // 1-based place where the context starts
  int context_column = 0;
  std::string_view text;  // the source from the problem's place to the end of its line
  bool at_end = false;    // the problem's place is the end of the file
};

struct SyntaxMessage {
  std::string message;
  bool at_context = false;  // show it at the context's place (an opening quote, a key)
};

SyntaxMessage describe_yaml_error(const YamlError& error);

}  // namespace appmix::inventory
