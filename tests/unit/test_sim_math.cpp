// The simulation's own math: PortableLog/PortableExp against the platform
// libm (within an ulp), the random stream's range and independence from how
// trials are numbered, and the duration samplers' moments and percentiles.
// Tolerances are 5 standard errors at the sample size used.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <vector>

#include "sim/portable_math.h"
#include "sim/random.h"
#include "sim/sampling.h"

using namespace mlt;

namespace {
constexpr double kPi = 3.14159265358979323846;

// Distance in units in the last place between two finite doubles of the same sign.
int64_t UlpDistance(double a, double b) {
  int64_t ia, ib;
  std::memcpy(&ia, &a, sizeof a);
  std::memcpy(&ib, &b, sizeof b);
  return ia > ib ? ia - ib : ib - ia;
}

struct Moments {
  double mean = 0, var = 0;
  std::vector<double> sorted;
};
Moments Sample(const DurationSampler& s, int n, uint64_t seed) {
  SimRng rng(seed, 0);
  Moments m;
  m.sorted.resize(n);
  double sum = 0;
  for (double& x : m.sorted) {
    x = SampleDuration(s, rng);
    sum += x;
  }
  m.mean = sum / n;
  double ss = 0;
  for (double x : m.sorted) ss += (x - m.mean) * (x - m.mean);
  m.var = ss / (n - 1);
  std::sort(m.sorted.begin(), m.sorted.end());
  return m;
}
double Quantile(const std::vector<double>& sorted, double q) {
  return sorted[static_cast<size_t>(q * (sorted.size() - 1))];
}
}  // namespace

TEST_CASE("sim math: PortableLog and PortableExp agree with libm within an ulp") {
  SimRng rng(7, 0);
  int64_t worst_log = 0, worst_exp = 0;
  for (int i = 0; i < 200000; ++i) {
    // Log-uniform over 1e-300..1e300, plus the (0,1) values the samplers feed it.
    double x = std::pow(10.0, -300 + 600 * rng.Uniform());
    worst_log = std::max(worst_log, UlpDistance(PortableLog(x), std::log(x)));
    double u = rng.Uniform();
    worst_log = std::max(worst_log, UlpDistance(PortableLog(u), std::log(u)));
    double y = -740 + 1449 * rng.Uniform();
    worst_exp = std::max(worst_exp, UlpDistance(PortableExp(y), std::exp(y)));
    double small = 4 * rng.Uniform() - 2;
    worst_exp = std::max(worst_exp, UlpDistance(PortableExp(small), std::exp(small)));
  }
  CHECK(worst_log <= 1);
  CHECK(worst_exp <= 1);
  CHECK(PortableLog(1.0) == 0.0);
  CHECK(PortableExp(0.0) == 1.0);
  CHECK(std::isinf(PortableLog(0.0)));
  CHECK(PortableLog(0.0) < 0);
  CHECK(std::isnan(PortableLog(-1.0)));
  CHECK(std::isinf(PortableExp(710.0)));
  CHECK(PortableExp(-746.0) == 0.0);
  CHECK(PortableLog(std::numeric_limits<double>::denorm_min()) == doctest::Approx(-744.4400719213812));
  CHECK(UlpDistance(PortableExp(-744.0), std::exp(-744.0)) <= 1);  // subnormal result
}

TEST_CASE("sim math: the same results on every platform (golden values)") {
  // These exact bits are checked natively and in WebAssembly alike.
  CHECK(PortableLog(3.0) == 0x1.193ea7aad030ap+0);
  CHECK(PortableLog(0.001) == -0x1.ba18a998fffap+2);
  CHECK(PortableExp(2.5) == 0x1.85d6fd931e0bbp+3);
  CHECK(PortableExp(-0.3) == 0x1.7b4c869c37c05p-1);
  SimRng rng(42, 3);
  CHECK(rng.Next() == 0x5d820981817e4addull);
  CHECK(rng.Uniform() == 0x1.26e4fdc118e63p-1);
  CHECK(rng.Normal() == -0x1.e86de165e3f96p-2);
}

TEST_CASE("sim math: uniforms stay inside (0, 1) and streams differ") {
  SimRng a(1, 0), b(1, 1), c(2, 0);
  double lo = 1, hi = 0, sum = 0;
  int same = 0;
  const int n = 100000;
  for (int i = 0; i < n; ++i) {
    double u = a.Uniform();
    lo = std::min(lo, u);
    hi = std::max(hi, u);
    sum += u;
    same += b.Next() == c.Next();
  }
  CHECK(lo > 0);
  CHECK(hi < 1);
  CHECK(sum / n == doctest::Approx(0.5).epsilon(5 * std::sqrt(1.0 / 12 / n) / 0.5));
  CHECK(same == 0);
  SimRng d(1, 0), e(1, 0);
  for (int i = 0; i < 100; ++i) CHECK(d.Next() == e.Next());
}

