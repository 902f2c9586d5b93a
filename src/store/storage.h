// The small key-value interface every storage backend implements: the
// browser's localStorage on the web, memory in tests. Every call reports
// failure instead of throwing, because browsers throw for ordinary reasons
// (private mode, storage disabled, quota exceeded).
#pragma once
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mlt {

struct StorageStatus {
  bool ok = true;
  bool quota = false;   // the failure was "quota exceeded" (any browser's spelling)
  std::string message;  // the backend's own words, for the user and the log
  static StorageStatus Ok() { return {}; }
  static StorageStatus Error(std::string m, bool quota = false) { return {false, quota, std::move(m)}; }
};

class KeyValueStorage {
 public:
  virtual ~KeyValueStorage() = default;
  // `found` is false for a missing key (not an error).
  virtual StorageStatus Get(const std::string& key, std::string* value, bool* found) = 0;
  virtual StorageStatus Set(const std::string& key, const std::string& value) = 0;
  virtual StorageStatus Remove(const std::string& key) = 0;
  virtual StorageStatus Keys(const std::string& prefix, std::vector<std::string>* keys) = 0;
};

// In-memory storage with switches to simulate the browser's failures.
class MemoryStorage : public KeyValueStorage {
 public:
  StorageStatus Get(const std::string& key, std::string* value, bool* found) override;
  StorageStatus Set(const std::string& key, const std::string& value) override;
  StorageStatus Remove(const std::string& key) override;
  StorageStatus Keys(const std::string& prefix, std::vector<std::string>* keys) override;

  std::map<std::string, std::string> data;
  bool fail_reads = false;
  bool fail_writes = false;
  size_t quota_bytes = 0;  // 0 = unlimited; else Set fails with quota when exceeded
  int writes = 0;          // successful Set calls, for tests
  // Fail one write at a chosen moment: when > 0, counts Set calls down and the
  // Set that brings it to 0 fails ("the Nth write from now"); then stays 0.
  int fail_nth_set = 0;
  bool fail_nth_set_quota = false;  // that failure is a quota one
  // Called before every Set that would otherwise go ahead; a failure it
  // returns is what Set returns, and nothing is written. Lets a test fail
  // writes of one key, or change `data` in the middle of an operation.
  std::function<StorageStatus(const std::string& key, const std::string& value)> before_set;
};

}  // namespace mlt
