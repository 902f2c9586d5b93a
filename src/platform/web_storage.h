// KeyValueStorage on the browser's localStorage. localStorage is synchronous,
// so a save on `pagehide` completes before the page goes away.
#pragma once
#include "store/storage.h"

namespace mlt {

class WebLocalStorage : public KeyValueStorage {
 public:
  StorageStatus Get(const std::string& key, std::string* value, bool* found) override;
  StorageStatus Set(const std::string& key, const std::string& value) override;
  StorageStatus Remove(const std::string& key) override;
  StorageStatus Keys(const std::string& prefix, std::vector<std::string>* keys) override;
};

}  // namespace mlt
