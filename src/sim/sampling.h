// Duration distributions of a three-point estimate (a, m, b) =
// (optimistic, most likely, pessimistic), prepared once per task so a draw
// is a few multiplications, a sqrt and (PERT, lognormal) a PortableLog.
#pragma once
#include "model/plan.h"
#include "sim/random.h"

namespace mlt {

// Gamma(shape, 1) by Marsaglia and Tsang (2000). Shapes below 1 draw
// Gamma(shape + 1) and scale by U^(1/shape).
struct GammaSampler {
  double d = 0, c = 0;   // d = k - 1/3, c = 1 / sqrt(9 d), for k = shape (or shape + 1 below 1)
  double inv_shape = 0;  // 1 / shape when shape < 1 (the boost), else 0
};
GammaSampler MakeGammaSampler(double shape);
double SampleGamma(const GammaSampler& g, SimRng& rng);

// z such that P(Z <= z) = 0.95 for a standard normal: the lognormal fit puts
// a and b at the 5th and 95th percentiles, mu +- 1.6449 sigma.
constexpr double kZ95 = 1.6448536269514722;

struct DurationSampler {
  Distribution distribution = Distribution::Pert;
  double a = 0, m = 0, b = 0;
  bool constant = true;  // a == b: every draw is exactly a
  // Triangular, by inverse CDF: u < split ? a + sqrt(u left) : b - sqrt((1 - u) right).
  double tri_split = 0, tri_left = 0, tri_right = 0;
  // Beta-PERT: a + (b - a) X / (X + Y), X ~ Gamma(alpha), Y ~ Gamma(beta),
  // alpha = 1 + 4 (m - a) / (b - a), beta = 1 + 4 (b - m) / (b - a).
  double alpha = 0, beta = 0;
  GammaSampler gamma_alpha, gamma_beta;
  // Lognormal: exp(mu + sigma Z).
  double mu = 0, sigma = 0;
  double lognormal_a = 0;  // the optimistic estimate actually fitted (floored, see kLognormalFloor)
};

// A lognormal cannot reach 0: an optimistic estimate <= 0 is fitted as
// pessimistic * kLognormalFloor instead (a 1000:1 ratio, a very wide spread).
constexpr double kLognormalFloor = 1e-3;

// Expects finite 0 <= a <= m <= b (what ValidatePlan guarantees).
DurationSampler MakeDurationSampler(Distribution distribution, double a, double m, double b);
double SampleDuration(const DurationSampler& s, SimRng& rng);

}  // namespace mlt
