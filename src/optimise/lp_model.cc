#include "optimise/lp_model.h"

#include <fmt/format.h>

#include "optimise/build_instance.h"

namespace appmix::optimise {
namespace {

// CPLEX LP names take letters, digits and a few symbols, not '-'; a prefix
// keeps them from starting with a digit or a period.
std::string lp_name(std::string_view prefix, std::string_view id) {
  std::string name(prefix);
  for (const char c : id)
    name.push_back(c == '-' ? '_' : c);
  return name;
}

std::string variable(const model::PortfolioModel& model, int product) {
  return lp_name(model.is_candidate(product) ? "add_" : "keep_", model.id(product));
}

// LP lines stay short: a long sum is continued on the next line.
void append_terms(std::string& out, const std::vector<std::string>& terms) {
  std::size_t width = 0;
  for (std::size_t k = 0; k < terms.size(); ++k) {
    std::string term = k == 0 ? terms[k] : " " + terms[k];
    if (width + term.size() > 200) {
      out += "\n   ";
      width = 0;
    }
    out += term;
    width += term.size();
  }
}

std::string signed_term(std::int64_t coefficient, const std::string& name, bool first) {
  if (coefficient < 0)
    return fmt::format("- {} {}", -coefficient, name);
  return first ? fmt::format("{} {}", coefficient, name)
               : fmt::format("+ {} {}", coefficient, name);
}

}  // namespace

std::string write_lp_model(const model::PortfolioModel& model, const Objective& objective,
                           std::optional<int> max_products) {
  std::vector<setcover::Fixing> fixings(model.num_products(), setcover::Fixing::kFree);
  for (int p = 0; p < model.num_products(); ++p) {
    if (model.forced[p] == model::Decision::keep)
      fixings[p] = setcover::Fixing::kIn;
    else if (model.forced[p] == model::Decision::drop)
      fixings[p] = setcover::Fixing::kOut;
  }
  const InstanceMap map =
      build_instance(model, std::vector<setcover::Cost>(model.num_products(), 0), fixings);
  const inventory::Inventory& inventory = *model.inventory;
  std::string out;
  out += fmt::format("\\ appmix recommend model of '{}'\n", inventory.organisation);
  out += fmt::format(
      "\\ objective: cost over {} years in minor units of {} (10^-{}); "
      "its optimum is cost.after\n",
      inventory.horizon_years.to_string(), inventory.currency, inventory.currency_exponent);
  out += "\\ variables (1 = keep the app / add the candidate):\n";
  for (int p = 0; p < model.num_products(); ++p) {
    out += fmt::format("\\   {} = {} '{}'\n", variable(model, p),
                       model.is_candidate(p) ? "candidate" : "app", model.id(p));
  }
  out +=
      "\\ rows: cover_<capability>@<unit> (min_providers) and "
      "reach_<capability>@<unit>@<channel>\n";
  out += "Minimize\n obj: ";
  std::vector<std::string> terms;
  for (int p = 0; p < model.num_products(); ++p)
    terms.push_back(signed_term(objective.money[p], variable(model, p), terms.empty()));
  terms.push_back(signed_term(objective.constant, "constant", terms.empty()));
  append_terms(out, terms);
  out += "\nSubject To\n";
  for (std::size_t r = 0; r < map.rows.size(); ++r) {
    const InstanceMap::RowSource& source = map.rows[r];
    const model::RequiredPair& pair = model.pairs[source.pair];
    const std::string& capability = model.capabilities[pair.capability]->id;
    const std::string& unit = model.units[pair.unit]->id;
    const std::string name =
        source.channel_need < 0
            ? lp_name("cover_", capability + "@" + unit)
            : lp_name("reach_",
                      capability + "@" + unit + "@" +
                          model.channels[model.channel_needs[source.channel_need].channel]->id);
    out += fmt::format(" {}: ", name);
    std::vector<std::string> row;
    for (const setcover::ColumnIndex j :
         map.instance.columns_of(setcover::RowIndex(static_cast<std::int32_t>(r))))
      row.push_back((row.empty() ? "" : "+ ") + variable(model, j.value));
    append_terms(out, row);
    out += fmt::format(" >= {}\n",
                       map.instance.demand(setcover::RowIndex(static_cast<std::int32_t>(r))));
  }
  if (max_products) {
    out += " products: ";
    std::vector<std::string> row;
    for (int p = 0; p < model.num_products(); ++p)
      row.push_back((row.empty() ? "" : "+ ") + variable(model, p));
    append_terms(out, row);
    out += fmt::format(" <= {}\n", *max_products);
  }
  out += "Bounds\n constant = 1\n";
  for (int p = 0; p < model.num_products(); ++p) {
    if (fixings[p] != setcover::Fixing::kFree)
      out += fmt::format(" {} = {}\n", variable(model, p),
                         fixings[p] == setcover::Fixing::kIn ? 1 : 0);
  }
  out += "Binary\n";
  for (int p = 0; p < model.num_products(); ++p)
    out += fmt::format(" {}\n", variable(model, p));
  out += "End\n";
  return out;
}

}  // namespace appmix::optimise
