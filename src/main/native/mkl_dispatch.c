/*
 * Loaded by org.generativa.nn.MklDispatch before libtorch, on Linux x86-64 processors that are not Intel's.
 *
 * libtorch's matrix multiplies run in Intel MKL, linked into libtorch_cpu.so. MKL asks
 * mkl_serv_intel_cpu_true() before it uses its AVX2/AVX-512 kernels and, on any other vendor's
 * processor, falls back to generic ones (measured on an AVX-512 AMD EPYC: 100 instead of 243 GFLOP/s on
 * one core). The function is exported from libtorch_cpu.so and called through its PLT, so a definition
 * that is already in the global symbol scope when libtorch loads takes its place. MKL then chooses
 * kernels from the processor's feature flags, as it does on Intel processors.
 *
 * The JVM loads libraries with RTLD_LOCAL; the constructor reopens this one with RTLD_GLOBAL.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <stddef.h>

int mkl_serv_intel_cpu_true(void) {
    return 1;
}

__attribute__((constructor)) static void join_global_scope(void) {
    Dl_info self;
    if (dladdr((void *) &mkl_serv_intel_cpu_true, &self) && self.dli_fname != NULL) {
        dlopen(self.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_GLOBAL);
    }
}
