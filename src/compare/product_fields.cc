#include "compare/product_fields.h"

#include <fmt/format.h>

#include "inventory/money.h"

namespace appmix::compare {
namespace {

std::string joined(const std::vector<inventory::Reference>& references) {
  std::string out;
  for (const inventory::Reference& reference : references)
    out += (out.empty() ? "" : ", ") + reference.id;
  return out;
}

std::string yes_no(bool value) {
  return value ? "true" : "false";
}

template <typename T>
std::string optional_number(const std::optional<T>& value) {
  return value ? std::to_string(*value) : "";
}

// The keys apps and candidates share, in the order docs/inventory-format.md lists them.
void add_product_fields(Fields& fields, const inventory::Product& product, int exponent) {
  fields.emplace_back("name", product.name);
  fields.emplace_back("vendor", product.vendor.value_or(""));
  fields.emplace_back("capabilities", joined(product.capabilities));
  fields.emplace_back("channels", joined(product.channels));
  fields.emplace_back("cost.annual", inventory::format_minor_units(product.annual_cost, exponent));
  fields.emplace_back("contract_end",
                      product.contract_end
                          ? fmt::format("{:04}-{:02}-{:02}", product.contract_end->year,
                                        product.contract_end->month, product.contract_end->day)
                          : "");
  fields.emplace_back("sanctioned", yes_no(product.sanctioned));
  std::string data;
  for (const inventory::DataClass value : product.data)
    data += (data.empty() ? "" : ", ") + std::string(inventory::name_of(value));
  fields.emplace_back("data", data);
  fields.emplace_back("integrations", joined(product.integrations));
  fields.emplace_back("fit.functional", optional_number(product.fit_functional));
  fields.emplace_back("fit.technical", optional_number(product.fit_technical));
  fields.emplace_back("origin",
                      product.origin ? std::string(inventory::name_of(*product.origin)) : "");
  fields.emplace_back("locked", yes_no(product.locked));
  fields.emplace_back("owner", product.owner.value_or(""));
}

}  // namespace

Fields fields_of(const inventory::App& app, int currency_exponent) {
  Fields fields;
  add_product_fields(fields, app, currency_exponent);
  fields.emplace_back("business_units",
                      app.business_units.all ? "all" : joined(app.business_units.units));
  fields.emplace_back("cost.retire",
                      inventory::format_minor_units(app.retire_cost, currency_exponent));
  fields.emplace_back("users", optional_number(app.users));
  fields.emplace_back("lifecycle", std::string(inventory::name_of(app.lifecycle)));
  fields.emplace_back("shareable", yes_no(app.shareable));
  return fields;
}

Fields fields_of(const inventory::Candidate& candidate, int currency_exponent) {
  Fields fields;
  add_product_fields(fields, candidate, currency_exponent);
  fields.emplace_back("cost.acquire",
                      inventory::format_minor_units(candidate.acquire_cost, currency_exponent));
  return fields;
}

}  // namespace appmix::compare
