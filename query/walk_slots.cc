#include "query/walk_slots.h"

#include <algorithm>
#include <chrono>
#include <thread>

namespace claimgraph::query {

WalkSlots::WalkSlots(int slots)
    : free_(slots > 0 ? slots
                      : std::max(1, static_cast<int>(std::thread::hardware_concurrency()))) {}

WalkSlots::Slot::~Slot() {
  if (owner_ != nullptr) owner_->Release();
}

WalkSlots::Slot WalkSlots::Acquire(const std::function<bool()>& cancelled) {
  std::unique_lock<std::mutex> lock(mu_);
  if (free_ > 0 && queue_.empty()) {
    --free_;
    return Slot(this);
  }
  Waiter me;
  queue_.push_back(&me);
  // How often a waiting caller looks whether its call was cancelled; a
  // release wakes it at once.
  constexpr auto kPoll = std::chrono::milliseconds(20);
  while (!me.admitted) {
    me.cv.wait_for(lock, kPoll);
    if (!me.admitted && cancelled && cancelled()) {
      queue_.erase(std::find(queue_.begin(), queue_.end(), &me));
      return Slot(nullptr);
    }
  }
  return Slot(this);
}

void WalkSlots::Release() {
  std::lock_guard<std::mutex> lock(mu_);
  if (queue_.empty()) {
    ++free_;
    return;
  }
  // The slot passes straight to the oldest waiter: no newcomer can take it
  // between this release and that waiter waking.
  Waiter* next = queue_.front();
  queue_.pop_front();
  next->admitted = true;
  next->cv.notify_one();
}

int WalkSlots::waiting() const {
  std::lock_guard<std::mutex> lock(mu_);
  return static_cast<int>(queue_.size());
}

}  // namespace claimgraph::query
