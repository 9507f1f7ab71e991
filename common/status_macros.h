// RETURN_IF_ERROR / ASSIGN_OR_RETURN: Debian's Abseil (20220623) ships none.
#ifndef CLAIMGRAPH_COMMON_STATUS_MACROS_H_
#define CLAIMGRAPH_COMMON_STATUS_MACROS_H_

#include "absl/status/status.h"
#include "absl/status/statusor.h"

#define CLAIMGRAPH_CONCAT_INNER_(a, b) a##b
#define CLAIMGRAPH_CONCAT_(a, b) CLAIMGRAPH_CONCAT_INNER_(a, b)

// Returns the status of `expr` from the enclosing function when it is not OK.
#define RETURN_IF_ERROR(expr)                            \
  do {                                                   \
    ::absl::Status claimgraph_status_ = (expr);          \
    if (!claimgraph_status_.ok()) return claimgraph_status_; \
  } while (0)

// ASSIGN_OR_RETURN(auto x, MakeX()); returns the error status when not OK.
#define ASSIGN_OR_RETURN(lhs, expr)                                            \
  auto CLAIMGRAPH_CONCAT_(claimgraph_or_, __LINE__) = (expr);                  \
  if (!CLAIMGRAPH_CONCAT_(claimgraph_or_, __LINE__).ok())                      \
    return CLAIMGRAPH_CONCAT_(claimgraph_or_, __LINE__).status();              \
  lhs = std::move(*CLAIMGRAPH_CONCAT_(claimgraph_or_, __LINE__))

#endif  // CLAIMGRAPH_COMMON_STATUS_MACROS_H_