TEST_CASE("sim math: triangular draws match the mean, variance and inverse CDF") {
  const double a = 2, m = 5, b = 12;
  const int n = 200000;
  Moments s = Sample(MakeDurationSampler(Distribution::Triangular, a, m, b), n, 11);
  double mean = (a + m + b) / 3;
  double var = (a * a + b * b + m * m - a * b - a * m - b * m) / 18;
  CHECK(std::fabs(s.mean - mean) < 5 * std::sqrt(var / n));
  // SE of a sample variance: var sqrt((kurtosis - 1) / n); a triangular's kurtosis is 2.4.
  CHECK(std::fabs(s.var - var) < 5 * var * std::sqrt(1.4 / n));
  // Inverse CDF at 0.8 (right of the mode): b - sqrt((1 - q)(b - a)(b - m)).
  double q80 = b - std::sqrt(0.2 * (b - a) * (b - m));
  double pdf = 2 * (b - q80) / ((b - a) * (b - m));
  CHECK(std::fabs(Quantile(s.sorted, 0.8) - q80) < 5 * std::sqrt(0.8 * 0.2 / n) / pdf);
  CHECK(s.sorted.front() >= a);
  CHECK(s.sorted.back() <= b);
}

TEST_CASE("sim math: Beta-PERT draws match the PERT mean and variance") {
  struct Case {
    double a, m, b;
  } cases[] = {{1, 3, 10}, {0, 0, 6}, {4, 9, 9}, {2, 5, 8}};
  const int n = 100000;
  for (const Case& c : cases) {
    CAPTURE(c.a);
    CAPTURE(c.m);
    CAPTURE(c.b);
    Moments s = Sample(MakeDurationSampler(Distribution::Pert, c.a, c.m, c.b), n, 5);
    double alpha = 1 + 4 * (c.m - c.a) / (c.b - c.a), beta = 1 + 4 * (c.b - c.m) / (c.b - c.a);
    double mean = (c.a + 4 * c.m + c.b) / 6;
    double var = (c.b - c.a) * (c.b - c.a) * alpha * beta / (36 * 7);
    CHECK(std::fabs(s.mean - mean) < 5 * std::sqrt(var / n));
    // A beta's kurtosis is below 3 for these shapes, so sqrt(2 / n) bounds the variance's SE.
    CHECK(std::fabs(s.var - var) < 5 * var * std::sqrt(2.0 / n));
    CHECK(s.sorted.front() >= c.a);
    CHECK(s.sorted.back() <= c.b);
  }
}

TEST_CASE("sim math: gamma draws, including the shape < 1 boost") {
  const int n = 100000;
  for (double shape : {0.3, 1.0, 2.5}) {
    CAPTURE(shape);
    GammaSampler g = MakeGammaSampler(shape);
    SimRng rng(3, 1);
    double sum = 0, sum2 = 0;
    for (int i = 0; i < n; ++i) {
      double x = SampleGamma(g, rng);
      sum += x;
      sum2 += x * x;
    }
    double mean = sum / n, var = sum2 / n - mean * mean;
    CHECK(std::fabs(mean - shape) < 5 * std::sqrt(shape / n));
    // Var of x^2 for Gamma(k): k(k+1)(k+2)(k+3) - (k(k+1))^2; generous via 3x.
    CHECK(var == doctest::Approx(shape).epsilon(0.05));
  }
}

TEST_CASE("sim math: lognormal puts a and b at the 5th and 95th percentiles") {
  const int n = 200000;
  const double a = 3, b = 20;
  Moments s = Sample(MakeDurationSampler(Distribution::Lognormal, a, 6, b), n, 9);
  // Percentile SE in days: sqrt(q(1-q)/n) / pdf(x_q), pdf(x) = phi(z) / (x sigma).
  double sigma = (std::log(b) - std::log(a)) / (2 * kZ95);
  double phi = std::exp(-kZ95 * kZ95 / 2) / std::sqrt(2 * kPi);
  double se_a = std::sqrt(0.05 * 0.95 / n) * a * sigma / phi;
  double se_b = std::sqrt(0.05 * 0.95 / n) * b * sigma / phi;
  CHECK(std::fabs(Quantile(s.sorted, 0.05) - a) < 5 * se_a);
  CHECK(std::fabs(Quantile(s.sorted, 0.95) - b) < 5 * se_b);
  CHECK(std::fabs(Quantile(s.sorted, 0.5) - std::sqrt(a * b)) < 0.02 * std::sqrt(a * b));

  // An optimistic estimate of 0 is fitted as b / 1000: the median is sqrt(b * b / 1000).
  DurationSampler z = MakeDurationSampler(Distribution::Lognormal, 0, 1, 10);
  CHECK(z.lognormal_a == doctest::Approx(0.01));
  Moments sz = Sample(z, 50000, 2);
  CHECK(sz.sorted.front() > 0);
  CHECK(Quantile(sz.sorted, 0.5) == doctest::Approx(std::sqrt(0.1)).epsilon(0.05));

  // Equal estimates: exactly that many days, whatever the distribution.
  SimRng rng(1, 0);
  for (Distribution d : {Distribution::Triangular, Distribution::Pert, Distribution::Lognormal})
    CHECK(SampleDuration(MakeDurationSampler(d, 4, 4, 4), rng) == 4);
}
