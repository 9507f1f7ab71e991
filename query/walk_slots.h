// At most N subgraph walks at once, the others waiting in arrival order.
#ifndef CLAIMGRAPH_QUERY_WALK_SLOTS_H_
#define CLAIMGRAPH_QUERY_WALK_SLOTS_H_

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>

namespace claimgraph::query {

// Traverse and ExportSubgraph each keep a core busy for milliseconds. Sixteen
// of them running at once on two cores share the cores out, so every walk
// takes sixteen walks' time and the heavy ones take longest: the tail of the
// latency is the sharing, not the work. WalkSlots lets `slots` walks run at
// once (one per core) and queues the rest first come, first served: a walk's
// latency is the walks ahead of it plus its own (bench/README.md, issue 15).
// The quick reads do not pass through it. Thread-safe.
class WalkSlots {
 public:
  // `slots` <= 0: one per hardware thread (at least one).
  explicit WalkSlots(int slots);
  WalkSlots(const WalkSlots&) = delete;
  WalkSlots& operator=(const WalkSlots&) = delete;

  // A slot held until destroyed. `held()` is false when the wait was given up
  // (the caller's `cancelled` returned true first); nothing is then held.
  class Slot {
   public:
    Slot(Slot&& other) noexcept : owner_(other.owner_) { other.owner_ = nullptr; }
    Slot(const Slot&) = delete;
    Slot& operator=(const Slot&) = delete;
    Slot& operator=(Slot&&) = delete;
    ~Slot();
    bool held() const { return owner_ != nullptr; }

   private:
    friend class WalkSlots;
    explicit Slot(WalkSlots* owner) : owner_(owner) {}
    WalkSlots* owner_;
  };

  // Waits for a slot; callers are let in in the order they called. While it
  // waits, `cancelled` (when given) is polled every few milliseconds: once it
  // returns true the caller leaves the queue and gets a Slot that is not held.
  Slot Acquire(const std::function<bool()>& cancelled = {});

  // How many callers wait now (for tests and stats).
  int waiting() const;

 private:
  void Release();

  // One per waiting caller, on its stack: Release wakes only the caller it
  // lets in.
  struct Waiter {
    std::condition_variable cv;
    bool admitted = false;  // guarded by mu_
  };

  mutable std::mutex mu_;
  int free_;                     // slots not held; guarded by mu_
  std::deque<Waiter*> queue_;    // oldest first; guarded by mu_
};

}  // namespace claimgraph::query

#endif  // CLAIMGRAPH_QUERY_WALK_SLOTS_H_
