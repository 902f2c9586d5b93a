// The simulation's random numbers: xoshiro256** seeded through splitmix64.
// Each trial gets its own stream derived from (seed, trial index), so a run
// gives the same numbers however it is sliced, and the same on every platform
// (integer arithmetic, plus PortableLog and std::sqrt, which IEEE 754 rounds
// correctly everywhere).
#pragma once
#include <cmath>
#include <cstdint>

#include "sim/portable_math.h"

namespace mlt {

// One step of splitmix64: a bijective 64-bit mix, used to expand seeds.
inline uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

class SimRng {
 public:
  SimRng() { Seed(1, 0); }
  SimRng(uint64_t seed, uint64_t stream) { Seed(seed, stream); }

  // Stream `stream` of `seed`: the seed is mixed first so that neighbouring
  // seeds and neighbouring streams do not start from related states.
  void Seed(uint64_t seed, uint64_t stream) {
    uint64_t x = seed;
    uint64_t mixed = SplitMix64(&x);
    x = mixed ^ (stream * 0xD1B54A32D192ED03ull);
    for (uint64_t& w : s_) w = SplitMix64(&x);
    has_spare_ = false;
    spare_ = 0;
  }

  uint64_t Next() {
    uint64_t result = Rotl(s_[1] * 5, 7) * 9;
    uint64_t t = s_[1] << 17;
    s_[2] ^= s_[0];
    s_[3] ^= s_[1];
    s_[1] ^= s_[2];
    s_[0] ^= s_[3];
    s_[2] ^= t;
    s_[3] = Rotl(s_[3], 45);
    return result;
  }

  // Uniform on the open interval (0, 1): 52 random bits, centred in their cell,
  // so neither 0 (log) nor 1 (1 - u under a sqrt) ever comes out.
  double Uniform() {
    MLT_NO_FP_CONTRACT
    return (static_cast<double>(Next() >> 12) + 0.5) * 0x1.0p-52;
  }

  // Standard normal, Marsaglia's polar method; the second variate of each pair
  // is kept for the next call.
  double Normal() {
    MLT_NO_FP_CONTRACT
    if (has_spare_) {
      has_spare_ = false;
      return spare_;
    }
    double u, v, s;
    do {
      u = 2.0 * Uniform() - 1.0;
      v = 2.0 * Uniform() - 1.0;
      s = u * u + v * v;
    } while (s >= 1.0 || s == 0.0);
    double f = std::sqrt(-2.0 * PortableLog(s) / s);
    spare_ = v * f;
    has_spare_ = true;
    return u * f;
  }

 private:
  static uint64_t Rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
  uint64_t s_[4];
  double spare_ = 0;
  bool has_spare_ = false;
};

}  // namespace mlt
