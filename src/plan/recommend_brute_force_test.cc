// The recommendation end to end (model, optimise, plan) against exhaustive
// enumeration on seeded random small inventories: shareable and not,
// candidates, locked products, capability channels, min_providers 2, pairs
// nothing can serve, forced decisions, review dates, contract ends with
// notice and renewal terms (31st-of-month and 29 February ends among them),
// fractional horizons and discount rates. An independent checker, written
// from the format (docs/inventory-format.md, docs/recommend.md) and sharing no code with the model
// (its own calendar and money), verifies that the mix serves every required pair, channel and
// demand (or that the shortfall is a gap), that every reported figure adds up, and that the
// consolidation plan names the right successor and wave. Brute force proves both objectives, the
// tie-break and the what-if prices; and the cost–apps frontier and the
// decision margins, each point and price against enumeration.
#include <doctest/doctest.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>

#include "inventory/money.h"
#include "model/portfolio.h"
#include "optimise/frontier.h"
#include "optimise/margins.h"
#include "optimise/recommend.h"
#include "plan/review.h"
#include "setcover/types.h"

namespace appmix::plan {
namespace {

// Exact day-by-day savings, in minor units times 1461.
__extension__ typedef __int128 Wide;

using inventory::Inventory;
using inventory::Reference;

constexpr int kInventories = 3000;

Reference ref(std::string id) {
  return Reference{std::move(id), {}};
}

// Up to 3 units, 2 channels, 4 capabilities, 6 apps and 3 candidates, with
// few distinct costs so that ties are common.
Inventory random_inventory(setcover::Random& random) {
  Inventory inventory;
  inventory.organisation = "Test";
  inventory.horizon_years =
      random.below(4) == 0
          ? inventory::Decimal{5 + 10 * static_cast<std::int64_t>(random.below(3)), 1}  // 0.5..2.5
          : inventory::Decimal{1 + static_cast<std::int64_t>(random.below(3)), 0};
  // Review dates from 2024 to 2027, a 29 February among them.
  static const inventory::Date kReviews[] = {
      {2024, 2, 29, {}}, {2025, 1, 1, {}}, {2026, 1, 15, {}}, {2026, 12, 6, {}}, {2027, 3, 31, {}}};
  inventory.as_of = kReviews[random.below(5)];
  static constexpr std::int64_t kRates[] = {0, 0, 0, 8, 25};  // hundredths
  inventory.discount_rate = inventory::Decimal{kRates[random.below(5)], 2};
  inventory.notice_days = static_cast<int>(random.below(2)) * 90;
  inventory.renewal_months = random.below(2) == 0 ? 12 : 1 + static_cast<int>(random.below(24));
  const int units = 1 + static_cast<int>(random.below(3));
  const int channels = static_cast<int>(random.below(3));
  const int capabilities = 1 + static_cast<int>(random.below(4));
  for (int u = 0; u < units; ++u)
    inventory.business_units.push_back({fmt::format("u{}", u), "Unit", {}});
  for (int c = 0; c < channels; ++c)
    inventory.channels.push_back({fmt::format("ch{}", c), "Channel", {}});
  for (int c = 0; c < capabilities; ++c) {
    inventory::Capability capability;
    capability.id = fmt::format("cap{}", c);
    capability.name = "Capability";
    const auto draw = random.below(10);
    if (draw < 2) {
      capability.needed_by = inventory::UnitSet{true, {}, {}};
    } else if (draw < 4) {
      inventory::UnitSet set;
      set.units.push_back(ref(fmt::format("u{}", random.below(units))));
      capability.needed_by = set;
    }
    if (random.below(5) == 0)
      capability.min_providers = 2;
    if (channels > 0 && random.below(4) == 0)
      capability.channels.push_back(ref(fmt::format("ch{}", random.below(channels))));
    inventory.capabilities.push_back(std::move(capability));
  }
  const auto fill_product = [&](inventory::Product& product) {
    for (int c = 0; c < capabilities; ++c) {
      if (random.below(5) < 2)
        product.capabilities.push_back(ref(fmt::format("cap{}", c)));
    }
    for (int c = 0; c < channels; ++c) {
      if (random.below(2) == 0)
        product.channels.push_back(ref(fmt::format("ch{}", c)));
    }
    product.annual_cost = 100 * static_cast<std::int64_t>(random.below(4));
    product.locked = random.below(12) == 0;
    if (random.below(3) != 0) {
      // Ends from 2023 to 2029, on any day a month has (31sts and 29
      // February included): some long past, some on the review date.
      const int year = 2023 + static_cast<int>(random.below(7));
      const int month = 1 + static_cast<int>(random.below(12));
      static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
      const bool leap = year % 4 == 0;
      const int last = month == 2 && leap ? 29 : kDays[month - 1];
      const auto draw = random.below(4);
      const int day = draw == 0 ? last : draw == 1 ? 1 : 1 + static_cast<int>(random.below(last));
      product.contract_end = inventory::Date{year, month, day, {}};
      if (random.below(3) == 0 && inventory.as_of)
        product.contract_end = *inventory.as_of;
    }
    static constexpr int kNotices[] = {0, 30, 90, 400};
    if (random.below(2) == 0)
      product.notice_days = kNotices[random.below(4)];
    static constexpr int kTerms[] = {1, 3, 12, 24};
    if (random.below(2) == 0)
      product.renewal_months = kTerms[random.below(4)];
  };
  const int apps = 1 + static_cast<int>(random.below(6));
  for (int a = 0; a < apps; ++a) {
    inventory::App app;
    // Ids out of order, so that id order and source order differ.
    app.id = fmt::format("app{}", (a * 7) % 10);
    if (std::any_of(inventory.apps.begin(), inventory.apps.end(),
                    [&](const auto& other) { return other.id == app.id; }))
      app.id += "x";
    app.name = "App";
    fill_product(app);
    if (random.below(6) == 0) {
      app.business_units.all = true;
    } else {
      for (int u = 0; u < units; ++u) {
        if (random.below(2) == 0 || (u == units - 1 && app.business_units.units.empty()))
          app.business_units.units.push_back(ref(fmt::format("u{}", u)));
      }
    }
    app.shareable = random.below(3) != 0;
    app.retire_cost = 100 * static_cast<std::int64_t>(random.below(3));
    inventory.apps.push_back(std::move(app));
  }
  const int candidates = static_cast<int>(random.below(4));
  for (int k = 0; k < candidates; ++k) {
    inventory::Candidate candidate;
    candidate.id = fmt::format("cand{}", k);
    candidate.name = "Candidate";
    fill_product(candidate);
    candidate.acquire_cost = 100 * static_cast<std::int64_t>(random.below(3));
    inventory.candidates.push_back(std::move(candidate));
  }
  // Integrations between apps, for the re-pointing plan.
  for (auto& app : inventory.apps) {
    if (random.below(3) == 0) {
      const auto& other = inventory.apps[random.below(inventory.apps.size())];
      if (other.id != app.id)
        app.integrations.push_back(ref(other.id));
    }
  }
  return inventory;
}

// ---- the independent reading of the format -------------------------------

// Its own calendar: days since 0001-01-01, counted year by year and month
// by month (slow and plain, unlike the model's), and months added from a
// date and clamped to the month's last day.
bool leap(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int month_days(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : kDays[month - 1];
}

long long days_of(int year, int month, int day) {
  long long days = 0;
  for (int y = 1; y < year; ++y)
    days += leap(y) ? 366 : 365;
  for (int m = 1; m < month; ++m)
    days += month_days(year, m);
  return days + day - 1;
}

struct Ymd {
  int year, month, day;
};

Ymd plus_months(Ymd date, int months) {
  int year = date.year, month = date.month;
  for (int k = 0; k < months; ++k) {
    if (++month == 13) {
      month = 1;
      ++year;
    }
  }
  return {year, month, std::min(date.day, month_days(year, month))};
}

// Time, as written: the exit, a(t), v(t), and each term rounded once.
struct Exit {
  long long day = 0;  // days after the review date
  Ymd date{0, 0, 0};
  long long notice_day = 0;  // days after the review date (0 without a contract)
  int renewals = 0;
};

Exit exit_of(const Inventory& inventory, const inventory::Product& product) {
  const auto& as_of = *inventory.as_of;
  const long long review = days_of(as_of.year, as_of.month, as_of.day);
  Exit exit{0, {as_of.year, as_of.month, as_of.day}, 0, 0};
  if (!product.contract_end)
    return exit;
  const int notice = product.notice_days.value_or(inventory.notice_days);
  const int term = product.renewal_months.value_or(inventory.renewal_months);
  const Ymd end{product.contract_end->year, product.contract_end->month, product.contract_end->day};
  for (int k = 0;; ++k) {
    const Ymd date = plus_months(end, k * term);
    const long long day = days_of(date.year, date.month, date.day) - review;
    if (day - notice >= 0)
      return Exit{day, date, day - notice, k};
  }
}

double rate_of(const Inventory& inventory) {
  return inventory.discount_rate.to_double();
}

double annuity(double rate, double t) {
  return rate == 0 ? t : (1 - std::pow(1 + rate, -t)) / std::log(1 + rate);
}

std::int64_t term(std::int64_t amount, double factor) {
  return static_cast<std::int64_t>(std::round(static_cast<double>(amount) * factor));
}

struct Product {
  const inventory::Product* product;
  bool candidate;
  std::vector<std::string> units;  // apps: units using it today
  bool shareable;
  std::int64_t kept;     // money when kept (app) or added (candidate), acquire included
  std::int64_t dropped;  // an app retired: paid until its exit, plus its retire cost then
  std::int64_t one_off;  // retire or acquire, as written
  Exit exit;
};

Product money_of(const Inventory& inventory, const inventory::Product& product, bool candidate,
                 std::int64_t one_off) {
  const double rate = rate_of(inventory);
  const double horizon = inventory.horizon_years.to_double();
  const Exit exit = exit_of(inventory, product);
  const double leaves = static_cast<double>(exit.day) / 365.25;
  Product out{&product, candidate, {}, true, 0, 0, one_off, exit};
  out.kept = term(product.annual_cost, annuity(rate, horizon)) + (candidate ? one_off : 0);
  if (!candidate)
    out.dropped = term(product.annual_cost, annuity(rate, std::min(horizon, leaves))) +
                  term(one_off, std::pow(1 + rate, -leaves));
  return out;
}

struct Spec {
  std::vector<Product> products;  // apps by id, then candidates by id (the tie-break order)
  struct Pair {
    std::string capability, unit;
    int min_providers;
    std::vector<int> servers;  // not forced out
    std::vector<std::pair<std::string, std::vector<int>>>
        channels;  // channel -> servers listing it
  };
  std::vector<Pair> pairs;
  std::vector<int> forced;  // per product: 0 open, 1 in, -1 out
};

bool lists(const std::vector<Reference>& references, const std::string& id) {
  return std::any_of(references.begin(), references.end(),
                     [&](const Reference& r) { return r.id == id; });
}

Spec read_spec(const Inventory& inventory, const model::ForcedDecisions& forced_by_option,
               const model::PortfolioModel& model) {
  Spec spec;
  std::vector<const inventory::App*> apps;
  for (const auto& app : inventory.apps)
    apps.push_back(&app);
  std::sort(apps.begin(), apps.end(), [](auto* a, auto* b) { return a->id < b->id; });
  std::vector<const inventory::Candidate*> candidates;
  for (const auto& candidate : inventory.candidates)
    candidates.push_back(&candidate);
  std::sort(candidates.begin(), candidates.end(), [](auto* a, auto* b) { return a->id < b->id; });
  for (const auto* app : apps) {
    std::vector<std::string> units;
    for (const auto& unit : inventory.business_units) {
      if (app->business_units.all || lists(app->business_units.units, unit.id))
        units.push_back(unit.id);
    }
    Product product = money_of(inventory, *app, false, app->retire_cost);
    product.units = units;
    product.shareable = app->shareable;
    spec.products.push_back(std::move(product));
  }
  for (const auto* candidate : candidates)
    spec.products.push_back(money_of(inventory, *candidate, true, candidate->acquire_cost));
  const int n = static_cast<int>(spec.products.size());
  spec.forced.assign(n, 0);
  for (int p = 0; p < n; ++p) {
    if (spec.products[p].product->locked)
      spec.forced[p] = 1;
  }
  // The option lists use the model's product indices; ids map them here.
  for (const int p : forced_by_option.keep) {
    for (int q = 0; q < n; ++q)
      if (spec.products[q].product->id == model.id(p))
        spec.forced[q] = 1;
  }
  for (const int p : forced_by_option.retire) {
    for (int q = 0; q < n; ++q)
      if (spec.products[q].product->id == model.id(p))
        spec.forced[q] = -1;
  }
  for (const auto& capability : inventory.capabilities) {
    for (const auto& unit : inventory.business_units) {
      bool required;
      if (capability.needed_by) {
        required = capability.needed_by->all || lists(capability.needed_by->units, unit.id);
      } else {
        required = false;
        for (const Product& product : spec.products) {
          required = required ||
                     (!product.candidate && lists(product.product->capabilities, capability.id) &&
                      std::find(product.units.begin(), product.units.end(), unit.id) !=
                          product.units.end());
        }
      }
      if (!required)
        continue;
      Spec::Pair pair{capability.id, unit.id, capability.min_providers, {}, {}};
      for (int p = 0; p < n; ++p) {
        const Product& product = spec.products[p];
        const bool uses =
            std::find(product.units.begin(), product.units.end(), unit.id) != product.units.end();
        if (spec.forced[p] != -1 && lists(product.product->capabilities, capability.id) &&
            (product.candidate || product.shareable || uses))
          pair.servers.push_back(p);
      }
      for (const Reference& channel : capability.channels) {
        std::vector<int> reaching;
        for (const int p : pair.servers) {
          if (lists(spec.products[p].product->channels, channel.id))
            reaching.push_back(p);
        }
        pair.channels.emplace_back(channel.id, reaching);
      }
      spec.pairs.push_back(std::move(pair));
    }
  }
  return spec;
}

bool serves_everything(const Spec& spec, const std::vector<bool>& chosen) {
  for (std::size_t p = 0; p < chosen.size(); ++p) {
    if ((spec.forced[p] == 1 && !chosen[p]) || (spec.forced[p] == -1 && chosen[p]))
      return false;
  }
  for (const Spec::Pair& pair : spec.pairs) {
    int served = 0;
    for (const int p : pair.servers)
      served += chosen[p];
    if (served < std::min(pair.min_providers, static_cast<int>(pair.servers.size())))
      return false;
    for (const auto& [channel, reaching] : pair.channels) {
      const bool reached =
          std::any_of(reaching.begin(), reaching.end(), [&](int p) { return chosen[p]; });
      if (!reaching.empty() && !reached)
        return false;
    }
  }
  return true;
}

struct Figures {
  std::int64_t cost = 0;
  int changes = 0, apps = 0;
  long long order = 0;
};

Figures figures_of(const Spec& spec, const std::vector<bool>& chosen) {
  Figures f;
  for (std::size_t p = 0; p < chosen.size(); ++p) {
    const Product& product = spec.products[p];
    if (chosen[p]) {
      f.cost += product.kept;
      ++f.apps;
      f.order += static_cast<long long>(p);
      f.changes += product.candidate;
    } else if (!product.candidate) {
      f.cost += product.dropped;
      ++f.changes;
    }
  }
  return f;
}

// The lexicographic optimum by enumeration: (cost, changes, apps, order),
// or (apps, cost, changes, order).
std::optional<Figures> brute_force(const Spec& spec, bool apps_first) {
  const int n = static_cast<int>(spec.products.size());
  std::optional<Figures> best;
  const auto key = [&](const Figures& f) {
    return apps_first ? std::make_tuple(static_cast<std::int64_t>(f.apps), f.cost,
                                        static_cast<std::int64_t>(f.changes), f.order)
                      : std::make_tuple(f.cost, static_cast<std::int64_t>(f.changes),
                                        static_cast<std::int64_t>(f.apps), f.order);
  };
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    std::vector<bool> chosen(n);
    for (int p = 0; p < n; ++p)
      chosen[p] = (mask >> p) & 1u;
    if (!serves_everything(spec, chosen))
      continue;
    const Figures f = figures_of(spec, chosen);
    if (!best || key(f) < key(*best))
      best = f;
  }
  return best;
}

// The checker: the mix serves what it must, the figures add up, the gaps
// are exactly the shortfalls, the plan names the right successors.
void check_review(const Inventory& inventory, const Spec& spec, const model::PortfolioModel& model,
                  const Review& review) {
  const optimise::Recommendation& r = review.recommendation;
  const int n = static_cast<int>(spec.products.size());
  REQUIRE(model.num_products() == n);
  std::vector<bool> chosen(n);
  for (int p = 0; p < n; ++p) {
    REQUIRE(model.id(p) == spec.products[p].product->id);
    chosen[p] = r.chosen[p];
  }
  CHECK(serves_everything(spec, chosen));
  const Figures f = figures_of(spec, chosen);
  CHECK(r.cost_after == f.cost);
  CHECK(r.apps_after == f.apps);
  std::int64_t before = 0, retire = 0, acquire = 0;
  int apps_before = 0;
  for (int p = 0; p < n; ++p) {
    const Product& product = spec.products[p];
    if (!product.candidate) {
      before += product.kept;
      ++apps_before;
      if (!chosen[p])
        retire += product.one_off;
    } else if (chosen[p]) {
      acquire += product.one_off;
    }
  }
  CHECK(r.cost_before == before);
  CHECK(r.apps_before == apps_before);
  CHECK(r.retire_costs == retire);
  CHECK(r.acquire_costs == acquire);
  CHECK(r.lower_bound <= r.cost_after);
  const std::vector<bool> greedy(r.greedy_chosen.begin(), r.greedy_chosen.end());
  CHECK(serves_everything(spec, greedy));
  CHECK(r.greedy_cost == figures_of(spec, greedy).cost);
  if (r.objective == optimise::ObjectiveKind::cost)
    CHECK(r.greedy_cost >= r.cost_after);

  // Gaps: exactly the pairs and channels no mix can serve in full.
  std::vector<std::tuple<std::string, std::string, std::string, int>> expected_gaps, gaps;
  for (const Spec::Pair& pair : spec.pairs) {
    const int available = static_cast<int>(pair.servers.size());
    if (available < pair.min_providers)
      expected_gaps.emplace_back(pair.capability, pair.unit, "", pair.min_providers - available);
    for (const auto& [channel, reaching] : pair.channels) {
      if (reaching.empty())
        expected_gaps.emplace_back(pair.capability, pair.unit, channel, 1);
    }
  }
  for (const model::Gap& gap : model.gaps) {
    gaps.emplace_back(model.capabilities[gap.capability]->id, model.units[gap.unit]->id,
                      gap.channel ? model.channels[*gap.channel]->id : "", gap.missing);
  }
  std::sort(expected_gaps.begin(), expected_gaps.end());
  std::sort(gaps.begin(), gaps.end());
  CHECK(gaps == expected_gaps);

  // Consolidation: every pair a retired app serves today in its own units.
  std::size_t expected_takeovers = 0;
  for (int a = 0; a < n; ++a) {
    const Product& app = spec.products[a];
    if (app.candidate || chosen[a])
      continue;
    for (const Spec::Pair& pair : spec.pairs) {
      if (!lists(app.product->capabilities, pair.capability) ||
          std::find(app.units.begin(), app.units.end(), pair.unit) == app.units.end())
        continue;
      ++expected_takeovers;
      std::optional<int> successor;
      for (const int p : pair.servers) {
        if (!chosen[p])
          continue;
        const auto cost = [&](int q) { return spec.products[q].kept; };
        if (!successor ||
            std::make_tuple(cost(p), spec.products[p].product->id) <
                std::make_tuple(cost(*successor), spec.products[*successor].product->id))
          successor = p;
      }
      const auto found = std::find_if(
          review.consolidation.takeovers.begin(), review.consolidation.takeovers.end(),
          [&](const Takeover& t) {
            return t.retired == a &&
                   model.capabilities[model.pairs[t.pair].capability]->id == pair.capability &&
                   model.units[model.pairs[t.pair].unit]->id == pair.unit;
          });
      REQUIRE(found != review.consolidation.takeovers.end());
      CHECK(found->successor == successor);
      // Waves are the quarters of the exit dates.
      const Ymd& exit = app.exit.date;
      CHECK(found->wave == (app.product->contract_end
                                ? fmt::format("{}-Q{}", exit.year, (exit.month + 2) / 3)
                                : "none"));
    }
  }
  CHECK(review.consolidation.takeovers.size() == expected_takeovers);
  (void)inventory;
}

model::ReviewDate kReview(const Inventory& inventory) {
  return model::choose_review_date({std::nullopt, base::CivilDate{1999, 1, 1}}, inventory);
}

// The cash view and payback, as the Analyses section words them: nominal
// money per year [y-1, y) (the last ending at H), each product's amount
// rounded before the year is summed; cumulative savings accrued day by day.
void check_cash_view(const Inventory& inventory, const Spec& spec, const std::vector<bool>& chosen,
                     const CashView& cash, const optimise::Recommendation& r) {
  const double horizon = inventory.horizon_years.to_double();
  const int years = static_cast<int>(std::ceil(horizon - 1e-9));
  REQUIRE(static_cast<int>(cash.years.size()) == years);
  const auto& as_of = *inventory.as_of;
  const long long review = days_of(as_of.year, as_of.month, as_of.day);
  std::int64_t after_total = 0, cumulative = 0;
  for (int y = 1; y <= years; ++y) {
    const double from = y - 1, to = std::min<double>(y, horizon);
    std::int64_t before = 0, after = 0;
    for (std::size_t p = 0; p < spec.products.size(); ++p) {
      const Product& product = spec.products[p];
      const double annual = static_cast<double>(product.product->annual_cost);
      const auto amount = [&](double a, double b) {
        return static_cast<std::int64_t>(std::round(annual * std::max(0.0, b - a)));
      };
      if (!product.candidate)
        before += amount(from, to);
      if (chosen[p]) {
        after += amount(from, to) + (product.candidate && y == 1 ? product.one_off : 0);
      } else if (!product.candidate) {
        const double leaves = static_cast<double>(product.exit.day) / 365.25;
        after += amount(from, std::min(to, leaves));
        const bool exit_year = leaves >= horizon ? y == years : (leaves >= from && leaves < y);
        after += exit_year ? product.one_off : 0;
      }
    }
    const CashYear& got = cash.years[y - 1];
    CAPTURE(y);
    CHECK(got.before == before);
    CHECK(got.after == after);
    CHECK(got.savings == before - after);
    cumulative += before - after;
    CHECK(got.cumulative == cumulative);
    // from/to: the review date plus whole days, rounded down.
    const long long from_day = review + static_cast<long long>(std::floor(from * 365.25));
    CHECK(days_of(got.from.year, got.from.month, got.from.day) == from_day);
    after_total += after;
  }
  if (inventory.discount_rate.units == 0)
    CHECK(after_total == r.cost_after);  // no integration plan yet
  // Payback: S(d) * 1461, exactly, for every day of the horizon.
  const long long last_day = static_cast<long long>(std::floor(horizon * 365.25));
  long long last_negative = -1;
  for (long long d = 0; d <= last_day; ++d) {
    Wide s = 0;
    for (std::size_t p = 0; p < spec.products.size(); ++p) {
      const Product& product = spec.products[p];
      const auto annual = static_cast<Wide>(product.product->annual_cost);
      if (product.candidate) {
        if (chosen[p])
          s -= annual * 4 * d + static_cast<Wide>(product.one_off) * 1461;
      } else if (!chosen[p]) {
        s += annual * 4 * std::max(0LL, d - product.exit.day);
        if (product.exit.day <= d)
          s -= static_cast<Wide>(product.one_off) * 1461;
      }
    }
    if (s < 0)
      last_negative = d;
  }
  if (last_negative == last_day) {
    CHECK_FALSE(cash.payback.has_value());
  } else {
    REQUIRE(cash.payback.has_value());
    CHECK(days_of(cash.payback->year, cash.payback->month, cash.payback->day) ==
          review + last_negative + 1);
  }
}

// Each app's exit, notice date and renewals as the model has them.
void check_exits(const Spec& spec, const model::PortfolioModel& model) {
  for (int p = 0; p < model.num_apps; ++p) {
    const Exit& expected = spec.products[p].exit;
    const model::ContractExit& exit = model.exits[p];
    CAPTURE(model.id(p));
    CHECK(exit.exit_day == expected.day);
    CHECK(exit.exit == base::CivilDate{expected.date.year, expected.date.month, expected.date.day});
    CHECK(exit.renewals == expected.renewals);
    CHECK(exit.notice_by.has_value() == spec.products[p].product->contract_end.has_value());
    if (exit.notice_by)
      CHECK(base::day_number(*exit.notice_by) - base::day_number(model.review.date) ==
            expected.notice_day);
  }
}

void run(bool apps_first, std::uint64_t seed) {
  setcover::Random random(seed);
  int tied = 0, forced_runs = 0;
  for (int k = 0; k < kInventories; ++k) {
    const Inventory inventory = random_inventory(random);
    CAPTURE(k);
    // Some runs force decisions (never retiring a locked product).
    const model::PortfolioModel base = model::build_model(inventory, kReview(inventory));
    model::ForcedDecisions forced;
    std::vector<optimise::WhatIf> what_if;
    if (random.below(3) == 0) {
      for (int p = 0; p < base.num_products() && what_if.size() < 2; ++p) {
        const auto draw = random.below(4);
        if (draw == 0) {
          forced.keep.push_back(p);
          what_if.push_back({p, model::Decision::keep});
        } else if (draw == 1 && !base.products[p]->locked) {
          forced.retire.push_back(p);
          what_if.push_back({p, model::Decision::drop});
        }
      }
    }
    forced_runs += !what_if.empty();
    const model::PortfolioModel model = model::build_model(inventory, kReview(inventory), forced);
    optimise::RecommendOptions options;
    options.objective = apps_first ? optimise::ObjectiveKind::apps : optimise::ObjectiveKind::cost;
    options.solve.threads = 1;
    const Review review = make_review(model, optimise::recommend(model, what_if, options));
    const Spec spec = read_spec(inventory, forced, model);
    check_review(inventory, spec, model, review);
    check_exits(spec, model);
    check_cash_view(
        inventory, spec,
        std::vector<bool>(review.recommendation.chosen.begin(), review.recommendation.chosen.end()),
        review.cash, review.recommendation);
    // Notices: retired apps with a contract_end, by notice date then id.
    std::vector<std::pair<long long, std::string>> notices;
    for (int p = 0; p < model.num_apps; ++p) {
      if (!review.recommendation.chosen[p] && spec.products[p].product->contract_end)
        notices.emplace_back(spec.products[p].exit.notice_day, model.id(p));
    }
    std::sort(notices.begin(), notices.end());
    REQUIRE(review.notices.size() == notices.size());
    for (std::size_t k = 0; k < notices.size(); ++k) {
      CHECK(model.id(review.notices[k].app) == notices[k].second);
      CHECK(review.notices[k].days_left == notices[k].first);
    }

    const std::optional<Figures> best = brute_force(spec, apps_first);
    REQUIRE(best.has_value());
    const optimise::Recommendation& r = review.recommendation;
    REQUIRE(r.optimal);
    CHECK(r.levels_proven == 4);
    std::vector<bool> chosen(r.chosen.begin(), r.chosen.end());
    const Figures got = figures_of(spec, chosen);
    CHECK(got.cost == best->cost);
    CHECK(got.changes == best->changes);
    CHECK(got.apps == best->apps);
    CHECK(got.order == best->order);
    tied += got.cost == best->cost &&
            got.changes != figures_of(spec, std::vector<bool>(chosen.size(), true)).changes;

    // What-if prices: the optimum with every forced decision minus the
    // optimum without that one, both by enumeration.
    for (std::size_t w = 0; w < what_if.size(); ++w) {
      Spec without = spec;
      const std::string& id = model.id(what_if[w].product);
      for (int p = 0; p < static_cast<int>(spec.products.size()); ++p) {
        if (spec.products[p].product->id == id && !spec.products[p].product->locked)
          without.forced[p] = 0;
      }
      // Re-derive servers: a product forced out is not a server.
      model::ForcedDecisions others;
      for (std::size_t v = 0; v < what_if.size(); ++v) {
        if (v != w)
          (what_if[v].decision == model::Decision::keep ? others.keep : others.retire)
              .push_back(what_if[v].product);
      }
      const model::PortfolioModel other_model =
          model::build_model(inventory, kReview(inventory), others);
      const Spec other_spec = read_spec(inventory, others, other_model);
      const std::optional<Figures> other = brute_force(other_spec, apps_first);
      REQUIRE(other.has_value());
      CHECK(r.forced[w].price == best->cost - other->cost);
      CHECK(r.forced[w].proven);
    }
  }
  CHECK(forced_runs > kInventories / 5);
  CHECK(tied > 0);
}

TEST_CASE("recommend with the cost objective equals brute force, tie-break and what-if included") {
  run(false, 20261130);
}

TEST_CASE("recommend with the apps objective equals brute force, tie-break and what-if included") {
  run(true, 424242);
}

// The least cost of a mix serving everything with at most `k` apps, by
// enumeration (nullopt: none).
std::optional<std::int64_t> least_cost_within(const Spec& spec, int k) {
  const int n = static_cast<int>(spec.products.size());
  std::optional<std::int64_t> best;
  for (std::uint32_t mask = 0; mask < (1u << n); ++mask) {
    if (__builtin_popcount(mask) > k)
      continue;
    std::vector<bool> chosen(n);
    for (int p = 0; p < n; ++p)
      chosen[p] = (mask >> p) & 1u;
    if (!serves_everything(spec, chosen))
      continue;
    const std::int64_t cost = figures_of(spec, chosen).cost;
    if (!best || cost < *best)
      best = cost;
  }
  return best;
}

TEST_CASE("the frontier and the decision margins equal enumeration and the what-if prices") {
  setcover::Random random(20261206);
  int frontier_points = 0, priced = 0, required = 0, what_ifs = 0;
  int bounds_exact = 0, bounds_below = 0;
  for (int k = 0; k < 1500; ++k) {
    const Inventory inventory = random_inventory(random);
    CAPTURE(k);
    model::ForcedDecisions forced;
    const model::PortfolioModel base = model::build_model(inventory, kReview(inventory));
    if (random.below(4) == 0 && base.num_products() > 0) {
      const int p = static_cast<int>(random.below(base.num_products()));
      if (random.below(2) == 0)
        forced.keep.push_back(p);
      else if (!base.products[p]->locked)
        forced.retire.push_back(p);
    }
    const model::PortfolioModel model = model::build_model(inventory, kReview(inventory), forced);
    optimise::RecommendOptions options;
    options.solve.threads = 1;
    options.solve.time_limit_seconds = std::nullopt;
    const optimise::Recommendation r = optimise::recommend(model, {}, options);
    REQUIRE(r.optimal);
    const Spec spec = read_spec(inventory, forced, model);

    // Frontier: from the fewest apps any serving mix has to the
    // recommendation's count, each the least cost within that many apps.
    const optimise::Frontier frontier = optimise::cost_apps_frontier(
        model, {r.apps_after, r.cost_after, r.lower_bound, r.optimal}, options.solve);
    int fewest = -1;
    for (int count = 0; count <= model.num_products() && fewest < 0; ++count) {
      if (least_cost_within(spec, count))
        fewest = count;
    }
    REQUIRE(fewest >= 0);
    CHECK(frontier.least_apps_proven);
    REQUIRE(frontier.points.size() == static_cast<std::size_t>(r.apps_after - fewest + 1));
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    for (const optimise::FrontierPoint& point : frontier.points) {
      CAPTURE(point.apps);
      const std::optional<std::int64_t> least = least_cost_within(spec, point.apps);
      REQUIRE(least.has_value());
      CHECK(point.cost == *least);
      CHECK(point.proven);
      CHECK(point.lower_bound == point.cost);
      CHECK(point.cost <= previous);  // never rises as k grows
      previous = point.cost;
      ++frontier_points;
    }

    // Margins: every product the optimisation decided, priced by flipping
    // it in the enumeration; required when no mix serves everything then.
    const optimise::Margins margins = optimise::decision_margins(model, r, options.solve);
    // Without a budget for re-solves every price not trivially exact is a
    // Lagrangian lower bound, exact where the repaired mix meets it.
    const optimise::Margins bounded = optimise::decision_margins(model, r, options.solve, 0);
    REQUIRE(bounded.items.size() == margins.items.size());
    for (const optimise::Margin& bound : bounded.items) {
      const auto exact = std::find_if(
          margins.items.begin(), margins.items.end(),
          [&](const optimise::Margin& margin) { return margin.product == bound.product; });
      REQUIRE(exact != margins.items.end());
      CHECK(bound.required == exact->required);
      if (bound.required)
        continue;
      CHECK(*bound.price <= *exact->price);
      if (bound.proven)
        CHECK(*bound.price == *exact->price);
      bounds_exact += bound.proven;
      bounds_below += !bound.proven && *bound.price < *exact->price;
    }
    int open = 0;
    for (int p = 0; p < model.num_products(); ++p)
      open += model.forced[p] == model::Decision::open;
    REQUIRE(static_cast<int>(margins.items.size()) == open);
    for (std::size_t m = 0; m < margins.items.size(); ++m) {
      const optimise::Margin& margin = margins.items[m];
      CAPTURE(model.id(margin.product));
      CHECK(margin.chosen == r.chosen[margin.product]);
      Spec flipped = spec;
      flipped.forced[margin.product] = margin.chosen ? -1 : 1;
      const std::optional<std::int64_t> best =
          least_cost_within(flipped, static_cast<int>(spec.products.size()));
      CHECK(margin.required == !best.has_value());
      if (!best) {
        CHECK(!margin.price.has_value());
        ++required;
        continue;
      }
      REQUIRE(margin.price.has_value());
      CHECK(margin.proven);
      CHECK(*margin.price == *best - r.cost_after);
      ++priced;
      if (m > 0 && !margins.items[m - 1].required)
        CHECK(*margins.items[m - 1].price <= *margin.price);
      // The what-if path itself: the recommendation with the opposite forced.
      if (random.below(4) == 0) {
        model::ForcedDecisions with = forced;
        (margin.chosen ? with.retire : with.keep).push_back(margin.product);
        const model::PortfolioModel what_if_model =
            model::build_model(inventory, kReview(inventory), with);
        const optimise::Recommendation what_if = optimise::recommend(what_if_model, {}, options);
        CHECK(*margin.price == what_if.cost_after - r.cost_after);
        ++what_ifs;
      }
    }
  }
  MESSAGE(frontier_points << " frontier points, " << priced << " prices, " << required
                          << " required, " << what_ifs << " what-if checks; bounds alone: "
                          << bounds_exact << " exact, " << bounds_below << " below");
  CHECK(frontier_points > 1500);
  CHECK(priced > 1000);
  CHECK(required > 100);
  CHECK(what_ifs > 200);
  CHECK(bounds_exact > 1000);
  CHECK(bounds_below > 100);
}

}  // namespace
}  // namespace appmix::plan
