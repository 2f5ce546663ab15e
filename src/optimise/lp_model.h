// recommend --emit-model: the optimisation model in CPLEX LP format, so any
// LP/MIP solver can check a recommendation (cli.md). Variables are the
// products (keep_<app>, add_<candidate>), rows the required pairs and
// channel needs, the objective the horizon cost in minor units with the
// constant written as a variable fixed at 1; at the optimum it equals
// cost.after. Ids are mapped to legal LP names (ids never hold '_', so
// '-' -> '_' is one-to-one) and the map is given in comments. With
// --objective apps the number of products is capped at the proven minimum,
// so the optimum is again cost.after. It knows nothing of the solver.
#pragma once

#include <optional>
#include <string>

#include "model/portfolio.h"
#include "optimise/objective.h"

namespace appmix::optimise {

// `max_products`: a cap on kept apps plus added candidates (apps objective).
std::string write_lp_model(const model::PortfolioModel& model, const Objective& objective,
                           std::optional<int> max_products);

}  // namespace appmix::optimise
