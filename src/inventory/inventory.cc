#include "inventory/inventory.h"

#include <algorithm>

namespace appmix::inventory {

std::string_view name_of(CapabilityData value) {
  return value == CapabilityData::x_data ? "x-data" : "o-data";
}

std::string_view name_of(DataClass value) {
  switch (value) {
    case DataClass::personal:
      return "personal";
    case DataClass::sensitive:
      return "sensitive";
    case DataClass::payment:
      return "payment";
    case DataClass::x_data:
      return "x-data";
    case DataClass::o_data:
      return "o-data";
  }
  return "personal";
}

std::string_view name_of(Lifecycle value) {
  switch (value) {
    case Lifecycle::plan:
      return "plan";
    case Lifecycle::active:
      return "active";
    case Lifecycle::phase_out:
      return "phase-out";
    case Lifecycle::end_of_life:
      return "end-of-life";
  }
  return "active";
}

std::string_view name_of(Origin value) {
  switch (value) {
    case Origin::purchase:
      return "purchase";
    case Origin::acquisition:
      return "acquisition";
    case Origin::built:
      return "built";
    case Origin::bu_purchase:
      return "bu-purchase";
  }
  return "purchase";
}

std::string_view name_of(Actor value) {
  return value == Actor::agent ? "agent" : "customer";
}

bool Product::holds(DataClass value) const {
  return std::find(data.begin(), data.end(), value) != data.end();
}

}  // namespace appmix::inventory
