// Duration sampling: triangular by inverse CDF, Beta-PERT from two gammas,
// lognormal from a polar-method normal. Every transcendental goes through
// PortableLog / PortableExp so draws are bit-identical across platforms.
#include "sim/sampling.h"

#include <cmath>

#include "sim/sample_kernels.h"

#if defined(__clang__)
#pragma clang fp contract(off)  // see MLT_NO_FP_CONTRACT
#endif

namespace mlt {

GammaSampler MakeGammaSampler(double shape) {
  GammaSampler g;
  double s = shape;
  if (shape < 1) {
    g.inv_shape = 1 / shape;
    s = shape + 1;
  }
  g.d = s - 1.0 / 3.0;
  g.c = 1 / std::sqrt(9 * g.d);
  return g;
}

double SampleGamma(const GammaSampler& g, SimRng& rng) { return kernels::Gamma(g, rng); }

DurationSampler MakeDurationSampler(Distribution distribution, double a, double m, double b) {
  DurationSampler s;
  s.distribution = distribution;
  s.a = a;
  s.m = m;
  s.b = b;
  s.constant = !(b > a);
  if (s.constant) return s;
  double range = b - a;
  switch (distribution) {
    case Distribution::Triangular:
      s.tri_split = (m - a) / range;
      s.tri_left = range * (m - a);
      s.tri_right = range * (b - m);
      break;
    case Distribution::Lognormal:
      s.lognormal_a = a > 0 ? a : b * kLognormalFloor;
      s.mu = (PortableLog(s.lognormal_a) + PortableLog(b)) / 2;
      s.sigma = (PortableLog(b) - PortableLog(s.lognormal_a)) / (2 * kZ95);
      break;
    case Distribution::Pert:
    default:  // an out-of-range enum (a hand-edited file) falls back to PERT
      s.distribution = Distribution::Pert;
      s.alpha = 1 + 4 * (m - a) / range;
      s.beta = 1 + 4 * (b - m) / range;
      s.gamma_alpha = MakeGammaSampler(s.alpha);
      s.gamma_beta = MakeGammaSampler(s.beta);
      break;
  }
  return s;
}

double SampleDuration(const DurationSampler& s, SimRng& rng) {
  if (s.constant) return s.a;
  switch (s.distribution) {
    case Distribution::Triangular: return kernels::Triangular(s, rng);
    case Distribution::Lognormal: return kernels::Lognormal(s, rng);
    case Distribution::Pert:
    default: return kernels::Pert(s, rng, SampleGamma);  // (the gammas out of line, as before)
  }
}

}  // namespace mlt
