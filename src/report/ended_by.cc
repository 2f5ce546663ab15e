#include "report/ended_by.h"

namespace appmix::report {

std::string_view ended_by_name(setcover::EndedBy ended_by) {
  switch (ended_by) {
    case setcover::EndedBy::kProof:
      return "proof";
    case setcover::EndedBy::kWorkLimit:
      return "work-limit";
    case setcover::EndedBy::kTimeLimit:
      return "time-limit";
  }
  return "proof";
}

}  // namespace appmix::report
