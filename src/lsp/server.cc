#include "lsp/server.h"

#include <fmt/format.h>

#include <condition_variable>
#include <deque>
#include <functional>
#include <istream>
#include <memory>
#include <mutex>
#include <ostream>
#include <set>
#include <thread>

#include "base/calendar.h"
#include "lsp/background_review.h"
#include "lsp/features.h"
#include "lsp/file_diagnostics.h"
#include "lsp/framing.h"
#include "lsp/protocol.h"
#include "lsp/uri.h"
#include "lsp/workspace.h"

namespace appmix::lsp {
namespace {

// Messages read but not yet handled. The reader stops reading while this
// many wait, so a client that floods the server cannot grow memory without
// bound.
constexpr std::size_t kMaxQueued = 64;

// Between the reading thread and the handling one.
class Inbox {
 public:
  // False when the handler has stopped (the reader then stops too).
  bool push(Json message) {
    std::unique_lock lock(mutex_);
    room_.wait(lock, [this] { return queue_.size() < kMaxQueued || stopped_; });
    if (stopped_)
      return false;
    queue_.push_back(std::move(message));
    ready_.notify_one();
    return true;
  }
  void end_of_input() {
    std::lock_guard lock(mutex_);
    ended_ = true;
    ready_.notify_one();
  }
  void stop() {
    std::lock_guard lock(mutex_);
    stopped_ = true;
    room_.notify_all();
  }
  // The next message; nothing once the input has ended and all are handled.
  std::optional<Json> pop() {
    std::unique_lock lock(mutex_);
    ready_.wait(lock, [this] { return !queue_.empty() || ended_; });
    if (queue_.empty())
      return std::nullopt;
    Json message = std::move(queue_.front());
    queue_.pop_front();
    room_.notify_one();
    return message;
  }
  bool empty() const {
    std::lock_guard lock(mutex_);
    return queue_.empty();
  }
  void cancel(const Json& id) {
    std::lock_guard lock(mutex_);
    // A cancellation that comes after its answer is never taken: the set
    // is emptied now and then rather than grow (cancelling is advisory).
    if (cancelled_.size() >= 1024)
      cancelled_.clear();
    cancelled_.insert(id.dump());
  }
  bool take_cancelled(const Json& id) {
    std::lock_guard lock(mutex_);
    return cancelled_.erase(id.dump()) > 0;
  }

 private:
  mutable std::mutex mutex_;
  std::condition_variable ready_;
  std::condition_variable room_;
  std::deque<Json> queue_;
  std::set<std::string> cancelled_;
  bool ended_ = false;
  bool stopped_ = false;
};

class Outbox {
 public:
  explicit Outbox(std::ostream& out) : out_(out) {}
  void send(const Json& message) {
    const std::string body = serialise(message);
    std::lock_guard lock(mutex_);
    write_message(out_, body);
  }

 private:
  std::ostream& out_;
  std::mutex mutex_;
};

std::string text_at(const Json& params, const char* key) {
  const auto found = params.find(key);
  if (found == params.end() || !found->is_string())
    throw RequestError{ErrorCode::invalid_params, fmt::format("'{}' must be a string", key)};
  return found->get<std::string>();
}

class Server {
 public:
  Server(Outbox& outbox, std::ostream& log, const ServerOptions& options)
      : outbox_(outbox), log_(log), options_(options), review_(options.review_seconds) {}

  // Handles messages until exit or the end of the input; the exit code.
  int serve(Inbox& inbox) {
    while (std::optional<Json> message = inbox.pop()) {
      handle(*message, inbox);
      if (exit_code_)
        return *exit_code_;
      // Check again only once the queued edits are all applied.
      if (inbox.empty())
        refresh();
    }
    return 1;  // the stream ended without exit
  }

