// Natural log and exp in plain IEEE double arithmetic (fdlibm's algorithms),
// so the simulation draws the same numbers natively and in WebAssembly:
// platform libms differ in the last bit, and one bit is enough to change a
// rejection-sampling branch and with it every later draw of a trial.
#pragma once

// Bit-identical results need every a * b + c rounded twice, as written. GCC in
// ISO mode never fuses them; clang does by default (even while constant
// folding, which changed a golden value under WebAssembly), so the sampling
// path turns that off: file-wide in its .cpp files, per body in headers (a
// pragma there would leak into the including file).
#if defined(__clang__)
#define MLT_NO_FP_CONTRACT _Pragma("clang fp contract(off)")
#else
#define MLT_NO_FP_CONTRACT
#endif

namespace mlt {

// ln(x): < 1 ulp error. ln(0) = -inf, ln(x < 0) = NaN, ln(inf) = inf.
double PortableLog(double x);
// e^x: < 1 ulp error. Overflows to inf above ~709.78, underflows to 0 below ~-745.13.
double PortableExp(double x);

}  // namespace mlt
