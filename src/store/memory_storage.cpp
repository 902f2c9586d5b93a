#include "store/storage.h"

namespace mlt {

StorageStatus MemoryStorage::Get(const std::string& key, std::string* value, bool* found) {
  if (fail_reads) return StorageStatus::Error("SecurityError: storage is disabled");
  auto it = data.find(key);
  *found = it != data.end();
  if (*found) *value = it->second;
  return StorageStatus::Ok();
}

StorageStatus MemoryStorage::Set(const std::string& key, const std::string& value) {
  if (fail_writes) return StorageStatus::Error("SecurityError: storage is disabled");
  if (fail_nth_set > 0 && --fail_nth_set == 0) {
    if (fail_nth_set_quota) return StorageStatus::Error("QuotaExceededError: the quota has been exceeded", true);
    return StorageStatus::Error("UnknownError: the write failed");
  }
  if (before_set) {
    StorageStatus st = before_set(key, value);
    if (!st.ok) return st;
  }
  if (quota_bytes) {
    size_t used = 0;
    for (const auto& [k, v] : data)
      if (k != key) used += k.size() + v.size();
    if (used + key.size() + value.size() > quota_bytes)
      return StorageStatus::Error("QuotaExceededError: the quota has been exceeded", true);
  }
  data[key] = value;
  ++writes;
  return StorageStatus::Ok();
}

StorageStatus MemoryStorage::Remove(const std::string& key) {
  if (fail_writes) return StorageStatus::Error("SecurityError: storage is disabled");
  data.erase(key);
  return StorageStatus::Ok();
}

StorageStatus MemoryStorage::Keys(const std::string& prefix, std::vector<std::string>* keys) {
  if (fail_reads) return StorageStatus::Error("SecurityError: storage is disabled");
  keys->clear();
  for (auto it = data.lower_bound(prefix); it != data.end() && it->first.compare(0, prefix.size(), prefix) == 0; ++it)
    keys->push_back(it->first);
  return StorageStatus::Ok();
}

}  // namespace mlt