 private:
  void handle(const Json& message, Inbox& inbox) {
    // Before a request, the edits before it are checked and published, so
    // a client flooding the server still sees diagnostics.
    if (message.is_object() && message.contains("id") && message.contains("method") && initialized_)
      refresh();
    if (!message.is_object()) {
      outbox_.send(error_response(nullptr, ErrorCode::invalid_request, "not a JSON-RPC message"));
      return;
    }
    const auto method = message.find("method");
    const auto id = message.find("id");
    const bool is_request = id != message.end();
    if (is_request && !(id->is_string() || id->is_number_integer())) {
      outbox_.send(error_response(nullptr, ErrorCode::invalid_request,
                                  "an id must be a string or an integer"));
      return;
    }
    if (method == message.end() || !method->is_string()) {
      if (is_request && (message.contains("result") || message.contains("error")))
        return;  // a response to a request of ours: we send none
      outbox_.send(error_response(is_request ? *id : Json(nullptr), ErrorCode::invalid_request,
                                  "a message needs a method"));
      return;
    }
    const std::string name = method->get<std::string>();
    const Json params = message.contains("params") ? message["params"] : Json::object();
    if (!is_request) {
      notify(name, params);
      return;
    }
    if (inbox.take_cancelled(*id)) {
      outbox_.send(error_response(*id, ErrorCode::request_cancelled, "cancelled"));
      return;
    }
    try {
      outbox_.send(response(*id, request(name, params)));
    } catch (const RequestError& error) {
      outbox_.send(error_response(*id, error.code, error.message));
    } catch (const Json::exception& error) {
      outbox_.send(error_response(*id, ErrorCode::invalid_params, error.what()));
    } catch (const std::exception& error) {
      log_ << "appmix lsp: internal error in " << name << ": " << error.what() << std::endl;
      outbox_.send(error_response(*id, ErrorCode::internal_error, error.what()));
    }
  }

  Json request(const std::string& method, const Json& params) {
    if (method == "initialize")
      return initialize(params);
    if (!initialized_)
      throw RequestError{ErrorCode::server_not_initialized, "initialize first"};
    if (shut_down_)
      throw RequestError{ErrorCode::invalid_request, "the server is shutting down"};
    if (method == "shutdown") {
      shut_down_ = true;
      return nullptr;
    }
    const auto feature = features().find(method);
    if (feature == features().end())
      throw RequestError{ErrorCode::method_not_found, "no method " + method};
    std::optional<std::string> path = path_of_uri(text_at(params.at("textDocument"), "uri"));
    if (!path || !workspace_.contains(*path) || workspace_.file(*path) == nullptr) {
      log_ << "appmix lsp: " << method << " for a document outside the workspace" << std::endl;
      return feature->second.outside;
    }
    FeatureContext context{workspace_, workspace_.last_analysis(), *path, params,
                           review_.decisions(workspace_.last_analysis().generation)};
    return feature->second.handle(context);
  }

  void notify(const std::string& method, const Json& params) {
    if (method == "exit") {
      exit_code_ = shut_down_ ? 0 : 1;
      return;
    }
    if (!initialized_ || shut_down_)
      return;  // notifications before initialize are dropped, as LSP says
    try {
      if (method == "textDocument/didOpen") {
        const Json& document = params.at("textDocument");
        sync(document, [&](const std::string& path) {
          return adopt(path) && workspace_.open(path, text_at(document, "text"));
        });
      } else if (method == "textDocument/didChange") {
        // Full synchronisation: the last change holds the whole text.
        const Json& changes = params.at("contentChanges");
        if (!changes.is_array() || changes.empty())
          return;
        const std::string text = text_at(changes.back(), "text");
        sync(params.at("textDocument"),
             [&](const std::string& path) { return workspace_.change(path, text); });
      } else if (method == "textDocument/didSave") {
        std::optional<std::string> text;
        if (params.contains("text"))
          text = text_at(params, "text");
        sync(params.at("textDocument"),
             [&](const std::string& path) { return workspace_.save(path, text); });
      } else if (method == "textDocument/didClose") {
        sync(params.at("textDocument"),
             [&](const std::string& path) { return workspace_.close(path); });
      }
    } catch (const RequestError& error) {
      log_ << "appmix lsp: " << method << ": " << error.message << std::endl;
    } catch (const std::exception& error) {
      log_ << "appmix lsp: " << method << ": " << error.what() << std::endl;
    }
  }

  template <typename Apply>
  void sync(const Json& document, Apply apply) {
    const std::optional<std::string> path = path_of_uri(text_at(document, "uri"));
    if (!path || !apply(*path)) {
      log_ << "appmix lsp: ignored a document outside the workspace" << std::endl;
      return;
    }
    // Publish after the edit even when nothing else is queued and the
    // text did not change (a save), so every file's list is current.
    publish_due_ = true;
  }

  // Without a folder from initialize, the first file opened is the workspace.
  bool adopt(const std::string& path) {
    if (!workspace_.has_root() && inventory_file(path))
      workspace_.set_root(path);
    return true;
  }

  static bool inventory_file(const std::string& path) {
    return path.ends_with(".yaml") || path.ends_with(".yml");
  }

