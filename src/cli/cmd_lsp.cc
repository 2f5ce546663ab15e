// appmix lsp: the language server on stdin and stdout (src/lsp/). This file
// only binds the options; nothing else may write to stdout while it runs.
#include <iostream>
#include <memory>

#include "cli/as_of_option.h"
#include "cli/commands.h"
#include "lsp/server.h"

namespace appmix::cli {

Runner define_lsp(CLI::App& command) {
  auto as_of = std::make_shared<std::optional<base::CivilDate>>();
  add_as_of_option(command, *as_of);
  return [as_of] {
    lsp::ServerOptions options;
    options.as_of = as_of_request(*as_of);
    options.version = APPMIX_VERSION;
    return lsp::run_server(std::cin, std::cout, std::cerr, options);
  };
}

}  // namespace appmix::cli
