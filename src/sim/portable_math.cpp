// PortableLog / PortableExp: the argument reduction and minimax polynomials of
// fdlibm's e_log.c and e_exp.c (Sun Microsystems, freely redistributable),
// written over 64-bit words. Only +, -, *, / on doubles: each is correctly
// rounded by IEEE 754 on every target we build for (x86-64 SSE2, wasm), and
// neither target fuses a*b+c unless asked to, so results are bit-identical.
#include "sim/portable_math.h"

#include <cstdint>
#include <cstring>
#include <limits>

#if defined(__clang__)
#pragma clang fp contract(off)  // see MLT_NO_FP_CONTRACT
#endif

namespace mlt {
namespace {

inline uint64_t Bits(double x) {
  uint64_t u;
  std::memcpy(&u, &x, sizeof u);
  return u;
}
inline double FromBits(uint64_t u) {
  double x;
  std::memcpy(&x, &u, sizeof x);
  return x;
}
inline int32_t HighWord(double x) { return static_cast<int32_t>(Bits(x) >> 32); }
inline uint32_t LowWord(double x) { return static_cast<uint32_t>(Bits(x)); }
inline double WithHighWord(double x, int32_t hi) {
  return FromBits((static_cast<uint64_t>(static_cast<uint32_t>(hi)) << 32) | LowWord(x));
}

// ln 2 split so that k * kLn2Hi is exact for |k| < 2^11.
constexpr double kLn2Hi = 6.93147180369123816490e-01;  // 0x3fe62e42 fee00000
constexpr double kLn2Lo = 1.90821492927058770002e-10;  // 0x3dea39ef 35793c76
constexpr double kTwo54 = 1.80143985094819840000e+16;  // 0x43500000 00000000

// log: ln(1+f) = 2s + s*R(s^2), s = f / (2 + f), R a degree-14 minimax polynomial.
constexpr double kLg1 = 6.666666666666735130e-01;  // 3FE55555 55555593
constexpr double kLg2 = 3.999999999940941908e-01;  // 3FD99999 9997FA04
constexpr double kLg3 = 2.857142874366239149e-01;  // 3FD24924 94229359
constexpr double kLg4 = 2.222219843214978396e-01;  // 3FCC71C5 1D8E78AF
constexpr double kLg5 = 1.818357216161805012e-01;  // 3FC74664 96CB03DE
constexpr double kLg6 = 1.531383769920937332e-01;  // 3FC39A09 D078C69F
constexpr double kLg7 = 1.479819860511658591e-01;  // 3FC2F112 DF3E5244

// exp: e^r = 1 + r + r*c(r) / (2 - c(r)), c a degree-10 minimax polynomial in r.
constexpr double kInvLn2 = 1.44269504088896338700e+00;  // 0x3ff71547 652b82fe
constexpr double kP1 = 1.66666666666666019037e-01;      // 0x3FC55555 5555553E
constexpr double kP2 = -2.77777777770155933842e-03;     // 0xBF66C16C 16BEBD93
constexpr double kP3 = 6.61375632143793436117e-05;      // 0x3F11566A AF25DE2C
constexpr double kP4 = -1.65339022054652515390e-06;     // 0xBEBBBD41 C5D26BF1
constexpr double kP5 = 4.13813679705723846039e-08;      // 0x3E663769 72BEA4D0
constexpr double kOverflow = 7.09782712893383973096e+02;
constexpr double kUnderflow = -7.45133219101941108420e+02;
constexpr double kTwoM1000 = 9.33263618503218878990e-302;  // 2^-1000

}  // namespace

double PortableLog(double x) {
  int32_t hx = HighWord(x);
  uint32_t lx = LowWord(x);
  int k = 0;
  if (hx < 0x00100000) {  // zero, subnormal or negative
    if (((hx & 0x7fffffff) | static_cast<int32_t>(lx)) == 0) return -std::numeric_limits<double>::infinity();
    if (hx < 0) return std::numeric_limits<double>::quiet_NaN();
    k -= 54;
    x *= kTwo54;  // scale a subnormal up into the normal range
    hx = HighWord(x);
  }
  if (hx >= 0x7ff00000) return x + x;  // inf or NaN
  k += (hx >> 20) - 1023;
  hx &= 0x000fffff;
  // Normalise the mantissa into [sqrt(2)/2, sqrt(2)) so that |f| stays small.
  int32_t i = (hx + 0x95f64) & 0x100000;
  x = WithHighWord(x, hx | (i ^ 0x3ff00000));
  k += i >> 20;
  double f = x - 1.0;
  double dk = static_cast<double>(k);
  if ((0x000fffff & (2 + hx)) < 3) {  // |f| < 2^-20: a short series is exact enough
    if (f == 0.0) return k == 0 ? 0.0 : dk * kLn2Hi + dk * kLn2Lo;
    double r = f * f * (0.5 - 0.33333333333333333 * f);
    return k == 0 ? f - r : dk * kLn2Hi - ((r - dk * kLn2Lo) - f);
  }
  double s = f / (2.0 + f);
  double z = s * s;
  int32_t i2 = hx - 0x6147a;
  double w = z * z;
  int32_t j = 0x6b851 - hx;
  double t1 = w * (kLg2 + w * (kLg4 + w * kLg6));
  double t2 = z * (kLg1 + w * (kLg3 + w * (kLg5 + w * kLg7)));
  i2 |= j;
  double r = t2 + t1;
  if (i2 > 0) {  // f far from 0: subtract f^2/2 explicitly for accuracy
    double hfsq = 0.5 * f * f;
    if (k == 0) return f - (hfsq - s * (hfsq + r));
    return dk * kLn2Hi - ((hfsq - (s * (hfsq + r) + dk * kLn2Lo)) - f);
  }
  if (k == 0) return f - s * (f - r);
  return dk * kLn2Hi - ((s * (f - r) - dk * kLn2Lo) - f);
}

double PortableExp(double x) {
  uint32_t hx = static_cast<uint32_t>(HighWord(x));
  int negative = static_cast<int>(hx >> 31);
  hx &= 0x7fffffff;        // high word of |x|
  if (hx >= 0x40862E42) {  // |x| >= 709.78..., inf or NaN
    if (hx >= 0x7ff00000) {
      if (((hx & 0xfffff) | LowWord(x)) != 0) return x + x;  // NaN
      return negative ? 0.0 : x;                             // exp(-inf) = 0, exp(inf) = inf
    }
    if (x > kOverflow) return std::numeric_limits<double>::infinity();
    if (x < kUnderflow) return 0.0;
  }
  // Reduce: x = k ln2 + r, |r| <= ln2 / 2, with r held as hi - lo.
  double hi = 0, lo = 0;
  int k = 0;
  if (hx > 0x3fd62e42) {    // |x| > ln2 / 2
    if (hx < 0x3FF0A2B2) {  // and |x| < 1.5 ln2: k is +-1
      hi = negative ? x + kLn2Hi : x - kLn2Hi;
      lo = negative ? -kLn2Lo : kLn2Lo;
      k = negative ? -1 : 1;
    } else {
      k = static_cast<int>(kInvLn2 * x + (negative ? -0.5 : 0.5));
      double t = k;
      hi = x - t * kLn2Hi;  // exact: t * kLn2Hi has trailing zero bits
      lo = t * kLn2Lo;
    }
    x = hi - lo;
  } else if (hx < 0x3e300000) {  // |x| < 2^-28: 1 + x is correctly rounded
    return 1.0 + x;
  }
  double t = x * x;
  double c = x - t * (kP1 + t * (kP2 + t * (kP3 + t * (kP4 + t * kP5))));
  if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
  double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
  // Scale by 2^k through the exponent field (two steps near the subnormal range).
  if (k >= -1021) return FromBits(Bits(y) + (static_cast<uint64_t>(static_cast<int64_t>(k)) << 52));
  return FromBits(Bits(y) + (static_cast<uint64_t>(static_cast<int64_t>(k + 1000)) << 52)) * kTwoM1000;
}

}  // namespace mlt