  Json initialize(const Json& params) {
    if (initialized_)
      throw RequestError{ErrorCode::invalid_request, "initialize was already sent"};
    std::optional<std::string> root;
    if (const auto folders = params.find("workspaceFolders");
        folders != params.end() && folders->is_array() && !folders->empty())
      root = path_of_uri(text_at((*folders)[0], "uri"));
    else if (const auto uri = params.find("rootUri"); uri != params.end() && uri->is_string())
      root = path_of_uri(uri->get<std::string>());
    else if (const auto path = params.find("rootPath"); path != params.end() && path->is_string())
      root = path->get<std::string>();
    if (root)
      workspace_.set_root(*root);
    // The review date can come from the client (tests pin it, as --as-of).
    if (const auto settings = params.find("initializationOptions");
        settings != params.end() && settings->is_object() && settings->contains("asOf")) {
      const std::optional<base::CivilDate> date =
          base::parse_iso_date((*settings)["asOf"].get<std::string>());
      if (!date)
        throw RequestError{ErrorCode::invalid_params, "asOf must be a date YYYY-MM-DD"};
      options_.as_of.option = date;
    }
    initialized_ = true;
    log_ << "appmix lsp: workspace " << (root ? *root : std::string("(the first file opened)"))
         << std::endl;
    Json capabilities = {
        {"positionEncoding", "utf-16"},
        {"textDocumentSync",
         {{"openClose", true}, {"change", 1}, {"save", {{"includeText", true}}}}},
    };
    for (const auto& [method, feature] : features()) {
      if (!feature.capability.empty())
        capabilities[feature.capability] = feature.options;
    }
    return {{"capabilities", std::move(capabilities)},
            {"serverInfo", {{"name", "appmix"}, {"version", options_.version}}}};
  }

  void refresh() {
    if (!workspace_.stale() && !publish_due_)
      return;
    publish_due_ = false;
    // Exceptions are bugs (user mistakes are diagnostics), but a bug in a
    // check must not end the editor's session: it is logged, and the next
    // edit checks again.
    try {
      const bool checked = workspace_.stale();
      const Analysis& analysis = workspace_.analyse(options_.as_of);
      for (Json& params : publish_params(workspace_, analysis))
        outbox_.send(notification("textDocument/publishDiagnostics", std::move(params)));
      if (checked && analysis.checked.inventory)
        review_.post(analysis.generation, *analysis.checked.inventory, options_.as_of);
    } catch (const std::exception& error) {
      log_ << "appmix lsp: internal error while checking: " << error.what() << std::endl;
    }
  }

  Outbox& outbox_;
  std::ostream& log_;
  ServerOptions options_;
  Workspace workspace_;
  BackgroundReview review_;
  bool initialized_ = false;
  bool shut_down_ = false;
  bool publish_due_ = false;
  std::optional<int> exit_code_;
};

}  // namespace

int run_server(std::istream& in, std::ostream& out, std::ostream& log,
               const ServerOptions& options) {
  // std::cin flushes std::cout before each read: the reader would then wait
  // for the stdout lock while the handler blocks writing to a client that
  // is itself blocked writing to us. The reader never touches the output.
  in.tie(nullptr);
  // Shared with the reader, which may outlive this call (below).
  auto inbox = std::make_shared<Inbox>();
  auto outbox = std::make_shared<Outbox>(out);
  // The reader only frames, parses and notes cancellations, so a
  // $/cancelRequest is seen while the request it names still waits.
  std::thread reader([&in, &log, inbox, outbox] {
    std::string body;
    for (;;) {
      const ReadStatus status = read_message(in, body);
      if (status == ReadStatus::end)
        break;
      if (status == ReadStatus::bad_header) {
        log << "appmix lsp: skipped a header without Content-Length" << std::endl;
        continue;
      }
      if (status == ReadStatus::too_large) {
        log << "appmix lsp: dropped a message larger than " << (kMaxMessageBytes >> 20) << " MiB"
            << std::endl;
        continue;
      }
      std::optional<Json> message = parse_message(body);
      if (!message) {
        outbox->send(error_response(nullptr, ErrorCode::parse_error, "not JSON"));
        continue;
      }
      if (message->is_object() && message->value("method", Json()) == "$/cancelRequest") {
        const Json& params = (*message)["params"];
        if (params.is_object() && params.contains("id"))
          inbox->cancel(params["id"]);
        continue;
      }
      if (!inbox->push(std::move(*message)))
        break;
    }
    inbox->end_of_input();
  });
  int code = 1;
  {
    Server server(*outbox, log, options);
    code = server.serve(*inbox);
  }
  inbox->stop();
  // The reader may be blocked reading a stream the client keeps open after
  // exit; it owns nothing the process needs, so it is left to the exit.
  reader.detach();
  return code;
}

}  // namespace appmix::lsp
