#include "analysis/time_class.h"

namespace appmix::analysis {

std::string_view name_of(TimeClass time_class) {
  switch (time_class) {
    case TimeClass::invest:
      return "invest";
    case TimeClass::migrate:
      return "migrate";
    case TimeClass::tolerate:
      return "tolerate";
    case TimeClass::eliminate:
      return "eliminate";
    case TimeClass::unclassified:
      return "unclassified";
  }
  return "unclassified";
}

TimeClass time_class_of(const inventory::Product& product) {
  if (!product.fit_functional || !product.fit_technical)
    return TimeClass::unclassified;
  const bool functional = *product.fit_functional >= 3;
  const bool technical = *product.fit_technical >= 3;
  if (functional)
    return technical ? TimeClass::invest : TimeClass::migrate;
  return technical ? TimeClass::tolerate : TimeClass::eliminate;
}

}  // namespace appmix::analysis
