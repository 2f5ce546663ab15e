// The Time section's edge cases, each worked by hand: contract ends and
// notice deadlines on the review date, renewals from the 31st and from 29
// February, an exit beyond the horizon, a fractional horizon, discount
// rates 0 and 0.25, and where the review date comes from.
#include "model/time_money.h"

#include <doctest/doctest.h>

namespace appmix::model {
namespace {

inventory::Date date(int year, int month, int day) {
  return inventory::Date{year, month, day, {}};
}

struct Terms {
  std::optional<inventory::Date> end;
  std::optional<int> notice;
  std::optional<int> renewal;
};

ContractExit exit_for(const Terms& terms, base::CivilDate review, int default_notice = 0,
                      int default_renewal = 12) {
  inventory::Inventory inventory;
  inventory.notice_days = default_notice;
  inventory.renewal_months = default_renewal;
  inventory::App app;
  app.contract_end = terms.end;
  app.notice_days = terms.notice;
  app.renewal_months = terms.renewal;
  return contract_exit(app, inventory, review);
}

TEST_CASE("an app without a contract_end leaves on the review date") {
  const ContractExit exit = exit_for({}, {2026, 1, 15});
  CHECK(exit.exit == base::CivilDate{2026, 1, 15});
  CHECK(exit.exit_day == 0);
  CHECK_FALSE(exit.notice_by.has_value());
  CHECK(exit.renewals == 0);
}

TEST_CASE("a contract ending on the review date, without notice, ends then") {
  const ContractExit exit = exit_for({date(2026, 1, 15), 0, std::nullopt}, {2026, 1, 15});
  CHECK(exit.exit == base::CivilDate{2026, 1, 15});
  CHECK(exit.exit_day == 0);
  CHECK(exit.notice_by == base::CivilDate{2026, 1, 15});
  CHECK(exit.renewals == 0);
}

TEST_CASE("a notice deadline on the review date is still in time; a day later is not") {
  // 2026-04-15 is 90 days after 2026-01-15.
  const ContractExit in_time = exit_for({date(2026, 4, 15), 90, std::nullopt}, {2026, 1, 15});
  CHECK(in_time.exit == base::CivilDate{2026, 4, 15});
  CHECK(in_time.notice_by == base::CivilDate{2026, 1, 15});
  CHECK(in_time.exit_day == 90);
  CHECK(in_time.renewals == 0);
  const ContractExit late = exit_for({date(2026, 4, 15), 91, std::nullopt}, {2026, 1, 15});
  CHECK(late.exit == base::CivilDate{2027, 4, 15});
  CHECK(late.notice_by == base::CivilDate{2027, 1, 14});
  CHECK(late.renewals == 1);
}

TEST_CASE("renewals count from contract_end: the 31st stays the 31st where the month has one") {
  const ContractExit exit = exit_for({date(2026, 1, 31), 0, 1}, {2026, 3, 15});
  CHECK(exit.exit == base::CivilDate{2026, 3, 31});  // not 03-28 (02-28 + 1 month)
  CHECK(exit.renewals == 2);
  const ContractExit february = exit_for({date(2026, 1, 31), 0, 1}, {2026, 2, 10});
  CHECK(february.exit == base::CivilDate{2026, 2, 28});
  CHECK(february.renewals == 1);
}

TEST_CASE("29 February renews to the 28th, and to the 29th again in a leap year") {
  CHECK(exit_for({date(2024, 2, 29), 0, 12}, {2025, 1, 1}).exit == base::CivilDate{2025, 2, 28});
  const ContractExit leap = exit_for({date(2024, 2, 29), 0, 12}, {2027, 6, 1});
  CHECK(leap.exit == base::CivilDate{2028, 2, 29});
  CHECK(leap.renewals == 4);
}

TEST_CASE("the inventory's notice and renewal defaults apply where an app has none") {
  const ContractExit exit =
      exit_for({date(2026, 3, 1), std::nullopt, std::nullopt}, {2026, 1, 15}, 60, 6);
  // Notice by 2025-12-31 is too late; 2026-09-01 minus 60 days is 2026-07-03.
  CHECK(exit.exit == base::CivilDate{2026, 9, 1});
  CHECK(exit.notice_by == base::CivilDate{2026, 7, 3});
  CHECK(exit.renewals == 1);
}

TEST_CASE("a contract that ended decades ago renews to the next end in a few steps") {
  const ContractExit exit = exit_for({date(1901, 5, 31), 0, 1}, {2026, 1, 15});
  CHECK(exit.exit == base::CivilDate{2026, 1, 31});
  CHECK(exit.renewals == (2026 - 1901) * 12 - 4);
}

inventory::App app_costing(std::int64_t annual, std::int64_t retire) {
  inventory::App app;
  app.annual_cost = annual;
  app.retire_cost = retire;
  return app;
}

TEST_CASE("money without a discount rate: a fractional horizon and an exit inside it") {
  const TimeMoney money({25, 1}, {0, 0});  // 2.5 years
  CHECK(money.horizon_days() == 913);      // floor(2.5 * 365.25)
  ContractExit exit;
  exit.exit_day = 365;
  const ProductMoney m = app_money(app_costing(100000, 5000), exit, money);
  CHECK(m.chosen == 250000);
  CHECK(m.running_until_exit == 99932);  // 100000 * 365 / 365.25 = 99931.55
  CHECK(m.retire_at_exit == 5000);
  CHECK(m.dropped == 104932);
}

TEST_CASE("an exit beyond the horizon saves nothing: retiring costs more than keeping") {
  const TimeMoney money({1, 0}, {0, 0});
  ContractExit exit;
  exit.exit_day = 800;
  const ProductMoney m = app_money(app_costing(100000, 1), exit, money);
  CHECK(m.running_until_exit == m.chosen);
  CHECK(m.dropped > m.chosen);
}

TEST_CASE("money at a discount rate of 0.25: present values") {
  const TimeMoney money({1, 0}, {25, 2});
  ContractExit exit;
  exit.exit_day = 365;
  const ProductMoney m = app_money(app_costing(100000, 10000), exit, money);
  CHECK(m.chosen == 89628);              // 100000 * (1 - 1.25^-1) / ln 1.25 = 89628.40
  CHECK(m.running_until_exit == 89574);  // t = 365 / 365.25: 89573.64
  CHECK(m.retire_at_exit == 8001);       // 10000 * 1.25^-t = 8001.22
  inventory::Candidate candidate;
  candidate.annual_cost = 100000;
  candidate.acquire_cost = 700;  // at the review date: not discounted
  CHECK(candidate_money(candidate, TimeMoney({5, 1}, {25, 2})).chosen == 47312 + 700);
}

TEST_CASE("the review date: --as-of, else the inventory's as_of, else today") {
  inventory::Inventory inventory;
  const base::CivilDate today{2026, 12, 6};
  CHECK(choose_review_date({std::nullopt, today}, inventory).source == AsOfSource::today);
  CHECK(choose_review_date({std::nullopt, today}, inventory).date == today);
  inventory.as_of = date(2026, 1, 15);
  const ReviewDate from_file = choose_review_date({std::nullopt, today}, inventory);
  CHECK(from_file.date == base::CivilDate{2026, 1, 15});
  CHECK(name_of(from_file.source) == "inventory");
  const ReviewDate from_option =
      choose_review_date({base::CivilDate{2025, 7, 1}, today}, inventory);
  CHECK(from_option.date == base::CivilDate{2025, 7, 1});
  CHECK(name_of(from_option.source) == "option");
}

}  // namespace
}  // namespace appmix::model
