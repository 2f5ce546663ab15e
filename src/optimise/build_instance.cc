#include "optimise/build_instance.h"

#include <cstdint>

namespace appmix::optimise {

InstanceMap build_instance(const model::PortfolioModel& model, std::vector<setcover::Cost> costs,
                           const std::vector<setcover::Fixing>& fixings) {
  InstanceMap map;
  std::vector<int> demands;
  std::vector<std::vector<setcover::RowIndex>> column_rows(model.num_products());
  const auto add_row = [&](const std::vector<int>& servers, int demand,
                           InstanceMap::RowSource source) {
    const setcover::RowIndex row(static_cast<std::int32_t>(map.rows.size()));
    for (const int p : servers)
      column_rows[p].push_back(row);
    demands.push_back(demand);
    map.rows.push_back(source);
  };
  for (int pair = 0; pair < static_cast<int>(model.pairs.size()); ++pair) {
    const model::RequiredPair& required = model.pairs[pair];
    if (required.demand() > 0)
      add_row(required.servers, required.demand(), {pair, -1});
  }
  for (int need = 0; need < static_cast<int>(model.channel_needs.size()); ++need) {
    const model::ChannelNeed& channel = model.channel_needs[need];
    if (!channel.servers.empty())
      add_row(channel.servers, 1, {channel.pair, need});
  }
  map.instance =
      setcover::Instance(static_cast<int>(demands.size()), std::move(costs), column_rows);
  for (int i = 0; i < static_cast<int>(demands.size()); ++i)
    map.instance.set_demand(setcover::RowIndex(i), demands[i]);
  for (int p = 0; p < model.num_products(); ++p)
    map.instance.set_fixing(setcover::ColumnIndex(p), fixings[p]);
  return map;
}

}  // namespace appmix::optimise
