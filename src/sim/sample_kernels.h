// The bodies of the duration draws, one per kind of distribution, for two
// callers: sampling.cpp wraps them as the library's out-of-line functions, and
// the engine, which draws its tasks grouped by kind, inlines them into one
// loop per kind. One source, so both give the same numbers from the same stream.
// Internal to src/sim.
#pragma once
#include <cmath>

#include "sim/portable_math.h"
#include "sim/random.h"
#include "sim/sampling.h"

namespace mlt {
namespace kernels {

// Marsaglia and Tsang (2000); see GammaSampler. G: GammaSampler, or any type
// with its fields (d, c, inv_shape; a constant inv_shape of 0 drops the boost).
template <class G>
inline double Gamma(const G& g, SimRng& rng) {
  MLT_NO_FP_CONTRACT
  double value;
  for (;;) {
    double x, v;
    do {
      x = rng.Normal();
      v = 1 + g.c * x;
    } while (v <= 0);
    v = v * v * v;
    double u = rng.Uniform();
    double x2 = x * x;
    // The squeeze accepts ~98% of draws without a log.
    if (u < 1 - 0.0331 * x2 * x2 || PortableLog(u) < 0.5 * x2 + g.d * (1 - v + PortableLog(v))) {
      value = g.d * v;
      break;
    }
  }
  if (g.inv_shape > 0) value *= PortableExp(PortableLog(rng.Uniform()) * g.inv_shape);
  return value;
}

// The kinds' draws for a sampler that is not constant. S: DurationSampler, or
// any type with the fields the kind reads. `gamma` is how the PERT draw gets
// its two gammas (inlined or a call: the caller's choice).
template <class S>
inline double Triangular(const S& s, SimRng& rng) {
  MLT_NO_FP_CONTRACT
  double u = rng.Uniform();
  return u < s.tri_split ? s.a + std::sqrt(u * s.tri_left) : s.b - std::sqrt((1 - u) * s.tri_right);
}
template <class S>
inline double Lognormal(const S& s, SimRng& rng) {
  MLT_NO_FP_CONTRACT
  return PortableExp(s.mu + s.sigma * rng.Normal());
}
template <class S, class GammaFn>
inline double Pert(const S& s, SimRng& rng, GammaFn gamma) {
  MLT_NO_FP_CONTRACT
  double x = gamma(s.gamma_alpha, rng);
  double y = gamma(s.gamma_beta, rng);
  return s.a + (s.b - s.a) * (x / (x + y));
}

}  // namespace kernels
}  // namespace mlt
