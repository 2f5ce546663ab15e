#include "lsp/completion.h"

#include <set>
#include <span>

#include "inventory/format_words.h"
#include "lsp/completion_context.h"
#include "lsp/id_lookup.h"

namespace appmix::lsp {
namespace {

namespace format = inventory::format;

// The protocol's CompletionItemKind.
constexpr int kProperty = 10;
constexpr int kValue = 12;
constexpr int kEnumMember = 20;
constexpr int kReference = 18;

class Items {
 public:
  Items(const CompletionContext& context, Position cursor) : context_(context), cursor_(cursor) {}

  void add(const std::string& label, int kind, const std::string& detail, const std::string& text) {
    if (!seen_.insert(label).second)
      return;
    items_.push_back(
        {{"label", label},
         {"kind", kind},
         {"detail", detail},
         {"filterText", label},
         {"textEdit", {{"range", range_json({context_.word_start, cursor_})}, {"newText", text}}}});
  }
  void words(std::span<const std::string_view> words, int kind, const std::string& detail,
             bool as_keys) {
    for (std::string_view word : words)
      add(std::string(word), kind, detail, as_keys ? std::string(word) + ": " : std::string(word));
  }
  void ids(const Workspace& workspace, std::initializer_list<IdKind> kinds) {
    std::set<std::pair<std::string, std::string>> found;  // sorted by id
    for (const auto& [path, file] : workspace.files()) {
      for (const ItemSummary& item : file.ids.items) {
        for (IdKind kind : kinds) {
          if (item.kind == kind && !item.id.empty())
            found.insert({item.id, std::string(kind_name(kind)) +
                                       (item.name.empty() ? "" : ": " + item.name)});
        }
      }
    }
    for (const auto& [id, detail] : found)
      add(id, kReference, detail, id);
  }
  Json take() { return std::move(items_); }

 private:
  const CompletionContext& context_;
  Position cursor_;
  std::set<std::string> seen_;
  Json items_ = Json::array();
};

bool under(const std::vector<std::string>& path, std::string_view section) {
  return !path.empty() && path.front() == section;
}

void values(const CompletionContext& context, const Workspace& workspace, Items& items) {
  const std::string& key = context.key;
  const std::vector<std::string>& path = context.path;
  static constexpr std::array<std::string_view, 2> kBooleans = {"true", "false"};
  if (path.empty())
    return;  // top-level settings are free text, numbers and dates
  if (key == "capabilities" || (key == "parent" && under(path, "capabilities"))) {
    items.ids(workspace, {IdKind::capability});
  } else if (key == "business_units" || key == "needed_by") {
    items.add("all", kEnumMember, "every business unit", "all");
    items.ids(workspace, {IdKind::business_unit});
  } else if (key == "business_unit") {
    items.ids(workspace, {IdKind::business_unit});
  } else if (key == "integrations") {
    if (under(path, "candidates"))
      items.ids(workspace, {IdKind::app, IdKind::candidate});
    else
      items.ids(workspace, {IdKind::app});
  } else if (key == "apps" && path.back() == "steps") {
    items.ids(workspace, {IdKind::app});
  } else if (key == "channels" || key == "channel") {
    items.ids(workspace, {IdKind::channel});
  } else if (key == "lifecycle") {
    items.words(format::kLifecycles, kEnumMember, "lifecycle", false);
  } else if (key == "data") {
    if (under(path, "capabilities"))
      items.words(format::kCapabilityData, kEnumMember, "data of a capability", false);
    else
      items.words(format::kDataClasses, kEnumMember, "data an app holds", false);
  } else if (key == "actor") {
    items.words(format::kActors, kEnumMember, "who performs the step", false);
  } else if (key == "origin") {
    items.words(format::kOrigins, kEnumMember, "origin", false);
  } else if (key == "sanctioned" || key == "locked" || key == "shareable" ||
             key == "personal_data_requires_sanctioned" || key == "require_owner") {
    items.words(kBooleans, kValue, "boolean", false);
  }
}

void keys(const CompletionContext& context, const Workspace& workspace, Items& items) {
  const std::vector<std::string>& path = context.path;
  const auto is = [&](std::initializer_list<std::string_view> expected) {
    return std::equal(path.begin(), path.end(), expected.begin(), expected.end());
  };
  if (path.empty())
    items.words(format::kTopKeys, kProperty, "top-level key", true);
  else if (is({"business_units"}) || is({"channels"}))
    items.words(format::kNamedKeys, kProperty, "key", true);
  else if (is({"capabilities"}))
    items.words(format::kCapabilityKeys, kProperty, "key of a capability", true);
  else if (is({"apps"}))
    items.words(format::kAppKeys, kProperty, "key of an app", true);
  else if (is({"candidates"}))
    items.words(format::kCandidateKeys, kProperty, "key of a candidate", true);
  else if (is({"apps", "cost"}))
    items.words(format::kAppCostKeys, kProperty, "money of an app", true);
  else if (is({"candidates", "cost"}))
    items.words(format::kCandidateCostKeys, kProperty, "money of a candidate", true);
  else if (is({"apps", "fit"}) || is({"candidates", "fit"}))
    items.words(format::kFitKeys, kProperty, "fit score, 1 to 5", true);
  else if (is({"journeys"}))
    items.words(format::kJourneyKeys, kProperty, "key of a journey", true);
  else if (is({"journeys", "steps"}))
    items.words(format::kStepKeys, kProperty, "key of a journey step", true);
  else if (is({"policies"}))
    items.words(format::kPolicyKeys, kProperty, "policy", true);
  else if (is({"policies", "max_providers"}))
    items.ids(workspace, {IdKind::capability});
}

}  // namespace

Json completion(const FeatureContext& context) {
  const WorkspaceFile* file = context.workspace.file(context.path);
  if (file == nullptr)
    return Json::array();
  const Position cursor = read_position(context.params.at("position"));
  const TextLines lines(file->text);
  const CompletionContext where = completion_context(lines, cursor);
  Items items(where, cursor);
  if (where.value)
    values(where, context.workspace, items);
  else
    keys(where, context.workspace, items);
  return items.take();
}

}  // namespace appmix::lsp
